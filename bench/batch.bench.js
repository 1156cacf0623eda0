"use strict";
// `ita-check batch` throughput: 1,000 generated workbooks (20–60 measures each) checked on
// all cores with the cache off, summary workbook included; projected to the ~7,850 local
// governments of Thailand (target: all within 3 minutes). Needs `npm run build:cli` first.
require("./register");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { line, n } = require("./format");

const FILES = 1000;
const PROVINCE_TOTAL = 7850;
const TARGET_SECONDS = 180;

async function run() {
  const { generateFolder } = require("../test/node/batch/generate.ts");
  const { main } = require("../dist/node/cli.js");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-batch-bench-"));
  try {
    const data = path.join(dir, "data");
    let t = process.hrtime.bigint();
    const gen = await generateFolder(data, FILES, { min: 20, max: 60 }, 7);
    const genSecs = Number(process.hrtime.bigint() - t) / 1e9;
    const io = { out: () => undefined, err: () => undefined };
    const args = [
      "batch",
      data,
      "-o",
      path.join(dir, "summary.xlsx"),
      "--no-cache",
      "--as-of",
      "2023-06-15",
    ];
    t = process.hrtime.bigint();
    const code = await main(args, io);
    const secs = Number(process.hrtime.bigint() - t) / 1e9;
    if (code === 2) throw new Error("batch refused the generated folder");
    const files = gen.readable.length + Object.keys(gen.unreadable).length;
    const rate = files / secs;
    const projected = PROVINCE_TOTAL / rate;
    const cores = os.availableParallelism();
    const size = fs.statSync(path.join(dir, "summary.xlsx")).size;
    return [
      line(
        `batch, ${cores} cores (workbooks/s)`,
        `${rate.toFixed(1)} workbooks/s (${n(files)} files in ${secs.toFixed(1)} s; generated in ${genSecs.toFixed(0)} s; summary ${n(size / 1024)} KB)`,
        rate / (PROVINCE_TOTAL / TARGET_SECONDS),
        `${(PROVINCE_TOTAL / TARGET_SECONDS).toFixed(1)} workbooks/s`,
      ),
      line(
        `batch, projected ${n(PROVINCE_TOTAL)} workbooks`,
        `${projected.toFixed(0)} s`,
        TARGET_SECONDS / projected,
        `${TARGET_SECONDS} s`,
      ),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run };

if (require.main === module) {
  run().then(
    (lines) => lines.forEach((l) => process.stdout.write(`${l}\n`)),
    (e) => {
      process.stderr.write(`batch bench failed: ${e && e.message ? e.message : e}\n`);
      process.exitCode = 1;
    },
  );
}
