import type { Grid } from "../../../src/core/grid/grid";
import { numberFormatAt, valueAt } from "../../../src/core/grid/grid";
import { readWorkbookBuffer } from "../../../src/node/xlsx/readWorkbook";
import { cleanRows, stripHtml } from "../../helpers/cleanSeedRows";
import type { SeedVariant } from "../../helpers/seedWorkbooks";
import {
  buildSeedWorkbook,
  readSeedRows,
  SEED_TABLE_NAME,
  SEED_TABLE_ORIGIN,
  seedNames,
  seedsAvailable,
  SEEDS_MISSING,
  tableHeaderNames,
} from "../../helpers/seedWorkbooks";
import { readThaiDate } from "../../helpers/thaiDates";

const MS_PER_DAY = 86_400_000;
const serialOf = (d: Date): number => d.getTime() / MS_PER_DAY + 25_569;

async function readVariant(name: string, variant: SeedVariant): Promise<Grid> {
  const result = await readWorkbookBuffer(await buildSeedWorkbook(name, variant));
  if (!result.ok) throw new Error(`${name} ${variant}: ${result.error.code}`);
  expect(result.workbook.sheets).toHaveLength(1);
  const [grid] = result.workbook.sheets;
  if (!grid) throw new Error("no sheet");
  return grid;
}

const squeeze = (row: readonly string[]): string =>
  row.map((c) => c.replace(/\s+/g, "")).join("\t");

describe("helpers used to build the seed workbooks", () => {
  it.each([
    ["ต.ค. ๖๕", Date.UTC(2022, 9, 1), false],
    ["ต.ค.๖๕", Date.UTC(2022, 9, 1), false],
    ["๙ ก.พ.๖๖", Date.UTC(2023, 1, 9), true],
    ["มกราคม 2566", Date.UTC(2023, 0, 1), false],
  ])("reads %s as a single date", (text, time, hasDay) => {
    expect(readThaiDate(text)).toEqual({ date: new Date(time), hasDay });
  });

  it.each(["ต.ค. ๖๕ - ก.ย. ๖๖", "๑ ต.ค.๖๗ ถึง ๓๐ ก.ย.๖๘", "ตลอดทั้งปี", "๓๑ ก.พ. ๖๖", "สำนักปลัด ๖๕"])(
    "leaves %s as text",
    (text) => {
      expect(readThaiDate(text)).toBeNull();
    },
  );

  it("strips HTML residue and keeps paragraph breaks and ticks", () => {
    expect(stripHtml("<p>ต.ค. ๖๕</p> <p>-</p> <p>ก.ย. ๖๖</p>")).toBe("ต.ค. ๖๕\n-\nก.ย. ๖๖");
    expect(
      stripHtml('<input checked="" type="checkbox"/> ดำเนินการ &amp; <a href="x">www.a.go.th</a>'),
    ).toBe("☑ ดำเนินการ & www.a.go.th");
  });

  it("drops a repeated header but keeps repeated section rows with numbers", () => {
    const header = ["ข้อ", "ข้อมูล", "ผู้รับผิดชอบ", "ความก้าวหน้า"];
    const section = ["ตัวชี้วัดย่อยที่ ๙.๓", "", "", ""];
    const reworded = ["ข้อ", "ข้อมูล", "ผู้รับผิดชอบ", "การติดตามผล"];
    const rows = [
      header,
      section,
      ["๐๑", "a", "b", "c"],
      [""],
      ["ข้อ ", "ข้อมูล", "ผู้รับ ผิดชอบ", "ความก้าวหน้า"],
      section,
      ["๐๒", "d", "e", "f"],
      reworded,
      ["๐๓", "g", "h", "i"],
    ];
    expect(cleanRows(rows)).toEqual([
      header,
      section,
      ["๐๑", "a", "b", "c"],
      section,
      ["๐๒", "d", "e", "f"],
      ["๐๓", "g", "h", "i"],
    ]);
  });

  it("repairs table header names to unique non-empty ones", () => {
    expect(tableHeaderNames(["ผู้รับผิดชอบ", "", "ผู้รับผิดชอบ", "ระยะเวลา\nดำเนินการ"], 5)).toEqual([
      "ผู้รับผิดชอบ",
      "Column2",
      "ผู้รับผิดชอบ 2",
      "ระยะเวลา ดำเนินการ",
      "Column5",
    ]);
  });
});

