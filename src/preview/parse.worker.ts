/**
 * Parses .xlsx bytes off the main thread: a 10,000-row workbook takes exceljs long enough
 * to freeze the page. Receives the bytes (transferred), posts back the read result.
 */
import { readWorkbookBuffer } from "../node/xlsx/readWorkbook";
import type { WorkerReply, WorkerRequest } from "./parseMessages";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (reply: WorkerReply) => void;
};

scope.onmessage = (e) => {
  readWorkbookBuffer(e.data.bytes)
    .then((result) => scope.postMessage({ type: "done", result }))
    .catch((thrown: unknown) =>
      scope.postMessage({
        type: "failed",
        message: thrown instanceof Error ? thrown.message : String(thrown),
      }),
    );
};
