/**
 * Scores free text against the targets of a feature set (items or indicators).
 * Scratch buffers are allocated once per feature set and reused: scoring is the hot path
 * (tens of thousands of measures per second) and typed-array allocation dominated it.
 */
import { scanText } from "./automaton";
import type { FeatureSet } from "./matchIndex";

/** How much full title coverage alone may contribute (keywords carry the rest). */
const TITLE_SHARE = 0.7;
/** One title word alone is weak evidence ("ผู้บริหาร" is in many measures, not only O2's). */
const SINGLE_WORD_FACTOR = 0.4;

export class Scorer {
  private readonly miss: Float64Array;
  private readonly covered: Float64Array;
  private readonly words: Uint16Array;
  private readonly scores: Float64Array;
  /** Pattern ids seen in the current text: seen[id] === stamp. */
  private readonly seen: Uint32Array;
  private stamp = 0;
  private readonly hits: number[] = [];
  private readonly onHit = (id: number): void => {
    if (this.seen[id] === this.stamp) return;
    this.seen[id] = this.stamp;
    this.hits.push(id);
  };

  constructor(private readonly set: FeatureSet) {
    const n = set.titleTotal.length;
    this.miss = new Float64Array(n);
    this.covered = new Float64Array(n);
    this.words = new Uint16Array(n);
    this.scores = new Float64Array(n);
    this.seen = new Uint32Array(set.features.length);
  }

  /**
   * Score per target, 0..1: 1 − Π(1 − keyword weight) combined with the share of the target's
   * title words found (weak when only one word is found). Each pattern counts once.
   * The returned array is reused by the next call: read it before scoring again.
   */
  score(text: string): Float64Array {
    const { miss, covered, words, scores, hits, set } = this;
    miss.fill(1);
    covered.fill(0);
    words.fill(0);
    hits.length = 0;
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.seen.fill(0);
    scanText(set.automaton, text, this.onHit);
    for (let h = 0; h < hits.length; h++) {
      const features = set.features[hits[h] as number] ?? [];
      for (let i = 0; i < features.length; i++) {
        const f = features[i];
        if (!f) continue;
        if (f.kind === "keyword") miss[f.target] = (miss[f.target] as number) * (1 - f.weight);
        else {
          covered[f.target] = (covered[f.target] as number) + f.weight;
          words[f.target] = (words[f.target] as number) + 1;
        }
      }
    }
    for (let t = 0; t < scores.length; t++) {
      const total = set.titleTotal[t] as number;
      const coverage = total > 0 ? Math.min(1, (covered[t] as number) / total) : 0;
      const share = (words[t] as number) >= 2 ? TITLE_SHARE : TITLE_SHARE * SINGLE_WORD_FACTOR;
      scores[t] = 1 - (miss[t] as number) * (1 - share * coverage);
    }
    return scores;
  }
}
