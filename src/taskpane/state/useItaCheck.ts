/**
 * The pane's one state hook: owns the phase, progress, settings, last result, filters and
 * the add-in error, and is the only code that calls the WorkbookHost. Every action returns a
 * promise that never rejects: a host failure lands in `state.error`, never in a console.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { CheckResult } from "../../core/check/checkWorkbook";
import type { Checker } from "../check/checker";
import { checkInPlace } from "../check/checker";
import type { Flag, Severity } from "../../core/flags/flag";
import { flagKey } from "../../core/flags/key";
import type { WorkbookSnapshot } from "../../core/grid/grid";
import type { HostCapabilities, WorkbookHost } from "../../core/host";
import type { CheckSettings, ChecklistSheetSetting } from "../../core/settings";
import { defaultSettings } from "../../core/settings";
import { checklistSheetModel } from "../../core/checklist/sheet";
import { checklistForExport } from "./exportChecklist";
import type { Clock } from "./clock";
import { systemClock } from "./clock";
import type { FlagGroup } from "./groupFlags";
import { groupFlags } from "./groupFlags";
import { toPaneError } from "./paneError";
import type { PaneState } from "./reducer";
import { initialState, paneReducer, visibleFlags } from "./reducer";
import { reportFromCheck } from "../../core/report/fromCheck";

/** Work shorter than this shows no progress bar: a flash of a bar reads as a glitch. */
export const PROGRESS_DELAY_MS = 500;
/** Quiet time after the user's last edit before the automatic re-check. */
export const EDIT_DEBOUNCE_MS = 800;

/** Settings that change what checkWorkbook returns; others (language, digits) do not. */
const CHECK_FIELDS: readonly (keyof CheckSettings)[] = [
  "year",
  "fiscalYearOverride",
  "asOf",
  "dueSoonDays",
  "overrides",
  "acknowledged",
  "checklistSheet",
];

export interface ItaCheck {
  state: PaneState;
  /** The result's flags after the filters. */
  visible: Flag[];
  /** The visible flags grouped by measure, workbook-level flags last. */
  groups: FlagGroup[];
  /** Codes present in the last result, for the code filter. */
  codes: string[];
  check: () => Promise<void>;
  navigate: (flag: Flag) => Promise<void>;
  acknowledge: (flag: Flag, reason: string) => Promise<void>;
  unacknowledge: (key: string) => Promise<void>;
  updateSettings: (partial: Partial<CheckSettings>) => Promise<void>;
  clearHighlights: () => Promise<void>;
  writeReport: () => Promise<void>;
  /** Uses a sheet of this workbook as the checklist of a year (null: stop), saved and re-checked. */
  chooseChecklistSheet: (setting: ChecklistSheetSetting | null) => Promise<void>;
  /** Writes the checklist of the current year as a sheet (a download in the preview). */
  exportChecklist: () => Promise<void>;
  toggleSeverity: (severity: Severity) => void;
  chooseCodes: (codes: string[]) => void;
  dismissError: () => void;
}

export interface UseItaCheckOptions {
  host: WorkbookHost;
  /** Where "today" comes from (the default as-of date and acknowledgement dates). */
  clock?: Clock;
  /** Who runs the check: a worker in the browser; in place by default. */
  checker?: Checker;
}

/**
 * @example
 * const pane = useItaCheck({ host });
 * <Button onClick={() => void pane.check()}>ตรวจ</Button>
 */
