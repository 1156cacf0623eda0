import { checkWorkbook } from "../../src/core/check/checkWorkbook";
import type { WorkbookSnapshot } from "../../src/core/grid/grid";
import { defaultSettings } from "../../src/core/settings";
import type { CheckReply, CheckRequest } from "../../src/taskpane/check/messages";
import type { CheckWorker } from "../../src/taskpane/check/workerChecker";
import { createWorkerChecker } from "../../src/taskpane/check/workerChecker";
import { TODAY, snapshot } from "./fakeHost";

const settings = defaultSettings(TODAY);

/** A worker that answers like check.worker.ts, a tick later; `forget()` drops what it keeps. */
class FakeWorker implements CheckWorker {
  onmessage: ((e: MessageEvent<CheckReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  requests: CheckRequest[] = [];
  terminated = false;
  private kept: WorkbookSnapshot | null = null;

  postMessage(req: CheckRequest): void {
    this.requests.push(req);
    setTimeout(() => {
      if (req.snapshot) this.kept = req.snapshot;
      const reply: CheckReply = this.kept
        ? { id: req.id, type: "done", result: checkWorkbook(this.kept, req.settings) }
        : { id: req.id, type: "needSnapshot" };
      this.onmessage?.({ data: reply } as MessageEvent<CheckReply>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
  forget(): void {
    this.kept = null;
  }
  crash(): void {
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }
}

const codes = (flags: { code: string }[]) => flags.map((f) => f.code).sort();

describe("createWorkerChecker", () => {
  it("gives the worker's result, the same as checking in place", async () => {
    const worker = new FakeWorker();
    const check = createWorkerChecker(() => worker);
    const snap = snapshot();
    const result = await check(snap, settings);
    expect(codes(result.flags)).toEqual(codes(checkWorkbook(snap, settings).flags));
    expect(result.flags.length).toBeGreaterThan(0);
  });

  it("copies the snapshot once and re-checks new settings without it", async () => {
    const worker = new FakeWorker();
    const check = createWorkerChecker(() => worker);
    const snap = snapshot();
    await check(snap, settings);
    await check(snap, { ...settings, dueSoonDays: 30 });
    expect(worker.requests.map((r) => r.snapshot !== null)).toEqual([true, false]);
    await check(snapshot(), settings);
    expect(worker.requests[2]?.snapshot).not.toBeNull();
  });

  it("sends the snapshot again when the worker has lost it", async () => {
    const worker = new FakeWorker();
    const check = createWorkerChecker(() => worker);
    const snap = snapshot();
    await check(snap, settings);
    worker.forget();
    const result = await check(snap, settings);
    expect(result.flags.length).toBeGreaterThan(0);
    expect(worker.requests.map((r) => r.snapshot !== null)).toEqual([true, false, true]);
  });

  it("checks in place when no worker can start, and after a worker dies", async () => {
    const spawnFails = createWorkerChecker(() => {
      throw new Error("SecurityError");
    });
    expect((await spawnFails(snapshot(), settings)).flags.length).toBeGreaterThan(0);

    const worker = new FakeWorker();
    worker.postMessage = jest.fn(); // never answers
    const check = createWorkerChecker(() => worker);
    const waiting = check(snapshot(), settings);
    worker.crash();
    expect((await waiting).flags.length).toBeGreaterThan(0);
    expect(worker.terminated).toBe(true);
    expect((await check(snapshot(), settings)).flags.length).toBeGreaterThan(0);
    expect(worker.postMessage).toHaveBeenCalledTimes(1);
  });

  it("checks in place when the snapshot cannot be copied to the worker", async () => {
    const worker = new FakeWorker();
    worker.postMessage = () => {
      throw new Error("DataCloneError");
    };
    const check = createWorkerChecker(() => worker);
    expect((await check(snapshot(), settings)).flags.length).toBeGreaterThan(0);
    expect(worker.terminated).toBe(true);
  });
});

describe("check.worker", () => {
  it("answers a request with the check of the snapshot it keeps", async () => {
    const posted: CheckReply[] = [];
    const scope = self as unknown as {
      onmessage: ((e: { data: CheckRequest }) => void) | null;
      postMessage: (r: CheckReply) => void;
    };
    const original = scope.postMessage;
    scope.postMessage = (r) => posted.push(r);
    try {
      await import("../../src/taskpane/check/check.worker");
      scope.onmessage?.({ data: { id: 1, snapshot: null, settings } });
      scope.onmessage?.({ data: { id: 2, snapshot: snapshot(), settings } });
      scope.onmessage?.({ data: { id: 3, snapshot: null, settings } });
    } finally {
      scope.postMessage = original;
    }
    expect(posted.map((r) => [r.id, r.type])).toEqual([
      [1, "needSnapshot"],
      [2, "done"],
      [3, "done"],
    ]);
  });
});
