import { getChecklist } from "../../src/core/checklist/registry";
import type { Checklist } from "../../src/core/checklist/types";

/** The shipped list of a year; a year without one is a mistake in the test, so it throws. */
export function builtInChecklist(year: number): Checklist {
  const got = getChecklist(year);
  if (!got.ok) throw new Error(`no built-in checklist for ${year}`);
  return got.checklist;
}
