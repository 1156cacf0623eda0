import type { Measure } from "../../../src/core/model";

/** A measure with every field filled and sane; tests override what they exercise. */
export function measure(over: Partial<Measure> = {}): Measure {
  return {
    sheet: "S",
    row: 5,
    rows: [5],
    kind: "measure",
    no: "1",
    title: "มาตรการทดสอบการเปิดเผยข้อมูล",
    steps: "จัดทำประกาศ",
    group: null,
    responsible: ["สำนักปลัด"],
    period: { text: "ต.ค. ๖๖ - ก.ย. ๖๗", start: "2023-10-01", end: "2024-09-30" },
    status: "done",
    result: "ดำเนินการแล้ว",
    output: null,
    outcome: null,
    components: null,
    evidence: ["https://a.go.th"],
    items: [],
    cells: { title: "A5", responsible: "C5", period: "D5", result: "E5" },
    ...over,
  };
}
