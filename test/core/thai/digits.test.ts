import fc from "fast-check";
import { toArabicDigits, toThaiDigits } from "../../../src/core/thai";

describe("digits", () => {
  test.each([
    ["๐๑๒๓๔๕๖๗๘๙", "0123456789"],
    ["ต.ค. ๖๕", "ต.ค. 65"],
    ["๑๐๐%", "100%"],
    ["no digits", "no digits"],
  ])("toArabicDigits(%j) = %j", (thai, arabic) => {
    expect(toArabicDigits(thai)).toBe(arabic);
    expect(toThaiDigits(arabic)).toBe(thai);
  });

  test("mixed digits fold to one system", () => {
    expect(toArabicDigits("๒๕66")).toBe("2566");
    expect(toThaiDigits("๒๕66")).toBe("๒๕๖๖");
  });

  test("round trips over any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const arabic = toArabicDigits(s);
        expect(arabic).toHaveLength(s.length);
        expect(toArabicDigits(toThaiDigits(arabic))).toBe(arabic);
        const thai = toThaiDigits(s);
        expect(toThaiDigits(toArabicDigits(thai))).toBe(thai);
      }),
    );
  });
});
