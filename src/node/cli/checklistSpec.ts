/**
 * What `--checklist` names: a JSON list, or a workbook and optionally one of its sheets
 * (`list.xlsx:ITA 2570`). Excel forbids ":" in sheet names, so the first ":" after ".xlsx"
 * ends the path, and a Windows drive letter ("C:\…") is never mistaken for a sheet.
 */
export type ChecklistSpec =
  | { kind: "json"; path: string }
  | { kind: "xlsx"; path: string; sheet: string | null }
  | { kind: "unknown"; path: string };

const XLSX_THEN_SHEET = /^(.*?\.xlsx):(.*)$/is;

/**
 * @example parseChecklistSpec("list.xlsx:Sheet1") // { kind: "xlsx", path: "list.xlsx", sheet: "Sheet1" }
 * @example parseChecklistSpec("ita-2570.json")   // { kind: "json", path: "ita-2570.json" }
 */
export function parseChecklistSpec(text: string): ChecklistSpec {
  const withSheet = XLSX_THEN_SHEET.exec(text);
  if (withSheet) {
    const sheet = withSheet[2] ?? "";
    return { kind: "xlsx", path: withSheet[1] ?? text, sheet: sheet === "" ? null : sheet };
  }
  const lower = text.toLowerCase();
  if (lower.endsWith(".xlsx")) return { kind: "xlsx", path: text, sheet: null };
  if (lower.endsWith(".json")) return { kind: "json", path: text };
  return { kind: "unknown", path: text };
}
