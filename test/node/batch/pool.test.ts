/**
 * The worker pool survives a worker that dies or hangs: that file is reported, the rest are checked.
 * Uses a stand-in worker script so crashes can be provoked on purpose.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { defaultSettings } from "../../../src/core/settings";
import { runPool } from "../../../src/node/batch/pool";
import type { FileResult } from "../../../src/node/batch/types";

const FAKE_WORKER = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (job) => {
  if (job.file === "crash") throw new Error("boom");
  if (job.file === "exit") process.exit(3);
  if (job.file === "hang") return;
  parentPort.postMessage({ index: job.index, result: { file: job.file, ok: false, error: { code: "FAKE" } } });
});`;

let dir = "";
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-pool-"));
  fs.writeFileSync(path.join(dir, "worker.js"), FAKE_WORKER);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("reports a crashed, exited or hung worker's file and checks the others", async () => {
  const names = ["a", "crash", "b", "exit", "c", "hang", "d", "e"];
  const jobs = names.map((file, index) => ({ index, file, path: file }));
  const got = new Map<number, FileResult>();
  await runPool(
    jobs,
    {
      script: path.join(dir, "worker.js"),
      size: 2,
      settings: defaultSettings("2023-06-15"),
      timeoutMs: 500,
    },
    (i, r) => {
      expect(got.has(i)).toBe(false);
      got.set(i, r);
    },
  );
  const codes = names.map((_, i) => {
    const r = got.get(i);
    return r && !r.ok ? r.error.code : "ok";
  });
  expect(codes).toEqual([
    "FAKE",
    "WORKER_CRASHED",
    "FAKE",
    "WORKER_CRASHED",
    "FAKE",
    "TIMEOUT",
    "FAKE",
    "FAKE",
  ]);
});

it("resolves at once for no files", async () => {
  await expect(
    runPool(
      [],
      { script: "unused.js", size: 4, settings: defaultSettings("2023-06-15") },
      () => undefined,
    ),
  ).resolves.toBeUndefined();
});
