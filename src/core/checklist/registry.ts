/**
 * Which checklist applies to an assessment year: the built-in files (data/index.ts) plus any
 * checklist a user loads at run time (a later year, or the official manual replacing ours).
 */
import { builtInChecklists } from "./data";
import type { ChecklistError } from "./schema";
import { validateChecklist } from "./schema";
import type { Checklist } from "./types";

export type GetChecklistResult =
  | { ok: true; checklist: Checklist }
  | { ok: false; code: "CHECKLIST_YEAR_UNKNOWN"; available: number[] };

export type RegisterChecklistResult =
  { ok: true; checklist: Checklist; replaced: boolean } | { ok: false; errors: ChecklistError[] };

let builtIn: Map<number, Checklist> | null = null;
/** Checklists loaded at run time; they win over the built-in file of the same year. */
const registered = new Map<number, Checklist>();

/**
 * Validates the shipped files once. A shipped file that does not validate is a defect of the
 * add-in itself (the tests validate every file), so it is thrown, not returned as a value.
 */
function builtIns(): Map<number, Checklist> {
  if (builtIn) return builtIn;
  const map = new Map<number, Checklist>();
  builtInChecklists.forEach((json, i) => {
    const result = validateChecklist(json);
    if (!result.ok) {
      const first = result.errors[0];
      throw new Error(
        `Built-in checklist #${i} is invalid at ${first?.path ?? ""}: ${first?.code}`,
      );
    }
    map.set(result.checklist.year, result.checklist);
  });
  builtIn = map;
  return map;
}

/** Assessment years (พ.ศ.) with a checklist, ascending. */
export function availableYears(): number[] {
  const years = new Set([...builtIns().keys(), ...registered.keys()]);
  return [...years].sort((a, b) => a - b);
}

/**
 * The checklist of an assessment year (พ.ศ.).
 * @example
 * getChecklist(2566) // { ok: true, checklist: { year: 2566, items: [O1 … O43], … } }
 * getChecklist(2570) // { ok: false, code: "CHECKLIST_YEAR_UNKNOWN", available: [2566, 2567, 2568, 2569] }
 */
export function getChecklist(year: number): GetChecklistResult {
  const found = registered.get(year) ?? builtIns().get(year);
  if (found) return { ok: true, checklist: found };
  return { ok: false, code: "CHECKLIST_YEAR_UNKNOWN", available: availableYears() };
}

/**
 * The shipped list a loaded sheet builds on for what it leaves out: the year's own, else the
 * nearest earlier one, else the earliest (a year before any we ship).
 */
export function baseChecklistFor(year: number): Checklist {
  const map = builtIns();
  const own = map.get(year);
  if (own) return own;
  const years = [...map.keys()].sort((a, b) => a - b);
  const earlier = years.filter((y) => y < year);
  const pick = earlier.length > 0 ? earlier[earlier.length - 1] : years[0];
  const found = pick === undefined ? undefined : map.get(pick);
  if (!found) throw new Error("no built-in checklist is shipped");
  return found;
}

/**
 * Loads a user-supplied checklist (parsed JSON) after validation. It serves its year from now on,
 * replacing a built-in or earlier registered checklist of the same year (`replaced` says so).
 */
export function registerChecklist(json: unknown): RegisterChecklistResult {
  const result = validateChecklist(json);
  if (!result.ok) return result;
  const year = result.checklist.year;
  const replaced = registered.has(year) || builtIns().has(year);
  registered.set(year, result.checklist);
  return { ok: true, checklist: result.checklist, replaced };
}

/** Forgets every run-time checklist (the built-in files stay). For tests and "reset" buttons. */
export function clearRegisteredChecklists(): void {
  registered.clear();
}
