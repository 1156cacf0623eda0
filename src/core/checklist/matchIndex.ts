/**
 * What matching needs from a checklist, computed once per checklist object (WeakMap cache):
 * title bigrams for OIT rows, and one automaton over every keyword and title word for free text.
 */
import type { Automaton } from "./automaton";
import { buildAutomaton } from "./automaton";
import words from "./matchWords.json";
import { Scorer } from "./scorer";
import type { Bigrams } from "./text";
import { bigramsOf, matchKey, wordKeys } from "./text";
import type { Checklist } from "./types";

/** One reason a pattern counts for an item (or an indicator). */
export interface Feature {
  /** Index into MatchIndex.items (or .indicators). */
  target: number;
  kind: "keyword" | "title";
  weight: number;
}

/** Patterns (match keys) with what each one points at. */
export interface FeatureSet {
  automaton: Automaton;
  /** Features per pattern id. */
  features: Feature[][];
  /** Sum of title-word weights per target: the denominator of title coverage. */
  titleTotal: Float64Array;
}

export interface MatchIndex {
  /** Item position by item number ("043" → 43 → index). */
  itemByNo: Map<number, number>;
  /** Bigrams of each item's title and aliases. */
  itemTitles: Bigrams[][];
  /** Free-text features over items, measure items left out (the rules add those). */
  itemFeatures: FeatureSet;
  itemScorer: Scorer;
  /** Indicator position by indicator number. */
  indicatorByNo: Map<number, number>;
  indicatorTitles: Bigrams[];
  indicatorFeatures: FeatureSet;
  indicatorScorer: Scorer;
}

const stopTokens = new Set(words.stopTokens.map(matchKey));
const glueTokens = new Set(words.glueTokens.map(matchKey));
const MIN_TOKEN_LENGTH = words.minTokenLength;

/** Weight of a keyword: longer keywords are more specific ("ของขวัญ" > "pdpa"). */
export function keywordWeight(key: string): number {
  return Math.min(0.55, 0.15 + 0.05 * key.length);
}

/** Segmenter words with glue tokens joined to the next word ("ผู้" + "บริหาร"). */
function gluedWords(title: string): string[] {
  const out: string[] = [];
  let pending = "";
  for (const w of wordKeys(title)) {
    if (glueTokens.has(w)) {
      pending += w;
      continue;
    }
    out.push(pending + w);
    pending = "";
  }
  if (pending !== "") out.push(pending);
  return out;
}

function titleTokens(titles: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of titles) {
    for (const w of gluedWords(t)) {
      if (w.length >= MIN_TOKEN_LENGTH && !stopTokens.has(w) && !/^\d+$/.test(w)) out.add(w);
    }
  }
  return out;
}

interface Target {
  /** The official title first, then aliases. */
  titles: string[];
  keywords: string[];
}

/**
 * Builds patterns for targets: every keyword, and every title word weighted by how rare it is
 * among the targets' titles (ln(1 + N/df)), so "ทุจริต" counts less than "ของขวัญ".
 */
function buildFeatures(targets: readonly Target[]): FeatureSet {
  const tokens = targets.map((t) => titleTokens(t.titles));
  const mainTokens = targets.map((t) => titleTokens(t.titles.slice(0, 1)));
  const df = new Map<string, number>();
  for (const set of tokens) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(1 + targets.length / (df.get(w) ?? 1));

  const patternId = new Map<string, number>();
  const features: Feature[][] = [];
  const add = (key: string, f: Feature) => {
    if (key === "") return;
    let id = patternId.get(key);
    if (id === undefined) {
      id = features.length;
      patternId.set(key, id);
      features.push([]);
    }
    const list = features[id] as Feature[];
    if (!list.some((g) => g.target === f.target && g.kind === f.kind)) list.push(f);
  };
  const titleTotal = new Float64Array(targets.length);
  targets.forEach((t, target) => {
    for (const kw of t.keywords) {
      const key = matchKey(kw);
      add(key, { target, kind: "keyword", weight: keywordWeight(key) });
    }
    for (const w of tokens[target] as Set<string>)
      add(w, { target, kind: "title", weight: idf(w) });
    let total = 0;
    for (const w of mainTokens[target] as Set<string>) total += idf(w);
    titleTotal[target] = total;
  });
  return { automaton: buildAutomaton([...patternId.keys()]), features, titleTotal };
}

function buildIndex(checklist: Checklist): MatchIndex {
  const measureItems = new Set(checklist.measureItems);
  const itemTargets = checklist.items.map((it) =>
    measureItems.has(it.code)
      ? { titles: [], keywords: [] }
      : { titles: [it.titleTh, ...(it.aliases ?? [])], keywords: it.keywords },
  );
  const indicatorTargets = checklist.indicators.map((ind) => ({
    titles: [ind.titleTh],
    keywords: [ind.titleTh, ...(checklist.indicatorKeywords[String(ind.no)] ?? [])],
  }));
  const itemFeatures = buildFeatures(itemTargets);
  const indicatorFeatures = buildFeatures(indicatorTargets);
  return {
    itemByNo: new Map(checklist.items.map((it, i) => [it.no, i])),
    itemTitles: checklist.items.map((it) =>
      [it.titleTh, ...(it.aliases ?? [])].map((t) => bigramsOf(matchKey(t))),
    ),
    itemFeatures,
    itemScorer: new Scorer(itemFeatures),
    indicatorByNo: new Map(checklist.indicators.map((ind, i) => [ind.no, i])),
    indicatorTitles: checklist.indicators.map((ind) => bigramsOf(matchKey(ind.titleTh))),
    indicatorFeatures,
    indicatorScorer: new Scorer(indicatorFeatures),
  };
}

const cache = new WeakMap<Checklist, MatchIndex>();

/** The match index of a checklist, built on first use. */
export function matchIndexOf(checklist: Checklist): MatchIndex {
  let index = cache.get(checklist);
  if (!index) {
    index = buildIndex(checklist);
    cache.set(checklist, index);
  }
  return index;
}
