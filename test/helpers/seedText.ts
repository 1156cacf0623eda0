/**
 * The seed reports (real ITA reports as text: one line a row, tabs between cells) kept
 * outside the project in ../shared/seeds. Tests read them there and skip when absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Where the seeds live, relative to the project root (never copied into the project). */
export const SEEDS_DIR = path.resolve(__dirname, "../../../shared/seeds");

/** Message for `describe.skip`-style guards. */
export const SEEDS_MISSING = `seed reports not found at ../shared/seeds; seed tests skipped`;

export function seedsAvailable(): boolean {
  return existsSync(SEEDS_DIR) && seedNames().length > 0;
}

/** File names of the seeds ("000_….txt"), sorted. */
export function seedNames(): string[] {
  if (!existsSync(SEEDS_DIR)) return [];
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

/**
 * Path of a seed by file name or by any unique prefix of it ("000", "004_fde4").
 * Throws when no seed matches: that is a mistake in the test, not in data.
 */
export function seedPath(name: string): string {
  const matches = seedNames().filter((f) => f === name || f.startsWith(name));
  const only = matches.length === 1 ? matches[0] : matches.find((f) => f === name);
  if (!only) throw new Error(`no single seed matches "${name}" (found ${matches.length})`);
  return path.join(SEEDS_DIR, only);
}

/**
 * The seed as rows of cells, verbatim (HTML residue, spaces and all). An empty line is
 * a row with one empty cell; the file's final newline, if any, is not a row.
 */
export function readSeedRows(name: string): string[][] {
  const text = readFileSync(seedPath(name), "utf8");
  const lines = text.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => line.split("\t"));
}
