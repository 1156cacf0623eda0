"use strict";
// Core reader and checker speed on a generated 10,000-row workbook, and the CLI's time and peak memory on it.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { line, n } = require("./format");

/** Seconds one call takes. */
function timeOnce(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

/** Median seconds of `reps` calls: one slow run (a major GC) does not decide the figure. */
function median(reps, fn) {
  const times = Array.from({ length: reps }, () => timeOnce(fn)).sort((a, b) => a - b);
  return times[Math.floor(reps / 2)];
}

async function run() {
  const { buildLargeWorkbook } = require("../test/helpers/largeWorkbook.ts");
  const { readWorkbookBuffer } = require("../src/node/xlsx/readWorkbook.ts");
  const { readWorkbook } = require("../src/core/read/readWorkbook.ts");
  const { checkWorkbook } = require("../src/core/check/checkWorkbook.ts");
  const { defaultSettings } = require("../src/core/settings.ts");
  const rows = 10000;
  const buf = await buildLargeWorkbook(rows, 7);
  const read = await readWorkbookBuffer(buf);
  if (!read.ok) throw new Error(`bench workbook unreadable: ${read.error.code}`);
  const snapshot = read.workbook;
  const out = [];

  // Steady state, as in a task pane or a batch that checks file after file: warm the JIT
  // until it has tiered up, then take the median of several runs. The first (cold) run is
  // printed too; the CLI line below measures a cold process end to end.
  const WARM = 5;
  const REPS = 7;
  const gridRows = snapshot.sheets.reduce((s, g) => s + g.values.length, 0);
  const cold = timeOnce(() => readWorkbook(snapshot));
  for (let i = 0; i < WARM; i++) readWorkbook(snapshot);
  const measures = readWorkbook(snapshot).measures.length;
  let secs = median(REPS, () => readWorkbook(snapshot));
  out.push(
    line(
      "core read (rows/s)",
      `${n(gridRows / secs)} rows/s (${n(gridRows)} rows, ${measures} measures, median ${(secs * 1000).toFixed(0)} ms of ${REPS}; cold ${(cold * 1000).toFixed(0)} ms)`,
      gridRows / secs / 50000,
      "50,000 rows/s",
    ),
  );

  const settings = { ...defaultSettings("2024-10-15"), year: 2566 };
  for (let i = 0; i < WARM; i++) checkWorkbook(snapshot, settings);
  secs = median(REPS, () => checkWorkbook(snapshot, settings));
  out.push(
    line(
      "core read + match + rules (measures/s)",
      // No target of its own: the issues set one for reading (rows/s, above) and one for
      // checking (match + rules, below); this is the two together, for reference.
      `${n(measures / secs)} measures/s (median ${(secs * 1000).toFixed(0)} ms; end to end, for reference)`,
      null,
    ),
  );

  const { readWorkbook: rw } = require("../src/core/read/readWorkbook.ts");
  const readOnly = rw(snapshot).measures;
  const { matchItems } = require("../src/core/checklist/match.ts");
  const { getChecklist } = require("../src/core/checklist/registry.ts");
  const checklist = getChecklist(2566).checklist;
  const { rules } = require("../src/core/rules/index.ts");
  let t = process.hrtime.bigint();
  for (const m of readOnly) m.items = matchItems(m, checklist);
  const ctx = {
    measures: readOnly,
    sheets: [],
    asOf: "2024-10-15",
    dueSoonDays: 14,
    checklist,
    covered: new Set(),
  };
  for (const r of rules) r(ctx);
  secs = Number(process.hrtime.bigint() - t) / 1e9;
  out.push(
    line(
      "core match + rules only (measures/s)",
      `${n(readOnly.length / secs)} measures/s`,
      readOnly.length / secs / 50000,
      "50,000 measures/s",
    ),
  );

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-bench-"));
  const file = path.join(dir, "large.xlsx");
  fs.writeFileSync(file, buf);
  const probe = path.join(__dirname, "cli-probe.js");
  t = process.hrtime.bigint();
  const res = spawnSync(process.execPath, [probe, file, "--json", "--as-of", "2024-10-15"], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  secs = Number(process.hrtime.bigint() - t) / 1e9;
  const rss = /maxRSS=(\d+)/.exec(res.stderr ?? "");
  fs.rmSync(dir, { recursive: true, force: true });
  out.push(
    line(
      "CLI on the 10,000-row file (s)",
      `${secs.toFixed(2)} s, peak ${rss ? (Number(rss[1]) / 1024).toFixed(0) : "?"} MB, exit ${res.status}`,
      3 / secs,
      "3 s",
    ),
  );
  return out;
}

module.exports = { run };
