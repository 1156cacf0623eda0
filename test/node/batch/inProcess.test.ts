/**
 * The batch without worker threads (script: null, as when the worker file is not built) must
 * give the same result per file as the pool: same summaries, same errors, same order.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { defaultSettings } from "../../../src/core/settings";
import { checkAll } from "../../../src/node/batch/checkAll";
import { discoverWorkbooks } from "../../../src/node/batch/discover";
import { findWorkerScript } from "../../../src/node/batch/workerPath";
import { generateFolder } from "./generate";

let dir = "";

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-inprocess-"));
  await generateFolder(dir, 12, { min: 5, max: 20 }, 7);
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("checks in process exactly as the worker pool does", async () => {
  const script = findWorkerScript();
  expect(script).not.toBeNull(); // npm test builds it (pretest: build:cli)
  const jobs = await discoverWorkbooks(dir);
  const common = {
    settings: defaultSettings("2023-06-15"),
    cache: null,
    fingerprint: "t",
    jobs: 2,
  };
  const inProcess = await checkAll(jobs, { ...common, script: null });
  const pooled = await checkAll(jobs, { ...common, script });
  expect(inProcess.results).toHaveLength(15); // 12 good + 3 unreadable
  expect(inProcess.results.filter((r) => !r.ok).map((r) => (r.ok ? "" : r.error.code))).toEqual(
    pooled.results.filter((r) => !r.ok).map((r) => (r.ok ? "" : r.error.code)),
  );
  expect(inProcess.results.filter((r) => r.ok)).toHaveLength(12);
  expect(inProcess.results).toEqual(pooled.results);
}, 120_000);
