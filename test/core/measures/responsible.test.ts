import { readResponsible } from "../../../src/core/measures/responsible";
import { readEvidence } from "../../../src/core/measures/evidence";

describe("readResponsible", () => {
  it.each([
    ["สำนักปลัด อบต.", ["สำนักปลัด"]],
    ["สำนักปลัด กองคลัง", ["สำนักปลัด", "กองคลัง"]],
    [
      "สำนักปลัด กองคลัง กองช่าง กองการศึกษา กองส่งเสริม การเกษตร กองสวัสดิการ สังคม",
      ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองส่งเสริมการเกษตร", "กองสวัสดิการสังคม"],
    ],
    ["สำนักปลัด\nกองช่าง\nกองคลัง", ["สำนักปลัด", "กองช่าง", "กองคลัง"]],
    ["ทุกส่วนงาน", ["ทุกส่วนงาน"]],
    ["นิติกร, ปลัด อบต.", ["นิติกร", "ปลัดอบต."]],
    ["", []],
  ])("%s", (text, units) => {
    expect(readResponsible(text)).toEqual(units);
  });
});

describe("readEvidence", () => {
  it("finds URLs with and without a scheme, in Thai digits too", () => {
    expect(readEvidence(["เผยแพร่ทาง www.example.go.th เมนู ข่าว"], [])).toContain(
      "www.example.go.th",
    );
    expect(readEvidence(["http://www.example.go.th/albums/a.php?id=๔๙"], [])).toContain(
      "http://www.example.go.th/albums/a.php?id=49",
    );
  });

  it("counts website mentions, social pages and document references", () => {
    expect(readEvidence(["เปิดเผยข้อมูลบนเว็บไซต์หลักของหน่วยงาน"], [])).toEqual(["เว็บไซต์"]);
    expect(readEvidence(["Facebook : อบต.ทดสอบ"], [])).toEqual(["Facebook"]);
    expect(readEvidence(["ตามคำสั่งที่ ๑๘๑/๒๕๖๕"], [])).toEqual(["คำสั่งที่ 181/2565"]);
  });

  it("reads page references but not the หน้า inside เจ้าหน้าที่", () => {
    expect(readEvidence(["รายงานฉบับเต็ม หน้า ๑๒"], [])).toEqual(["หน้า 12"]);
    expect(readEvidence(["จัดอบรมเจ้าหน้าที่ 20 คน"], [])).toEqual([]);
  });

  it("takes link targets first and finds nothing in plain text", () => {
    expect(readEvidence(["ดำเนินการแล้ว"], ["https://a.go.th/x"])).toEqual(["https://a.go.th/x"]);
    expect(readEvidence(["ดำเนินการแล้วเสร็จครบถ้วน ๑๐๐%"], [])).toEqual([]);
  });
});
