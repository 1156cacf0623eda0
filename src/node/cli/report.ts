/**
 * `ita-check report IN.xlsx -o OUT.xlsx [--pdf OUT.pdf]`: the official report sheet of a
 * workbook, as a new .xlsx (the input is never written) and, with LibreOffice, as PDF.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { SuppliedChecklist } from "../../core/check/chooseChecklist";
import { reportFromCheck } from "../../core/report/fromCheck";
import { inputMessage } from "../../core/messages/format";
import type { CheckSettings } from "../../core/settings";
import { convertToPdf } from "../report/toPdf";
import { writeReportFile } from "../report/renderXlsx";
import type { CliArgs } from "./args";
import { checkFile } from "./checkFile";
import type { Io } from "../cli";

const installHint =
  "ต้องใช้ LibreOffice ในการสร้าง PDF: ติดตั้งด้วย sudo apt-get install libreoffice-calc-nogui fonts-tlwg-laksaman (Debian/Ubuntu) หรือจาก libreoffice.org / " +
  "PDF needs LibreOffice: install it with sudo apt-get install libreoffice-calc-nogui fonts-tlwg-laksaman (Debian/Ubuntu) or from libreoffice.org";

function same(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

export async function runReport(
  args: CliArgs,
  settings: CheckSettings,
  io: Io,
  checklist: SuppliedChecklist | null = null,
): Promise<number> {
  const input = args.files[0];
  const out = args.out;
  if (!input || args.files.length > 1 || (!out && !args.pdf)) {
    io.err("ita-check report: ระบุไฟล์เดียวและ -o OUT.xlsx / give one input file and -o OUT.xlsx\n");
    return 2;
  }
  if ((out && same(out, input)) || (args.pdf && same(args.pdf, input))) {
    io.err("ita-check report: จะไม่เขียนทับไฟล์ต้นฉบับ / will not overwrite the input file\n");
    return 2;
  }
  const checked = await checkFile(input, settings, checklist);
  if (checked.errorCode || !checked.result) {
    const code = checked.errorCode ?? "CORRUPT";
    io.err(`ita-check: ${input}: ${inputMessage(code, "th")} / ${inputMessage(code, "en")}\n`);
    return 2;
  }
  const result = checked.result;
  const model = reportFromCheck(
    result,
    { ...settings, thaiDigits: !args.arabicDigits },
    { orientation: args.portrait ? "portrait" : "landscape" },
  );
  const xlsx =
    out ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ita-report-")), "report.xlsx");
  if (out) await writeReportFile(model, out);
  if (out) io.out(`${out}: ${model.predictedPages} หน้า / pages\n`);
  if (!args.pdf) return 0;
  // LibreOffice prints a hyperlinked cell on one line cut at the cell edge, so the PDF's source has no links.
  const printable = out
    ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ita-report-")), "report.xlsx")
    : xlsx;
  await writeReportFile(model, printable, { links: false });
  const pdf = await convertToPdf(printable, args.pdf);
  fs.rmSync(path.dirname(printable), { recursive: true, force: true });
  if (!pdf.ok) {
    io.err(
      pdf.code === "SOFFICE_MISSING"
        ? `ita-check report: ${installHint}\n`
        : `ita-check report: สร้าง PDF ไม่สำเร็จ / PDF conversion failed: ${pdf.detail ?? ""}\n`,
    );
    return 2;
  }
  io.out(`${args.pdf}: PDF\n`);
  return 0;
}
