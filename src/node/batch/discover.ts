/**
 * Finds the workbooks of a batch: every .xlsx under the folder, recursively, sorted so that
 * two runs over the same folder list (and number) the files the same way.
 */
import { readdir } from "node:fs/promises";
import * as path from "node:path";
import type { FileJob } from "./types";

export interface DiscoverOptions {
  /** Absolute folders never entered (the cache folder, the output's folder is fine). */
  skip?: readonly string[];
}

/** `~$รายงาน.xlsx` is the lock file Excel leaves beside an open workbook, not a workbook. */
function isWorkbookName(name: string): boolean {
  return name.toLowerCase().endsWith(".xlsx") && !name.startsWith("~$") && !name.startsWith(".");
}

async function walk(dir: string, skip: ReadonlySet<string>, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith(".") && !skip.has(full)) await walk(full, skip, out);
    } else if (e.isFile() && isWorkbookName(e.name)) {
      out.push(full);
    }
  }
}

/** Code-point order, not locale order: the same on every machine. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * @example await discoverWorkbooks("/data/ita") → [{ index: 0, path: "/data/ita/อบต.ก.xlsx", file: "อบต.ก.xlsx" }, …]
 */
export async function discoverWorkbooks(
  root: string,
  options: DiscoverOptions = {},
): Promise<FileJob[]> {
  const base = path.resolve(root);
  const found: string[] = [];
  await walk(base, new Set((options.skip ?? []).map((s) => path.resolve(s))), found);
  const files = found.map((full) => path.relative(base, full).split(path.sep).join("/"));
  files.sort(byCodePoint);
  return files.map((file, index) => ({ index, path: path.join(base, file), file }));
}
