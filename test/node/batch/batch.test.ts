/**
 * `ita-check batch` end to end on a generated folder of 200 workbooks in varied layouts plus
 * three unreadable files: the summary workbook's rows, totals, order and links; the cache on
 * a second run; a changed file re-checked on a third. Runs the built CLI (npm run build:cli).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import type { CellValue, Worksheet } from "exceljs";
import { generateFolder, generateWorkbook } from "./generate";
import type { GeneratedFolder } from "./generate";

const root = path.resolve(__dirname, "../../..");
const bin = path.join(root, "bin", "ita-check.js");
const COUNT = 200;
const HEADER_ROW = 4;

let tmp = "";
let data = "";
let gen: GeneratedFolder;
let first: ReturnType<typeof run>;
let summary: Workbook;

function run(extra: string[] = [], dir = data) {
  const out = path.join(tmp, "summary.xlsx");
  const res = spawnSync(
    process.execPath,
    [
      bin,
      "batch",
      dir,
      "-o",
      out,
      "--json",
      "--as-of",
      "2023-06-15",
      "--cache-dir",
      path.join(tmp, "cache"),
      "--jobs",
      "2",
      ...extra,
    ],
    { encoding: "utf8", cwd: tmp, maxBuffer: 256 * 1024 * 1024 },
  );
  const json = res.stdout
    ? (JSON.parse(res.stdout) as { reused: number; rows: { file: string; measures: number }[] })
    : null;
  return { status: res.status, stderr: res.stderr, json, out };
}

function num(v: CellValue): number {
  if (typeof v === "number") return v;
  if (v && typeof v === "object" && "result" in v && typeof v.result === "number") return v.result;
  return NaN;
}

/** Data rows of a sheet: from below the header to before the totals row (marked in column B). */
function dataRows(ws: Worksheet, totalsCol = 2): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const values = ws.getRow(r).values as CellValue[];
    if (
      r === ws.rowCount &&
      totalsCol > 0 &&
      typeof values[totalsCol] === "string" &&
      values[1] == null
    )
      break;
    rows.push(values);
  }
  return rows;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ita-batch-"));
  data = path.join(tmp, "data");
  gen = await generateFolder(data, COUNT, { min: 10, max: 25 });
  first = run();
  summary = new Workbook();
  await summary.xlsx.readFile(first.out);
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("batch summary workbook", () => {
  it("exits 1 because some files are unreadable", () => {
    expect(first.status).toBe(1);
    expect(first.json?.reused).toBe(0);
  });

  it("has one row per readable file and none for skipped files", () => {
    const rows = dataRows(summary.getWorksheet("สรุป")!);
    expect(rows).toHaveLength(gen.readable.length);
    expect(rows.map((r) => r[3]).sort()).toEqual([...gen.readable].sort());
    for (const s of gen.skipped) expect(rows.map((r) => r[3])).not.toContain(s);
  });

  it("lists the unreadable files with their reason code", () => {
    const rows = dataRows(summary.getWorksheet("ไฟล์ที่อ่านไม่ได้")!, 0);
    expect(Object.fromEntries(rows.map((r) => [r[2], r[3]]))).toEqual(gen.unreadable);
  });

  it("adds up: statuses sum to measures per row, columns sum to the totals row", () => {
    const ws = summary.getWorksheet("สรุป")!;
    const rows = dataRows(ws);
    const totals = ws.getRow(HEADER_ROW + rows.length + 1).values as CellValue[];
    for (const r of rows) expect(num(r[6]) + num(r[7]) + num(r[8]) + num(r[9])).toBe(num(r[5]));
    for (const col of [5, 6, 7, 8, 9, 10, 11, 12, 14, 15]) {
      expect(num(totals[col])).toBe(rows.reduce((s, r) => s + num(r[col]), 0));
    }
    expect(num(totals[5])).toBeGreaterThanOrEqual(COUNT * 10);
  });

  it("is sorted least ready first, then most errors", () => {
    const rows = dataRows(summary.getWorksheet("สรุป")!);
    const readiness = rows.map((r) => (typeof r[13] === "number" ? r[13] : -1));
    for (let i = 1; i < rows.length; i++) {
      expect(readiness[i]!).toBeGreaterThanOrEqual(readiness[i - 1]!);
      if (readiness[i] === readiness[i - 1])
        expect(num(rows[i]![14])).toBeLessThanOrEqual(num(rows[i - 1]![14]));
    }
    expect(new Set(readiness).size).toBeGreaterThan(3);
  });

  it("links every row to an existing, validly named sheet that lists its errors", () => {
    const rows = dataRows(summary.getWorksheet("สรุป")!);
    const names = new Set<string>();
    for (const r of rows) {
      const link = r[16] as { formula: string };
      const target = /HYPERLINK\("#'([^']+)'!A1"/.exec(link.formula)?.[1] ?? "";
      const ws = summary.getWorksheet(target);
      expect(ws).toBeDefined();
      expect(target.length).toBeLessThanOrEqual(31);
      expect(target).not.toMatch(/[[\]:*?/\\]/);
      names.add(target.toLowerCase());
      const codes = dataRows(ws!, 0).map((f) => f[2]);
      expect(codes.filter((s) => s === "ข้อผิดพลาด")).toHaveLength(num(r[14]));
    }
    expect(names.size).toBe(rows.length);
  });

  it("totals per indicator equal the sum of the indicator rows", () => {
    const ws = summary.getWorksheet("ตัวชี้วัด")!;
    const rows = dataRows(ws, 0);
    const total = rows.pop()!;
    const indicators = rows.filter((r) => !(typeof r[2] === "string" ? r[2] : "").includes("."));
    for (const col of [4, 6, 7, 8]) {
      expect(num(total[col])).toBe(indicators.reduce((s, r) => s + num(r[col]), 0));
    }
    expect(num(total[6])).toBeGreaterThan(0);
  });

  it("has the report look: Sarabun 16, frozen header, A4 landscape fitted to width, print titles", () => {
    const ws = summary.getWorksheet("สรุป")!;
    expect(ws.getCell(HEADER_ROW, 2).font?.name).toBe("TH Sarabun New");
    expect(ws.getCell(HEADER_ROW, 2).font?.size).toBe(16);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${HEADER_ROW}:${HEADER_ROW}`);
  });
});

describe("batch cache", () => {
  it("reuses every readable file on a second run with the same results", () => {
    const second = run();
    expect(second.status).toBe(1);
    expect(second.json?.reused).toBe(gen.readable.length);
    expect(second.json?.rows).toEqual(first.json?.rows);
  }, 60_000);

  it("re-checks a file whose bytes changed", async () => {
    const changed = gen.readable[5]!;
    fs.writeFileSync(path.join(data, changed), await generateWorkbook(999_999, 40));
    const third = run();
    expect(third.json?.reused).toBe(gen.readable.length - 1);
    expect(third.json?.rows.find((r) => r.file === changed)?.measures).toBe(40);
  }, 60_000);

  it("checks everything again with --no-cache", () => {
    expect(run(["--no-cache"]).json?.reused).toBe(0);
  }, 60_000);
});

describe("batch bad folder", () => {
  it.each([
    ["missing", () => path.join(tmp, "nope")],
    ["a file", () => path.join(data, gen.readable[0]!)],
  ])("%s: exit 2, one stderr line", (_name, dir) => {
    const res = run([], dir());
    expect(res.status).toBe(2);
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
  });
});
