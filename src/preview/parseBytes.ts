/**
 * Reads .xlsx bytes into a snapshot, in a Web Worker when the browser has them and on the
 * main thread otherwise. Unreadable files come back as values ({ ok: false, error }).
 */
import type { WorkbookReadResult } from "../node/xlsx/readWorkbook";
import type { WorkerReply, WorkerRequest } from "./parseMessages";

function inWorker(bytes: ArrayBuffer): Promise<WorkbookReadResult> {
  return new Promise((resolve, reject) => {
    // webpack 5 turns this exact form into a separate worker bundle.
    const worker = new Worker(new URL("./parse.worker.ts", import.meta.url));
    const finish = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      finish();
      if (e.data.type === "done") resolve(e.data.result);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      finish();
      reject(new Error(e.message || "worker failed"));
    };
    const request: WorkerRequest = { bytes };
    worker.postMessage(request, [bytes]);
  });
}

async function onMainThread(bytes: ArrayBuffer): Promise<WorkbookReadResult> {
  // Loaded only when needed, so exceljs stays out of the page's first bundle.
  const { readWorkbookBuffer } = await import("../node/xlsx/readWorkbook");
  return readWorkbookBuffer(bytes);
}

/**
 * @example
 * const r = await parseBytes(await file.arrayBuffer());
 * if (!r.ok) inputMessage(r.error.code, "th") // "ไฟล์ CSV ที่เปลี่ยนชื่อเป็น .xlsx …"
 */
export function parseBytes(bytes: ArrayBuffer): Promise<WorkbookReadResult> {
  return typeof Worker === "undefined" ? onMainThread(bytes) : inWorker(bytes);
}
