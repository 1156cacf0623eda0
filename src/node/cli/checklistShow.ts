/**
 * What `ita-check checklist show` says about a loaded list, readable or as JSON.
 */
import type { Completeness } from "../../core/checklist/completeness";
import { completenessOf } from "../../core/checklist/completeness";
import { fill } from "../../core/messages/format";
import type { Lang } from "../../core/settings";
import { listJson, loadedLines } from "./checklistReport";
import { checklistText } from "./checklistText";
import { codeRanges } from "./codeRanges";
import labels from "./humanText.json";
import type { LoadedChecklist } from "./loadChecklist";

function completenessLine(c: Completeness, lang: Lang): string {
  const S = checklistText[lang].show;
  if (c.provisional) return fill(S.provisional, { copyOf: c.provisional.copyOf });
  if (c.complete) return S.complete;
  return fill(S.incomplete, {
    confidence: labels[lang].confidence[c.confidence],
    unconfirmed: c.unconfirmed,
  });
}

export function showLines(l: LoadedChecklist, lang: Lang, asOf: string): string[] {
  const S = checklistText[lang].show;
  const c = l.supplied.checklist;
  const done = completenessOf(c);
  const [head = "", ...warnings] = loadedLines(l, lang, asOf);
  const lines = [
    head,
    `  ${S.version} ${c.version} · ${S.items} ${c.items.length}`,
    `  ${S.codes} ${codeRanges(c.items.map((i) => i.no))}`,
  ];
  if (c.gaps.length > 0) lines.push(`  ${S.gaps} ${c.gaps.join(", ")}`);
  lines.push(`  ${completenessLine(done, lang)}`);
  if (l.table) lines.push(`  ${S.table} ${l.table.sheet}!${l.table.range}`);
  lines.push(...(warnings.length > 0 ? warnings : [`  ${S.noProblems}`]));
  return lines;
}

export function showJson(l: LoadedChecklist, done: Completeness): Record<string, unknown> {
  const c = l.supplied.checklist;
  return {
    ...listJson(l),
    confidence: c.confidence,
    codes: c.items.map((i) => i.code),
    codeRanges: codeRanges(c.items.map((i) => i.no)),
    gaps: c.gaps,
    complete: done.complete,
    provisional: done.provisional,
    unconfirmed: done.unconfirmed,
    tracking: l.table?.tracking ?? null,
  };
}
