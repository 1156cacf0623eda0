/**
 * Worker-thread entry (run as dist/node/batch/worker.js): checks the files the pool sends,
 * one at a time, and posts each compact result back with its index.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { SuppliedChecklist } from "../../core/check/chooseChecklist";
import type { CheckSettings } from "../../core/settings";
import { checkJob } from "./checkJob";
import type { FileJob, FileResult } from "./types";

/** Message from the pool to a worker. */
export type ToWorker = FileJob;
/** Message from a worker to the pool. */
export interface FromWorker {
  index: number;
  result: FileResult;
}

/** What the pool starts every worker with (plain JSON: the loaded list travels as data, not as a registry entry). */
export interface WorkerData {
  settings: CheckSettings;
  checklist: SuppliedChecklist | null;
}

const data = workerData as WorkerData;
const settings = data.settings;
const checklist = data.checklist ?? null;
const port = parentPort;

if (port) {
  port.on("message", (job: ToWorker) => {
    void checkJob(job, settings, checklist).then((result) => {
      const reply: FromWorker = { index: job.index, result };
      port.postMessage(reply);
    });
  });
}
