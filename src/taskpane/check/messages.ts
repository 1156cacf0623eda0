/** The messages between the pane and check.worker.ts. */
import type { CheckResult } from "../../core/check/checkWorkbook";
import type { WorkbookSnapshot } from "../../core/grid/grid";
import type { CheckSettings } from "../../core/settings";

export interface CheckRequest {
  id: number;
  /** Sent when it changed since the last request; the worker keeps the last one it was given. */
  snapshot: WorkbookSnapshot | null;
  settings: CheckSettings;
}

export type CheckReply =
  | { id: number; type: "done"; result: CheckResult }
  | { id: number; type: "failed"; message: string }
  /** The worker holds no snapshot (it was restarted): send it again. */
  | { id: number; type: "needSnapshot" };
