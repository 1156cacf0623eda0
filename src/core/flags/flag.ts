/**
 * Flags: problems found in the data, as values. A flag is keyed on its code;
 * wording lives in messages/th.json and messages/en.json, never here.
 */
export type Severity = "error" | "warning" | "info";

export type FlagCode =
  // reading
  | "NO_TABLE"
  | "UNREADABLE_PERIOD"
  // checking
  | "MISSING_EVIDENCE"
  | "OVERDUE"
  | "DUE_SOON"
  | "MISSING_RESPONSIBLE"
  | "MISSING_PERIOD"
  | "MISSING_RESULT"
  | "STATUS_UNKNOWN"
  | "STATUS_CONFLICT"
  | "ITEM_NOT_COVERED"
  | "WRONG_PERIOD_FOR_ITEM"
  | "DUPLICATE_MEASURE"
  | "YEAR_MISMATCH";

export type FlagParams = Record<string, string | number | boolean | null>;

export interface Flag {
  code: FlagCode;
  severity: Severity;
  sheet: string | null;
  /** A1 address of the cell at fault, or null for workbook-level flags. */
  cell: string | null;
  /** 1-based sheet row, or null. */
  row: number | null;
  params: FlagParams;
}
