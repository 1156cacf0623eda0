import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readWorkbookBuffer } from "../../../src/node/xlsx/readWorkbook";
import { readWorkbookFile } from "../../../src/node/xlsx/readWorkbookFile";
import type { BadInputName } from "../../helpers/badInputs";
import { BAD_INPUT_NAMES, buildBadInputs } from "../../helpers/badInputs";

/** What each bad input must give: an error code, or "ok" for readable-but-useless files. */
const EXPECTED: Record<BadInputName, string> = {
  "zero-bytes": "EMPTY_FILE",
  "empty-workbook": "ok",
  "no-sheets": "NO_SHEETS",
  "title-only": "ok",
  "corrupt-random": "CORRUPT",
  "truncated-xlsx": "CORRUPT",
  "csv-renamed": "NOT_XLSX_CSV",
  "xls-renamed": "NOT_XLSX_XLS",
  "password-protected": "PASSWORD_PROTECTED",
  directory: "NOT_A_FILE",
  missing: "MISSING_FILE",
};

describe("bad inputs", () => {
  let dir: string;
  let paths: Record<BadInputName, string>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "ita-bad-inputs-"));
    paths = await buildBadInputs(dir);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(BAD_INPUT_NAMES.map((n) => [n, EXPECTED[n]] as const))(
    "%s gives %s",
    async (name, code) => {
      const result = await readWorkbookFile(paths[name]);
      expect(result.path).toBe(paths[name]);
      expect(result.ok ? "ok" : result.error.code).toBe(code);
    },
  );

  it("keeps library messages as one-line details, never stacks", async () => {
    const result = await readWorkbookFile(paths["truncated-xlsx"]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.detail).toBeTruthy();
    expect(result.error.detail).not.toMatch(/\n|\bat .+:\d+:\d+/);
  });

  it("reads the empty workbook as one sheet with no cells", async () => {
    const result = await readWorkbookFile(paths["empty-workbook"]);
    expect(result.ok && result.workbook.sheets.map((s) => s.values.length)).toEqual([0]);
  });

  it("reads the title-only workbook as one cell at A1", async () => {
    const result = await readWorkbookFile(paths["title-only"]);
    if (!result.ok) throw new Error(result.error.code);
    const [grid] = result.workbook.sheets;
    expect(grid?.origin).toEqual({ row: 0, col: 0 });
    expect(grid?.values.map((r) => r.length)).toEqual([1]);
  });

  it("writes a password-protected file that really is an encrypted CFB package", async () => {
    const bytes = await readFile(paths["password-protected"]);
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    expect(bytes.includes(Buffer.from("EncryptionInfo", "utf16le"))).toBe(true);
  });
});

describe("byte classification without files", () => {
  const read = async (bytes: Uint8Array): Promise<string> => {
    const result = await readWorkbookBuffer(bytes);
    return result.ok ? "ok" : result.error.code;
  };

  it.each([
    ["tab-separated Thai text", "ลำดับ\tมาตรการ\n๑\tมาตรการ NO Gift Policy\n", "NOT_XLSX_CSV"],
    ["semicolon CSV", "a;b;c\n1;2;3\n", "NOT_XLSX_CSV"],
    [
      "HTML saved as .xls",
      "<html><body><table><tr><td>1</td></tr></table></body></html>\n",
      "NOT_XLSX_CSV",
    ],
    ["a single word", "hello", "CORRUPT"],
  ])("%s", async (_label, text, code) => {
    expect(await read(Buffer.from(text, "utf8"))).toBe(code);
  });

  it("recognises UTF-16 text (Excel's 'Unicode text') by its BOM", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a\tb\n", "utf16le")]);
    expect(await read(bytes)).toBe("NOT_XLSX_CSV");
  });

  it("tells an encrypted package from an old .xls by its stream names", async () => {
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    expect(await read(cfb)).toBe("NOT_XLSX_XLS");
    Buffer.from("EncryptedPackage", "utf16le").copy(cfb, 600);
    expect(await read(cfb)).toBe("PASSWORD_PROTECTED");
  });

  it("calls a zip that is not a workbook CORRUPT", async () => {
    const zipLike = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    expect(await read(zipLike)).toBe("CORRUPT");
  });
});
