/**
 * Reads a workbook from disk for the CLI. File-system problems get their own codes;
 * everything about the bytes is readWorkbookBuffer's job.
 */
import { readFile, stat } from "node:fs/promises";
import type { FileErrorCode, InputError } from "./inputError";
import { inputError, messageOf } from "./inputError";
import type { WorkbookReadResult } from "./readWorkbook";
import { readWorkbookBuffer } from "./readWorkbook";

/** The read result with the path it came from; errors add MISSING_FILE, NOT_A_FILE, UNREADABLE. */
export type WorkbookFileResult = WorkbookReadResult & { path: string };

/**
 * @example await readWorkbookFile("รายงาน ITA 2566.xlsx") → { ok: true, path, workbook }
 */
export async function readWorkbookFile(
  path: string,
  opts: { maxRows?: number } = {},
): Promise<WorkbookFileResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { path, ok: false, error: inputError("NOT_A_FILE") };
    bytes = await readFile(path);
  } catch (thrown) {
    return { path, ok: false, error: fileError(thrown) };
  }
  return { path, ...(await readWorkbookBuffer(bytes, opts)) };
}

function fileError(thrown: unknown): InputError<FileErrorCode> {
  const code = errnoOf(thrown);
  if (code === "ENOENT" || code === "ENOTDIR") return inputError("MISSING_FILE", code);
  if (code === "EISDIR") return inputError("NOT_A_FILE", code);
  return inputError("UNREADABLE", code ?? messageOf(thrown));
}

function errnoOf(thrown: unknown): string | undefined {
  if (typeof thrown !== "object" || thrown === null || !("code" in thrown)) return undefined;
  return typeof thrown.code === "string" ? thrown.code : undefined;
}
