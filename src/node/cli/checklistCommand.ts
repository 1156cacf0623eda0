/**
 * `ita-check checklist export --year 2569 -o FILE.xlsx`: a built-in list as a sheet a
 * supervisor can read, correct and load again; `ita-check checklist show FILE.xlsx[:SHEET]`:
 * what loading a list gives (year, items, completeness, problems) before checking with it.
 */
import type { Io } from "../cli";
import { completenessOf } from "../../core/checklist/completeness";
import { getChecklist } from "../../core/checklist/registry";
import { checklistSheetModel } from "../../core/checklist/sheet";
import { fill, inputMessage } from "../../core/messages/format";
import { fiscalYearOf } from "../../core/thai";
import { writeReportFile } from "../report/renderXlsx";
import { messageOf } from "../xlsx/inputError";
import type { CliArgs } from "./args";
import { failureJson, failureLines } from "./checklistReport";
import { showJson, showLines } from "./checklistShow";
import { checklistErrorText, checklistText } from "./checklistText";
import { flagJson, reportJson } from "./jsonOutput";
import { loadChecklist } from "./loadChecklist";
import { packageVersion } from "./version";

export async function runChecklistCommand(args: CliArgs, asOf: string, io: Io): Promise<number> {
  return args.command === "checklist-export" ? runExport(args, asOf, io) : runShow(args, asOf, io);
}

async function runExport(args: CliArgs, asOf: string, io: Io): Promise<number> {
  const year = args.year ?? fiscalYearOf(asOf);
  const found = getChecklist(year);
  if (!found.ok) {
    const params = { year, available: found.available.join(", ") };
    io.err(
      `ita-check: ${inputMessage(found.code, "th", params)} / ${inputMessage(found.code, "en", params)}\n`,
    );
    return 2;
  }
  const out = args.out ?? "";
  const model = checklistSheetModel(found.checklist);
  try {
    await writeReportFile(model, out);
  } catch (thrown) {
    const params = { out };
    io.err(
      `ita-check: ${checklistErrorText("WRITE_FAILED", "th", params)} / ${checklistErrorText("WRITE_FAILED", "en", params)}: ${messageOf(thrown)}\n`,
    );
    return 2;
  }
  const items = found.checklist.items.length;
  io.out(
    `${fill(checklistText[args.lang].exported, { out, year, items, sheet: model.sheetName })}\n`,
  );
  return 0;
}

async function runShow(args: CliArgs, asOf: string, io: Io): Promise<number> {
  const spec = args.files[0] ?? "";
  const load = await loadChecklist(spec, {
    year: args.year,
    columns: args.checklistColumns,
    asOf,
  });
  const version = packageVersion();
  if (!load.ok) {
    for (const line of failureLines(load)) io.err(`${line}\n`);
    if (args.json)
      io.out(
        reportJson(version, asOf, [], args.lang, { error: failureJson(load, args.lang) }) + "\n",
      );
    return 2;
  }
  if (!args.json) {
    io.out(showLines(load, args.lang, asOf).join("\n") + "\n");
    return 0;
  }
  const doc = {
    tool: "ita-check",
    version,
    asOf,
    error: null,
    checklist: showJson(load, completenessOf(load.supplied.checklist)),
    problems: load.warnings.map((w) => flagJson(w, args.lang)),
  };
  io.out(JSON.stringify(doc, null, 2) + "\n");
  return 0;
}
