import { Workbook } from "exceljs";
import { a1, rangeA1 } from "../../../src/core/grid/address";
import type { Grid } from "../../../src/core/grid/grid";
import { numberFormatAt, textAt, valueAt } from "../../../src/core/grid/grid";
import { readWorkbookBuffer } from "../../../src/node/xlsx/readWorkbook";
import { workbookBuffer } from "../../helpers/workbookBuffer";

/** A workbook with one of everything the adapter has to turn into plain values. */
async function sampleWorkbook(): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("มาตรการ");
  ws.getCell("B3").value = "รายงานผลการดำเนินการ";
  ws.getCell("C4").value = 42;
  ws.getCell("D5").value = true;
  ws.getCell("E6").value = new Date(Date.UTC(2022, 9, 1));
  ws.getCell("E6").numFmt = "d mmm yyyy";
  ws.getCell("F7").value = { text: "www.example.go.th", hyperlink: "http://www.example.go.th/" };
  ws.getCell("G8").value = {
    richText: [{ text: "ดำเนินการ" }, { text: "แล้ว", font: { bold: true } }],
  };
  ws.getCell("H9").value = { formula: "C4*2", result: 84 };
  ws.getCell("B10").value = { error: "#N/A" };
  ws.getCell("B11").value = "ผสานเซลล์";
  ws.mergeCells("B11:D12");
  ws.getCell("C13").value = 0.5;
  ws.getCell("C13").numFmt = "0%";
  ws.getCell("D13").value = "๐๑";
  ws.getCell("E13").value = "123";
  ws.getCell("F13").value = {
    text: { richText: [{ text: "ลิงก์" }] } as unknown as string,
    hyperlink: "https://example.go.th/o1",
  };

  const hidden = wb.addWorksheet("ซ่อน", { state: "hidden" });
  hidden.getCell("A1").value = "x";
  const veryHidden = wb.addWorksheet("veryHidden", { state: "veryHidden" });
  veryHidden.getCell("A1").value = "y";

  const t = wb.addWorksheet("ตาราง");
  t.getCell("C1").value = "ชื่อรายงาน";
  t.addTable({
    name: "Measures",
    ref: "C4",
    headerRow: true,
    columns: [{ name: "มาตรการ" }, { name: "ผู้รับผิดชอบ" }],
    rows: [
      ["มาตรการ NO Gift Policy", "สำนักปลัด"],
      ["มาตรการป้องกันผลประโยชน์ทับซ้อน", "กองคลัง"],
    ],
  });

  wb.addWorksheet("ว่าง");
  return workbookBuffer(wb);
}

async function readSample(): Promise<Grid[]> {
  const result = await readWorkbookBuffer(await sampleWorkbook());
  if (!result.ok) throw new Error(`unexpected ${result.error.code}`);
  return result.workbook.sheets;
}

function sheet(sheets: Grid[], name: string): Grid {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("readWorkbookBuffer: values", () => {
  let main: Grid;
  beforeAll(async () => {
    main = sheet(await readSample(), "มาตรการ");
  });

  it("starts the grid at the first used cell", () => {
    expect(main.origin).toEqual({ row: 2, col: 1 });
    expect(main.values).toHaveLength(11);
    expect(main.values.every((r) => r.length === 7)).toBe(true);
  });

  it("keeps strings, numbers and booleans at their sheet coordinates", () => {
    expect(valueAt(main, 2, 1)).toBe("รายงานผลการดำเนินการ");
    expect(valueAt(main, 3, 2)).toBe(42);
    expect(valueAt(main, 4, 3)).toBe(true);
    expect(textAt(main, 4, 3)).toBe("TRUE");
    expect(valueAt(main, 12, 3)).toBe("๐๑");
    expect(valueAt(main, 12, 4)).toBe("123");
  });

  it("turns dates back into 1900-system serials and keeps their format", () => {
    expect(valueAt(main, 5, 4)).toBe(44835);
    expect(numberFormatAt(main, 5, 4)).toBe("d mmm yyyy");
    expect(numberFormatAt(main, 12, 2)).toBe("0%");
    expect(valueAt(main, 12, 2)).toBe(0.5);
    expect(numberFormatAt(main, 3, 2)).toBeNull();
  });

  it("gives hyperlink text as the value and the target by A1", () => {
    expect(valueAt(main, 6, 5)).toBe("www.example.go.th");
    expect(main.hyperlinks["F7"]).toBe("http://www.example.go.th/");
    expect(valueAt(main, 12, 5)).toBe("ลิงก์");
    expect(main.hyperlinks["F13"]).toBe("https://example.go.th/o1");
    expect(Object.keys(main.hyperlinks).sort()).toEqual(["F13", "F7"]);
  });

  it("flattens rich text, uses cached formula results and error text", () => {
    expect(valueAt(main, 7, 6)).toBe("ดำเนินการแล้ว");
    expect(valueAt(main, 8, 7)).toBe(84);
    expect(valueAt(main, 9, 1)).toBe("#N/A");
  });

  it("reports merges in sheet coordinates and leaves covered cells empty", () => {
    expect(main.merges.map(rangeA1)).toEqual(["B11:D12"]);
    expect(valueAt(main, 10, 1)).toBe("ผสานเซลล์");
    expect(valueAt(main, 10, 2)).toBeNull();
    expect(valueAt(main, 11, 3)).toBeNull();
  });

  it("lets every non-empty cell's A1 be recovered from the origin", () => {
    const addresses: string[] = [];
    main.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) addresses.push(a1(main.origin.row + r, main.origin.col + c));
      }),
    );
    expect(addresses.sort()).toEqual(
      ["B3", "C4", "D5", "E6", "F7", "G8", "H9", "B10", "B11", "C13", "D13", "E13", "F13"].sort(),
    );
  });
});

