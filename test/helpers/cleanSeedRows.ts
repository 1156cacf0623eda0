/**
 * Turns pasted seed rows into what a tidy typed sheet would hold: HTML residue stripped,
 * one header row per table, no spacer rows inside a table.
 */

/** Rows with at least this many cells (tabs + 1), not all blank, belong to a table. */
export const TABLE_MIN_CELLS = 4;

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/**
 * Crude HTML → text: paragraph and list breaks become newlines, ticked boxes become ☑/☐,
 * other tags go, entities are decoded, each line trimmed.
 * @example stripHtml("<p>ต.ค. ๖๕</p> <p>-</p>") → "ต.ค. ๖๕\n-"
 */
export function stripHtml(cell: string): string {
  if (!/[<&]/.test(cell)) return cell.trim();
  const text = cell
    .replace(/<input\b[^>]*\bchecked\b[^>]*>/gi, "☑")
    .replace(/<input\b[^>]*>/gi, "☐")
    .replace(/<\/(p|li|div)>\s*<(p|li|div)\b[^>]*>/gi, "\n")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity);
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

function decodeEntity(whole: string, body: string): string {
  if (body.startsWith("#x") || body.startsWith("#X"))
    return String.fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith("#")) return String.fromCodePoint(Number(body.slice(1)));
  return ENTITIES[body.toLowerCase()] ?? whole;
}

export function isBlankRow(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === "");
}

export function isTableRow(row: readonly string[]): boolean {
  return row.length >= TABLE_MIN_CELLS && !isBlankRow(row);
}

/** Whitespace-squeezed key of a row, for spotting a header repeated at a page break. */
function rowKey(row: readonly string[]): string {
  return row.map((c) => c.replace(/\s+/g, "")).join("\t");
}

const DIGIT = /[0-9๐-๙]/;

/**
 * Cleaned rows of a seed. A run is the stretch of table rows between two non-table,
 * non-blank rows (titles, section captions); blank rows inside a run are dropped. A row
 * without digits that repeats an earlier row of the run, or the run's first header with
 * one cell reworded ("ผลการดำเนินการ" → "การติดตามผล"), is a header repeated at a page
 * break and is dropped. Section rows ("ตัวชี้วัดย่อยที่ ๙.๓ …") hold digits and are kept.
 */
export function cleanRows(rows: readonly (readonly string[])[]): string[][] {
  const stripped = rows.map((r) => r.map(stripHtml));
  const out: string[][] = [];
  let seen = new Set<string>();
  let header: string[] | null = null;
  let inRun = false;
  stripped.forEach((row, i) => {
    if (isTableRow(row)) {
      if (!inRun) {
        seen = new Set<string>();
        header = null;
      }
      inRun = true;
      const key = rowKey(row);
      const wordsOnly = !row.some((c) => DIGIT.test(c));
      const repeated = wordsOnly && (seen.has(key) || (header !== null && sameButOne(header, row)));
      seen.add(key);
      if (wordsOnly && header === null) header = row;
      if (!repeated) out.push(row);
      return;
    }
    if (isBlankRow(row)) {
      // A spacer inside a table (the next non-blank row is still part of it) disappears.
      if (inRun && nextIsTableRow(stripped, i)) return;
      out.push(row.length > 1 ? row.map(() => "") : [""]);
      return;
    }
    inRun = false;
    out.push(row);
  });
  return out;
}

/** Same width and at most one cell different (whitespace ignored). */
function sameButOne(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  let differing = 0;
  a.forEach((cell, j) => {
    if (cell.replace(/\s+/g, "") !== (b[j] ?? "").replace(/\s+/g, "")) differing++;
  });
  return differing <= 1;
}

function nextIsTableRow(rows: readonly (readonly string[])[], i: number): boolean {
  for (let j = i + 1; j < rows.length; j++) {
    const row = rows[j];
    if (!row) return false;
    if (!isBlankRow(row)) return isTableRow(row);
  }
  return false;
}

/**
 * The first run of table rows in cleaned rows (its first row is taken as the header),
 * with the index where it starts.
 */
export function firstTableRun(
  rows: readonly (readonly string[])[],
): { start: number; rows: string[][] } | null {
  const start = rows.findIndex(isTableRow);
  if (start < 0) return null;
  const run: string[][] = [];
  for (let i = start; i < rows.length; i++) {
    const row = rows[i];
    if (!row || !isTableRow(row)) break;
    run.push([...row]);
  }
  return { start, rows: run };
}
