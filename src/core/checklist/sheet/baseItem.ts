/**
 * Which item of the base list a sheet's row stands for. Codes move between years (2568
 * renumbered everything), so titles decide; the code only within the same year.
 */
import { bigramsOf, dice, matchKey } from "../text";
import type { Checklist, ChecklistItem } from "../types";

/** Titles this close are the same item worded a little differently ("คู่มือ(หรือ)มาตรฐาน…"). */
const SAME_TITLE = 0.8;

export function baseItemFor(
  base: Checklist,
  title: string,
  code: string,
  sameYear: boolean,
): ChecklistItem | null {
  const key = matchKey(title);
  if (key !== "") {
    const exact = base.items.find(
      (it) => matchKey(it.titleTh) === key || (it.aliases ?? []).some((a) => matchKey(a) === key),
    );
    if (exact) return exact;
    const grams = bigramsOf(key);
    let best: ChecklistItem | null = null;
    let bestScore = SAME_TITLE;
    for (const it of base.items) {
      const score = dice(grams, bigramsOf(matchKey(it.titleTh)));
      if (score >= bestScore) [best, bestScore] = [it, score];
    }
    if (best) return best;
  }
  return sameYear ? (base.items.find((it) => it.code === code) ?? null) : null;
}
