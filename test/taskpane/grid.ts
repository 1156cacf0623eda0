import type { CellValue, Grid } from "../../src/core/grid/grid";
import type { SheetModel } from "../../src/core/report/model";

/** A Grid from tab-separated lines, as a paste gives them (empty cells become null). */
export function gridOfLines(lines: string[], name: string): Grid {
  const rows: CellValue[][] = lines.map((l) => l.split("\t").map((c) => (c === "" ? null : c)));
  const width = Math.max(1, ...rows.map((r) => r.length));
  return {
    name,
    origin: { row: 0, col: 0 },
    values: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
    hyperlinks: {},
    merges: [],
  };
}

/** The Grid a renderer's sheet reads back as (an exported checklist loaded again): cells at their places. */
export function gridOfModel(model: SheetModel, name = model.sheetName): Grid {
  const rows = Math.max(1, ...model.cells.map((c) => c.row + 1));
  const cols = Math.max(1, ...model.cells.map((c) => c.col + 1));
  const values: CellValue[][] = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => null),
  );
  for (const c of model.cells) {
    const row = values[c.row];
    if (row) row[c.col] = c.value;
  }
  return { name, origin: { row: 0, col: 0 }, values, hyperlinks: {}, merges: model.merges };
}
