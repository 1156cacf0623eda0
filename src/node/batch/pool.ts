/**
 * A small pool of worker threads checking files in parallel. Each worker takes one file at
 * a time (files differ a lot in size, so handing them out one by one balances the load).
 * A worker that dies or hangs costs only the file it held: that file is reported as
 * WORKER_CRASHED or TIMEOUT and a fresh worker takes over the rest.
 */
import { Worker } from "node:worker_threads";
import type { SuppliedChecklist } from "../../core/check/chooseChecklist";
import type { CheckSettings } from "../../core/settings";
import { messageOf } from "../xlsx/inputError";
import type { FromWorker, ToWorker, WorkerData } from "./worker";
import type { FileJob, FileResult } from "./types";

export interface PoolOptions {
  /** Compiled worker script (see workerPath). */
  script: string;
  /** Number of workers; fewer are started when there are fewer files. */
  size: number;
  settings: CheckSettings;
  /** The list --checklist loaded, sent to every worker once; null for the built-in lists. */
  checklist?: SuppliedChecklist | null;
  /** A file taking longer than this is abandoned as TIMEOUT (default 5 minutes). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/**
 * Checks every job; `onResult` is called once per job, in completion order.
 * Resolves when every job has a result and every worker has stopped.
 */
export function runPool(
  jobs: readonly FileJob[],
  options: PoolOptions,
  onResult: (index: number, result: FileResult) => void,
): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const stopping: Promise<number>[] = [];
  let next = 0;
  let finished = 0;
  return new Promise<void>((resolve) => {
    const record = (index: number, result: FileResult): void => {
      onResult(index, result);
      finished++;
      if (finished === jobs.length) resolve(Promise.all(stopping).then(() => undefined));
    };
    const start = (): void => {
      const data: WorkerData = { settings: options.settings, checklist: options.checklist ?? null };
      const worker = new Worker(options.script, { workerData: data });
      let current: FileJob | null = null;
      let timer: NodeJS.Timeout | undefined;
      let retired = false;
      const retire = (): void => {
        retired = true;
        clearTimeout(timer);
        stopping.push(worker.terminate());
      };
      const feed = (): void => {
        const job = jobs[next++];
        current = job ?? null;
        if (!job) return retire();
        timer = setTimeout(() => fail("TIMEOUT", `${timeoutMs} ms`), timeoutMs);
        const message: ToWorker = job;
        worker.postMessage(message);
      };
      const fail = (code: string, detail: string): void => {
        if (retired) return;
        const lost = current;
        retire();
        // Start the replacement before recording, so the last result never resolves early.
        if (next < jobs.length) start();
        if (lost) record(lost.index, { file: lost.file, ok: false, error: { code, detail } });
      };
      worker.on("message", (reply: FromWorker) => {
        clearTimeout(timer);
        current = null;
        // Feed (or retire) first, so every idle worker is stopping before the last record.
        if (!retired) feed();
        record(reply.index, reply.result);
      });
      worker.on("error", (err) => fail("WORKER_CRASHED", messageOf(err)));
      worker.on("exit", (code) => fail("WORKER_CRASHED", `exit code ${code}`));
      feed();
    };
    for (let i = 0; i < Math.max(1, Math.min(options.size, jobs.length)); i++) start();
  });
}
