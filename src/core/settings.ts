/**
 * What a user chooses for a check. Adapters keep it with the workbook;
 * the core only takes it as input.
 */
import type { ColumnMap } from "./checklist/sheet";
import type { IsoDate } from "./model";

export type Lang = "th" | "en";

export interface Acknowledgement {
  reason: string;
  /** ISO date the flag was acknowledged. */
  on: IsoDate;
}

export interface CheckSettings {
  /** Assessment year (พ.ศ.) of the checklist; null = the sheet's fiscal year. */
  year: number | null;
  /** Fiscal year of the sheets when the titles do not say it; null = infer. */
  fiscalYearOverride: number | null;
  /** As-of date for overdue rules. */
  asOf: IsoDate;
  /** Days ahead that count as "due soon". */
  dueSoonDays: number;
  organisation: string;
  lang: Lang;
  thaiDigits: boolean;
  /** User's own choice of checklist items per measure key (see core/measures/key). */
  overrides: Record<string, string[]>;
  /** Acknowledged flags by flag key (see core/flags/key). */
  acknowledged: Record<string, Acknowledgement>;
  /**
   * A sheet of this workbook that holds the checklist of `year` (the new year's manual pasted
   * in, or an exported list); `columns` says which column holds what when the header cannot.
   */
  checklistSheet: ChecklistSheetSetting | null;
}

export interface ChecklistSheetSetting {
  sheet: string;
  year: number;
  columns?: ColumnMap;
}

export function defaultSettings(asOf: IsoDate): CheckSettings {
  return {
    year: null,
    fiscalYearOverride: null,
    asOf,
    dueSoonDays: 14,
    organisation: "",
    lang: "th",
    thaiDigits: true,
    overrides: {},
    acknowledged: {},
    checklistSheet: null,
  };
}
