/**
 * A Checker backed by a Web Worker (check.worker.ts). The snapshot is copied to the worker
 * only when it changed; a worker that cannot start or dies hands the check back to the main
 * thread for good, so a host without workers is slower, never broken.
 */
import type { CheckResult } from "../../core/check/checkWorkbook";
import type { WorkbookSnapshot } from "../../core/grid/grid";
import type { CheckSettings } from "../../core/settings";
import type { Checker } from "./checker";
import { checkInPlace } from "./checker";
import type { CheckReply, CheckRequest } from "./messages";

/** What the checker needs of a Worker: the part a test can fake. */
export interface CheckWorker {
  postMessage(message: CheckRequest): void;
  onmessage: ((e: MessageEvent<CheckReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

interface Waiting {
  snapshot: WorkbookSnapshot;
  settings: CheckSettings;
  resolve: (r: CheckResult) => void;
  reject: (e: Error) => void;
}

/**
 * @example
 * // webpack bundles the worker from this exact form:
 * const checker = createWorkerChecker(() => new Worker(new URL("./check/check.worker.ts", import.meta.url)));
 */
export function createWorkerChecker(spawn: () => CheckWorker): Checker {
  let worker: CheckWorker | null = null;
  let broken = false;
  let sent: WorkbookSnapshot | null = null;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  /** The worker failed: every check waiting on it, and all later ones, run in place. */
  function giveUp(): void {
    broken = true;
    worker?.terminate();
    worker = null;
    const left = [...waiting.values()];
    waiting.clear();
    for (const w of left) checkInPlace(w.snapshot, w.settings).then(w.resolve, w.reject);
  }

  function send(id: number, w: Waiting, withSnapshot: boolean): void {
    const request: CheckRequest = {
      id,
      snapshot: withSnapshot ? w.snapshot : null,
      settings: w.settings,
    };
    try {
      worker?.postMessage(request);
    } catch {
      // The snapshot could not be copied to the worker (DataCloneError): check here instead.
      giveUp();
      return;
    }
    if (withSnapshot) sent = w.snapshot;
  }

  function onReply(reply: CheckReply): void {
    const w = waiting.get(reply.id);
    if (!w) return;
    if (reply.type === "needSnapshot") {
      send(reply.id, w, true);
      return;
    }
    waiting.delete(reply.id);
    if (reply.type === "done") w.resolve(reply.result);
    else w.reject(new Error(reply.message));
  }

  function start(): CheckWorker | null {
    if (worker || broken) return worker;
    try {
      worker = spawn();
    } catch {
      // No worker here (a locked-down webview, a file:// page): the main thread will do.
      broken = true;
      return null;
    }
    worker.onmessage = (e) => onReply(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      giveUp();
    };
    return worker;
  }

  return (snapshot, settings) => {
    if (!start()) return checkInPlace(snapshot, settings);
    return new Promise<CheckResult>((resolve, reject) => {
      const id = nextId++;
      const w: Waiting = { snapshot, settings, resolve, reject };
      waiting.set(id, w);
      send(id, w, snapshot !== sent);
    });
  };
}
