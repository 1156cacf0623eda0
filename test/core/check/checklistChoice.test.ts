import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { checklistSheetModel } from "../../../src/core/checklist/sheet";
import { getChecklist } from "../../../src/core/checklist/registry";
import { defaultSettings } from "../../../src/core/settings";
import { gridOfModel } from "../checklist/sheet/gridOfModel";
import { gridOfLines } from "../gridOf";
import { builtInChecklist } from "../../helpers/builtInChecklist";

/** A measures sheet whose titles name no year. */
const noYear = gridOfLines(
  [
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    "ที่\tมาตรการ\tผู้รับผิดชอบ\tระยะเวลา\tผลการดำเนินการ",
    "๑\tมาตรการ No Gift Policy\tสำนักปลัด\t\tอยู่ระหว่างดำเนินการ",
  ],
  "มาตรการ",
);
const asOf = "2026-11-22";

describe("which checklist a check uses", () => {
  it("no year in the titles: the as-of date's fiscal year, 2570, provisional", () => {
    const r = checkWorkbook({ sheets: [noYear] }, defaultSettings(asOf));
    expect(r.year).toBe(2570);
    expect(r.yearSource).toBe("as-of");
    expect(r.checklist).toMatchObject({
      year: 2570,
      origin: "built-in",
      provisional: { copyOf: 2569 },
      complete: false,
    });
    const note = r.flags.filter((f) => f.code === "CHECKLIST_PROVISIONAL");
    expect(note.map((f) => [f.severity, f.sheet, f.params.year, f.params.copyOf])).toEqual([
      ["warning", null, 2570, 2569],
    ]);
  });

  it("an incomplete built-in year says so once; every flag names the list", () => {
    const r = checkWorkbook({ sheets: [noYear] }, { ...defaultSettings(asOf), year: 2568 });
    expect(r.yearSource).toBe("setting");
    expect(r.flags.filter((f) => f.code === "CHECKLIST_INCOMPLETE")).toHaveLength(1);
    expect(r.flags.length).toBeGreaterThan(3);
    expect(new Set(r.flags.map((f) => f.params.checklist))).toEqual(new Set(["2568.1"]));
  });

  it("a sheet of the workbook as the list of its year: used, its rows not checked as work", () => {
    const list = gridOfModel(checklistSheetModel(builtInChecklist(2566)), "รายการ 2566");
    const settings = {
      ...defaultSettings(asOf),
      checklistSheet: { sheet: "รายการ 2566", year: 2566 },
    };
    const r = checkWorkbook({ sheets: [noYear, list] }, settings);
    expect(r.yearSource).toBe("checklist");
    expect(r.checklist).toMatchObject({ year: 2566, origin: "sheet", sheet: "รายการ 2566" });
    expect(r.checklist?.id).toBe("2566.1@sheet:รายการ 2566");
    expect(r.checklistLoad).toMatchObject({ ok: true, itemCount: 43, tracking: false });
    expect(r.measures.filter((m) => m.sheet === "รายการ 2566")).toEqual([]);
    expect(r.flags.every((f) => f.params.checklist === r.checklist?.id)).toBe(true);
    expect(r.flags.some((f) => f.code === "CHECKLIST_INCOMPLETE")).toBe(false);
  });

  it("a loaded list for another year than the sheet's: used, and the mismatch flagged", () => {
    const titled = gridOfLines(
      [
        "มาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "ที่\tมาตรการ\tผู้รับผิดชอบ",
        "๑\tมาตรการ No Gift Policy\tสำนักปลัด",
      ],
      "มาตรการ",
    );
    const list = gridOfModel(checklistSheetModel(builtInChecklist(2566)), "รายการ");
    const settings = { ...defaultSettings(asOf), checklistSheet: { sheet: "รายการ", year: 2566 } };
    const r = checkWorkbook({ sheets: [titled, list] }, settings);
    expect([r.year, r.yearSource]).toEqual([2566, "checklist"]);
    const mismatch = r.flags.filter((f) => f.code === "YEAR_MISMATCH");
    expect(mismatch.map((f) => [f.sheet, f.params.sheetYear, f.params.year])).toEqual([
      ["มาตรการ", 2569, 2566],
    ]);
  });

  it("a loaded list that says it is a copy stays provisional; a loaded list is never 'incomplete'", () => {
    const of = (year: number) => {
      const got = getChecklist(year);
      if (!got.ok) throw new Error(`${year} missing`);
      return gridOfModel(checklistSheetModel(got.checklist), `รายการ ${year}`);
    };
    const codes = (year: number) => {
      const settings = {
        ...defaultSettings(asOf),
        checklistSheet: { sheet: `รายการ ${year}`, year },
      };
      const r = checkWorkbook({ sheets: [noYear, of(year)] }, settings);
      expect(r.checklist?.origin).toBe("sheet");
      return r.flags.map((f) => f.code).filter((c) => c.startsWith("CHECKLIST_"));
    };
    expect(codes(2570)).toEqual(["CHECKLIST_PROVISIONAL"]);
    expect(codes(2569)).toEqual([]);
  });

  it("an exported list lying in the workbook, not chosen: neither rows to check nor the year", () => {
    const list = gridOfModel(checklistSheetModel(builtInChecklist(2566)), "รายการ 2566");
    const r = checkWorkbook({ sheets: [noYear, list] }, defaultSettings(asOf));
    expect([r.year, r.yearSource]).toEqual([2570, "as-of"]);
    expect(r.measures.filter((m) => m.sheet === "รายการ 2566")).toEqual([]);
    expect(r.measures.length).toBeGreaterThan(0);
  });

  it("a manual's item table pasted in, not chosen yet: skipped as a list, its year not the check's", () => {
    const pasted = gridOfLines(
      [
        "รายการข้อมูล OIT ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "ข้อ\tข้อมูล\tองค์ประกอบด้านข้อมูล",
        "O1\tโครงสร้าง หน้าที่และอำนาจ\tแผนผัง",
        "O2\tข้อมูลผู้บริหาร\tรูปถ่ายและประวัติ",
      ],
      "คู่มือ",
    );
    const r = checkWorkbook({ sheets: [noYear, pasted] }, defaultSettings(asOf));
    expect([r.year, r.yearSource]).toEqual([2570, "as-of"]);
    expect(r.measures.filter((m) => m.sheet === "คู่มือ")).toEqual([]);
    const tables = r.sheets.find((s) => s.name === "คู่มือ")?.tables ?? [];
    expect(tables.map((t) => [t.kind, t.skippedAs])).toEqual([["oit-items", "item-list"]]);
    expect(r.flags.filter((f) => f.sheet === "คู่มือ")).toEqual([]);
  });

  it("a list sheet that fails to load: its errors are flags, the built-in list is used", () => {
    const bad = gridOfLines(["ข้อ\tข้อมูล", "O1\tก", "O1\tข"], "รายการ");
    const settings = { ...defaultSettings(asOf), checklistSheet: { sheet: "รายการ", year: 2566 } };
    const r = checkWorkbook({ sheets: [noYear, bad] }, settings);
    expect(r.checklistLoad).toMatchObject({ ok: false, sheet: "รายการ", itemCount: 0 });
    expect(r.checklist).toMatchObject({ year: 2570, origin: "built-in" });
    const dup = r.flags.find((f) => f.code === "CHECKLIST_DUPLICATE_CODE");
    expect([dup?.sheet, dup?.cell, dup?.params.rows]).toEqual(["รายการ", "A3", "2, 3"]);
  });

  it("a list sheet that is gone is a warning, not an error", () => {
    const settings = { ...defaultSettings(asOf), checklistSheet: { sheet: "ไม่มี", year: 2566 } };
    const r = checkWorkbook({ sheets: [noYear] }, settings);
    expect(r.flags.filter((f) => f.code === "CHECKLIST_SHEET_MISSING")).toHaveLength(1);
    expect(r.checklist?.origin).toBe("built-in");
  });

  it("a list supplied from outside (the CLI's file) serves its own year", () => {
    const r = checkWorkbook({ sheets: [noYear] }, defaultSettings(asOf), {
      checklist: {
        checklist: builtInChecklist(2566),
        origin: "file",
        file: "list.xlsx",
        sheet: "S",
      },
    });
    expect(r.checklist).toMatchObject({
      year: 2566,
      origin: "file",
      id: "2566.1@file:list.xlsx:S",
    });
    expect(r.yearSource).toBe("checklist");
  });
});
