/**
 * Which checklist items a row of a sheet addresses: OIT item rows by number (checked by title),
 * indicator rows by indicator number, free-text measures by keywords and title words.
 * The measure table's own items (2566: O42/O43) are never guessed here: the rules add them.
 */
import type { ItemMatch, MeasureKind } from "../model";
import type { MatchIndex } from "./matchIndex";
import { matchIndexOf } from "./matchIndex";
import type { Bigrams } from "./text";
import { bigramsOf, dice, matchKey } from "./text";
import type { Checklist } from "./types";

/** The fields of a measure row that matching reads (a Measure can be passed as is). */
export interface MatchInput {
  kind: MeasureKind;
  /** Ordinal as written, in Arabic digits ("01", "043", "3"), or null. */
  no: string | null;
  title: string;
  steps: string | null;
  /** Section heading; not used yet: one heading over many measures would pull them all one way. */
  group: string | null;
}

/** At most this many guesses per free-text measure. */
const MAX_GUESSES = 3;
/** Free-text guesses below this confidence are dropped. */
const ITEM_THRESHOLD = 0.3;
const INDICATOR_THRESHOLD = 0.4;
/** An OIT row's title this similar to an item's title is that item. */
const TITLE_MATCH = 0.5;
/** A numbered row goes to another item only if its title is clearly that other item's… */
const CLEAR_TITLE = 0.7;
/** …and fits it this much better than the item of its number. */
const CLEAR_MARGIN = 0.3;
/** Confidence of a number with no title to confirm it. */
const NUMBER_ONLY = 0.8;

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}

