/** Fixture measures and options for the report tests (invented text, not from the seeds). */
import type { Measure } from "../../../src/core/model";
import type { ReportOptions } from "../../../src/core/report/model";

/** A measure with every field filled by default, overridden by `part`. */
export function measure(part: Partial<Measure> & { title: string }): Measure {
  return {
    sheet: "Sheet1",
    row: 5,
    rows: [5],
    kind: "measure",
    no: null,
    steps: null,
    group: null,
    responsible: [],
    period: null,
    status: "unknown",
    result: null,
    output: null,
    outcome: null,
    components: null,
    evidence: [],
    items: [],
    cells: {},
    ...part,
  };
}

export const LONG_STEPS = [
  "๑. จัดทำมาตรการและขออนุมัติดำเนินการต่อผู้มีอำนาจ",
  "๒. กำหนดแนวทาง รูปแบบ และช่องทางในการเผยแพร่ประมวลจริยธรรมสำหรับบุคคลในองค์กรและสาธารณชน",
  "๓. ประสานงานบุคคลและหน่วยงานที่เกี่ยวข้อง",
  "๔. ดำเนินการเผยแพร่ประชาสัมพันธ์เกี่ยวกับประมวลจริยธรรมผ่านเว็บไซต์และช่องทางออนไลน์ของหน่วยงาน",
].join("\n");

export const fixtureMeasures: Measure[] = [
  measure({
    title: "มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม",
    steps: LONG_STEPS,
    group: "ประเด็นที่ ๑ การปฏิบัติหน้าที่",
    responsible: ["สำนักปลัด"],
    period: { text: "ต.ค. 65 - ก.ย. 66", start: "2022-10-01", end: "2023-09-30" },
    status: "done",
    result: "ดำเนินการครบถ้วน ได้เผยแพร่ประมวลจริยธรรมทางเว็บไซต์",
    evidence: ["www.example.go.th/ethics", "คำสั่งที่ 181/2565"],
  }),
  measure({
    title: "มาตรการป้องกันการรับสินบน",
    steps: "ประกาศนโยบาย No Gift Policy",
    group: "ประเด็นที่ ๑ การปฏิบัติหน้าที่",
    responsible: ["สำนักปลัด", "กองคลัง"],
    period: { text: "ม.ค. 66", start: "2023-01-01", end: "2023-01-31" },
    status: "in_progress",
    result: "อยู่ระหว่างจัดทำประกาศ",
  }),
  measure({
    title: "มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง",
    group: "ประเด็นที่ ๒ การเปิดเผยข้อมูล",
    responsible: ["กองคลัง"],
    period: { text: "ไตรมาสที่ 1 - 2", start: "2022-10-01", end: "2023-03-31" },
    status: "not_started",
  }),
  measure({
    title: "มาตรการปรับปรุงการให้บริการออนไลน์ E-Service",
    group: "ประเด็นที่ ๒ การเปิดเผยข้อมูล",
    responsible: ["สำนักปลัด"],
    period: null,
    status: "unknown",
    output: "ระบบรับคำร้องออนไลน์",
    outcome: "ประชาชนยื่นคำร้องได้สะดวกขึ้น",
    evidence: ["https://www.example.go.th/eservice"],
  }),
];

export function options(part: Partial<ReportOptions> = {}): ReportOptions {
  return {
    organisation: "องค์การบริหารส่วนตำบลตัวอย่าง",
    district: "เมือง",
    province: "ตัวอย่าง",
    fiscalYear: 2566,
    round: "รอบ ๖ เดือน",
    reportDate: "2023-03-31",
    signer: { name: "นายทดสอบ ระบบ", position: "ปลัดองค์การบริหารส่วนตำบล" },
    thaiDigits: true,
    keepGroups: true,
    statusInWords: true,
    evidenceAsLinks: true,
    signatureBlock: true,
    summaryBlock: true,
    orientation: "landscape",
    ...part,
  };
}

/** n measures whose steps have `lines` lines each, numbered for recognition. */
export function manyMeasures(n: number, lines = 3): Measure[] {
  return Array.from({ length: n }, (_, i) =>
    measure({
      title: `มาตรการทดสอบที่ ${i + 1} ส่งเสริมคุณธรรมและความโปร่งใส`,
      steps: Array.from({ length: lines }, (_, j) => `${j + 1}. ขั้นตอนการดำเนินงาน`).join("\n"),
      group: `ประเด็นที่ ${Math.floor(i / 7) + 1}`,
      responsible: ["สำนักปลัด"],
      period: { text: "ต.ค. 66 - ก.ย. 67", start: "2023-10-01", end: "2024-09-30" },
      status: (["done", "in_progress", "not_started", "unknown"] as const)[i % 4]!,
      result: "ดำเนินการตามแผน",
      evidence: i % 2 === 0 ? [`www.example.go.th/m${i + 1}`] : [],
    }),
  );
}
