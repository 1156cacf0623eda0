/**
 * PDF through LibreOffice: `soffice --headless --convert-to pdf`. Each run gets its own
 * profile directory (-env:UserInstallation) so parallel conversions do not fight over the
 * shared user profile lock, and its own output directory.
 */
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type PdfResult =
  { ok: true } | { ok: false; code: "SOFFICE_MISSING" | "CONVERT_FAILED"; detail?: string };

export interface PdfOptions {
  /** Give up after this many milliseconds (default 120 000: the first start of a profile is slow). */
  timeoutMs?: number;
  /** Environment for soffice (default: this process's), e.g. with FONTCONFIG_FILE. */
  env?: NodeJS.ProcessEnv;
  /** soffice binary (default: findSoffice()). */
  soffice?: string;
}

const NAMES = ["soffice", "libreoffice"];
const COMMON_PLACES = [
  "/usr/bin/soffice",
  "/usr/lib/libreoffice/program/soffice",
  "/opt/libreoffice/program/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    // Not there or not executable: the caller tries the next place.
    return false;
  }
}

/** The LibreOffice binary on PATH or in a common install place; null when there is none. */
export function findSoffice(): string | null {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter((d) => d.length > 0);
  const exts = process.platform === "win32" ? [".exe", ""] : [""];
  for (const dir of dirs) {
    for (const name of NAMES) {
      for (const ext of exts) {
        const file = path.join(dir, name + ext);
        if (isExecutable(file)) return file;
      }
    }
  }
  return COMMON_PLACES.find(isExecutable) ?? null;
}

function run(
  file: string,
  args: string[],
  timeoutMs: number,
  env: NodeJS.ProcessEnv,
): Promise<{ error: Error | null; output: string }> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { timeout: timeoutMs, env, windowsHide: true },
      (error, stdout, stderr) => {
        resolve({ error, output: `${stdout}${stderr}`.trim() });
      },
    );
  });
}

/**
 * Converts an .xlsx file to PDF at outPdfPath.
 * @returns ok, or SOFFICE_MISSING / CONVERT_FAILED with LibreOffice's output as detail
 */
export async function convertToPdf(
  xlsxPath: string,
  outPdfPath: string,
  options: PdfOptions = {},
): Promise<PdfResult> {
  const soffice = options.soffice ?? findSoffice();
  if (!soffice) return { ok: false, code: "SOFFICE_MISSING" };
  const work = await mkdtemp(path.join(tmpdir(), "ita-pdf-"));
  try {
    const profile = pathToFileURL(path.join(work, "profile")).href;
    const outDir = path.join(work, "out");
    const args = [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      path.resolve(xlsxPath),
    ];
    const { error, output } = await run(
      soffice,
      args,
      options.timeoutMs ?? 120_000,
      options.env ?? process.env,
    );
    if (error) return { ok: false, code: "CONVERT_FAILED", detail: `${error.message}\n${output}` };
    const produced = path.join(outDir, `${path.parse(xlsxPath).name}.pdf`);
    try {
      await copyFile(produced, outPdfPath);
    } catch (e) {
      return { ok: false, code: "CONVERT_FAILED", detail: `${String(e)}\n${output}` };
    }
    return { ok: true };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
