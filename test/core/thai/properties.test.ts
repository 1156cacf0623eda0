import fc from "fast-check";
import { cleanCellText, parsePeriod, splitOrdinal } from "../../../src/core/thai";
import { parseIso } from "../../../src/core/thai/calendar";

const thaiChar = fc.integer({ min: 0x0e00, max: 0x0e7f }).map((c) => String.fromCharCode(c));
const token = fc.constantFrom(
  "ต.ค.",
  "ก.พ.",
  "ก.ย.",
  "ตค",
  "มกราคม",
  "กันยายน",
  "Oct",
  "๖๕",
  "๖๖",
  "๒๕๖๖",
  "2566",
  "29",
  "31",
  "๑",
  "0",
  "-",
  "–",
  "ถึง",
  "จนถึง",
  "ภายใน",
  "เดือน",
  "วันที่",
  "ไตรมาส",
  "ไตรมาสที่",
  "Q",
  "รอบ",
  "๖",
  "เดือนแรก",
  "ตลอดทั้งปี",
  "ปีงบประมาณ",
  "พ.ศ.",
  "/",
  ".",
  " ",
  "\n",
  "<p>",
  "&amp;",
  "และ",
  ",",
);
const soup = fc
  .array(fc.oneof(token, thaiChar, fc.string({ unit: "grapheme", maxLength: 3 })), {
    maxLength: 25,
  })
  .map((a) => a.join(""));
const anyText = fc.oneof(soup, fc.string({ unit: "binary" }), fc.string({ unit: thaiChar }));
const fiscalYear = fc.oneof(fc.constant(null), fc.integer({ min: 2400, max: 2800 }), fc.integer());

describe("properties", () => {
  test("parsePeriod never throws and only returns real, ordered ISO dates", () => {
    fc.assert(
      fc.property(anyText, fiscalYear, (text, fy) => {
        const p = parsePeriod(text, { fiscalYear: fy });
        expect(p.text).toBe(text);
        if (p.start === null || p.end === null) {
          expect(p.start).toBeNull();
          expect(p.end).toBeNull();
          expect(p.reason).toBeDefined();
        } else {
          expect(parseIso(p.start)).not.toBeNull();
          expect(parseIso(p.end)).not.toBeNull();
          expect(p.start <= p.end).toBe(true);
          expect(p.reason).toBeUndefined();
        }
      }),
      { numRuns: 2000 },
    );
  });

  test("cleanCellText and splitOrdinal never throw", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof cleanCellText(text).text).toBe("string");
        expect(typeof splitOrdinal(text).rest).toBe("string");
      }),
      { numRuns: 2000 },
    );
  });
});
