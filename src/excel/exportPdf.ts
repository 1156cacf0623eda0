/**
 * Best-effort PDF of the workbook through the common API (PdfFile requirement set):
 * getFileAsync(Pdf) → getSliceAsync for every slice → closeAsync, always. Excel on the web
 * has been seen to answer with a 0-byte file (office-js#5473, #5399); the pane then tells the
 * user to export from Excel's own menu (pdfFallbackHint).
 */

export type PdfFailureCode = "NO_PDF_EXPORT" | "PDF_EMPTY" | "PDF_FAILED";

export type PdfResult =
  { ok: true; bytes: Uint8Array } | { ok: false; code: PdfFailureCode; detail?: string };

/**
 * What the pane suggests when exportPdf fails: "ไฟล์ > ส่งออก > PDF / File > Export > PDF"
 * (the sentence lives with the pane's texts).
 */
export const pdfFallbackHint = "USE_FILE_EXPORT" as const;

/** Largest slice Office hands out (4 MB; iPad uses 64 KB whatever is asked). */
export const PDF_SLICE_BYTES = 4194304;

/** An Office callback turned into a promise: rejects with Office's error message on failure. */
function officeCall<T>(start: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((r) => {
      if (r.status === Office.AsyncResultStatus.Succeeded) resolve(r.value);
      else reject(new Error(r.error?.message ?? "Office reported a failure"));
    });
  });
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function isPdfSupported(): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported("PdfFile") === true;
}

/** Slice data as bytes: Office gives a byte array (number[]) for PDF. */
function sliceBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Uint8Array.from(data as number[]);
  throw new Error("PDF slice is not binary data");
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function readSlices(file: Office.File): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < file.sliceCount; i++) {
    const slice = await officeCall<Office.Slice>((cb) => file.getSliceAsync(i, cb));
    parts.push(sliceBytes(slice.data));
  }
  return concat(parts);
}

/**
 * The workbook as PDF bytes, or why not. Never throws; the file is always closed (Office
 * allows one open file at a time, so a file left open breaks the next export).
 *
 * @example
 *   const pdf = await exportPdf();
 *   if (!pdf.ok) showHint(pdfFallbackHint); // "ไฟล์ > ส่งออก > PDF"
 */
export async function exportPdf(): Promise<PdfResult> {
  if (!isPdfSupported()) return { ok: false, code: "NO_PDF_EXPORT" };
  let file: Office.File;
  try {
    file = await officeCall<Office.File>((cb) =>
      Office.context.document.getFileAsync(Office.FileType.Pdf, { sliceSize: PDF_SLICE_BYTES }, cb),
    );
  } catch (e) {
    return { ok: false, code: "PDF_FAILED", detail: messageOf(e) };
  }
  let result: PdfResult;
  try {
    const bytes = file.size === 0 ? new Uint8Array(0) : await readSlices(file);
    result = bytes.length === 0 ? { ok: false, code: "PDF_EMPTY" } : { ok: true, bytes };
  } catch (e) {
    result = { ok: false, code: "PDF_FAILED", detail: messageOf(e) };
  }
  try {
    await officeCall<void>((cb) => file.closeAsync(cb));
  } catch (e) {
    // A file Office could not close blocks the next export: say so rather than hide it.
    const close = `close: ${messageOf(e)}`;
    if (result.ok) return { ok: false, code: "PDF_FAILED", detail: close };
    return { ...result, detail: result.detail ? `${result.detail}; ${close}` : close };
  }
  return result;
}
