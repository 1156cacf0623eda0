/**
 * From bytes to what the page shows: a parsed snapshot, or the input error code to show.
 */
import type { WorkbookSnapshot } from "../core/grid/grid";
import { parseBytes } from "./parseBytes";

export type Opened =
  | { ok: true; fileName: string; snapshot: WorkbookSnapshot }
  | { ok: false; fileName: string; code: string };

/** The file name a sample or dropped file is kept under (settings are stored per name). */
export const SAMPLE_FILE_NAME = "ita-sample.xlsx";

/**
 * @example
 * const opened = await openBytes("ita-sample.xlsx", bytes);
 * opened.ok ? opened.snapshot.sheets.length : opened.code // "NOT_XLSX_CSV"
 */
export async function openBytes(fileName: string, bytes: ArrayBuffer): Promise<Opened> {
  const result = await parseBytes(bytes);
  return result.ok
    ? { ok: true, fileName, snapshot: result.workbook }
    : { ok: false, fileName, code: result.error.code };
}

/** The bundled sample: webpack copies the file next to the page and gives its URL here. */
export async function fetchSample(): Promise<ArrayBuffer> {
  const url = new URL("../../samples/ita-sample.xlsx", import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`sample: HTTP ${response.status}`);
  return response.arrayBuffer();
}
