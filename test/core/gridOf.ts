import type { CellValue, Grid } from "../../src/core/grid/grid";

/** A Grid from rows of cells, starting at the given sheet row/column (0-based). */
export function gridOf(rows: CellValue[][], name = "Sheet1", origin = { row: 0, col: 0 }): Grid {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return {
    name,
    origin,
    values: rows.map((r) =>
      Array.from({ length: width }, (_, i) =>
        r[i] === undefined || r[i] === "" ? null : (r[i] ?? null),
      ),
    ),
    hyperlinks: {},
    merges: [],
  };
}

/** Tab-separated lines, as a paste gives them. */
export function gridOfLines(lines: string[], name = "Sheet1", origin = { row: 0, col: 0 }): Grid {
  return gridOf(
    lines.map((l) => l.split("\t")),
    name,
    origin,
  );
}
