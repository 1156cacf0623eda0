/**
 * Who runs the pure check. The pane only awaits a Checker: in a browser with workers the
 * check runs off the main thread (a 10,000-row workbook would otherwise freeze the pane for
 * the better part of a second), and in tests or old hosts it runs in place.
 */
import type { CheckResult } from "../../core/check/checkWorkbook";
import { checkWorkbook } from "../../core/check/checkWorkbook";
import type { WorkbookSnapshot } from "../../core/grid/grid";
import type { CheckSettings } from "../../core/settings";

export type Checker = (snapshot: WorkbookSnapshot, settings: CheckSettings) => Promise<CheckResult>;

/** The check on the calling thread: where no Worker exists, and the fallback when one fails. */
export const checkInPlace: Checker = (snapshot, settings) => {
  try {
    return Promise.resolve(checkWorkbook(snapshot, settings));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
};
