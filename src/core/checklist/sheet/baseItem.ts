/**
 * Which item of the base list a sheet's row stands for. Codes move between years (2568
 * renumbered everything), so titles decide; the code only within the same year.
 */
import { bigramsOf, dice, matchKey } from "../text";
import type { Checklist, ChecklistItem } from "../types";

/** Titles this close are the same item worded a little differently ("คู่มือ(หรือ)มาตรฐาน…"). */
const SAME_TITLE = 0.8;

interface Keyed {
  item: ChecklistItem;
  names: Set<string>;
  grams: ReturnType<typeof bigramsOf>;
}

/** Each base list's title keys, computed once: a sheet asks for every one of its rows. */
const keyedByBase = new WeakMap<Checklist, Keyed[]>();

function keyed(base: Checklist): Keyed[] {
  const hit = keyedByBase.get(base);
  if (hit) return hit;
  const list = base.items.map((item) => ({
    item,
    names: new Set([item.titleTh, ...(item.aliases ?? [])].map(matchKey)),
    grams: bigramsOf(matchKey(item.titleTh)),
  }));
  keyedByBase.set(base, list);
  return list;
}

export function baseItemFor(
  base: Checklist,
  title: string,
  code: string,
  sameYear: boolean,
): ChecklistItem | null {
  const key = matchKey(title);
  if (key !== "") {
    const list = keyed(base);
    const exact = list.find((k) => k.names.has(key));
    if (exact) return exact.item;
    const grams = bigramsOf(key);
    let best: ChecklistItem | null = null;
    let bestScore = SAME_TITLE;
    for (const k of list) {
      const score = dice(grams, k.grams);
      if (score >= bestScore) [best, bestScore] = [k.item, score];
    }
    if (best) return best;
  }
  return sameYear ? (base.items.find((it) => it.code === code) ?? null) : null;
}
