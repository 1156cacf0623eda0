/**
 * The lines of the readable output that say which checklist a file was checked against,
 * where its year came from, and (for a provisional or incomplete list) that it is not the
 * official one and how to load that.
 */
import type { CheckResult } from "../../core/check/checkWorkbook";
import { fill } from "../../core/messages/format";
import type { Lang } from "../../core/settings";
import labels from "./humanText.json";

export function checklistLines(r: CheckResult, lang: Lang): string[] {
  const L = labels[lang];
  const c = r.checklist;
  if (!c) return [`  ${L.checklist}: ${L.none}`];
  const where = [c.file, c.sheet].filter((s) => s !== null).join(":");
  const origin = `${L.origin[c.origin]}${where ? ` ${where}` : ""}`;
  const source = r.yearSource ? ` · ${L.yearSource[r.yearSource]}` : "";
  const lines = [
    `  ${L.checklist} ${c.year} (${L.confidence[c.confidence]}) · ${L.version} ${c.version} · ${origin}${source}`,
  ];
  if (c.fallbackFrom !== null)
    lines.push(`  ${fill(L.fallback, { wanted: c.fallbackFrom, year: c.year })}`);
  if (c.notice === "provisional" && c.provisional)
    lines.push(`  ${fill(L.provisional, { year: c.year, copyOf: c.provisional.copyOf })}`);
  else if (c.notice === "incomplete")
    lines.push(
      `  ${fill(L.incomplete, { year: c.year, confidence: L.confidence[c.confidence], gaps: c.gaps.length > 0 ? c.gaps.join(", ") : "-" })}`,
    );
  return lines;
}
