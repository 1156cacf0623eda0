/**
 * `batch --checklist`: the list is loaded once and sent to every worker as data. Pool and
 * in-process give the same results; every file is checked against it; the cache does not
 * serve results made with another list; a list that does not load stops the batch (exit 2).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { SuppliedChecklist } from "../../../src/core/check/chooseChecklist";
import { defaultSettings } from "../../../src/core/settings";
import { settingsFingerprint } from "../../../src/node/batch/cache";
import { checkAll } from "../../../src/node/batch/checkAll";
import { discoverWorkbooks } from "../../../src/node/batch/discover";
import { findWorkerScript } from "../../../src/node/batch/workerPath";
import { loadChecklist } from "../../../src/node/cli/loadChecklist";
import { writeDuplicateCode } from "../cli/checklistFixtures";
import { generateFolder } from "./generate";

const root = path.resolve(__dirname, "../../..");
const bin = path.join(root, "bin", "ita-check.js");
let dir = "";
let folder = "";
let list = "";
let supplied: SuppliedChecklist;

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-batch-checklist-"));
  folder = path.join(dir, "in");
  fs.mkdirSync(folder);
  await generateFolder(folder, 6, { min: 5, max: 15 }, 11);
  list = path.join(dir, "list.xlsx");
  expect(run(["checklist", "export", "--year", "2567", "-o", list]).status).toBe(0);
  const loaded = await loadChecklist(list, { year: null, columns: null, asOf: "2023-06-15" });
  if (!loaded.ok) throw new Error(loaded.code);
  supplied = loaded.supplied;
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("pool and in process agree, and every file is checked against the loaded list", async () => {
  const script = findWorkerScript();
  expect(script).not.toBeNull();
  const jobs = await discoverWorkbooks(folder);
  const common = {
    settings: defaultSettings("2023-06-15"),
    checklist: supplied,
    cache: null,
    fingerprint: "t",
    jobs: 2,
  };
  const inProcess = await checkAll(jobs, { ...common, script: null });
  const pooled = await checkAll(jobs, { ...common, script });
  expect(inProcess.results).toEqual(pooled.results);
  const readable = inProcess.results.flatMap((r) => (r.ok ? [r.summary] : []));
  expect(readable).toHaveLength(6);
  const id = `${supplied.checklist.version}@file:list.xlsx:${supplied.sheet}`;
  for (const s of readable) {
    expect(s.checklistYear).toBe(2567);
    expect(s.checklistId).toBe(id);
    for (const f of s.flags) expect(f.params.checklist).toBe(id);
  }
}, 120_000);

it("the cache key changes with the list", () => {
  const settings = defaultSettings("2023-06-15");
  const other: SuppliedChecklist = {
    ...supplied,
    checklist: { ...supplied.checklist, version: "2567.fixed" },
  };
  const keys = [null, supplied, other].map((c) => settingsFingerprint("1", settings, c));
  expect(new Set(keys).size).toBe(3);
});

it("the command: JSON rows name the list; a list that does not load is exit 2 with no summary", async () => {
  const out = path.join(dir, "summary.json");
  const cache = path.join(dir, "cache");
  const args = [
    "batch",
    folder,
    "--checklist",
    list,
    "--as-of",
    "2023-06-15",
    "--cache-dir",
    cache,
  ];
  const res = run([...args, "-o", out]);
  expect([0, 1]).toContain(res.status);
  const report = JSON.parse(fs.readFileSync(out, "utf8")) as {
    checklist: { file: string; year: number } | null;
    rows: { checklist: string | null; checklistYear: number | null }[];
  };
  expect(report.checklist).toMatchObject({ file: "list.xlsx", year: 2567 });
  expect(report.rows).toHaveLength(6);
  for (const r of report.rows) {
    expect(r.checklistYear).toBe(2567);
    expect(r.checklist).toContain("list.xlsx");
  }
  const xlsx = run([...args, "-o", path.join(dir, "summary.xlsx")]);
  expect([0, 1]).toContain(xlsx.status);

  const bad = path.join(dir, "dup.xlsx");
  await writeDuplicateCode(list, bad);
  const failed = run(["batch", folder, "--checklist", bad, "--json", "--no-cache"]);
  expect(failed.status).toBe(2);
  expect(failed.stderr).toContain("CHECKLIST_DUPLICATE_CODE");
  const json = JSON.parse(failed.stdout) as { error: { code: string }; files: unknown[] };
  expect(json.error.code).toBe("CHECKLIST_NOT_LOADED");
  expect(json.files).toEqual([]);
}, 120_000);
