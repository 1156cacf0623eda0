/** Every rule, in the order their flags are produced (flags are sorted by place afterwards). */
import { itemNotCovered, wrongPeriodForItem, yearMismatch } from "./checklistRules";
import type { Rule } from "./context";
import {
  dueSoon,
  duplicateMeasure,
  missingEvidence,
  missingPeriod,
  missingResponsible,
  missingResult,
  overdue,
  statusConflict,
  statusUnknown,
  unreadablePeriod,
} from "./measureRules";

export const rules: readonly Rule[] = [
  missingEvidence,
  overdue,
  dueSoon,
  missingResponsible,
  missingPeriod,
  unreadablePeriod,
  missingResult,
  statusUnknown,
  statusConflict,
  duplicateMeasure,
  yearMismatch,
  itemNotCovered,
  wrongPeriodForItem,
];
