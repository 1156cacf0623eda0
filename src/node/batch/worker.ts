/**
 * Worker-thread entry (run as dist/node/batch/worker.js): checks the files the pool sends,
 * one at a time, and posts each compact result back with its index.
 */
import { parentPort, workerData } from "node:worker_threads";
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

const settings = (workerData as { settings: CheckSettings }).settings;
const port = parentPort;

if (port) {
  port.on("message", (job: ToWorker) => {
    void checkJob(job, settings).then((result) => {
      const reply: FromWorker = { index: job.index, result };
      port.postMessage(reply);
    });
  });
}
