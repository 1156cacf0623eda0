import "./setup";
import { checkWorkbook } from "../../src/core/check/checkWorkbook";
import { defaultSettings } from "../../src/core/settings";
import type { CheckSettings } from "../../src/core/settings";
import {
  checklistNotice,
  checklistYears,
  columnChoices,
  columnMapOf,
  loadOutcome,
  yearStates,
} from "../../src/taskpane/state/checklistState";
import { checklistForExport, exportYear } from "../../src/taskpane/state/exportChecklist";
import { initialState, paneReducer } from "../../src/taskpane/state/useItaCheck";
import { measureLines, SHEET, TODAY } from "./fakeHost";
import { gridOfLines, gridOfModel } from "./grid";
import { getChecklist } from "../../src/core/checklist/registry";
import { checklistSheetModel } from "../../src/core/checklist/sheet";

const base = defaultSettings(TODAY);
const table = ["ข้อ\tข้อมูล\tองค์ประกอบ", "O1\tโครงสร้าง\tแผนผัง", "O2\tผู้บริหาร\tรายชื่อ"];
const bare = ["ก\tข\tค", "O1\tโครงสร้าง\tแผนผัง"];

function snap(lines: string[] = table, name = "รายการ") {
  return { sheets: [gridOfLines(measureLines, SHEET), gridOfLines(lines, name)] };
}

function check(settings: Partial<CheckSettings>, lines?: string[]) {
  return checkWorkbook(snap(lines), { ...base, ...settings });
}

describe("yearStates", () => {
  it("2570 is a provisional copy of 2569; the shipped years are incomplete; unknown years are none", () => {
    expect(yearStates([2566, 2569, 2570, 2599])).toEqual([
      { year: 2566, state: "incomplete" },
      { year: 2569, state: "incomplete" },
      { year: 2570, state: "provisional", copyOf: 2569 },
      { year: 2599, state: "none" },
    ]);
  });
});

describe("checklistYears", () => {
  it("offers the shipped years, the year after, and the years in play, once each, ascending", () => {
    expect(checklistYears([2566, 2567], 2567, null, 2580)).toEqual([2566, 2567, 2568, 2580]);
    expect(checklistYears([], null)).toEqual([]);
  });
});

describe("loadOutcome", () => {
  it("is null without a setting, and names the rows loaded with one", () => {
    expect(loadOutcome(check({}), null)).toBeNull();
    const setting = { sheet: "รายการ", year: 2570 };
    const ok = loadOutcome(check({ checklistSheet: setting }), setting)!;
    expect(ok).toMatchObject({ failed: false, noTable: false });
    expect(ok.load).toMatchObject({ ok: true, itemCount: 2, range: "A1:C3" });
  });

  it("a sheet with no table fails with CHECKLIST_NO_TABLE and the columns it saw", () => {
    const setting = { sheet: "รายการ", year: 2570 };
    const out = loadOutcome(check({ checklistSheet: setting }, bare), setting)!;
    expect(out).toMatchObject({ failed: true, noTable: true });
    expect(out.problems.map((f) => f.code)).toContain("CHECKLIST_NO_TABLE");
    expect(columnChoices(out.load)).toEqual([
      { column: "A", text: "ก" },
      { column: "B", text: "ข" },
      { column: "C", text: "ค" },
    ]);
  });

  it("a missing sheet fails with CHECKLIST_SHEET_MISSING", () => {
    const setting = { sheet: "ไม่มี", year: 2570 };
    const out = loadOutcome(check({ checklistSheet: setting }), setting)!;
    expect(out.failed).toBe(true);
    expect(out.load).toBeNull();
    expect(out.problems.map((f) => f.code)).toEqual(["CHECKLIST_SHEET_MISSING"]);
  });

  it("before any check nothing has failed yet", () => {
    expect(loadOutcome(null, { sheet: "x", year: 2570 })).toMatchObject({
      failed: false,
      problems: [],
    });
  });
});

describe("the column form", () => {
  it("offers A to H at least when the load saw no columns", () => {
    expect(columnChoices(null).map((c) => c.column)).toEqual([
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
      "G",
      "H",
    ]);
  });

  it("needs code, title and components; leaves unanswered optional fields out", () => {
    expect(columnMapOf({ code: "A", titleTh: "B" })).toBeNull();
    expect(
      columnMapOf({ code: "A", titleTh: "B", components: "C", sub: "", keywords: "F" }),
    ).toEqual({ code: "A", titleTh: "B", components: "C", keywords: "F" });
  });
});

describe("checklistNotice", () => {
  it("warns about a provisional built-in list, notes an incomplete one, not a loaded one", () => {
    expect(checklistNotice(check({ year: 2570 }).checklist)).toEqual({
      kind: "provisional",
      year: 2570,
      copyOf: 2569,
    });
    expect(checklistNotice(check({ year: 2566 }).checklist)).toMatchObject({
      kind: "incomplete",
      year: 2566,
    });
    const loaded = check({ checklistSheet: { sheet: "รายการ", year: 2570 } });
    expect(loaded.checklist?.origin).toBe("sheet");
    expect(checklistNotice(loaded.checklist)).toBeNull();
    expect(checklistNotice(null)).toBeNull();
  });
});

describe("checklistForExport", () => {
  it("is the built-in list of the year checked, or the sheet's own list when one was loaded", () => {
    const settings = { ...base, year: 2569 };
    const r = checkWorkbook(snap(), settings);
    expect(exportYear(r, settings)).toBe(2569);
    expect(checklistForExport(r, settings, snap())?.version).toBe("2569.1");
    const withSheet = { ...base, checklistSheet: { sheet: "รายการ", year: 2570 } };
    const own = checkWorkbook(snap(), withSheet);
    const list = checklistForExport(own, withSheet, snap());
    expect(list?.year).toBe(2570);
    expect(list?.items.map((i) => i.code)).toEqual(["O1", "O2"]);
  });

  it("has no year before a check when the year is inferred", () => {
    expect(exportYear(null, base)).toBeNull();
    expect(checklistForExport(null, base, null)).toBeNull();
  });
});

describe("paneReducer: checklist export", () => {
  it("marks the export running until it is written or fails", () => {
    const started = paneReducer(initialState(base), { type: "checklistExportStarted" });
    expect(started).toMatchObject({ writingChecklist: true, checklistWritten: null });
    const written = { sheetName: "รายการตรวจ ITA 2569", year: 2569, itemCount: 26, degraded: [] };
    expect(paneReducer(started, { type: "checklistExported", written })).toMatchObject({
      writingChecklist: false,
      checklistWritten: written,
    });
    const failed = paneReducer(started, {
      type: "failed",
      error: { kind: "unknown", code: null, action: "exportChecklist", details: "" },
      during: "other",
    });
    expect(failed.writingChecklist).toBe(false);
  });
});

describe("checklistNotice for a loaded provisional list", () => {
  it("an exported provisional 2570 loaded back from a sheet is still provisional", () => {
    const got = getChecklist(2570);
    if (!got.ok) throw new Error("no 2570");
    const grid = gridOfModel(checklistSheetModel(got.checklist), "ITA 2570");
    const settings = { ...base, checklistSheet: { sheet: "ITA 2570", year: 2570 } };
    const r = checkWorkbook({ sheets: [gridOfLines(measureLines, SHEET), grid] }, settings);
    expect(r.checklist?.origin).toBe("sheet");
    expect(checklistNotice(r.checklist)).toEqual({ kind: "provisional", year: 2570, copyOf: 2569 });
  });
});
