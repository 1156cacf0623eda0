/**
 * The about block of an exported checklist sheet: label | value rows above the item table
 * carrying what a table cannot (year, version, source, gaps, weights, "not yet published").
 */
import type { Grid } from "../../grid/grid";
import { cellText } from "../../tables/sheetText";
import type { SheetText } from "../../tables/sheetText";
import { rowCells } from "../../tables/rowShape";
import { aboutKeyOf } from "./words";
import type { AboutKey } from "./words";

export type About = Partial<Record<AboutKey, { text: string; row: number; col: number }>>;

/** Label | value rows between `from` and `until` (0-based sheet rows, `until` excluded). */
export function readAbout(st: SheetText, from: number, until: number): About {
  const out: About = {};
  for (let r = from; r < until; r++) {
    const cells = rowCells(st, r);
    const [labelCol, label] = cells[0] ?? [0, ""];
    const key = aboutKeyOf(label);
    if (!key || out[key]) continue;
    const valueCol = cells[1]?.[0] ?? labelCol + 1;
    out[key] = { text: cellText(st, r, valueCol), row: r, col: valueCol };
  }
  return out;
}

/** "IIT 30, EIT 30, OIT 40" → { IIT: 30, EIT: 30, OIT: 40 }; null when any is missing. */
export function weightsOf(text: string): { IIT: number; EIT: number; OIT: number } | null {
  const get = (tool: string): number | null => {
    const m = new RegExp(`${tool}\\s*[:=]?\\s*(\\d+(?:\\.\\d+)?)`, "i").exec(text);
    return m?.[1] ? Number(m[1]) : null;
  };
  const IIT = get("IIT");
  const EIT = get("EIT");
  const OIT = get("OIT");
  return IIT === null || EIT === null || OIT === null ? null : { IIT, EIT, OIT };
}

/** "O6, O7" or "O6 O7" → ["O6", "O7"]; null when a part is not a code. */
export function codeListOf(text: string): string[] | null {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== "" && p !== "-");
  const codes = parts.map((p) => /^[oO](\d{1,3})$/.exec(p)?.[1]);
  if (codes.some((c) => c === undefined)) return null;
  return codes.map((c) => `O${Number(c)}`);
}

/** Rows an exported list's about block sits within, and how many of its labels make one. */
const ABOUT_ROWS = 20;
const ABOUT_LABELS = 3;

/**
 * A sheet this add-in exported as a checklist (its about block is there): a list, never work to
 * check, whether or not the user has chosen it yet. Reads only the first rows of the Grid.
 */
export function isChecklistExport(grid: Grid): boolean {
  const keys = new Set<AboutKey>();
  for (const row of grid.values.slice(0, ABOUT_ROWS)) {
    const label = row.find((v) => v !== null && v !== "");
    const key = typeof label === "string" ? aboutKeyOf(label) : null;
    if (key) keys.add(key);
  }
  return keys.size >= ABOUT_LABELS;
}
