import {
  confidenceOf,
  fieldOfHeader,
  itemNoOf,
  listOf,
  subHeadingOf,
  timeRuleOf,
} from "../../../../src/core/checklist/sheet/words";

describe("checklist sheet words", () => {
  it.each([
    ["O12", 12],
    ["o 12", 12],
    ["O.12", 12],
    ["๑๒", 12],
    ["๐๑๑", 11],
    ["ข้อ 7", 7],
    ["12.", 12],
    ["9.1", null],
    ["O0", null],
    ["รวม", null],
  ])("item code %s → %s", (text, no) => {
    expect(itemNoOf(text)).toBe(no);
  });

  it.each([
    ["ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน", { id: "9.1", title: "ข้อมูลพื้นฐาน" }],
    ["10.2", { id: "10.2", title: "" }],
    ["ตัวชี้วัดย่อยที่ ๑๐ มาตรการภายใน", null],
    ["การประชาสัมพันธ์", null],
  ])("sub-indicator heading %s", (text, want) => {
    expect(subHeadingOf(text)).toEqual(want);
  });

  it.each([
    ["ข้อ", "code"],
    ["ข้อมูล", "titleTh"],
    ["องค์ประกอบด้านข้อมูล", "components"],
    ["ตัวชี้วัดย่อย (sub-indicator)", "sub"],
    ["ชื่อภาษาอังกฤษ (English title)", "titleEn"],
    ["ผู้รับผิดชอบ", null],
  ])("header %s names %s", (text, field) => {
    expect(fieldOfHeader(text)).toBe(field);
  });

  it("time rules and confidences by their words or the code in parentheses", () => {
    expect(timeRuleOf("ครึ่งปีแรก ต.ค.–มี.ค. (first_half)")).toBe("first_half");
    expect(timeRuleOf("ข้อมูลของปีงบประมาณที่ผ่านมา")).toBe("previous_fiscal_year");
    expect(timeRuleOf("ภายในปีงบประมาณ")).toBe("fiscal_year");
    expect(timeRuleOf("บางที")).toBeNull();
    expect(confidenceOf("partial")).toBe("partial");
    expect(confidenceOf("ยืนยันแล้ว")).toBe("confirmed");
  });

  it("lists: one entry a line, or bullets a paste flattened into one line", () => {
    expect(listOf("- ก\n- ข")).toEqual(["ก", "ข"]);
    expect(listOf("- แสดงแผนผัง - แสดงตำแหน่ง")).toEqual(["แสดงแผนผัง", "แสดงตำแหน่ง"]);
    expect(listOf("E-Service")).toEqual(["E-Service"]);
    expect(listOf("- – ขีด")).toEqual(["– ขีด"]);
  });
});
