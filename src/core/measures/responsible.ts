/**
 * Responsible units and positions from a cell. Several may share one cell, separated by
 * line breaks, commas, "/" or just spaces ("สำนักปลัด กองคลัง กองช่าง").
 */
import { squeeze } from "../thai";
import vocabulary from "./vocabulary.json";

const prefixes = vocabulary.unitPrefixes.map((p) => squeeze(p));
const positions = vocabulary.positions.map((p) => squeeze(p));
const orgSuffixes = vocabulary.orgSuffixes.map((p) => squeeze(p));
// Split before any unit prefix that starts a new name ("…ปลัดกองคลัง" → "…ปลัด", "กองคลัง").
const splitBefore = vocabulary.splitBefore.map((p) => squeeze(p));
const unitStart = new RegExp(`(?=${splitBefore.map(escape).join("|")})`, "g");

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function looksLikeUnit(text: string): boolean {
  const s = squeeze(text);
  return prefixes.some((p) => s.includes(p)) || positions.some((p) => s.includes(p));
}

function stripOrgSuffix(unit: string): string {
  for (const suffix of orgSuffixes) {
    if (unit.endsWith(suffix) && unit.length > suffix.length + 2)
      return unit.slice(0, -suffix.length);
  }
  return unit;
}

/** Splits one squeezed chunk at unit prefixes, keeping words like "ปลัด" that are not units. */
function splitUnits(chunk: string): string[] {
  if (!splitBefore.some((p) => chunk.startsWith(p))) return [chunk];
  return chunk
    .split(unitStart)
    .map((u) => u.trim())
    .filter((u) => u.length > 1);
}

/** "สำนักปลัด อบต.\nกองคลัง" → ["สำนักปลัด", "กองคลัง"]. Empty text → []. */
export function readResponsible(text: string): string[] {
  if (!text.trim()) return [];
  const chunks = text
    .split(/\n|,|，|、|\/|;|\s+และ\s+|\s+-\s+/)
    .map((c) => squeeze(c).replace(/^[-•·*]+/, ""))
    .filter((c) => c.length > 0);
  const out: string[] = [];
  for (const chunk of chunks) {
    for (const unit of splitUnits(chunk)) {
      const clean = prefixes.some((p) => unit.startsWith(p)) ? stripOrgSuffix(unit) : unit;
      if (clean && !out.includes(clean)) out.push(clean);
    }
  }
  return out;
}
