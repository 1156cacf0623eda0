/**
 * The pane's state and its pure reducer. Host calls live in useItaCheck; this file only
 * says how each event changes the state, so it is unit-tested without React.
 */
import type { CheckResult } from "../../core/check/checkWorkbook";
import type { Flag, Severity } from "../../core/flags/flag";
import { flagKey } from "../../core/flags/key";
import type { HostCapabilities, ReadProgress } from "../../core/host";
import type { Acknowledgement, CheckSettings } from "../../core/settings";
import type { PaneError } from "./paneError";

export type Phase = "idle" | "reading" | "checking" | "done" | "failed";

export interface Filters {
  /** Severities shown. */
  severities: Severity[];
  /** Codes shown; empty = every code. */
  codes: string[];
}

export interface PaneState {
  phase: Phase;
  /** Read progress reported by the host, or null before the first report. */
  progress: ReadProgress | null;
  /** True once the current work has run past 500 ms: only then is a progress bar worth showing. */
  showProgress: boolean;
  settings: CheckSettings;
  settingsLoaded: boolean;
  capabilities: HostCapabilities | null;
  result: CheckResult | null;
  filters: Filters;
  error: PaneError | null;
  /** The user edited the workbook after the last check. */
  stale: boolean;
  /** Degraded codes of the last report written, or null when none was written. */
  reportWritten: string[] | null;
  /** A report is being written: its button waits, so two writes never interleave. */
  writingReport: boolean;
  /** The checklist is being exported as a sheet (single-flight, like the report). */
  writingChecklist: boolean;
  /** What the last checklist export wrote, or null when none was written. */
  checklistWritten: ChecklistWritten | null;
}

/** A checklist written as a sheet: its sheet name, year and item count, for the pane to say. */
export interface ChecklistWritten {
  sheetName: string;
  year: number;
  itemCount: number;
  degraded: string[];
}

export type PaneAction =
  | { type: "loaded"; settings: CheckSettings; capabilities: HostCapabilities | null }
  | { type: "readStarted" }
  | { type: "progress"; progress: ReadProgress }
  | { type: "progressVisible" }
  | { type: "checkStarted" }
  | { type: "checked"; result: CheckResult }
  | { type: "failed"; error: PaneError; during: "check" | "other" }
  | { type: "errorDismissed" }
  | { type: "settingsChanged"; settings: Partial<CheckSettings> }
  | { type: "acknowledged"; flag: Flag; ack: Acknowledgement }
  | { type: "unacknowledged"; key: string }
  | { type: "severityToggled"; severity: Severity }
  | { type: "codesChosen"; codes: string[] }
  | { type: "edited" }
  | { type: "reportStarted" }
  | { type: "reportWritten"; degraded: string[] }
  | { type: "checklistExportStarted" }
  | { type: "checklistExported"; written: ChecklistWritten };

export const ALL_SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function initialState(settings: CheckSettings): PaneState {
  return {
    phase: "idle",
    progress: null,
    showProgress: false,
    settings,
    settingsLoaded: false,
    capabilities: null,
    result: null,
    filters: { severities: [...ALL_SEVERITIES], codes: [] },
    error: null,
    stale: false,
    reportWritten: null,
    writingReport: false,
    writingChecklist: false,
    checklistWritten: null,
  };
}

/** Moves a flag from the shown list to the acknowledged list, so the pane updates at once. */
function withAcknowledged(result: CheckResult, flag: Flag, reason: string): CheckResult {
  const key = flagKey(flag);
  const moved = result.flags.filter((f) => flagKey(f) === key);
  if (moved.length === 0) return result;
  return {
    ...result,
    flags: result.flags.filter((f) => flagKey(f) !== key),
    acknowledged: [...result.acknowledged, ...moved.map((f) => ({ ...f, reason }))],
  };
}

function withoutAcknowledged(result: CheckResult, key: string): CheckResult {
  const back = result.acknowledged.filter((f) => flagKey(f) === key);
  if (back.length === 0) return result;
  return {
    ...result,
    flags: [...result.flags, ...back.map(({ reason: _reason, ...f }) => f)],
    acknowledged: result.acknowledged.filter((f) => flagKey(f) !== key),
  };
}

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "loaded":
      return {
        ...state,
        settings: action.settings,
        capabilities: action.capabilities,
        settingsLoaded: true,
      };
    case "readStarted":
      return {
        ...state,
        phase: "reading",
        progress: null,
        showProgress: false,
        error: null,
        reportWritten: null,
      };
    case "progress":
      return { ...state, progress: action.progress };
    case "progressVisible":
      return state.phase === "reading" || state.phase === "checking" || state.writingReport
        ? { ...state, showProgress: true }
        : state;
    case "checkStarted":
      return { ...state, phase: "checking" };
    case "checked":
      return { ...state, phase: "done", result: action.result, showProgress: false, stale: false };
    case "failed":
      return {
        ...state,
        error: action.error,
        showProgress: false,
        writingReport: false,
        writingChecklist: false,
        phase: action.during === "check" ? "failed" : state.phase,
      };
    case "errorDismissed":
      return { ...state, error: null };
    case "settingsChanged":
      return { ...state, settings: { ...state.settings, ...action.settings } };
    case "acknowledged": {
      const key = flagKey(action.flag);
      return {
        ...state,
        settings: {
          ...state.settings,
          acknowledged: { ...state.settings.acknowledged, [key]: action.ack },
        },
        result: state.result && withAcknowledged(state.result, action.flag, action.ack.reason),
      };
    }
    case "unacknowledged": {
      const { [action.key]: _gone, ...rest } = state.settings.acknowledged;
      return {
        ...state,
        settings: { ...state.settings, acknowledged: rest },
        result: state.result && withoutAcknowledged(state.result, action.key),
      };
    }
    case "severityToggled":
      return {
        ...state,
        filters: {
          ...state.filters,
          severities: toggled(state.filters.severities, action.severity),
        },
      };
    case "codesChosen":
      return { ...state, filters: { ...state.filters, codes: action.codes } };
    case "edited":
      return state.result ? { ...state, stale: true } : state;
    case "reportStarted":
      return { ...state, writingReport: true, reportWritten: null, showProgress: false };
    case "reportWritten":
      return {
        ...state,
        writingReport: false,
        showProgress: false,
        reportWritten: action.degraded,
      };
    case "checklistExportStarted":
      return { ...state, writingChecklist: true, checklistWritten: null };
    case "checklistExported":
      return { ...state, writingChecklist: false, checklistWritten: action.written };
  }
}

/** The flags the filters let through. */
export function visibleFlags(flags: readonly Flag[], filters: Filters): Flag[] {
  return flags.filter(
    (f) =>
      filters.severities.includes(f.severity) &&
      (filters.codes.length === 0 || filters.codes.includes(f.code)),
  );
}
