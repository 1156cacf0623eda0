/**
 * Runs checkWorkbook off the main thread. Keeps the last snapshot it was sent, so a change of
 * settings or an acknowledgement re-checks without copying the workbook again.
 */
import { checkWorkbook } from "../../core/check/checkWorkbook";
import type { WorkbookSnapshot } from "../../core/grid/grid";
import type { CheckReply, CheckRequest } from "./messages";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CheckRequest>) => void) | null;
  postMessage: (reply: CheckReply) => void;
};

let kept: WorkbookSnapshot | null = null;

scope.onmessage = (e) => {
  const { id, snapshot, settings } = e.data;
  if (snapshot) kept = snapshot;
  if (!kept) {
    scope.postMessage({ id, type: "needSnapshot" });
    return;
  }
  try {
    scope.postMessage({ id, type: "done", result: checkWorkbook(kept, settings) });
  } catch (thrown) {
    scope.postMessage({
      id,
      type: "failed",
      message: thrown instanceof Error ? thrown.message : String(thrown),
    });
  }
};
