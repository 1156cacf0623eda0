/**
 * Typed errors of the Excel adapter. Office errors (OfficeExtension.Error, name
 * "RichApi.Error") become ExcelHostError with their code and debug info; the
 * cell-edit case becomes ExcelBusyError so the pane can say "finish editing the cell".
 */

/** An error Excel reported, with its Office error code (e.g. "ItemNotFound"). */
export class ExcelHostError extends Error {
  override readonly name: string = "ExcelHostError";
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Excel stayed in cell-edit mode through every retry (the user is typing in a cell). */
export class ExcelBusyError extends ExcelHostError {
  override readonly name = "ExcelBusyError";
  constructor(
    readonly attempts: number,
    debugInfo: unknown,
    options?: { cause?: unknown },
  ) {
    super(CELL_EDIT_CODE, `Excel is in cell-edit mode (${attempts} attempts)`, debugInfo, options);
  }
}

export const CELL_EDIT_CODE = "InvalidOperationInCellEditMode";

interface OfficeErrorLike {
  code: string;
  message: string;
  debugInfo?: unknown;
}

/** Duck-typed OfficeExtension.Error: the class itself only exists inside Office. */
export function isOfficeError(e: unknown): e is OfficeErrorLike {
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as { code?: unknown }).code === "string" &&
    typeof (e as { message?: unknown }).message === "string" &&
    ((e as { name?: unknown }).name === "RichApi.Error" || "debugInfo" in e)
  );
}

export function isCellEditError(e: unknown): boolean {
  return isOfficeError(e) && e.code === CELL_EDIT_CODE;
}

/** Excel on the web refuses requests or responses over 5 MB with these codes. */
export function isPayloadLimitError(e: unknown): boolean {
  return (
    isOfficeError(e) &&
    (e.code === "RequestPayloadSizeLimitExceeded" || e.code === "ResponsePayloadSizeLimitExceeded")
  );
}

/**
 * Maps what Excel.run threw to the adapter's error types. Errors that are not Office
 * errors (bugs in our own code) are returned unchanged, never hidden.
 */
export function toHostError(e: unknown, attempts: number): unknown {
  if (e instanceof ExcelHostError) return e;
  if (!isOfficeError(e)) return e;
  if (e.code === CELL_EDIT_CODE) return new ExcelBusyError(attempts, e.debugInfo, { cause: e });
  return new ExcelHostError(e.code, e.message, e.debugInfo ?? null, { cause: e });
}
