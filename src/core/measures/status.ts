/**
 * Status from the words and tick marks people write. "unknown" rather than a guess.
 */
import type { Status } from "../model";
import { squeeze, toArabicDigits } from "../thai";
import vocabulary from "./vocabulary.json";

export interface StatusReading {
  status: Status;
  /** The words that decided it. */
  evidence: string[];
  /** Both done and in-progress words appear. */
  conflict: boolean;
}

const phrases = {
  not_started: vocabulary.status.not_started.map((w) => squeeze(w).toLowerCase()),
  in_progress: vocabulary.status.in_progress.map((w) => squeeze(w).toLowerCase()),
  done: vocabulary.status.done.map((w) => squeeze(w).toLowerCase()),
};
function normal(text: string): string {
  return squeeze(toArabicDigits(text)).toLowerCase();
}

// Normalised once here, not per cell: this runs on every row of every sheet.
const ticked = vocabulary.tickedBoxes.map(normal);
const formDone = squeeze(vocabulary.formWords.done);
const formNotStarted = squeeze(vocabulary.formWords.not_started);
const emptyThenDone = vocabulary.emptyBoxes.map((b) => normal(b) + formDone);
const doneHints = vocabulary.doneHintsAfterForm.map((w) => squeeze(w));

/** Finds phrases of one status, blanking each match so shorter words inside it do not match again. */
function take(s: string, words: string[]): { rest: string; found: string[] } {
  let rest = s;
  const found: string[] = [];
  for (const w of words) {
    if (!w) continue;
    let i = rest.indexOf(w);
    while (i >= 0) {
      found.push(w);
      rest = rest.slice(0, i) + "\u0000".repeat(w.length) + rest.slice(i + w.length);
      i = rest.indexOf(w, i + w.length);
    }
  }
  return { rest, found };
}

/** A printed form: "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ". The box right before a word decides. */
function readForm(s: string): Status | null {
  for (const b of ticked) {
    let i = s.indexOf(b);
    while (i >= 0) {
      const after = s.slice(i + b.length);
      if (after.startsWith(formNotStarted)) return "not_started";
      if (phrases.in_progress.some((w) => after.startsWith(w))) return "in_progress";
      if (after.startsWith(formDone)) return "done";
      i = s.indexOf(b, i + 1);
    }
  }
  return null;
}

/** Tick glyphs lost in the paste: both form words remain; the text after them tells. */
function readBareForm(s: string): Status | null {
  const ns = s.indexOf(formNotStarted);
  if (ns < 0) return null;
  const afterNs = s.slice(ns + formNotStarted.length);
  if (!afterNs.startsWith(formDone) && !emptyThenDone.some((b) => afterNs.startsWith(b)))
    return null;
  const tail = afterNs.slice(afterNs.indexOf(formDone) + formDone.length);
  return doneHints.some((h) => tail.includes(h)) ? "done" : "unknown";
}

export function readStatus(texts: readonly string[]): StatusReading {
  const s = normal(texts.filter(Boolean).join("\n"));
  if (s === "") return { status: "unknown", evidence: [], conflict: false };
  const form = readForm(s) ?? readBareForm(s);
  if (form) return { status: form, evidence: form === "unknown" ? [] : ["form"], conflict: false };
  const ns = take(s, phrases.not_started);
  const ip = take(ns.rest, phrases.in_progress);
  const dn = take(ip.rest, phrases.done);
  const conflict = ip.found.length > 0 && dn.found.length > 0;
  if (conflict) return { status: "in_progress", evidence: [...ip.found, ...dn.found], conflict };
  if (ip.found.length > 0) return { status: "in_progress", evidence: ip.found, conflict };
  if (dn.found.length > 0) return { status: "done", evidence: dn.found, conflict };
  if (ns.found.length > 0) return { status: "not_started", evidence: ns.found, conflict };
  return { status: "unknown", evidence: [], conflict: false };
}
