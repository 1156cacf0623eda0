/**
 * The .xlsx files a user would have made from the seed reports, built in memory:
 * - "pasted":   the text pasted into A1 as is (strings only, HTML residue, repeated headers);
 * - "cleaned":  a tidy typed sheet (one header per table, HTML stripped, wrapped text);
 * - "table-c4": the first table of the cleaned rows at C4 inside a real Excel table,
 *               title lines in C1…C3, the remaining rows below it as values;
 * - "dates":    like "cleaned", with single months/dates as real Excel date cells.
 */
import { Workbook } from "exceljs";
import type { Worksheet } from "exceljs";
import { cleanRows, firstTableRun, isBlankRow } from "./cleanSeedRows";
import { readSeedRows } from "./seedText";
import { readThaiDate } from "./thaiDates";
import months from "./thaiMonths.json";
import { workbookBuffer } from "./workbookBuffer";

export {
  seedNames,
  seedPath,
  seedsAvailable,
  readSeedRows,
  SEEDS_DIR,
  SEEDS_MISSING,
} from "./seedText";
export { buildBadInputs } from "./badInputs";
export { buildLargeWorkbook } from "./largeWorkbook";

export type SeedVariant = "pasted" | "cleaned" | "table-c4" | "dates";

export const SEED_VARIANTS: readonly SeedVariant[] = ["pasted", "cleaned", "table-c4", "dates"];

/** Name of the Excel table the "table-c4" variant creates. */
export const SEED_TABLE_NAME = "Measures";

/** Where the "table-c4" variant puts the table's header (0-based): C4. */
export const SEED_TABLE_ORIGIN = { row: 3, col: 2 } as const;

/** How many title lines the "table-c4" variant keeps above the table. */
const TABLE_TITLE_LINES = 3;

/** Cells longer than this wrap in the tidy variants, like a typed report. */
const WRAP_FROM = 40;

export async function buildSeedWorkbook(name: string, variant: SeedVariant): Promise<Buffer> {
  const rows = readSeedRows(name);
  const wb = new Workbook();
  const ws = wb.addWorksheet("Sheet1");
  switch (variant) {
    case "pasted":
      writeRows(ws, rows, 0, 0, false);
      break;
    case "cleaned":
      writeRows(ws, cleanRows(rows), 0, 0, true);
      break;
    case "dates":
      writeRows(ws, cleanRows(rows), 0, 0, true);
      datesInPlace(ws);
      break;
    case "table-c4":
      writeTableC4(ws, cleanRows(rows));
      break;
  }
  return workbookBuffer(wb);
}

/** Writes rows from (top, left), 0-based; empty cells stay empty, everything else a string. */
function writeRows(
  ws: Worksheet,
  rows: readonly (readonly string[])[],
  top: number,
  left: number,
  wrap: boolean,
): void {
  rows.forEach((cells, i) => {
    const row = ws.getRow(top + i + 1);
    cells.forEach((text, j) => {
      if (text === "") return;
      const cell = row.getCell(left + j + 1);
      cell.value = text;
      if (wrap && (text.includes("\n") || text.length > WRAP_FROM)) {
        cell.alignment = { wrapText: true, vertical: "top" };
      }
    });
  });
}

function writeTableC4(ws: Worksheet, rows: string[][]): void {
  const run = firstTableRun(rows);
  const titles = rows
    .slice(0, run ? run.start : rows.length)
    .filter((r) => !isBlankRow(r))
    .slice(0, TABLE_TITLE_LINES)
    .map((r) => [r.filter((c) => c.trim() !== "").join(" ")]);
  writeRows(ws, titles, 0, SEED_TABLE_ORIGIN.col, false);
  if (!run) return;
  const [header, ...body] = run.rows;
  if (!header) return;
  const width = Math.max(...run.rows.map((r) => r.length));
  ws.addTable({
    name: SEED_TABLE_NAME,
    ref: `C${SEED_TABLE_ORIGIN.row + 1}`,
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: tableHeaderNames(header, width).map((n) => ({ name: n })),
    rows: body.map((r) => Array.from({ length: width }, (_, j) => (r[j] ? r[j] : null))),
  });
  const after = SEED_TABLE_ORIGIN.row + run.rows.length + 1;
  writeRows(ws, rows.slice(run.start + run.rows.length), after, SEED_TABLE_ORIGIN.col, true);
}

/**
 * Excel table headers must be unique and non-empty: squeeze whitespace, name empty
 * ones "Column<n>" as Excel does, and number repeats ("ผู้รับผิดชอบ 2").
 */
export function tableHeaderNames(header: readonly string[], width: number): string[] {
  const used = new Set<string>();
  return Array.from({ length: width }, (_, j) => {
    const base = (header[j] ?? "").replace(/\s+/g, " ").trim() || `Column${j + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** Replaces every string cell that is exactly one Thai month or date by a real date cell. */
function datesInPlace(ws: Worksheet): void {
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      if (typeof cell.value !== "string") return;
      const read = readThaiDate(cell.value);
      if (!read) return;
      cell.value = read.date;
      cell.numFmt = read.hasDay ? months.formats.date : months.formats.month;
    });
  });
}
