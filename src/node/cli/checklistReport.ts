/**
 * How a --checklist load is told: one line naming the list loaded, or (when it fails) one
 * line with the reason and one per problem naming its cell, each in Thai and English; and
 * the same as JSON (the contract's error shape, with the problems as flags).
 */
import { fill, flagMessage } from "../../core/messages/format";
import type { Flag } from "../../core/flags/flag";
import type { Lang } from "../../core/settings";
import { checklistErrorText, checklistText } from "./checklistText";
import { flagJson } from "./jsonOutput";
import type { ChecklistLoadFailure, LoadedChecklist } from "./loadChecklist";

function where(file: string | null, sheet: string | null): string {
  return [file, sheet].filter((s) => s !== null && s !== "").join(":");
}

function place(f: Flag, lang: Lang): string {
  const cell = f.cell ? ` ${f.sheet ?? ""}!${f.cell}` : f.sheet ? ` ${f.sheet}` : "";
  const row = f.row !== null ? ` (${checklistText[lang].row} ${f.row})` : "";
  return `${cell}${row}`;
}

/** "  ✗ CHECKLIST_DUPLICATE_CODE Sheet1!A7 (แถว 7): ไทย / English" */
function problemLine(f: Flag): string {
  const mark = f.severity === "error" ? "✗" : "!";
  return `  ${mark} ${f.code}${place(f, "th")}: ${flagMessage(f, "th").message} / ${flagMessage(f, "en").message}`;
}

/** stderr lines for a list that did not load: the reason, then each problem. */
export function failureLines(f: ChecklistLoadFailure): string[] {
  const head = `ita-check: --checklist ${f.spec}: ${checklistErrorText(f.code, "th", f.params)} / ${checklistErrorText(f.code, "en", f.params)}`;
  return [head, ...f.problems.map(problemLine)];
}

/** The line naming the list loaded, in the output's language, then its warnings. */
export function loadedLines(l: LoadedChecklist, lang: Lang, asOf: string): string[] {
  const t = checklistText[lang];
  const c = l.supplied.checklist;
  const head = fill(t.loaded, {
    where: where(l.supplied.file, l.supplied.sheet),
    year: c.year,
    yearSource: fill(t.yearSource[l.yearSource], { asOf }),
    items: c.items.length,
  });
  return [head, ...l.warnings.map(problemLine)];
}

/** What names a loaded list in JSON: where it came from, its year and version, its table. */
export function listJson(l: LoadedChecklist): Record<string, unknown> {
  const c = l.supplied.checklist;
  return {
    file: l.supplied.file,
    sheet: l.supplied.sheet,
    year: c.year,
    yearSource: l.yearSource,
    version: c.version,
    itemCount: c.items.length,
    range: l.table?.range ?? null,
    columns: l.table?.columns ?? null,
  };
}

/** Top-level `checklistFile` of the JSON output. */
export function loadedJson(l: LoadedChecklist, lang: Lang): Record<string, unknown> {
  return { ...listJson(l), warnings: l.warnings.map((w) => flagJson(w, lang)) };
}

/** Top-level `error` of the JSON output: the bad-input shape {code, message, detail?} plus the problems. */
export function failureJson(f: ChecklistLoadFailure, lang: Lang): Record<string, unknown> {
  return {
    code: f.code,
    message: checklistErrorText(f.code, lang, f.params),
    ...(f.detail ? { detail: f.detail } : {}),
    checklist: { file: f.file, sheet: f.sheet },
    problems: f.problems.map((p) => flagJson(p, lang)),
    columnsSeen: f.columnsSeen,
  };
}
