/**
 * Files a user might hand the CLI instead of a good workbook, written into a temp dir
 * the caller owns (never into the project).
 */
import { Workbook } from "exceljs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import XlsxPopulate from "xlsx-populate";
import { workbookBuffer } from "./workbookBuffer";

/** Names of the bad inputs buildBadInputs writes (plus "missing", which it does not). */
export const BAD_INPUT_NAMES = [
  "zero-bytes",
  "empty-workbook",
  "no-sheets",
  "title-only",
  "corrupt-random",
  "truncated-xlsx",
  "csv-renamed",
  "xls-renamed",
  "password-protected",
  "directory",
  "missing",
] as const;

export type BadInputName = (typeof BAD_INPUT_NAMES)[number];

/** The OLE2/CFB signature every .xls (and every encrypted .xlsx) starts with. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Writes each bad input into `dir` and returns its path by name. "missing" is a path that
 * does not exist; "directory" is a folder named like a workbook.
 */
export async function buildBadInputs(dir: string): Promise<Record<BadInputName, string>> {
  const at = (file: string): string => path.join(dir, file);
  const paths: Record<BadInputName, string> = {
    "zero-bytes": at("zero-bytes.xlsx"),
    "empty-workbook": at("empty-workbook.xlsx"),
    "no-sheets": at("no-sheets.xlsx"),
    "title-only": at("title-only.xlsx"),
    "corrupt-random": at("corrupt-random.xlsx"),
    "truncated-xlsx": at("truncated.xlsx"),
    "csv-renamed": at("csv-renamed.xlsx"),
    "xls-renamed": at("xls-renamed.xlsx"),
    "password-protected": at("password-protected.xlsx"),
    directory: at("directory.xlsx"),
    missing: at("missing.xlsx"),
  };
  const good = await titleOnlyWorkbook();
  await writeFile(paths["zero-bytes"], new Uint8Array(0));
  await writeFile(paths["empty-workbook"], await emptyWorkbook(true));
  await writeFile(paths["no-sheets"], await emptyWorkbook(false));
  await writeFile(paths["title-only"], good);
  await writeFile(paths["corrupt-random"], randomBytes(4096, 7));
  await writeFile(paths["truncated-xlsx"], good.subarray(0, Math.floor(good.length / 2)));
  await writeFile(paths["csv-renamed"], csvText());
  await writeFile(paths["xls-renamed"], oldXlsHeader());
  await writeFile(paths["password-protected"], await passwordProtected());
  await mkdir(paths.directory, { recursive: true });
  return paths;
}

async function emptyWorkbook(withSheet: boolean): Promise<Buffer> {
  const wb = new Workbook();
  if (withSheet) wb.addWorksheet("Sheet1");
  return workbookBuffer(wb);
}

async function titleOnlyWorkbook(): Promise<Buffer> {
  const wb = new Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม";
  return workbookBuffer(wb);
}

function csvText(): Buffer {
  return Buffer.from(
    "ลำดับ,มาตรการ,ผู้รับผิดชอบ,ระยะเวลา\n๑,มาตรการ NO Gift Policy,สำนักปลัด,ต.ค. ๖๕\n",
    "utf8",
  );
}

/** A CFB header (signature, minor/major version, byte order) padded to one 512-byte sector. */
function oldXlsHeader(): Buffer {
  const bytes = Buffer.alloc(512);
  Buffer.from(CFB_SIGNATURE).copy(bytes, 0);
  bytes.writeUInt16LE(0x3e, 24);
  bytes.writeUInt16LE(3, 26);
  bytes.writeUInt16LE(0xfffe, 28);
  return bytes;
}

async function passwordProtected(): Promise<Buffer> {
  const wb = await XlsxPopulate.fromBlankAsync();
  wb.sheet(0).cell("A1").value("ลับ");
  return wb.outputAsync({ password: "ita" });
}

/** Deterministic noise (mulberry32) so a failure reproduces. */
export function randomBytes(length: number, seed: number): Buffer {
  const next = mulberry32(seed);
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(next() * 256);
  return out;
}

/** A small seeded PRNG in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
