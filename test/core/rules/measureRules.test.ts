import type { RuleContext } from "../../../src/core/rules/context";
import {
  dueSoon,
  duplicateMeasure,
  missingEvidence,
  missingPeriod,
  missingResponsible,
  missingResult,
  overdue,
  statusConflict,
  statusUnknown,
  unreadablePeriod,
} from "../../../src/core/rules/measureRules";
import type { Measure } from "../../../src/core/model";
import { measure } from "./fixtures";

function ctx(measures: Measure[], asOf = "2024-10-15", dueSoonDays = 14): RuleContext {
  return { measures, sheets: [], asOf, dueSoonDays, checklist: null, covered: new Set() };
}

describe("MISSING_EVIDENCE", () => {
  it("flags a done measure with no evidence, at its result cell", () => {
    const flags = missingEvidence(ctx([measure({ evidence: [] })]));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      code: "MISSING_EVIDENCE",
      severity: "error",
      sheet: "S",
      cell: "E5",
      row: 5,
    });
  });
  it("leaves done-with-evidence and not-done measures alone", () => {
    expect(
      missingEvidence(ctx([measure(), measure({ status: "in_progress", evidence: [] })])),
    ).toHaveLength(0);
  });
});

describe("OVERDUE and DUE_SOON boundaries", () => {
  const m = (status: Measure["status"], end: string) =>
    measure({ status, period: { text: "x", start: "2024-01-01", end } });

  it("is overdue from the day after the end, not on the end day", () => {
    expect(overdue(ctx([m("in_progress", "2024-10-14")], "2024-10-15"))).toHaveLength(1);
    expect(overdue(ctx([m("in_progress", "2024-10-15")], "2024-10-15"))).toHaveLength(0);
    expect(overdue(ctx([m("done", "2024-01-31")], "2024-10-15"))).toHaveLength(0);
  });
  it("points at the period cell; unknown status is a warning, in progress an error", () => {
    const [a] = overdue(ctx([m("in_progress", "2024-09-30")]));
    const [b] = overdue(ctx([m("unknown", "2024-09-30")]));
    expect(a).toMatchObject({ cell: "D5", severity: "error", params: { days: 15 } });
    expect(b).toMatchObject({ severity: "warning" });
  });
  it("is due soon from the as-of day up to N days ahead", () => {
    expect(dueSoon(ctx([m("in_progress", "2024-10-15")], "2024-10-15", 14))).toHaveLength(1);
    expect(dueSoon(ctx([m("in_progress", "2024-10-29")], "2024-10-15", 14))).toHaveLength(1);
    expect(dueSoon(ctx([m("in_progress", "2024-10-30")], "2024-10-15", 14))).toHaveLength(0);
    expect(dueSoon(ctx([m("in_progress", "2024-10-14")], "2024-10-15", 14))).toHaveLength(0);
    expect(dueSoon(ctx([m("done", "2024-10-20")], "2024-10-15", 14))).toHaveLength(0);
  });
});

describe("field rules", () => {
  it("MISSING_RESPONSIBLE only where the table has a responsible column", () => {
    expect(missingResponsible(ctx([measure({ responsible: [] })]))[0]).toMatchObject({
      cell: "C5",
    });
    expect(
      missingResponsible(ctx([measure({ responsible: [], cells: { title: "A5" } })])),
    ).toHaveLength(0);
  });
  it("MISSING_PERIOD for measures but not OIT rows", () => {
    expect(missingPeriod(ctx([measure({ period: null })]))).toHaveLength(1);
    expect(missingPeriod(ctx([measure({ period: null, kind: "oit-item" })]))).toHaveLength(0);
  });
  it("UNREADABLE_PERIOD carries the text and reason", () => {
    const [f] = unreadablePeriod(
      ctx([
        measure({ period: { text: "เร็วๆ นี้", start: null, end: null, reason: "no_date_found" } }),
      ]),
    );
    expect(f).toMatchObject({
      code: "UNREADABLE_PERIOD",
      cell: "D5",
      params: { reason: "no_date_found" },
    });
  });
  it("MISSING_RESULT unless not started", () => {
    expect(missingResult(ctx([measure({ result: null })]))).toHaveLength(1);
    expect(missingResult(ctx([measure({ result: null, status: "not_started" })]))).toHaveLength(0);
  });
  it("STATUS_UNKNOWN and STATUS_CONFLICT", () => {
    expect(statusUnknown(ctx([measure({ status: "unknown" }), measure()]))).toHaveLength(1);
    expect(statusConflict(ctx([measure({ statusConflict: true }), measure()]))).toHaveLength(1);
  });
  it("DUPLICATE_MEASURE on the second of two equal titles, spaces ignored", () => {
    const flags = duplicateMeasure(
      ctx([
        measure(),
        measure({ row: 9, title: "มาตรการทดสอบ การเปิดเผยข้อมูล" }),
        measure({ row: 11, title: "อื่น ๆ ที่ไม่ซ้ำกันเลย" }),
      ]),
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ row: 9, params: { firstRow: 5 } });
  });
});
