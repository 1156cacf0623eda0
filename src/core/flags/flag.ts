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
  | "YEAR_MISMATCH"
  // the checklist itself: loading one from a sheet, and a year's list being incomplete
  | "CHECKLIST_NO_TABLE"
  | "CHECKLIST_NO_YEAR"
  | "CHECKLIST_DUPLICATE_CODE"
  | "CHECKLIST_NO_TITLE"
  | "CHECKLIST_BAD_VALUE"
  | "CHECKLIST_BAD_CODE"
  | "CHECKLIST_INVALID"
  | "CHECKLIST_SHEET_MISSING"
  | "CHECKLIST_GAP"
  | "CHECKLIST_YEAR_DIFFERS"
  | "CHECKLIST_SUB_REPEATED"
  | "CHECKLIST_PROVISIONAL"
  | "CHECKLIST_INCOMPLETE";

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
