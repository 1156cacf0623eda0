/**
 * Stable keys: a flag's key survives a re-check of the same workbook, so an
 * acknowledgement stays attached to it; a measure's key lets a user's item choice stick.
 */
import type { Measure } from "../model";
import { squeeze } from "../thai";
import type { Flag } from "./flag";

export function flagKey(f: Pick<Flag, "code" | "sheet" | "cell" | "params">): string {
  const item = f.params["item"];
  return `${f.code}|${f.sheet ?? ""}|${f.cell ?? ""}|${typeof item === "string" ? item : ""}`;
}

/** Sheet plus the title without spaces: rows may move, titles rarely change. */
export function measureKey(m: Pick<Measure, "sheet" | "title" | "no">): string {
  return `${m.sheet}|${m.no ?? ""}|${squeeze(m.title).slice(0, 60)}`;
}