/** Thai digits to Arabic, so "๐๔๓" reads like "043". */
function arabic(s: string): string {
  return s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** "01" → 1, "043" → 43, "O12" → 12; null for "9.1", "", "ก". */
function itemNumber(no: string | null): number | null {
  if (no === null) return null;
  const m = /^[oO]?\s*0*(\d{1,3})$/.exec(arabic(no.trim()));
  const n = m ? Number(m[1]) : 0;
  return n > 0 ? n : null;
}

/** "3", "๓", "9.1", "ตัวชี้วัดที่ 3" → the indicator number; null when none. */
function indicatorNumber(no: string | null): number | null {
  if (no === null) return null;
  const m = /(\d{1,2})(?:\.\d+)?\s*$/.exec(arabic(no.trim()));
  const n = m ? Number(m[1]) : 0;
  return n > 0 ? n : null;
}

/** Title key of an OIT row without a leading item code ("O12 รายงาน…" → "รายงาน…"). */
function rowTitleKey(title: string): string {
  return matchKey(title).replace(/^o\d{1,3}(?=\D)/, "");
}

/** Title key of an indicator row without its "ตัวชี้วัดที่ ๓" prefix. */
function indicatorTitleKey(title: string): string {
  return matchKey(title).replace(/^(ตัวชี้วัด(ย่อย)?(ที่)?)?\d+(\.\d+)?/, "");
}

function bestOf(row: Bigrams, titles: readonly Bigrams[]): number {
  let best = 0;
  for (const t of titles) best = Math.max(best, dice(row, t));
  return best;
}

/** Similarity of the row title to each item's title (best over its aliases). */
function titleSimilarities(key: string, index: MatchIndex): number[] {
  const row = bigramsOf(key);
  return index.itemTitles.map((titles) => bestOf(row, titles));
}

function argmax(xs: readonly number[]): number {
  let best = -1;
  let bestValue = -Infinity;
  xs.forEach((x, i) => {
    if (x > bestValue) [best, bestValue] = [i, x];
  });
  return best;
}

/** Positions of the best scores at or above the threshold, best first, ties in list order. */
function topTargets(scores: Float64Array, threshold: number): number[] {
  const picked: number[] = [];
  scores.forEach((s, i) => {
    if (s >= threshold) picked.push(i);
  });
  picked.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  return picked.slice(0, MAX_GUESSES);
}

function freeText(input: MatchInput): string {
  return input.steps ? `${input.title}\n${input.steps}` : input.title;
}

function matchFreeText(text: string, checklist: Checklist, index: MatchIndex): ItemMatch[] {
  const scores = index.itemScorer.score(text);
  return topTargets(scores, ITEM_THRESHOLD).map((i) => ({
    code: (checklist.items[i] as { code: string }).code,
    confidence: round(scores[i] as number),
    by: "words",
  }));
}

function matchOitRow(input: MatchInput, checklist: Checklist, index: MatchIndex): ItemMatch[] {
  const key = rowTitleKey(input.title);
  const no = itemNumber(input.no);
  const own = no === null ? undefined : index.itemByNo.get(no);
  const codeAt = (i: number) => (checklist.items[i] as { code: string }).code;
  if (own !== undefined && key === "") {
    return [{ code: codeAt(own), confidence: NUMBER_ONLY, by: "number" }];
  }
  const sims = titleSimilarities(key, index);
  const best = argmax(sims);
  const bestSim = sims[best] ?? 0;
  if (own !== undefined) {
    const ownSim = sims[own] ?? 0;
    if (best !== own && bestSim >= CLEAR_TITLE && bestSim - ownSim >= CLEAR_MARGIN) {
      return [{ code: codeAt(best), confidence: round(0.8 * bestSim), by: "title" }];
    }
    return [{ code: codeAt(own), confidence: round(0.6 + 0.4 * ownSim), by: "number" }];
  }
  if (best >= 0 && bestSim >= TITLE_MATCH) {
    return [{ code: codeAt(best), confidence: round(0.9 * bestSim), by: "title" }];
  }
  return matchFreeText(freeText(input), checklist, index);
}

function indicatorCode(checklist: Checklist, i: number): string {
  return `IND${(checklist.indicators[i] as { no: number }).no}`;
}

function matchIndicatorRow(input: MatchInput, checklist: Checklist, index: MatchIndex) {
  const key = indicatorTitleKey(input.title);
  const row = bigramsOf(key);
  const no =
    indicatorNumber(input.no) ?? indicatorNumber(/^\D*\d+/.exec(arabic(input.title))?.[0] ?? null);
  const own = no === null ? undefined : index.indicatorByNo.get(no);
  if (own !== undefined) {
    const agrees = key === "" || dice(row, index.indicatorTitles[own] as Bigrams) >= TITLE_MATCH;
    const match: ItemMatch = {
      code: indicatorCode(checklist, own),
      confidence: agrees ? 1 : NUMBER_ONLY,
      by: "indicator",
    };
    return [match];
  }
  const sims = index.indicatorTitles.map((t) => dice(row, t));
  const best = argmax(sims);
  if (best >= 0 && (sims[best] ?? 0) >= TITLE_MATCH) {
    const match: ItemMatch = {
      code: indicatorCode(checklist, best),
      confidence: round(0.9 * (sims[best] ?? 0)),
      by: "indicator",
    };
    return [match];
  }
  return matchIndicators(input.title, checklist);
}

/** A user's codes as given, tidied: trimmed, "o31" → "O31", "ind3" → "IND3", each once. */
function fromOverride(codes: readonly string[]): ItemMatch[] {
  const out: ItemMatch[] = [];
  const seen = new Set<string>();
  for (const raw of codes) {
    const code = raw.trim().replace(/^(o|ind)(?=\d)/i, (p) => p.toUpperCase());
    if (code === "" || seen.has(code)) continue;
    seen.add(code);
    out.push({ code, confidence: 1, by: "user" });
  }
  return out;
}

/**
 * The checklist items a row addresses, best first.
 * - "oit-item" rows: by number ("043" → O43), confirmed by title; a title that clearly belongs
 *   to another item wins with lower confidence (by "title").
 * - "indicator" rows: the indicator ("3" → "IND3", by "indicator").
 * - "measure" rows: up to 3 items whose keywords and title words occur in title + steps (by
 *   "words"); the checklist's measureItems are left out, the rules add them to every measure.
 * - `override` (the user's choice) replaces the guess: those codes, confidence 1, by "user".
 * @example
 * matchItems({ kind: "oit-item", no: "043", title: "การดำเนินการตามมาตรการ…", steps: null, group: null }, c2566)
 * // [{ code: "O43", confidence: 0.98, by: "number" }]
 */
export function matchItems(
  input: MatchInput,
  checklist: Checklist,
  override?: readonly string[],
): ItemMatch[] {
  if (override !== undefined) return fromOverride(override);
  const index = matchIndexOf(checklist);
  switch (input.kind) {
    case "oit-item":
      return matchOitRow(input, checklist, index);
    case "indicator":
      return matchIndicatorRow(input, checklist, index);
    case "measure":
      return matchFreeText(freeText(input), checklist, index);
  }
}

/**
 * Indicators (1–10) whose theme a free text names, as "IND1".."IND10", best first, at most 3.
 * @example
 * matchIndicators("จัดทำคู่มือการใช้ทรัพย์สินของทางราชการ", c2566) // [{ code: "IND4", … }]
 */
export function matchIndicators(text: string, checklist: Checklist): ItemMatch[] {
  const index = matchIndexOf(checklist);
  const scores = index.indicatorScorer.score(text);
  return topTargets(scores, INDICATOR_THRESHOLD).map((i) => ({
    code: indicatorCode(checklist, i),
    confidence: round(scores[i] as number),
    by: "words",
  }));
}
