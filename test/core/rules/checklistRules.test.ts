import type { RuleContext } from "../../../src/core/rules/context";
import {
  fitsTimeRule,
  itemNotCovered,
  wrongPeriodForItem,
  yearMismatch,
} from "../../../src/core/rules/checklistRules";
import type { Measure, SheetInfo } from "../../../src/core/model";
import { measure } from "./fixtures";
import { builtInChecklist } from "../../helpers/builtInChecklist";

function ctx(measures: Measure[], over: Partial<RuleContext> = {}): RuleContext {
  return {
    measures,
    sheets: [],
    asOf: "2023-05-01",
    dueSoonDays: 14,
    checklist: builtInChecklist(2566),
    covered: new Set(),
    ...over,
  };
}

const sheet = (name: string, fiscalYear: number | null): SheetInfo => ({
  name,
  fiscalYear,
  fiscalYearSource: "title",
  organisation: null,
  district: null,
  province: null,
  tables: [],
});

describe("fitsTimeRule for fiscal year 2566 (1 Oct 2022 – 30 Sep 2023)", () => {
  it.each([
    ["first_half", "2022-10-01", "2023-03-31", true],
    ["first_half", "2022-10-01", "2023-09-30", true],
    ["first_half", "2022-11-01", "2023-03-31", false],
    ["first_half", "2022-10-01", "2023-03-30", false],
    ["fiscal_year", "2023-09-30", "2023-09-30", true],
    ["fiscal_year", "2023-10-01", "2023-12-31", false],
    ["previous_fiscal_year", "2021-10-01", "2022-09-30", true],
    ["previous_fiscal_year", "2022-10-01", "2023-09-30", false],
    ["current", "2020-01-01", "2020-01-31", null],
  ] as const)("%s %s..%s → %s", (rule, start, end, fits) => {
    expect(fitsTimeRule(rule, { start, end }, 2566)).toBe(fits);
  });
});

describe("WRONG_PERIOD_FOR_ITEM", () => {
  it("flags a six-month report that does not cover Oct–Mar, at its period cell", () => {
    const m = measure({
      kind: "oit-item",
      period: { text: "ม.ค. - มี.ค. ๖๖", start: "2023-01-01", end: "2023-03-31" },
      items: [{ code: "O12", confidence: 1, by: "number" }],
    });
    const flags = wrongPeriodForItem(ctx([m]));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      code: "WRONG_PERIOD_FOR_ITEM",
      cell: "D5",
      params: { item: "O12", rule: "first_half" },
    });
  });
  it("accepts a covering period, ignores weak matches and unreadable periods", () => {
    const ok = measure({
      period: { text: "รอบ ๖ เดือน", start: "2022-10-01", end: "2023-03-31" },
      items: [{ code: "O12", confidence: 1, by: "number" }],
    });
    const weak = measure({
      period: { text: "x", start: "2023-01-01", end: "2023-01-31" },
      items: [{ code: "O12", confidence: 0.3, by: "words" }],
    });
    const unreadable = measure({
      period: { text: "x", start: null, end: null },
      items: [{ code: "O12", confidence: 1, by: "number" }],
    });
    expect(wrongPeriodForItem(ctx([ok, weak, unreadable]))).toHaveLength(0);
  });
});

describe("ITEM_NOT_COVERED", () => {
  it("lists every item of the year not covered; warning with an OIT tracker, note without", () => {
    const covered = new Set(
      builtInChecklist(2566)
        .items.map((i) => i.code)
        .filter((c) => c !== "O7" && c !== "O40"),
    );
    const tracker = itemNotCovered(ctx([measure({ kind: "oit-item" })], { covered }));
    expect(tracker.map((f) => f.params.item)).toEqual(["O7", "O40"]);
    expect(tracker.every((f) => f.severity === "warning" && f.cell === null)).toBe(true);
    const measuresOnly = itemNotCovered(ctx([measure()], { covered }));
    expect(measuresOnly.every((f) => f.severity === "info")).toBe(true);
  });
  it("says nothing without a checklist", () => {
    expect(itemNotCovered(ctx([measure()], { checklist: null }))).toHaveLength(0);
  });
});

describe("YEAR_MISMATCH", () => {
  it("flags a sheet of another fiscal year than the checklist, once per sheet with measures", () => {
    const flags = yearMismatch(
      ctx([measure({ sheet: "A" }), measure({ sheet: "B" })], {
        sheets: [sheet("A", 2567), sheet("B", 2566), sheet("C", 2565)],
      }),
    );
    expect(flags.map((f) => [f.sheet, f.params.sheetYear])).toEqual([["A", 2567]]);
  });
});
