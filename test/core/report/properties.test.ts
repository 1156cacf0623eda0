import fc from "fast-check";
import { parseRange } from "../../../src/core/grid/address";
import { buildReport } from "../../../src/core/report/buildReport";
import type { ReportColumn } from "../../../src/core/report/model";
import { measure, options } from "./fixtures";

const thaiWord = fc.constantFrom(
  "มาตรการ",
  "ส่งเสริม",
  "คุณธรรม",
  "ความโปร่งใส",
  "ดำเนินการ",
  "www.example.go.th/x",
  "๑.",
  "2566",
  " ",
  "\n",
);
const text = fc.array(thaiWord, { maxLength: 120 }).map((w) => w.join(""));
const arbMeasure = fc
  .record({
    title: text,
    steps: fc.option(text),
    result: fc.option(text),
    group: fc.option(fc.constantFrom("ประเด็นที่ ๑", "ประเด็นที่ ๒")),
    status: fc.constantFrom("done", "in_progress", "not_started", "unknown" as const),
    evidence: fc.array(fc.constantFrom("www.a.go.th", "คำสั่งที่ 1/2566"), { maxLength: 3 }),
  })
  .map((r) => measure({ ...r, responsible: ["สำนักปลัด"] }));
const arbOptions = fc.record({
  orientation: fc.constantFrom("landscape", "portrait" as const),
  thaiDigits: fc.boolean(),
  keepGroups: fc.boolean(),
  summaryBlock: fc.boolean(),
  signatureBlock: fc.boolean(),
  columns: fc.option(
    fc.uniqueArray(
      fc.constantFrom<ReportColumn>("no", "title", "steps", "result", "status", "evidence"),
      { minLength: 1 },
    ),
    { nil: undefined },
  ),
});

describe("buildReport properties", () => {
  it("keeps cells in the print area, rows within Excel limits and breaks increasing", () => {
    fc.assert(
      fc.property(fc.array(arbMeasure, { maxLength: 25 }), arbOptions, (measures, opts) => {
        const m = buildReport({ measures, flags: [], options: options(opts) });
        const area = parseRange(m.page.printArea)!;
        for (const c of m.cells) {
          expect(c.row).toBeGreaterThanOrEqual(area.top);
          expect(c.row).toBeLessThanOrEqual(area.bottom);
          expect(c.col).toBeLessThanOrEqual(area.right);
        }
        for (const g of m.merges) expect(g.right).toBeLessThanOrEqual(area.right);
        expect(area.bottom).toBe(m.rowHeights.length - 1);
        for (const h of m.rowHeights) expect(h).toBeLessThanOrEqual(409);
        m.pageBreaks.forEach((b, i) => {
          expect(b).toBeGreaterThan(i === 0 ? m.headerRow : m.pageBreaks[i - 1]!);
          expect(b).toBeLessThanOrEqual(area.bottom);
        });
        expect(m.predictedPages).toBe(m.pageBreaks.length + 1);
        expect(m.rowKinds.filter((k) => k === "measure")).toHaveLength(measures.length);
      }),
      { numRuns: 150 },
    );
  });
});
