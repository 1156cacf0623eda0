import * as fs from "node:fs";
import { registerChecklist } from "../../core/checklist/registry";

/** Loads a user-supplied checklist JSON (a year the project does not ship yet) into the registry. */
export function loadChecklistFile(
  file: string,
): { ok: true; year: number } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    return {
      ok: false,
      problem: `cannot read checklist JSON: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  const r = registerChecklist(json);
  return r.ok
    ? { ok: true, year: r.checklist.year }
    : {
        ok: false,
        problem: `invalid checklist: ${r.errors.map((e) => `${e.path} ${e.code}`).join(", ")}`,
      };
}
