/**
 * `ita-check report`: the real command on the shipped sample workbook, read back with exceljs,
 * and (where LibreOffice and poppler are installed) printed to PDF on the predicted pages.
 */
import { execFileSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../../src/node/cli";
import { findSoffice } from "../../../src/node/report/toPdf";

const sample = path.resolve(__dirname, "../../../samples/ita-sample.xlsx");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-report-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe("ita-check report", () => {
  it("writes the report sheet with the official layout and leaves the input untouched", async () => {
    const before = crypto.createHash("sha256").update(fs.readFileSync(sample)).digest("hex");
    const out = path.join(dir, "report.xlsx");
    const r = await run(["report", sample, "-o", out, "--as-of", "2026-11-22"]);
    expect(r.code).toBe(0);
    expect(crypto.createHash("sha256").update(fs.readFileSync(sample)).digest("hex")).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("รายงาน ITA")!;
    expect(ws).toBeDefined();
    expect(ws.getCell("A1").font?.name).toBe("TH Sarabun New");
    expect(ws.getCell("A1").font?.size).toBe(16);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.model.merges.length).toBeGreaterThan(2);
    const ps = ws.pageSetup;
    expect(ps.paperSize).toBe(9);
    expect(ps.orientation).toBe("landscape");
    expect(ps.fitToPage).toBe(true);
    expect(ps.fitToWidth).toBe(1);
    expect(ps.fitToHeight).toBe(0);
    expect(ps.printTitlesRow).toMatch(/^\$?\d+:\$?\d+$/);
    expect(ps.printArea).toMatch(/^\$?A\$?1:\$?[A-Z]+\$?\d+$/);
    expect(ws.headerFooter.oddFooter).toContain("&P");
    const titles = [1, 2, 3].map((r) => ws.getCell(r, 1).text);
    expect(titles.join(" ")).toContain("องค์การบริหารส่วนตำบลตัวอย่าง");
    expect(titles.join(" ")).toContain("๒๕๖๙");
  });

  it("with --arabic-digits and --portrait", async () => {
    const out = path.join(dir, "portrait.xlsx");
    expect(
      (
        await run([
          "report",
          sample,
          "-o",
          out,
          "--arabic-digits",
          "--portrait",
          "--as-of",
          "2026-11-22",
        ])
      ).code,
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("รายงาน ITA")!;
    expect(ws.pageSetup.orientation).toBe("portrait");
    const text = [1, 2, 3].map((r) => ws.getCell(r, 1).text).join(" ");
    expect(text).toContain("2569");
    expect(text).not.toMatch(/[๐-๙]/);
  });

  it("refuses to overwrite the input and bad arguments, with exit 2", async () => {
    expect((await run(["report", sample, "-o", sample])).code).toBe(2);
    expect((await run(["report", sample])).code).toBe(2);
    expect(
      (await run(["report", path.join(dir, "missing.xlsx"), "-o", path.join(dir, "x.xlsx")])).code,
    ).toBe(2);
  });

  const canPdf = findSoffice() !== null;
  (canPdf ? it : it.skip)(
    "prints the PDF on the pages the model predicts",
    async () => {
      const out = path.join(dir, "p.xlsx");
      const pdf = path.join(dir, "p.pdf");
      const r = await run(["report", sample, "-o", out, "--pdf", pdf, "--as-of", "2026-11-22"]);
      expect(r.code).toBe(0);
      const predicted = Number(/(\d+) หน้า/.exec(r.out)?.[1]);
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(predicted);
    },
    180_000,
  );
});
