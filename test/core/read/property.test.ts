import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { CellValue, Grid } from "../../../src/core/grid/grid";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { defaultSettings } from "../../../src/core/settings";

const words = [
  "มาตรการ",
  "ผู้รับผิดชอบ",
  "ระยะเวลา",
  "ผลการดำเนินการ",
  "ข้อ",
  "ข้อมูล",
  "ตัวชี้วัดที่ ๑",
  "ต.ค. ๖๕ - ก.ย. ๖๖",
  "ดำเนินการแล้ว",
  "อยู่ระหว่างดำเนินการ",
  "<p>๑. ทดสอบ</p>",
  "(ต่อ)",
  "ประเด็นที่ ๑",
  "ลงชื่อ",
  "สำนักปลัด",
  "☑ ดำเนินการ",
  "ไตรมาส ๒",
  "www.a.go.th",
  "",
  "ชื่อ - สกุล",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...words),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -10, max: 80000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 7 }), { maxLength: 25 }),
    top: fc.nat(20),
    left: fc.nat(5),
    name: fc.string({ maxLength: 10 }),
    mergeRows: fc.nat(4),
  })
  .map(({ rows, top, left, name, mergeRows }) => {
    const width = Math.max(0, ...rows.map((r) => r.length));
    return {
      name,
      origin: { row: top, col: left },
      values: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
      hyperlinks: { A1: "https://x.go.th", ZZ9: "bad" },
      merges: [{ top, left, bottom: top + mergeRows, right: left }],
    };
  });

describe("no grid, however random, makes the reader or the checker throw", () => {
  it("readWorkbook and checkWorkbook", () => {
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 3 }), (sheets) => {
        const r = readWorkbook({ sheets });
        for (const m of r.measures) {
          expect(m.row).toBeGreaterThan(0);
          if (m.period?.start && m.period.end) expect(m.period.start <= m.period.end).toBe(true);
        }
        checkWorkbook({ sheets }, { ...defaultSettings("2024-01-01"), year: 2566 });
      }),
      { numRuns: 300 },
    );
  });
});
