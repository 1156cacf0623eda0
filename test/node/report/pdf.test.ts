/**
 * The report through LibreOffice to PDF: every title and the signature print in full, Thai
 * digits print when asked, and the page count is the one the model predicts.
 * Needs soffice, pdftotext, pdfinfo and pdftoppm (Debian: libreoffice-calc-nogui
 * fonts-tlwg-laksaman poppler-utils; fonts-crosextra-carlito for Excel-like column widths).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Measure } from "../../../src/core/model";
import { buildReport } from "../../../src/core/report/buildReport";
import type { ReportModel, ReportOptions } from "../../../src/core/report/model";
import { convertToPdf, findSoffice } from "../../../src/node/report/toPdf";
import { writeReportFile } from "../../../src/node/report/renderXlsx";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { readWorkbookBuffer } from "../../../src/node/xlsx/readWorkbook";
import { fixtureMeasures, manyMeasures, options } from "../../core/report/fixtures";
import {
  SEEDS_MISSING,
  buildSeedWorkbook,
  seedNames,
  seedsAvailable,
} from "../../helpers/seedWorkbooks";

const soffice = findSoffice();
const hasPoppler = (() => {
  try {
    execFileSync("pdfinfo", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const canRun = soffice !== null && hasPoppler;
if (!canRun) {
  console.warn(
    "pdf.test.ts skipped: needs soffice and poppler-utils " +
      "(apt-get install libreoffice-calc-nogui fonts-tlwg-laksaman poppler-utils)",
  );
}
const describePdf = canRun ? describe : describe.skip;

const projectRoot = path.resolve(__dirname, "../../..");
const artifacts = path.join(projectRoot, "test-artifacts", "report");

let work = "";
let env: NodeJS.ProcessEnv = process.env;

/**
 * A fontconfig file that loads the system's and maps TH Sarabun New / TH SarabunPSK to
 * Laksaman (their metric twin), in case the system has no such alias.
 */
function fontconfigEnv(dir: string): NodeJS.ProcessEnv {
  const file = path.join(dir, "fonts.conf");
  const alias = (family: string): string =>
    `<alias binding="same"><family>${family}</family><prefer><family>Laksaman</family></prefer></alias>`;
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>` +
      `${alias("TH Sarabun New")}${alias("TH SarabunPSK")}</fontconfig>`,
  );
  return { ...process.env, FONTCONFIG_FILE: file };
}

const squeeze = (s: string): string => s.replace(/\s+/g, "");

interface Rendered {
  model: ReportModel;
  text: string;
  pages: number;
  pdf: string;
}

async function render(name: string, measures: Measure[], opts: ReportOptions): Promise<Rendered> {
  const model = buildReport({ measures, flags: [], options: opts });
  const xlsx = path.join(work, `${name}.xlsx`);
  const pdf = path.join(work, `${name}.pdf`);
  await writeReportFile(model, xlsx, { links: false });
  const result = await convertToPdf(xlsx, pdf, { env });
  if (!result.ok) throw new Error(`${result.code}: ${result.detail ?? ""}`);
  const text = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" });
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? "0");
  mkdirSync(artifacts, { recursive: true });
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "60",
    "-f",
    "1",
    "-l",
    "1",
    pdf,
    path.join(artifacts, name),
  ]);
  writeFileSync(path.join(artifacts, `${name}.txt`), text);
  copyFileSync(pdf, path.join(artifacts, `${name}.pdf`));
  return { model, text, pages, pdf };
}

/** Every measure title, the signature lines and the page count. */
function expectComplete(r: Rendered, measures: Measure[]): void {
  const text = squeeze(r.text);
  for (const m of measures) expect(text).toContain(squeeze(m.title));
  for (const c of r.model.cells.filter((c) => r.model.rowKinds[c.row] === "signature")) {
    expect(text).toContain(squeeze(String(c.value)));
  }
  expect(r.pages).toBe(r.model.predictedPages);
}

/** The seed as a pasted workbook, read by the real reader. */
async function seedMeasures(name: string): Promise<Measure[]> {
  const read = await readWorkbookBuffer(await buildSeedWorkbook(name, "pasted"));
  if (!read.ok) throw new Error(`seed ${name} unreadable: ${read.error.code}`);
  return readWorkbook(read.workbook).measures;
}

describePdf("report PDF through LibreOffice", () => {
  jest.setTimeout(180_000);

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), "ita-report-pdf-"));
    env = fontconfigEnv(work);
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("prints the fixture report in full on the predicted pages, with Thai digits", async () => {
    const r = await render("fixtures", fixtureMeasures, options());
    expectComplete(r, fixtureMeasures);
    expect(r.text).toMatch(/[๐-๙]/);
    expect(r.text).toContain("๒๕๖๖");
  });

  it("prints Arabic digits when Thai digits are off", async () => {
    const r = await render("arabic", fixtureMeasures, options({ thaiDigits: false }));
    expectComplete(r, fixtureMeasures);
    expect(r.text).toContain("2566");
  });

  it("breaks a long report where the model says (landscape and portrait)", async () => {
    const measures = manyMeasures(60, 4);
    const land = await render("many-landscape", measures, options());
    expect(land.model.predictedPages).toBeGreaterThan(3);
    expectComplete(land, measures);
    const port = await render("many-portrait", measures, options({ orientation: "portrait" }));
    expectComplete(port, measures);
  });

  it("prints each seed report in full", async () => {
    if (!seedsAvailable()) {
      console.warn(SEEDS_MISSING);
      return;
    }
    for (const name of seedNames()) {
      const measures = await seedMeasures(name);
      expect(measures.length).toBeGreaterThan(0);
      const r = await render(`seed-${name.slice(0, 3)}`, measures, options());
      expectComplete(r, measures);
    }
  });
});
