/** The messages between the page and parse.worker.ts. */
import type { WorkbookReadResult } from "../node/xlsx/readWorkbook";

export interface WorkerRequest {
  bytes: ArrayBuffer;
}

export type WorkerReply =
  { type: "done"; result: WorkbookReadResult } | { type: "failed"; message: string };
