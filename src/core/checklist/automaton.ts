/**
 * Aho–Corasick automaton over key codes (see text.ts): finds every pattern occurring in a text
 * in one pass. Matching a measure against all keywords of a checklist this way costs one walk
 * over the text instead of one substring search per keyword.
 */
import { forEachKeyCode } from "./text";

export interface Automaton {
  /** Transitions per state: key code → state. State 0 is the root. */
  readonly next: Map<number, number>[];
  /** Failure link per state. */
  readonly fail: Int32Array;
  /** Pattern ids that end at each state, including those reached through failure links. */
  readonly out: number[][];
}

/** Builds the automaton; pattern i (already a match key) reports id i. Empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const next: Map<number, number>[] = [new Map<number, number>()];
  const ends: number[][] = [[]];
  patterns.forEach((pattern, id) => {
    if (pattern === "") return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      const trans = next[state] as Map<number, number>;
      let to = trans.get(code);
      if (to === undefined) {
        to = next.length;
        next.push(new Map<number, number>());
        ends.push([]);
        trans.set(code, to);
      }
      state = to;
    }
    (ends[state] as number[]).push(id);
  });
  const fail = new Int32Array(next.length);
  const out = ends.map((e) => [...e]);
  // Breadth-first, so a state's failure target is finished before the state itself.
  const queue: number[] = [...(next[0] as Map<number, number>).values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    for (const [code, to] of next[state] as Map<number, number>) {
      let f = fail[state] as number;
      while (f !== 0 && !(next[f] as Map<number, number>).has(code)) f = fail[f] as number;
      const target = (next[f] as Map<number, number>).get(code);
      fail[to] = target !== undefined && target !== to ? target : 0;
      (out[to] as number[]).push(...(out[fail[to]] as number[]));
      queue.push(to);
    }
  }
  return { next, fail, out };
}

/** Calls `onMatch(id)` for every pattern occurrence in `text` (its match key, computed on the fly). */
export function scanText(a: Automaton, text: string, onMatch: (id: number) => void): void {
  let state = 0;
  forEachKeyCode(text, (code) => {
    let to = (a.next[state] as Map<number, number>).get(code);
    while (to === undefined && state !== 0) {
      state = a.fail[state] as number;
      to = (a.next[state] as Map<number, number>).get(code);
    }
    state = to ?? 0;
    const hits = a.out[state] as number[];
    for (let i = 0; i < hits.length; i++) onMatch(hits[i] as number);
  });
}
