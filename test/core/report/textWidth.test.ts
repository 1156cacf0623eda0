import fc from "fast-check";
import { splitForRows } from "../../../src/core/report/splitText";
import { textWidthEm, wrappedLines } from "../../../src/core/report/textWidth";

describe("text width and wrapping", () => {
  it("gives Thai marks above and below no width", () => {
    expect(textWidthEm("กิ่")).toBe(textWidthEm("ก"));
    expect(textWidthEm("ที่")).toBe(textWidthEm("ท"));
    expect(textWidthEm("")).toBe(0);
  });

  it("counts one line per paragraph at least, more when a line is too long", () => {
    expect(wrappedLines("ก\nข\nค", 100, 16, false)).toBe(3);
    expect(wrappedLines("กขค", 100, 16, false)).toBe(1);
    expect(wrappedLines("ก".repeat(100), 100, 16, false)).toBeGreaterThan(5);
    expect(wrappedLines("ก".repeat(30), 100, 16, true)).toBeGreaterThanOrEqual(
      wrappedLines("ก".repeat(30), 100, 16, false),
    );
  });

  it("splits text into pieces that fit and together hold it all", () => {
    const box = { widthPt: 120, sizePt: 16, bold: false };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("ดำเนินการ", "ส่งเสริม", " ", "\n", "คุณธรรม", "ที่"), {
          maxLength: 200,
        }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 14 }),
        (words, first, max) => {
          const text = words.join("");
          const pieces = splitForRows(text, box, first, max);
          expect(pieces.join("").replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
          pieces.forEach((p, i) =>
            expect(wrappedLines(p, 120, 16, false)).toBeLessThanOrEqual(i === 0 ? first : max),
          );
        },
      ),
    );
  });
});
