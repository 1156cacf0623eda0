import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { gridOfLines } from "../gridOf";

const header = "มาตรการ/แนวทาง\tวิธีการดำเนินงาน\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ\tผลการดำเนินการ";

const measuresSheet = [
  "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
  "องค์การบริหารส่วนตำบลทดสอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
  "",
  header,
  "ประเด็นที่ ๑ การเปิดเผยข้อมูล",
  "๑. มาตรการเผยแพร่ข้อมูล สาธารณะ\t๑. จัดทำประกาศ\tสำนักปลัด อบต.\tต.ค. ๖๖ - ก.ย. ๖๗\tอยู่ระหว่างดำเนินการ",
  "\tเพิ่มเติม ๒. เผยแพร่\t\t\t",
  "",
  header,
  '๒. มาตรการ No Gift Policy\tประกาศนโยบาย\tสำนักปลัด\t๙ ก.พ.๖๗\t<p>ดำเนินการแล้วเสร็จ</p> <a href="https://www.example.go.th/nogift">ประกาศ</a>',
  "ประเด็นที่ ๒ การจัดซื้อจัดจ้าง",
  "๓. มาตรการจัดซื้อโปร่งใส\tเผยแพร่แผน\tกองคลัง กองช่าง\tไตรมาสที่ ๑ - ๒\tดำเนินการแล้ว",
  "",
  "ลงชื่อ",
  "",
  "ที่\tชื่อ - สกุล\tตำแหน่ง\tลายมือชื่อ",
  "๑.\tนายทดสอบ ใจดี\tปลัด อบต.\t",
];

describe("readWorkbook on a pasted measure sheet", () => {
  const result = readWorkbook({ sheets: [gridOfLines(measuresSheet, "มาตรการ")] });
  const sheet = result.sheets[0]!;

  it("finds one measure table across the repeated header and skips the people list", () => {
    const kinds = sheet.tables.map((t) => t.kind);
    expect(kinds).toEqual(["measures", "other"]);
    expect(sheet.tables[0]!.range).toBe("A4:E12");
    expect(sheet.tables[0]!.columns).toEqual({
      title: "A",
      steps: "B",
      responsible: "C",
      period: "D",
      result: "E",
    });
  });

  it("reads the fiscal year and organisation from the title lines", () => {
    expect(sheet.fiscalYear).toBe(2567);
    expect(sheet.organisation).toBe("องค์การบริหารส่วนตำบลทดสอบ");
  });

  it("builds three measures with numbers, groups and merged continuation rows", () => {
    expect(result.measures.map((m) => m.no)).toEqual(["1", "2", "3"]);
    expect(result.measures.map((m) => m.row)).toEqual([6, 10, 12]);
    expect(result.measures[0]!.rows).toEqual([6, 7]);
    expect(result.measures[0]!.steps).toContain("เผยแพร่");
    expect(result.measures.map((m) => m.group)).toEqual([
      "ประเด็นที่ ๑ การเปิดเผยข้อมูล",
      "ประเด็นที่ ๑ การเปิดเผยข้อมูล",
      "ประเด็นที่ ๒ การจัดซื้อจัดจ้าง",
    ]);
  });

  it("reads responsible units, periods, statuses and evidence", () => {
    const [m1, m2, m3] = result.measures;
    expect(m1!.responsible).toEqual(["สำนักปลัด"]);
    expect(m3!.responsible).toEqual(["กองคลัง", "กองช่าง"]);
    expect(m1!.period).toMatchObject({ start: "2023-10-01", end: "2024-09-30" });
    expect(m2!.period).toMatchObject({ start: "2024-02-09", end: "2024-02-09" });
    expect(m3!.period).toMatchObject({ start: "2023-10-01", end: "2024-03-31" });
    expect(result.measures.map((m) => m.status)).toEqual(["in_progress", "done", "done"]);
    expect(m2!.evidence).toContain("https://www.example.go.th/nogift");
    expect(m3!.evidence).toEqual([]);
  });

  it("records the cell of every field", () => {
    expect(result.measures[1]!.cells).toMatchObject({ title: "A10", period: "D10", result: "E10" });
  });
});

describe("readWorkbook on sheets without tables", () => {
  it("returns no measures and no tables for prose, without throwing", () => {
    const r = readWorkbook({
      sheets: [gridOfLines(["บันทึกข้อความ", "เรื่อง รายงานผล", "ลงชื่อ"], "memo")],
    });
    expect(r.measures).toHaveLength(0);
    expect(r.sheets[0]!.tables).toHaveLength(0);
  });

  it("handles an empty workbook", () => {
    expect(readWorkbook({ sheets: [] })).toEqual({ sheets: [], measures: [] });
  });
});

describe("headers that do not describe their columns", () => {
  it("swaps responsible and period when the content says so", () => {
    const lines = [
      "มาตรการ\tผู้รับผิดชอบ\tระยะเวลา",
      "๑. มาตรการหนึ่ง\tต.ค. ๖๖\tกองคลัง",
      "๒. มาตรการสอง\tพ.ย. ๖๖\tสำนักปลัด",
      "๓. มาตรการสาม\tธ.ค. ๖๖\tกองช่าง",
    ];
    const r = readWorkbook({ sheets: [gridOfLines(lines)] });
    expect(r.sheets[0]!.tables[0]!.columns).toMatchObject({
      title: "A",
      period: "B",
      responsible: "C",
    });
    expect(r.measures[2]!.responsible).toEqual(["กองช่าง"]);
    expect(r.measures[0]!.period).toMatchObject({ start: "2023-10-01", end: "2023-10-31" });
  });
});

describe("text as PDF pastes leave it", () => {
  it("reads statuses written with a decomposed sara am and zero-width spaces", () => {
    const lines = [
      "มาตรการ\tผู้รับผิดชอบ\tผลการดำเนินการ",
      "๑. มาตรการหนึ่ง\tสำนักปลัด\tด\u0E4D\u0E32เนินการแล้ว\u200B www.a.go.th",
    ];
    const r = readWorkbook({ sheets: [gridOfLines(lines)] });
    expect(r.measures[0]!.status).toBe("done");
  });
});

describe("a data row whose words read like a header", () => {
  it("stays a data row when it starts with an item code", () => {
    const lines = [
      "ข้อ\tข้อมูล\tองค์ประกอบด้านข้อมูล\tผู้รับผิดชอบ",
      "O1\tโครงสร้าง\tแผนผัง\tสำนักปลัด",
      // "ข้อมูล…" names a title and "ชื่อ ตำแหน่ง" a position: two header words out of three.
      "O2\tข้อมูลผู้บริหาร\tชื่อ ตำแหน่ง",
    ];
    const r = readWorkbook({ sheets: [gridOfLines(lines, "OIT")] });
    expect(r.sheets[0]?.tables.map((t) => t.range)).toEqual(["A1:D3"]);
    expect(r.measures.map((m) => m.title)).toEqual(["โครงสร้าง", "ข้อมูลผู้บริหาร"]);
  });
});
