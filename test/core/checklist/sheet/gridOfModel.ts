import type { CellValue, Grid } from "../../../../src/core/grid/grid";
import type { SheetModel } from "../../../../src/core/report/model";

/** The Grid a renderer's sheet would read back as: cells at their places, merges kept. */
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