export function useItaCheck({
  host,
  clock = systemClock,
  checker = checkInPlace,
}: UseItaCheckOptions): ItaCheck {
  const [state, dispatch] = useReducer(paneReducer, undefined, () =>
    initialState(defaultSettings(clock())),
  );
  // Async actions read the newest state through this ref, not a stale closure.
  const latest = useRef(state);
  latest.current = state;
  const snapshot = useRef<WorkbookSnapshot | null>(null);
  const running = useRef(false);
  const pending = useRef(false);
  const editTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const writing = useRef(false);
  /** Numbers each check, so a slow one that ends after a newer one cannot overwrite it. */
  const checkSeq = useRef(0);

  const fail = useCallback((e: unknown, action: string, during: "check" | "other" = "other") => {
    dispatch({ type: "failed", error: toPaneError(e, action), during });
  }, []);

  const paint = useCallback(
    async (flags: readonly Flag[]) => {
      if (!latest.current.capabilities?.highlights) return;
      try {
        await host.highlight(flags);
      } catch (e) {
        fail(e, "highlight");
      }
    },
    [host, fail],
  );

  /** Re-runs the pure check on the last snapshot: settings changes need no new read. */
  const recheck = useCallback(
    async (settings: CheckSettings) => {
      if (!snapshot.current) return;
      const seq = ++checkSeq.current;
      let result: CheckResult;
      try {
        result = await checker(snapshot.current, settings);
      } catch (e) {
        if (seq === checkSeq.current) fail(e, "check", "check");
        return;
      }
      if (seq !== checkSeq.current) return;
      dispatch({ type: "checked", result });
      await paint(result.flags);
    },
    [fail, paint, checker],
  );

  const check = useCallback(async (): Promise<void> => {
    if (running.current) {
      pending.current = true;
      return;
    }
    running.current = true;
    dispatch({ type: "readStarted" });
    const timer = setTimeout(() => dispatch({ type: "progressVisible" }), PROGRESS_DELAY_MS);
    try {
      const read = await host.readWorkbook((progress) => dispatch({ type: "progress", progress }));
      snapshot.current = read;
      dispatch({ type: "checkStarted" });
      // Let React paint "checking" before an in-place check takes the thread.
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      await recheck(latest.current.settings);
    } catch (e) {
      fail(e, "check", "check");
    } finally {
      clearTimeout(timer);
      running.current = false;
    }
    if (pending.current) {
      pending.current = false;
      await check();
    }
  }, [host, recheck, fail]);

  const save = useCallback(
    async (partial: Partial<CheckSettings>) => {
      try {
        await host.saveSettings(partial);
      } catch (e) {
        fail(e, "saveSettings");
      }
    },
    [host, fail],
  );

  const updateSettings = useCallback(
    async (partial: Partial<CheckSettings>) => {
      // Optimistic: controls follow the user at once; a failed save shows in the error bar.
      const next = { ...latest.current.settings, ...partial };
      dispatch({ type: "settingsChanged", settings: partial });
      await save(partial);
      if (CHECK_FIELDS.some((k) => k in partial)) await recheck(next);
    },
    [save, recheck],
  );

  const acknowledge = useCallback(
    async (flag: Flag, reason: string) => {
      const trimmed = reason.trim();
      if (trimmed === "") return;
      const ack = { reason: trimmed, on: clock() };
      const acknowledged = { ...latest.current.settings.acknowledged, [flagKey(flag)]: ack };
      dispatch({ type: "acknowledged", flag, ack });
      await save({ acknowledged });
      await recheck({ ...latest.current.settings, acknowledged });
    },
    [clock, save, recheck],
  );

  const unacknowledge = useCallback(
    async (key: string) => {
      const { [key]: _gone, ...acknowledged } = latest.current.settings.acknowledged;
      dispatch({ type: "unacknowledged", key });
      await save({ acknowledged });
      await recheck({ ...latest.current.settings, acknowledged });
    },
    [save, recheck],
  );

  const navigate = useCallback(
    async (flag: Flag) => {
      if (flag.sheet === null || flag.cell === null) return;
      try {
        await host.navigateTo(flag.sheet, flag.cell);
      } catch (e) {
        fail(e, "navigate");
      }
    },
    [host, fail],
  );

  const clearHighlights = useCallback(async () => {
    try {
      await host.clearHighlights();
    } catch (e) {
      fail(e, "clearHighlights");
    }
  }, [host, fail]);

  const writeReport = useCallback(async () => {
    const { result, settings } = latest.current;
    // A second click while the first report is written would rebuild the sheet under it.
    if (!result || writing.current) return;
    writing.current = true;
    dispatch({ type: "reportStarted" });
    const timer = setTimeout(() => dispatch({ type: "progressVisible" }), PROGRESS_DELAY_MS);
    try {
      const written = await host.writeReport(reportFromCheck(result, settings));
      dispatch({ type: "reportWritten", degraded: written.degraded });
    } catch (e) {
      fail(e, "writeReport");
    } finally {
      clearTimeout(timer);
      writing.current = false;
    }
  }, [host, fail]);

  const chooseChecklistSheet = useCallback(
    (setting: ChecklistSheetSetting | null) => updateSettings({ checklistSheet: setting }),
    [updateSettings],
  );

  const exportChecklist = useCallback(async () => {
    const { result, settings } = latest.current;
    // One sheet write at a time: the report and the checklist export share the writer.
    if (writing.current) return;
    const checklist = checklistForExport(result, settings, snapshot.current);
    if (!checklist) return;
    writing.current = true;
    dispatch({ type: "checklistExportStarted" });
    try {
      const model = checklistSheetModel(checklist);
      const written = await host.writeReport(model);
      dispatch({
        type: "checklistExported",
        written: {
          sheetName: model.sheetName,
          year: checklist.year,
          itemCount: checklist.items.length,
          degraded: written.degraded,
        },
      });
    } catch (e) {
      fail(e, "exportChecklist");
    } finally {
      writing.current = false;
    }
  }, [host, fail]);

  // Load stored settings and capabilities once per host; either may fail on its own.
  useEffect(() => {
    let live = true;
    const load = async () => {
      const [stored, caps] = await Promise.allSettled([host.loadSettings(), host.capabilities()]);
      if (!live) return;
      const base = defaultSettings(clock());
      const settings = stored.status === "fulfilled" ? { ...base, ...stored.value } : base;
      const capabilities: HostCapabilities | null = caps.status === "fulfilled" ? caps.value : null;
      dispatch({ type: "loaded", settings, capabilities });
      if (stored.status === "rejected") fail(stored.reason, "loadSettings");
      if (caps.status === "rejected") fail(caps.reason, "capabilities");
    };
    load().catch((e: unknown) => fail(e, "load"));
    return () => {
      live = false;
    };
  }, [host, clock, fail]);

  // Re-check after the user's edits, once they pause; only after a first check.
  const changeEvents = state.capabilities?.changeEvents ?? false;
  const checkRef = useRef(check);
  checkRef.current = check;
  useEffect(() => {
    if (!changeEvents || !host.onUserEdit) return;
    let live = true;
    let stop: (() => Promise<void>) | null = null;
    const onEdit = () => {
      dispatch({ type: "edited" });
      if (!snapshot.current) return;
      if (editTimer.current) clearTimeout(editTimer.current);
      editTimer.current = setTimeout(() => {
        editTimer.current = null;
        void checkRef.current();
      }, EDIT_DEBOUNCE_MS);
    };
    host
      .onUserEdit(onEdit)
      .then(async (remove) => {
        if (live) stop = remove;
        else await remove();
      })
      .catch((e: unknown) => fail(e, "onUserEdit"));
    return () => {
      live = false;
      if (editTimer.current) clearTimeout(editTimer.current);
      if (stop) stop().catch((e: unknown) => fail(e, "onUserEdit"));
    };
  }, [host, changeEvents, fail]);

  const visible = useMemo(
    () => visibleFlags(state.result?.flags ?? [], state.filters),
    [state.result, state.filters],
  );
  const groups = useMemo(
    () => groupFlags(visible, state.result?.measures ?? []),
    [visible, state.result],
  );
  const codes = useMemo(
    () => [...new Set((state.result?.flags ?? []).map((f) => f.code))].sort(),
    [state.result],
  );
  const toggleSeverity = useCallback(
    (severity: Severity) => dispatch({ type: "severityToggled", severity }),
    [],
  );
  const chooseCodes = useCallback((c: string[]) => dispatch({ type: "codesChosen", codes: c }), []);
  const dismissError = useCallback(() => dispatch({ type: "errorDismissed" }), []);

  return {
    state,
    visible,
    groups,
    codes,
    check,
    navigate,
    acknowledge,
    unacknowledge,
    updateSettings,
    clearHighlights,
    writeReport,
    chooseChecklistSheet,
    exportChecklist,
    toggleSeverity,
    chooseCodes,
    dismissError,
  };
}

// The reducer is pure and lives beside the hook; re-exported so tests and callers need one import.
export { initialState, paneReducer, visibleFlags } from "./reducer";
export type { ChecklistWritten, Filters, PaneAction, PaneState, Phase } from "./reducer";
