import fc from "fast-check";
import { rangeA1 } from "../../../src/core/grid/address";
import type { RangeRef } from "../../../src/core/grid/address";
import { blockSize, needsTextFormat, rowChunks } from "../../../src/excel/report/cellBlock";
import { runsOf } from "../../../src/excel/report/runs";
import { addressChunks, styleAreas } from "../../../src/excel/report/styleAreas";
import { styleWrites, writeCount } from "../../../src/excel/report/styleWrites";
import { columnWidthPoints } from "../../../src/excel/report/units";
import { fixtureMeasures, reportOf } from "./fixtures";

const report = reportOf(fixtureMeasures(60));

function cellsOf(rects: readonly RangeRef[]): string[] {
  const out: string[] = [];
  for (const r of rects)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) out.push(`${row},${col}`);
  return out.sort();
}

describe("report write plan", () => {
  it("converts character widths to points with Excel's 0.75 × (7 × w + 5)", () => {
    expect(columnWidthPoints(10)).toBe(56.25);
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 1);
    expect(columnWidthPoints(0)).toBe(0);
  });

  it("runs cover every index once with its value", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(8, 26.5, 31)), (xs) => {
        const back: number[] = [];
        for (const r of runsOf(xs)) for (let i = 0; i < r.count; i++) back.push(r.value);
        expect(back).toEqual(xs);
      }),
    );
    expect(runsOf([8, 8, 31, 8])).toHaveLength(3);
  });

  it("style areas cover exactly the cells (and merged areas) of each style, without overlap", () => {
    const areas = styleAreas(report);
    const mergeAt = new Map(report.merges.map((m) => [`${m.top},${m.left}`, m]));
    for (const [key, rects] of areas) {
      const expected = report.cells
        .filter((c) => c.style === key)
        .map(
          (c) =>
            mergeAt.get(`${c.row},${c.col}`) ?? {
              top: c.row,
              left: c.col,
              bottom: c.row,
              right: c.col,
            },
        );
      const got = cellsOf(rects);
      expect(got).toEqual(cellsOf(expected));
      expect(new Set(got).size).toBe(got.length);
    }
  });

  it("joins neighbouring cells of a style into few rectangles", () => {
    // One-row measures (no pieces): rows of equal styles join down the table.
    const short = reportOf(fixtureMeasures(60).map((m) => ({ ...m, steps: "ขั้นตอนเดียว" })));
    const rects = [...styleAreas(short).values()].reduce((n, rs) => n + rs.length, 0);
    expect(rects).toBeLessThan(short.cells.length / 4);
  });

  it("keeps open-edged piece styles one row per rectangle", () => {
    for (const [key, rects] of styleAreas(report)) {
      const s = report.styles[key];
      if (s?.openTop || s?.openBottom) for (const r of rects) expect(r.bottom).toBe(r.top);
    }
  });

  it("chunks addresses under the length limit and keeps every rectangle", () => {
    const rects = Array.from({ length: 500 }, (_, i) => ({
      top: i * 2,
      left: 1,
      bottom: i * 2,
      right: 3,
    }));
    const chunks = addressChunks(rects, 300);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.address.length).toBeLessThanOrEqual(300);
    expect(chunks.flatMap((c) => c.address.split(", "))).toEqual(rects.map(rangeA1));
  });

  it("cuts rows into chunks under the byte limit that together hold the whole block", () => {
    const size = blockSize(report);
    const whole = rowChunks(report, size, 10_000_000);
    expect(whole).toHaveLength(1);
    const parts = rowChunks(report, size, 20_000);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) if (p.values.length > 1) expect(p.bytes).toBeLessThanOrEqual(20_000);
    expect(parts.flatMap((p) => p.values)).toEqual(whole[0]!.values);
    expect(parts.map((p) => p.top)).toEqual(
      parts.map((_, i) => parts.slice(0, i).reduce((n, q) => n + q.values.length, 0)),
    );
  });

  it("formats as text what Excel would parse", () => {
    expect(needsTextFormat("- ไม่มี -", false)).toBe(true);
    expect(needsTextFormat("=SUM(A1)", false)).toBe(true);
    expect(needsTextFormat("1/2", false)).toBe(true);
    expect(needsTextFormat("มาตรการ", false)).toBe(false);
    expect(needsTextFormat(null, true)).toBe(true);
  });

  it("writes borders only where the style has them, leaving open edges open", () => {
    const closed = styleWrites({ border: true, bold: true }, 16, true, true);
    expect(closed.borders.sort()).toEqual(
      [
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "EdgeTop",
        "InsideHorizontal",
        "InsideVertical",
      ].sort(),
    );
    const middle = styleWrites({ border: true, openTop: true, openBottom: true }, 16, false, false);
    expect(middle.borders.sort()).toEqual(["EdgeLeft", "EdgeRight"]);
    expect(styleWrites({ size: 16 }, 16, false, false).font).toEqual({});
    expect(writeCount(closed)).toBe(1 + 6 * 3);
  });
});
