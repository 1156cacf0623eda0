import type { CellValue, Grid } from "../../src/core/grid/grid";

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

/** The Grid a renderer's sheet reads back as (an exported checklist loaded again). */
export { gridOfModel } from "../core/checklist/sheet/gridOfModel";
