import fc from "fast-check";
import { splitOrdinal, toThaiDigits } from "../../../src/core/thai";

describe("splitOrdinal", () => {
  test.each([
    ["๑. มาตรการส่งเสริม", "1", "มาตรการส่งเสริม"],
    ["๑๐.มาตรการ", "10", "มาตรการ"],
    ["1) ป้องกันการทุจริต", "1", "ป้องกันการทุจริต"],
    ["(1) ป้องกัน", "1", "ป้องกัน"],
    ["( ๒ ) ป้องกัน", "2", "ป้องกัน"],
    ["๐๑", "01", ""],
    ["๐๔๓ การเปิดโอกาสให้เกิดการมีส่วนร่วม", "043", "การเปิดโอกาสให้เกิดการมีส่วนร่วม"],
    ["O12 รายงานผล", "012", "รายงานผล"],
    ["ข้อ ๑๒ ข้อมูล", "12", "ข้อมูล"],
    ["ข้อที่ 3. ข้อมูล", "3", "ข้อมูล"],
    ["9.1 ข้อมูลพื้นฐาน", "9.1", "ข้อมูลพื้นฐาน"],
    ["๑.๒ กิจกรรม", "1.2", "กิจกรรม"],
    ["1.2.3 กิจกรรม", "1.2.3", "กิจกรรม"],
    ["  ๓.  - มาตรการ", "3", "มาตรการ"],
    ["๑. มาตรการ ๒๕๖๖", "1", "มาตรการ ๒๕๖๖"],
  ])("%j → no %j", (input, no, rest) => {
    expect(splitOrdinal(input)).toEqual({ no, rest });
  });

  test.each([
    "2566 แผนปฏิบัติการ",
    "100% ครบถ้วน",
    "10.5% ของงบประมาณ",
    "9/2/2566 ประชุม",
    "๖ เดือนแรก",
    "๑ ต.ค.๖๗ ถึง ๓๐ ก.ย.๖๘",
    "12 ธันวาคม 2566",
    "มาตรการ ๑",
    "ข้อมูลพื้นฐาน",
    "๑มาตรการ",
    "",
  ])("%j has no ordinal", (input) => {
    expect(splitOrdinal(input)).toEqual({ no: null, rest: input.trim() });
  });

  test("Thai and Arabic digits read the same", () => {
    for (const s of ["1. ก", "(2) ก", "043 ก", "9.1 ก"]) {
      expect(splitOrdinal(toThaiDigits(s)).no).toBe(splitOrdinal(s).no);
    }
  });

  test("never throws; rest is a trimmed suffix of the input", () => {
    const unit = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 3 }),
      fc.constantFrom("๑", "1", ".", ")", "(", " ", "O", "ข้อ", "ก"),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const s = units.join("");
        const r = splitOrdinal(s);
        expect(s.trim().endsWith(r.rest)).toBe(true);
        if (r.no !== null) expect(r.no).toMatch(/^\d{1,3}(\.\d{1,3}){0,2}$/);
      }),
    );
  });
});
