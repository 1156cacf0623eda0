import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { flagKey, measureKey } from "../../../src/core/flags/key";
import { rules } from "../../../src/core/rules";
import { getChecklist } from "../../../src/core/checklist/registry";
import { defaultSettings } from "../../../src/core/settings";
import type { Measure, Status } from "../../../src/core/model";
import { gridOfLines } from "../gridOf";

const lines = [
  "รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
  "ที่\tมาตรการ\tผู้รับผิดชอบ\tระยะเวลา\tผลการดำเนินการ",
  "๑\tมาตรการ No Gift Policy\tสำนักปลัด\tต.ค. ๖๕ - ก.ย. ๖๖\tดำเนินการแล้ว",
  "๒\tมาตรการจัดการเรื่องร้องเรียนการทุจริต\t\tต.ค. ๖๕ - มี.ค. ๖๖\tอยู่ระหว่างดำเนินการ",
];
const snapshot = { sheets: [gridOfLines(lines, "S")] };

describe("checkWorkbook", () => {
  const settings = defaultSettings("2023-05-01");

  it("uses the sheet's fiscal year as the checklist year and flags what is wrong", () => {
    const r = checkWorkbook(snapshot, settings);
    expect(r.year).toBe(2566);
    expect(r.checklist?.year).toBe(2566);
    const codes = r.flags.filter((f) => f.sheet === "S").map((f) => `${f.code}@${f.cell}`);
    expect(codes).toEqual(
      expect.arrayContaining(["MISSING_EVIDENCE@E3", "OVERDUE@D4", "MISSING_RESPONSIBLE@C4"]),
    );
    expect(r.summary.byStatus).toMatchObject({ done: 1, in_progress: 1 });
    expect(r.summary.oitReadiness).toMatchObject({ total: 43, estimate: true });
  });

  it("orders flags as the workbook orders its sheets, then by row; workbook-level last", () => {
    // "ฮ" sorts after "ก" in Thai: the tab order, not the alphabet, must decide.
    const tabs = { sheets: [gridOfLines(lines, "ฮ"), gridOfLines(lines, "ก")] };
    const r = checkWorkbook(tabs, settings);
    const sheets = r.flags.map((f) => f.sheet);
    expect(sheets.indexOf("ก")).toBeGreaterThan(sheets.lastIndexOf("ฮ"));
    const placed = r.flags.filter((f) => f.sheet !== null);
    expect(r.flags.slice(0, placed.length)).toEqual(placed);
    const rowsOfFirst = r.flags.filter((f) => f.sheet === "ฮ").map((f) => f.row ?? 0);
    expect(rowsOfFirst).toEqual([...rowsOfFirst].sort((a, b) => a - b));
  });

  it("drops acknowledged flags into their own list with the reason", () => {
    const first = checkWorkbook(snapshot, settings);
    const target = first.flags.find((f) => f.code === "MISSING_RESPONSIBLE")!;
    const r = checkWorkbook(snapshot, {
      ...settings,
      acknowledged: { [flagKey(target)]: { reason: "ผู้บริหารรับทราบ", on: "2023-05-01" } },
    });
    expect(r.flags.find((f) => f.code === "MISSING_RESPONSIBLE")).toBeUndefined();
    expect(r.acknowledged).toEqual([
      expect.objectContaining({ code: "MISSING_RESPONSIBLE", cell: "C4", reason: "ผู้บริหารรับทราบ" }),
    ]);
  });

  it("keeps a user's own items for a measure over the guess", () => {
    const first = checkWorkbook(snapshot, settings);
    const m = first.measures[1]!;
    const r = checkWorkbook(snapshot, { ...settings, overrides: { [measureKey(m)]: ["O30"] } });
    expect(r.measures[1]!.items).toEqual([{ code: "O30", confidence: 1, by: "user" }]);
  });

  it("falls back to the latest earlier checklist for a year not out yet, and says so", () => {
    const next = {
      sheets: [
        gridOfLines(
          lines.map((l) => l.replace("๒๕๖๖", "๒๕๗๑")),
          "S",
        ),
      ],
    };
    const r = checkWorkbook(next, settings);
    expect(r.checklistError).toMatchObject({ code: "CHECKLIST_YEAR_UNKNOWN", year: 2571 });
    expect(r.checklist).toMatchObject({ year: 2570, fallbackFrom: 2571 });
    expect(r.flags.some((f) => f.code === "YEAR_MISMATCH")).toBe(true);
  });

  it("an explicit unknown year uses no checklist rather than another year's", () => {
    const r = checkWorkbook(snapshot, { ...settings, year: 2590 });
    expect(r.checklist).toBeNull();
    expect(r.checklistError).toMatchObject({ year: 2590 });
  });
});

describe("rules never throw", () => {
  const statuses: Status[] = ["done", "in_progress", "not_started", "unknown"];
  const iso = fc
    .date({
      min: new Date(Date.UTC(2015, 0, 1)),
      max: new Date(Date.UTC(2035, 0, 1)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const measureArb: fc.Arbitrary<Measure> = fc.record({
    sheet: fc.string({ maxLength: 5 }),
    row: fc.integer({ min: 1, max: 1000 }),
    rows: fc.constant([1]),
    kind: fc.constantFrom("measure" as const, "indicator" as const, "oit-item" as const),
    no: fc.option(fc.string({ maxLength: 4 }), { nil: null }),
    title: fc.string({ maxLength: 40 }),
    steps: fc.option(fc.string(), { nil: null }),
    group: fc.constant(null),
    responsible: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
    period: fc.option(
      fc.record({
        text: fc.string(),
        start: fc.option(iso, { nil: null }),
        end: fc.option(iso, { nil: null }),
      }),
      { nil: null },
    ),
    status: fc.constantFrom(...statuses),
    result: fc.option(fc.string(), { nil: null }),
    output: fc.constant(null),
    outcome: fc.constant(null),
    components: fc.constant(null),
    evidence: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
    items: fc.array(
      fc.record({
        code: fc.constantFrom("O1", "O12", "O42", "X9"),
        confidence: fc.double({ min: 0, max: 1, noNaN: true }),
        by: fc.constantFrom("number" as const, "words" as const),
      }),
      { maxLength: 2 },
    ),
    cells: fc.constant({ title: "A1" }),
    statusConflict: fc.boolean(),
  });
  it("on arbitrary measures, as-of dates and due-soon windows", () => {
    const checklist = getChecklist(2566);
    fc.assert(
      fc.property(
        fc.array(measureArb, { maxLength: 20 }),
        iso,
        fc.nat(60),
        (measures, asOf, days) => {
          const ctx = {
            measures,
            sheets: [],
            asOf,
            dueSoonDays: days,
            checklist: checklist.ok ? checklist.checklist : null,
            covered: new Set<string>(),
          };
          for (const rule of rules)
            for (const f of rule(ctx)) expect(["error", "warning", "info"]).toContain(f.severity);
        },
      ),
      { numRuns: 300 },
    );
  });
});
