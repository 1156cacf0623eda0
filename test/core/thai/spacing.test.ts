import fc from "fast-check";
import { repairThaiSpacing, squeeze } from "../../../src/core/thai";

describe("squeeze", () => {
  test("removes all white space", () => {
    expect(squeeze(" ประมวล จริยธรรม\n ของ\tอบต. ")).toBe("ประมวลจริยธรรมของอบต.");
  });
});

describe("repairThaiSpacing", () => {
  test.each([
    ["ประมวล จริยธรรม", "ประมวลจริยธรรม"],
    ["มาตรการ ส่งเสริม คุณธรรม", "มาตรการส่งเสริมคุณธรรม"],
    ["ส่วนตำบลเขาหัว ควาย", "ส่วนตำบลเขาหัวควาย"],
    ["ระบบ E-Service ของ อบต.", "ระบบ E-Service ของอบต."],
    ["ปี ๒๕๖๖ และ 2567", "ปี ๒๕๖๖ และ 2567"],
    ["ข้อ ๑ มาตรการ", "ข้อ ๑ มาตรการ"],
    ["มาตรการ “ส่งเสริม”", "มาตรการ “ส่งเสริม”"],
    ["สอง  ช่อง", "สอง  ช่อง"],
    ["บรรทัด\nใหม่", "บรรทัด\nใหม่"],
    ["ก ข ค", "กขค"],
  ])("%j → %j", (input, output) => {
    expect(repairThaiSpacing(input)).toBe(output);
  });

  test("keeps every non-space character and never adds any", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("ก", "า", "ั", " ", "a", "1", "๑", "\n", ".") }),
        (s) => {
          const r = repairThaiSpacing(s);
          expect(squeeze(r)).toBe(squeeze(s));
          expect(r.length).toBeLessThanOrEqual(s.length);
          expect(r.split("\n")).toHaveLength(s.split("\n").length);
        },
      ),
    );
  });
});
