/**
 * Why a file could not be read as a workbook. These are values the CLI and the
 * preview show to the user (by code), never exceptions.
 */

/** Problems found in the bytes themselves (no file system involved). */
export const BYTE_ERROR_CODES = [
  "EMPTY_FILE",
  "NOT_XLSX_CSV",
  "NOT_XLSX_XLS",
  "PASSWORD_PROTECTED",
  "CORRUPT",
  "NO_SHEETS",
  "TOO_LARGE",
] as const;

/** Problems reaching the file before any byte is read. */
export const FILE_ERROR_CODES = ["MISSING_FILE", "NOT_A_FILE", "UNREADABLE"] as const;

export type ByteErrorCode = (typeof BYTE_ERROR_CODES)[number];
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];
export type InputErrorCode = ByteErrorCode | FileErrorCode;

/**
 * A reason the input is not a readable workbook.
 * @example { code: "NOT_XLSX_XLS" } — an old .xls (ไฟล์ Excel 97-2003) renamed or saved as such.
 */
export interface InputError<C extends InputErrorCode = InputErrorCode> {
  code: C;
  /** The underlying library's or system's message, for logs; never a stack. */
  detail?: string;
}

/** Builds an InputError, leaving `detail` out when there is none. */
export function inputError<C extends InputErrorCode>(code: C, detail?: string): InputError<C> {
  return detail === undefined || detail === "" ? { code } : { code, detail };
}

/** The message of a thrown value without its stack (first line only). */
export function messageOf(thrown: unknown): string {
  const raw = thrown instanceof Error ? thrown.message : String(thrown);
  return raw.split("\n", 1)[0] ?? "";
}
