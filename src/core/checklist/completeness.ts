/**
 * How far a checklist can be trusted, in one place, so the pane, the CLI and the rules say
 * the same thing about an incomplete or not-yet-published year.
 */
import type { Checklist, Confidence } from "./types";

export interface Completeness {
  /** Published, every item confirmed, no known gaps, item count known. */
  complete: boolean;
  /** The year is a copy of an earlier one until its manual is out. */
  provisional: { copyOf: number } | null;
  confidence: Confidence;
  gaps: string[];
  itemCount: number | null;
  /** Items not marked confirmed. */
  unconfirmed: number;
}

export function completenessOf(c: Checklist): Completeness {
  const unconfirmed = c.items.filter((i) => i.confidence !== "confirmed").length;
  const provisional = c.provisional ?? null;
  return {
    complete:
      provisional === null &&
      c.confidence === "confirmed" &&
      c.gaps.length === 0 &&
      c.itemCount !== null &&
      unconfirmed === 0,
    provisional,
    confidence: c.confidence,
    gaps: c.gaps,
    itemCount: c.itemCount,
    unconfirmed,
  };
}
