/**
 * The readable summary: per file, the year and counts, then the flags grouped by measure.
 */
import type { Flag } from "../../core/flags/flag";
import { flagMessage, inputMessage, messages } from "../../core/messages/format";
import type { Measure } from "../../core/model";
import type { Lang } from "../../core/settings";
import type { FileOutcome } from "./checkFile";
import { checklistLines } from "./checklistLines";
import labels from "./humanText.json";

function groupByMeasure(
  flags: readonly Flag[],
  measures: readonly Measure[],
): Map<string, { measure: Measure | null; flags: Flag[] }> {
  const byRow = new Map(measures.map((m) => [`${m.sheet}|${m.row}`, m]));
  const groups = new Map<string, { measure: Measure | null; flags: Flag[] }>();
  for (const f of flags) {
    const key = f.row === null ? "" : `${f.sheet ?? ""}|${f.row}`;
    const g = groups.get(key) ?? { measure: byRow.get(key) ?? null, flags: [] };
    g.flags.push(f);
    groups.set(key, g);
  }
  return groups;
}

export function humanFile(o: FileOutcome, lang: Lang): string {
  const L = labels[lang];
  const msg = messages(lang);
  if (o.errorCode) return `✗ ${o.file}: ${inputMessage(o.errorCode, lang)}\n`;
  const r = o.result;
  if (!r) return "";
  const lines: string[] = [];
  const s = r.summary;
  const sheet = r.sheets.find((x) => x.organisation) ?? r.sheets[0];
  lines.push(`■ ${o.file}${sheet?.organisation ? ` — ${sheet.organisation}` : ""}`);
  lines.push(`  ${L.year} ${r.sheets.find((x) => x.fiscalYear)?.fiscalYear ?? "-"}`);
  lines.push(...checklistLines(r, lang));
  const statuses = (Object.keys(s.byStatus) as (keyof typeof s.byStatus)[])
    .map((k) => `${msg.status[k]} ${s.byStatus[k]}`)
    .join(" · ");
  lines.push(`  ${s.measures} ${L.measures}: ${statuses}`);
  lines.push(
    `  ${msg.severity.error} ${s.bySeverity.error} · ${msg.severity.warning} ${s.bySeverity.warning} · ${msg.severity.info} ${s.bySeverity.info}`,
  );
  if (s.oitReadiness)
    lines.push(
      `  ${L.readiness}: ${Math.round(s.oitReadiness.value * 100)}% (${s.oitReadiness.ready}/${s.oitReadiness.total})`,
    );
  if (r.flags.length === 0) lines.push(`  ${L.noFlags}`);
  for (const [, g] of groupByMeasure(r.flags, r.measures)) {
    const head = g.measure
      ? `${L.sheet} ${g.measure.sheet} ${L.row} ${g.measure.row}${g.measure.no ? ` [${g.measure.no}]` : ""} ${g.measure.title.slice(0, 60)}`
      : L.workbook;
    lines.push(`  ▸ ${head}`);
    for (const f of g.flags) {
      lines.push(
        `      ${msg.severity[f.severity]} ${f.code}${f.cell ? ` ${f.sheet ?? ""}!${f.cell}` : ""}: ${flagMessage(f, lang).message}`,
      );
    }
  }
  return lines.join("\n") + "\n";
}
