import fc from "fast-check";
import { planSync } from "../../src/excel/readPlan";
import type { SheetCursor } from "../../src/excel/readPlan";
import { mergesFromAddress } from "../../src/excel/gridFromRanges";

describe("planSync", () => {
  it("reads every row exactly once, in order, within the budget (or one row alone)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            rows: fc.integer({ min: 0, max: 3000 }),
            cols: fc.integer({ min: 1, max: 40 }),
          }),
          {
            maxLength: 6,
          },
        ),
        fc.integer({ min: 1, max: 20000 }),
        (sheets, budget) => {
          const cursors: SheetCursor[] = sheets.map((s, i) => ({ sheet: i, ...s, next: 0 }));
          const seen = sheets.map(() => 0);
          let syncs = 0;
          while (cursors.some((c) => c.next < c.rows)) {
            const pieces = planSync(cursors, budget);
            expect(pieces.length).toBeGreaterThan(0);
            const cells = pieces.reduce((n, p) => n + p.rows * p.cols, 0);
            if (!(pieces.length === 1 && pieces[0]!.rows === 1))
              expect(cells).toBeLessThanOrEqual(budget);
            for (const p of pieces) {
              expect(p.rowOffset).toBe(seen[p.sheet]);
              seen[p.sheet] = p.rowOffset + p.rows;
              cursors[p.sheet]!.next += p.rows;
            }
            syncs += 1;
          }
          expect(seen).toEqual(sheets.map((s) => s.rows));
          const total = sheets.reduce((n, s) => n + s.rows * s.cols, 0);
          // Greedy packing wastes at most one row per sheet boundary per sync.
          if (sheets.every((s) => s.cols <= budget)) {
            expect(syncs).toBeLessThanOrEqual(Math.ceil(total / budget) * 2 + sheets.length);
          }
        },
      ),
    );
  });
});

describe("mergesFromAddress", () => {
  it("parses quoted sheet names and keeps merges touching the used range", () => {
    const used = { top: 0, left: 0, bottom: 9, right: 4 };
    expect(
      mergesFromAddress("'แผน, ปี 66'!A1:C1, 'แผน, ปี 66'!$B$3:$B$4, 'แผน, ปี 66'!Z99:Z100", used),
    ).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ]);
    expect(mergesFromAddress("S!A1:B1", null)).toEqual([]);
  });
});
