/**
 * The checklists shipped with the add-in. Adding a year = adding its JSON file and one line here.
 * Each file is validated by the registry before use, so a broken file fails the tests, not a user.
 * A year not yet published is a marked copy of an earlier one (provisional.json).
 */
import ita2566 from "./ita-2566.json";
import ita2567 from "./ita-2567.json";
import ita2568 from "./ita-2568.json";
import ita2569 from "./ita-2569.json";
import provisional from "./provisional.json";

const published: readonly Record<string, unknown>[] = [ita2566, ita2567, ita2568, ita2569];

/** The copy of an earlier year's JSON that stands for a year not yet published: every item only inferred. */
function provisionalCopy(
  entry: (typeof provisional.years)[number],
): Record<string, unknown> | null {
  const from = published.find((j) => j.year === entry.copyOf);
  if (!from) return null;
  const items = Array.isArray(from.items) ? (from.items as Record<string, unknown>[]) : [];
  return {
    ...from,
    $comment: `Provisional ${entry.year}: a copy of ${entry.copyOf} (provisional.json).`,
    year: entry.year,
    version: entry.version,
    source: entry.source,
    confidence: "inferred",
    items: items.map((it) => ({ ...it, confidence: "inferred" })),
    provisional: { copyOf: entry.copyOf },
  };
}

/** Raw JSON of every built-in checklist; typed unknown so only the validator reads it. */
export const builtInChecklists: readonly unknown[] = [
  ...published,
  ...provisional.years.map(provisionalCopy).filter((j) => j !== null),
];