describe("readWorkbookBuffer: sheets", () => {
  let sheets: Grid[];
  beforeAll(async () => {
    sheets = await readSample();
  });

  it("keeps tab order and marks hidden sheets", () => {
    expect(sheets.map((s) => s.name)).toEqual(["มาตรการ", "ซ่อน", "veryHidden", "ตาราง", "ว่าง"]);
    expect(sheets.map((s) => s.hidden === true)).toEqual([false, true, true, false, false]);
  });

  it("reports Excel tables with their full range", () => {
    const t = sheet(sheets, "ตาราง");
    expect(t.tables?.map((x) => [x.name, rangeA1(x.range)])).toEqual([["Measures", "C4:D6"]]);
    expect(valueAt(t, 3, 2)).toBe("มาตรการ");
    expect(valueAt(t, 5, 3)).toBe("กองคลัง");
    expect(sheet(sheets, "มาตรการ").tables).toBeUndefined();
  });

  it("gives an empty sheet an empty grid", () => {
    const empty = sheet(sheets, "ว่าง");
    expect(empty.values).toEqual([]);
    expect(empty.merges).toEqual([]);
    expect(empty.hyperlinks).toEqual({});
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = await sampleWorkbook();
    const copy = new ArrayBuffer(bytes.length);
    new Uint8Array(copy).set(bytes);
    const result = await readWorkbookBuffer(copy);
    expect(result.ok && result.workbook.sheets).toHaveLength(5);
  });

  it("refuses a sheet longer than maxRows with TOO_LARGE", async () => {
    const bytes = await sampleWorkbook();
    const result = await readWorkbookBuffer(bytes, { maxRows: 10 });
    expect(result.ok ? null : result.error.code).toBe("TOO_LARGE");
    const within = await readWorkbookBuffer(bytes, { maxRows: 13 });
    expect(within.ok).toBe(true);
  });
});

describe("readWorkbookBuffer: formulas and date systems", () => {
  it("uses cached error, string and date results of formulas", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("f");
    ws.getCell("A1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("A2").value = { formula: '"ดำเนินการ"&"แล้ว"', result: "ดำเนินการแล้ว" };
    ws.getCell("A3").value = { formula: "DATE(2023,2,9)", result: new Date(Date.UTC(2023, 1, 9)) };
    ws.getCell("A3").numFmt = "d mmm yyyy";
    ws.getCell("A4").value = { formula: "NOW()" };
    const result = await readWorkbookBuffer(await workbookBuffer(wb));
    if (!result.ok) throw new Error(result.error.code);
    const [grid] = result.workbook.sheets;
    expect(grid?.values).toEqual([["#DIV/0!"], ["ดำเนินการแล้ว"], [44966], [null]]);
  });

  it("gives 1900-system serials for a workbook saved in the 1904 date system", async () => {
    const wb = new Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("d");
    ws.getCell("A1").value = new Date(Date.UTC(2022, 9, 1));
    ws.getCell("A1").numFmt = "d mmm yyyy";
    const result = await readWorkbookBuffer(await workbookBuffer(wb));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.workbook.sheets[0]?.values).toEqual([[44835]]);
  });
});
