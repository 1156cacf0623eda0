/**
 * Aho–Corasick automaton over key codes (see text.ts): finds every pattern occurring in a text
 * in one pass. Matching a measure against all keywords of a checklist this way costs one walk
 * over the text instead of one substring search per keyword.
 *
 * For speed the automaton is a dense table: each raw UTF-16 code maps straight to a column (its
 * key code's letter, or "skip" for spaces and punctuation), and each (state, column) to the next
 * state, failure links already folded in. Memory: states × columns cells (2566: ~2,800 × ~90).
 */
import { keyCode } from "./text";

export interface Automaton {
  /** Columns per state. Column 0 is "a letter no pattern uses". */
  readonly width: number;
  /** Column of each raw UTF-16 code; SKIP for characters the match key drops. */
  readonly columnOf: Uint16Array;
  /** Next state: delta[state * width + column]. */
  readonly delta: Uint16Array | Uint32Array;
  /** Pattern ids that end at each state, including those reached through failure links. */
  readonly out: readonly (readonly number[])[];
}

const SKIP = 0xffff;
const NIKHAHIT = 0x0e4d;
const SARA_AA = 0x0e32;
const SARA_AM = 0x0e33;

let keyCodes: Int32Array | null = null;

/** keyCode() of every UTF-16 code, computed once per process (~64 K entries). */
function keyCodeTable(): Int32Array {
  if (keyCodes) return keyCodes;
  const table = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = keyCode(c);
  keyCodes = table;
  return table;
}

interface Trie {
  next: Map<number, number>[];
  ends: number[][];
}

function buildTrie(patterns: readonly string[], column: Map<number, number>): Trie {
  const next: Map<number, number>[] = [new Map<number, number>()];
  const ends: number[][] = [[]];
  patterns.forEach((pattern, id) => {
    if (pattern === "") return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      if (!column.has(code)) column.set(code, column.size + 1);
      const col = column.get(code) as number;
      const trans = next[state] as Map<number, number>;
      let to = trans.get(col);
      if (to === undefined) {
        to = next.length;
        next.push(new Map<number, number>());
        ends.push([]);
        trans.set(col, to);
      }
      state = to;
    }
    (ends[state] as number[]).push(id);
  });
  return { next, ends };
}

/** Raw code → column, through the match-key normalisation (Thai digits, upper case…). */
function columnTable(column: Map<number, number>): Uint16Array {
  const keys = keyCodeTable();
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const k = keys[c] as number;
    table[c] = k < 0 ? SKIP : (column.get(k) ?? 0);
  }
  return table;
}

/** Builds the automaton; pattern i (already a match key) reports id i. Empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const column = new Map<number, number>();
  const { next, ends } = buildTrie(patterns, column);
  const width = column.size + 1;
  const states = next.length;
  const delta = states < SKIP ? new Uint16Array(states * width) : new Uint32Array(states * width);
  const fail = new Int32Array(states);
  const out = ends.map((e) => [...e]);
  // Root row: its own edges, everything else back to the root (already 0).
  for (const [col, to] of next[0] as Map<number, number>) delta[col] = to;
  // Breadth-first, so a state's failure target is complete before the state itself.
  const queue: number[] = [...(next[0] as Map<number, number>).values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const f = fail[state] as number;
    (out[state] as number[]).push(...(out[f] as number[]));
    const row = state * width;
    const failRow = f * width;
    for (let col = 0; col < width; col++) delta[row + col] = delta[failRow + col] as number;
    for (const [col, to] of next[state] as Map<number, number>) {
      fail[to] = delta[failRow + col] as number;
      delta[row + col] = to;
      queue.push(to);
    }
  }
  return { width, columnOf: columnTable(column), delta, out };
}

/** Calls `onMatch(id)` for every pattern occurrence in `text` (its match key, computed on the fly). */
export function scanText(a: Automaton, text: string, onMatch: (id: number) => void): void {
  const { width, columnOf, delta, out } = a;
  const n = text.length;
  let state = 0;
  for (let i = 0; i < n; i++) {
    let code = text.charCodeAt(i);
    // A decomposed sara am (nikhahit + sara aa, common in PDF pastes) reads as ำ, as in matchKey.
    if (code === NIKHAHIT && text.charCodeAt(i + 1) === SARA_AA) {
      code = SARA_AM;
      i++;
    }
    const col = columnOf[code] as number;
    if (col === SKIP) continue;
    state = delta[state * width + col] as number;
    const hits = out[state] as readonly number[];
    for (let h = 0; h < hits.length; h++) onMatch(hits[h] as number);
  }
}
