/**
 * Reads .xlsx bytes into the WorkbookSnapshot the core checks. Bytes in, values out:
 * no file system here, so the browser preview runs the same code with exceljs's
 * browser build. Unreadable input is a value ({ ok: false, error }), never a throw.
 */
import { Workbook } from "exceljs";
import type { WorkbookSnapshot } from "../../core/grid/grid";
import { classifyBytes } from "./classifyBytes";
import type { InputError } from "./inputError";
import { inputError, messageOf } from "./inputError";
import { worksheetToGrid } from "./worksheetToGrid";

/** What exceljs's `xlsx.load` declares it takes (a Buffer); any Uint8Array works at run time. */
type XlsxInput = Parameters<Workbook["xlsx"]["load"]>[0];

export type WorkbookReadResult =
  { ok: true; workbook: WorkbookSnapshot } | { ok: false; error: InputError };

export interface ReadWorkbookOptions {
  /** Refuse (TOO_LARGE) a workbook with a sheet whose last used row is beyond this. */
  maxRows?: number;
}

/**
 * Classifies the bytes, loads them with exceljs and converts every worksheet
 * (chart sheets are skipped) to a Grid, in tab order.
 * @example
 *   const r = await readWorkbookBuffer(bytes);
 *   if (!r.ok && r.error.code === "NOT_XLSX_XLS") // ไฟล์ .xls รุ่นเก่า: ให้บันทึกเป็น .xlsx ก่อน
 */
export async function readWorkbookBuffer(
  data: ArrayBuffer | Uint8Array,
  opts: ReadWorkbookOptions = {},
): Promise<WorkbookReadResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = classifyBytes(bytes);
  if (kind.kind === "rejected") return { ok: false, error: kind.error };

  const workbook = new Workbook();
  try {
    // exceljs types its input as a Node Buffer; its zip reader takes any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as XlsxInput);
  } catch (thrown) {
    return { ok: false, error: inputError("CORRUPT", messageOf(thrown)) };
  }
  return snapshotOf(workbook, opts);
}

function snapshotOf(workbook: Workbook, opts: ReadWorkbookOptions): WorkbookReadResult {
  // exceljs does not load chart sheets at all, so only worksheets are listed here.
  const worksheets = workbook.worksheets;
  if (worksheets.length === 0) return { ok: false, error: inputError("NO_SHEETS") };
  if (opts.maxRows !== undefined) {
    const big = worksheets.find((ws) => ws.rowCount > (opts.maxRows ?? Infinity));
    if (big) {
      return { ok: false, error: inputError("TOO_LARGE", `${big.name}: ${big.rowCount} rows`) };
    }
  }
  try {
    return { ok: true, workbook: { sheets: worksheets.map(worksheetToGrid) } };
  } catch (thrown) {
    // exceljs builds cells lazily; a malformed part can still fail here.
    return { ok: false, error: inputError("CORRUPT", messageOf(thrown)) };
  }
}
