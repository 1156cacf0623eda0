/**
 * The records the reader produces and the rules consume.
 * Field names follow the CLI's JSON contract (docs/json-contract.md): keep them stable.
 */

/** ISO calendar date "YYYY-MM-DD" (Gregorian), never a local-time Date. */
export type IsoDate = string;

export type PeriodReason =
  | "no_date_found"
  | "no_year"
  | "ambiguous"
  | "invalid_date"
  | "needs_fiscal_year"
  | "reversed_range";

/** A period as written, and what it means when it could be read. */
export interface Period {
  /** The text as written (cleaned of HTML). */
  text: string;
  /** First day covered, or null when unreadable. */
  start: IsoDate | null;
  /** Last day covered, or null when unreadable. */
  end: IsoDate | null;
  /** Why start/end are null; absent when read. */
  reason?: PeriodReason;
  /** Which form it was read as (month, range, quarter, whole_year, six_months, deadline, serial, date). */
  form?: string;
}

export type Status = "done" | "in_progress" | "not_started" | "unknown";

export type TableKind = "measures" | "indicators" | "oit-items" | "other";

export type MeasureKind = "measure" | "indicator" | "oit-item";

export type ColumnRole =
  | "no"
  | "title"
  | "steps"
  | "responsible"
  | "period"
  | "status"
  | "result"
  | "output"
  | "outcome"
  | "components"
  | "evidence"
  | "note";

export interface TableInfo {
  sheet: string;
  /** A1 range from the first header row to the last data row. */
  range: string;
  kind: TableKind;
  /** Column letter per role. */
  columns: Partial<Record<ColumnRole, string>>;
  /** Sheet row (0-based) of the header. */
  headerRow: number;
  /** Why a table was skipped (kind "other"), e.g. "attendance". */
  skippedAs?: string;
}

export interface ItemMatch {
  /** Checklist item code, e.g. "O42". */
  code: string;
  /** 0..1. */
  confidence: number;
  /** How it was matched: "number", "title", "words", "user". */
  by: "number" | "title" | "words" | "user" | "indicator";
}

export interface Measure {
  sheet: string;
  /** 1-based sheet row of the measure's first row (as Excel shows it). */
  row: number;
  /** Every 1-based sheet row merged into this record. */
  rows: number[];
  kind: MeasureKind;
  /** The ordinal as written, in Arabic digits ("1", "01", "043", "9.1"); null when none. */
  no: string | null;
  title: string;
  steps: string | null;
  group: string | null;
  responsible: string[];
  period: Period | null;
  status: Status;
  /** Words that decided the status, for explaining it. */
  statusEvidence?: string[];
  /** The text says both done and in progress. */
  statusConflict?: boolean;
  result: string | null;
  output: string | null;
  outcome: string | null;
  components: string | null;
  evidence: string[];
  items: ItemMatch[];
  /** A1 address of every field it came from. */
  cells: Partial<Record<ColumnRole, string>>;
}

export interface SheetInfo {
  name: string;
  fiscalYear: number | null;
  /** Where the fiscal year came from: "title", "override", "periods" or null. */
  fiscalYearSource: "title" | "override" | "periods" | null;
  /** Organisation name from the title lines, if any. */
  organisation: string | null;
  /** District (อำเภอ) and province (จังหวัด) named in the title lines. */
  district: string | null;
  province: string | null;
  tables: TableInfo[];
}
