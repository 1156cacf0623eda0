/** The bold centred lines above the table, and the summary and signature lines below it. */
import { fill } from "../messages/format";
import type { Measure, Status } from "../model";
import { reportDigits } from "./digits";
import type { ReportOptions } from "./model";
import wording from "./wording.json";

/** "เขาหัวควาย" and "อำเภอเขาหัวควาย" both give "อำเภอเขาหัวควาย". */
function placeLine(value: string, word: string, template: string, key: string): string {
  const bare = value.trim().startsWith(word)
    ? value.trim().slice(word.length).trim()
    : value.trim();
  return fill(template, { [key]: bare });
}

function organisationLine(o: ReportOptions): string {
  const parts = [o.organisation.trim()];
  if (o.district?.trim())
    parts.push(
      placeLine(o.district, wording.titles.districtWord, wording.titles.district, "district"),
    );
  if (o.province?.trim())
    parts.push(
      placeLine(o.province, wording.titles.provinceWord, wording.titles.province, "province"),
    );
  return parts.filter((p) => p.length > 0).join(" ");
}

function yearLine(o: ReportOptions): string | null {
  const parts: string[] = [];
  if (o.fiscalYear !== null)
    parts.push(fill(wording.titles.fiscalYear, { year: String(o.fiscalYear) }));
  if (o.round?.trim()) parts.push(o.round.trim());
  return parts.length > 0 ? reportDigits(parts.join(" "), o.thaiDigits) : null;
}

/** "2024-03-31" → "ข้อมูล ณ วันที่ 31 มีนาคม พ.ศ. 2567"; null when not an ISO date. */
function dateLine(iso: string, thaiDigits: boolean): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? wording.months[Number(m[2]) - 1] : undefined;
  if (!m || !month) return null;
  const text = fill(wording.titles.reportDate, {
    day: String(Number(m[3])),
    month,
    year: String(Number(m[1]) + 543),
  });
  return reportDigits(text, thaiDigits);
}

/**
 * Title lines, top to bottom: report name, organisation (with district and province),
 * fiscal year and round, and the as-of date when given. Empty lines are left out.
 */
export function titleLines(o: ReportOptions): string[] {
  const lines = [wording.titles.report, organisationLine(o), yearLine(o)];
  if (o.reportDate) lines.push(dateLine(o.reportDate, o.thaiDigits));
  return lines.filter((l): l is string => l !== null && l.length > 0);
}

/** Measures per status. */
export function countByStatus(measures: readonly Measure[]): Record<Status, number> {
  const counts: Record<Status, number> = { done: 0, in_progress: 0, not_started: 0, unknown: 0 };
  for (const m of measures) counts[m.status]++;
  return counts;
}

/** "สรุป: ดำเนินการแล้ว n รายการ …" with the chosen digits. */
export function summaryLine(measures: readonly Measure[], thaiDigits: boolean): string {
  const c = countByStatus(measures);
  const values: Record<string, string> = { total: String(measures.length) };
  for (const [k, v] of Object.entries(c)) values[k] = String(v);
  return reportDigits(fill(wording.summary, values), thaiDigits);
}

/** ลงชื่อ … ผู้รายงาน / ( name ) / ตำแหน่ง …; dotted blanks when no signer is given. */
export function signatureLines(o: ReportOptions): string[] {
  const s = wording.signature;
  const name = o.signer?.name.trim();
  const position = o.signer?.position.trim();
  return [
    s.sign,
    name ? fill(s.name, { name }) : s.nameBlank,
    position ? fill(s.position, { position }) : s.positionBlank,
  ];
}