const describeSeeds = seedsAvailable() ? describe : describe.skip;
if (!seedsAvailable()) console.warn(SEEDS_MISSING);

describeSeeds("seed workbooks", () => {
  // describe.each rejects an empty table, and describe.skip still runs this body.
  const names = seedsAvailable() ? seedNames() : ["(no seeds)"];

  describe.each(names)("%s", (name) => {
    it("pasted: every cell verbatim as a string at its line and tab position", async () => {
      const rows = readSeedRows(name);
      const grid = await readVariant(name, "pasted");
      let cells = 0;
      rows.forEach((row, r) =>
        row.forEach((text, c) => {
          if (text === "") return;
          cells++;
          expect(valueAt(grid, r, c)).toBe(text);
        }),
      );
      expect(grid.values.flat().filter((v) => v !== null)).toHaveLength(cells);
    });

    it("cleaned: one header per table and no HTML residue", async () => {
      const rows = readSeedRows(name);
      const header = rows.find((r) => r.length >= 4);
      if (!header) throw new Error("seed without a table");
      expect(rows.filter((r) => squeeze(r) === squeeze(header)).length).toBeGreaterThan(1);
      const grid = await readVariant(name, "cleaned");
      const strings = grid.values.map((r) => r.map((v) => (typeof v === "string" ? v : "")));
      expect(
        strings.filter(
          (r) => squeeze(r.slice(0, header.length)) === squeeze(header.map(stripHtml)),
        ),
      ).toHaveLength(1);
      expect(strings.flat().some((s) => /<\/?(p|a|ul|ol|div|input)\b|&amp;/.test(s))).toBe(false);
    });

    it("table-c4: titles from C1 and a real Excel table at C4", async () => {
      const grid = await readVariant(name, "table-c4");
      expect(grid.origin).toEqual({ row: 0, col: SEED_TABLE_ORIGIN.col });
      expect(typeof valueAt(grid, 0, 2)).toBe("string");
      const table = grid.tables?.find((t) => t.name === SEED_TABLE_NAME);
      expect(table?.range.top).toBe(SEED_TABLE_ORIGIN.row);
      expect(table?.range.left).toBe(SEED_TABLE_ORIGIN.col);
      expect(table && table.range.bottom - table.range.top).toBeGreaterThan(1);
      const headerCells = [];
      for (let c = table?.range.left ?? 0; c <= (table?.range.right ?? -1); c++)
        headerCells.push(valueAt(grid, 3, c));
      expect(headerCells.every((v) => typeof v === "string" && v !== "")).toBe(true);
      expect(new Set(headerCells).size).toBe(headerCells.length);
    });

    it("dates: single months and dates become serials with a date format, all else as cleaned", async () => {
      const cleaned = cleanRows(readSeedRows(name));
      const grid = await readVariant(name, "dates");
      cleaned.forEach((row, r) =>
        row.forEach((text, c) => {
          if (text === "") return;
          const date = readThaiDate(text);
          expect(valueAt(grid, r, c)).toBe(date ? serialOf(date.date) : text);
          if (date) expect(numberFormatAt(grid, r, c)).toMatch(date.hasDay ? /d/ : /m/);
        }),
      );
    });
  });

  it("the first seed's dates variant holds real month and day dates", async () => {
    const first = names.find((n) => n.startsWith("000"));
    if (!first) return;
    const grid = await readVariant(first, "dates");
    const serials = grid.values.flat().filter((v): v is number => typeof v === "number");
    expect(serials).toContain(serialOf(new Date(Date.UTC(2022, 9, 1))));
    expect(serials).toContain(serialOf(new Date(Date.UTC(2023, 1, 9))));
  });
});
