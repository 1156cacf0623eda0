/**
 * Checklists as sheets: load one from a sheet (a pasted manual table, an OIT tracker, an
 * exported list) and export one as a sheet in the same shape.
 */
export type {
  ColumnMap,
  ListYearSource,
  LoadedTable,
  SheetChecklistOptions,
  SheetChecklistResult,
} from "./fromSheet";
export { checklistFromSheet } from "./fromSheet";
export { isChecklistExport } from "./aboutBlock";
export { checklistSheetModel } from "./toSheet";
export type { ItemField } from "./words";
export { ITEM_FIELDS } from "./words";
