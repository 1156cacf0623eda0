"use strict";
// The report for 1,000 measures: building the model in the core, then rendering and writing
// the .xlsx with exceljs (target: under 2 s together).
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { line } = require("./format");

async function run() {
  const { manyMeasures, options } = require("../test/core/report/fixtures.ts");
  const { buildReport } = require("../src/core/report/buildReport.ts");
  const { writeReportFile } = require("../src/node/report/renderXlsx.ts");
  const measures = manyMeasures(1000, 4);
  buildReport({ measures: measures.slice(0, 20), flags: [], options: options() }); // warm up
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-report-bench-"));
  try {
    const t0 = process.hrtime.bigint();
    const model = buildReport({ measures, flags: [], options: options() });
    const t1 = process.hrtime.bigint();
    await writeReportFile(model, path.join(dir, "report.xlsx"));
    const t2 = process.hrtime.bigint();
    const build = Number(t1 - t0) / 1e9;
    const render = Number(t2 - t1) / 1e9;
    const total = build + render;
    return [
      line(
        "report model, 1,000 measures (s)",
        `${build.toFixed(2)} s (${model.rowHeights.length} rows, ${model.predictedPages} pages)`,
        null,
      ),
      line("report .xlsx render + write (s)", `${render.toFixed(2)} s`, null),
      line(
        "report model + .xlsx, 1,000 measures (s)",
        `${total.toFixed(2)} s = ${Math.round(1000 / total)} measures/s`,
        2 / total,
        "2 s",
      ),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run };
