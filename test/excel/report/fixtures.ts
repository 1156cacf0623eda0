/** Invented measures and report options for the report writer tests (no seed text). */
import type { Measure, Status } from "../../../src/core/model";
import { buildReport } from "../../../src/core/report/buildReport";
import type { ReportModel, ReportOptions } from "../../../src/core/report/model";

const STATUSES: Status[] = ["done", "in_progress", "not_started", "unknown"];

/** Text that Excel would read as a formula unless the cell is formatted as text. */
export const FORMULA_LIKE_TITLE = "=SUM(A1:A2) มาตรการทดสอบ";
export const DASH_RESULT = "- ไม่มี -";

/** A measure with every field filled; `i` varies the text so rows differ in height. */
export function fixtureMeasure(i: number): Measure {
  const steps = Array.from(
    { length: 1 + (i % 4) },
    (_, k) => `${k + 1}. ดำเนินการตามขั้นตอนที่ ${k + 1} ของกิจกรรมลำดับ ${i + 1} ให้แล้วเสร็จตามแผน`,
  ).join("\n");
  return {
    sheet: "มาตรการ",
    row: 5 + i,
    rows: [5 + i],
    kind: "measure",
    no: String(i + 1),
    title: i === 1 ? FORMULA_LIKE_TITLE : `มาตรการส่งเสริมความโปร่งใสในการปฏิบัติงาน ลำดับที่ ${i + 1}`,
    steps,
    group: `ประเด็นที่ ${Math.floor(i / 25) + 1} การปฏิบัติหน้าที่`,
    responsible: i % 3 === 0 ? ["สำนักปลัด", "กองคลัง"] : ["กองช่าง"],
    period: { text: "ต.ค. 66 - ก.ย. 67", start: "2023-10-01", end: "2024-09-30" },
    status: STATUSES[i % 4] as Status,
    result: i === 2 ? DASH_RESULT : `ดำเนินการแล้ว ${i % 7} ครั้ง มีผู้เข้าร่วม ${(i * 13) % 200} คน`,
    output: null,
    outcome: null,
    components: null,
    evidence: i % 2 === 0 ? [`https://www.example.go.th/ita/${i}`, "คำสั่งที่ 12/2567"] : [],
    items: [],
    cells: {},
  };
}

export function fixtureMeasures(n: number): Measure[] {
  return Array.from({ length: n }, (_, i) => fixtureMeasure(i));
}

export const OPTIONS: ReportOptions = {
  organisation: "องค์การบริหารส่วนตำบลตัวอย่าง",
  district: "เมือง",
  province: "ตัวอย่าง",
  fiscalYear: 2567,
  round: "รอบ ๖ เดือน",
  reportDate: "2024-03-31",
  signer: { name: "นายทดสอบ ระบบ", position: "ปลัดองค์การบริหารส่วนตำบล" },
  thaiDigits: true,
  keepGroups: true,
  statusInWords: true,
  evidenceAsLinks: true,
  signatureBlock: true,
  summaryBlock: true,
  orientation: "landscape",
};

export function reportOf(measures: Measure[], options: Partial<ReportOptions> = {}): ReportModel {
  return buildReport({ measures, flags: [], options: { ...OPTIONS, ...options } });
}
