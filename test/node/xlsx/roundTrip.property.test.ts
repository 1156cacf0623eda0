import fc from "fast-check";
import { Workbook } from "exceljs";
import type { CellValue } from "../../../src/core/grid/grid";
import { valueAt } from "../../../src/core/grid/grid";
import { readWorkbookBuffer } from "../../../src/node/xlsx/readWorkbook";
import { workbookBuffer } from "../../helpers/workbookBuffer";

/**
 * Characters a real sheet holds: Thai letters and digits, ASCII, markup residue, tabs and
 * newlines. Control characters and CR are left out: XML cannot carry them (Excel escapes
 * them itself), so they are not values a user can have.
 */
const CHARS = [
  ..."กขคงจฉชซญดตถทนบปผพฟภมยรลวศสหอฮะาิีึืุูเแโใไ่้๊๋็์ํ๐๑๒๓๔๕๖๗๘๙",
  ..."abcXYZ019 .,-/()%=+:;'\"<>&#_\t\n",
  "☑",
  "☐",
  "€",
];

const text = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 30 })
  .map((cs) => cs.join(""));
const number = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .map((n) => (Object.is(n, -0) ? 0 : n));
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: text, weight: 3 },
  { arbitrary: number, weight: 2 },
  { arbitrary: fc.integer({ min: -1e6, max: 1e6 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
);
const grid = fc.record({
  top: fc.nat({ max: 30 }),
  left: fc.nat({ max: 10 }),
  rows: fc
    .integer({ min: 1, max: 8 })
    .chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { maxLength: 12 })),
});

async function write(top: number, left: number, rows: CellValue[][]): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("ทดสอบ");
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(top + r + 1, left + c + 1).value = v;
    }),
  );
  return workbookBuffer(wb);
}

describe("exceljs round trip (property)", () => {
  it("reads back every written string, number and boolean at its sheet address", async () => {
    await fc.assert(
      fc.asyncProperty(grid, async ({ top, left, rows }) => {
        const result = await readWorkbookBuffer(await write(top, left, rows));
        if (!result.ok) throw new Error(`read failed: ${result.error.code}`);
        const [sheet] = result.workbook.sheets;
        if (!sheet) throw new Error("no sheet");
        let written = 0;
        rows.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v === null) return;
            written++;
            expect(valueAt(sheet, top + r, left + c)).toEqual(v);
          }),
        );
        const read = sheet.values.flat().filter((v) => v !== null).length;
        expect(read).toBe(written);
        expect(sheet.values.every((r) => r.length === (sheet.values[0]?.length ?? 0))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("never throws on arbitrary or damaged bytes", async () => {
    const good = await write(0, 0, [
      ["มาตรการ", 1, true],
      ["ต.ค. ๖๕", 2.5, null],
    ]);
    const damaged = fc
      .array(fc.record({ at: fc.nat({ max: good.length - 1 }), byte: fc.nat({ max: 255 }) }), {
        minLength: 1,
        maxLength: 20,
      })
      .map((edits) => {
        const copy = Buffer.from(good);
        for (const e of edits) copy[e.at] = e.byte;
        return copy;
      });
    const truncated = fc.nat({ max: good.length }).map((n) => good.subarray(0, n));
    const noise = fc.uint8Array({ maxLength: 2048 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged, truncated, noise), async (bytes) => {
        const result = await readWorkbookBuffer(bytes);
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) expect(result.error.detail ?? "").not.toContain("\n");
      }),
      { numRuns: 80 },
    );
  });
});
