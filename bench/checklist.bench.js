"use strict";
// Checklists as sheets: each built-in year exported to .xlsx, read back with exceljs and loaded
// (the round trip a supervisor makes), and a 1,000-item pasted list loaded from a Grid.
// Real lists hold 20–50 items; the 1,000-item list is a stress figure (target: 0.5 s).
const { line, n } = require("./format");

function pastedList(items) {
  const values = [["ข้อ", "ข้อมูล", "องค์ประกอบด้านข้อมูล"]];
  for (let i = 1; i <= items; i++) {
    if (i % 10 === 1) values.push([`ตัวชี้วัดย่อยที่ 9.${Math.ceil(i / 10)} หมวด ${i}`, null, null]);
    values.push([`O${i}`, `รายการข้อมูลที่ ${i} การเปิดเผยข้อมูล`, `- แสดงข้อมูล ${i}\n- ปีงบประมาณ`]);
  }
  return { name: "list", origin: { row: 0, col: 0 }, values, hyperlinks: {}, merges: [] };
}

async function run() {
  const { availableYears, getChecklist, baseChecklistFor } = require("../src/core/checklist/registry.ts");
  const { checklistFromSheet, checklistSheetModel } = require("../src/core/checklist/sheet/index.ts");
  const { renderReportXlsx } = require("../src/node/report/renderXlsx.ts");
  const { readWorkbookBuffer } = require("../src/node/xlsx/readWorkbook.ts");
  const out = [];
  for (const year of availableYears()) {
    const c = getChecklist(year).checklist;
    const t0 = process.hrtime.bigint();
    const sheet = renderReportXlsx(checklistSheetModel(c));
    const bytes = await sheet.workbook.xlsx.writeBuffer();
    const read = await readWorkbookBuffer(new Uint8Array(bytes));
    if (!read.ok) throw new Error(`export of ${year} did not read back`);
    const loaded = checklistFromSheet(read.workbook.sheets[0], { year: null, base: baseChecklistFor(year) });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const same = loaded.ok && JSON.stringify(loaded.checklist) === JSON.stringify(c);
    out.push(line(`export → .xlsx → load, ${year} (${c.items.length} items)`, `${ms.toFixed(0)} ms, ${same ? "same list" : "DIFFERS"}`, null));
  }
  const grid = pastedList(1000);
  const base = baseChecklistFor(2570);
  checklistFromSheet(pastedList(50), { year: 2570, base }); // warm up
  const t0 = process.hrtime.bigint();
  const r = checklistFromSheet(grid, { year: 2570, base });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!r.ok) throw new Error("the 1,000-item list did not load");
  out.push(line("load a pasted 1,000-item list (s)", `${s.toFixed(3)} s = ${n(1000 / s)} items/s`, 0.5 / s, "0.5 s"));
  return out;
}

module.exports = { run };
