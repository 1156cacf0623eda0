/**
 * The ITA checklist per assessment year: data, validation, registry and item matching.
 */
export type {
  Checklist,
  ChecklistItem,
  Confidence,
  Indicator,
  SubIndicator,
  TimeRule,
  Tool,
  ToolCode,
} from "./types";
export type { ChecklistError, ChecklistErrorCode, ValidationResult } from "./schema";
export { validateChecklist } from "./schema";
export type { GetChecklistResult, RegisterChecklistResult } from "./registry";
export {
  availableYears,
  baseChecklistFor,
  clearRegisteredChecklists,
  getChecklist,
  registerChecklist,
} from "./registry";
export type { MatchInput } from "./match";
export { matchIndicators, matchItems } from "./match";
export { matchKey } from "./text";
export type { Completeness } from "./completeness";
export { completenessOf } from "./completeness";
export type {
  ColumnMap,
  ItemField,
  LoadedTable,
  SheetChecklistOptions,
  SheetChecklistResult,
} from "./sheet";
export { checklistFromSheet, checklistSheetModel, ITEM_FIELDS } from "./sheet";
