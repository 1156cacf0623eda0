/**
 * Reads every worksheet (visible and hidden) into Grids in as few syncs as the 5 MB
 * payload limit allows:
 *   sync 1   sheet names and visibility (and the stored settings);
 *   sync 2   used-range extents, and merged areas (ExcelApi 1.13);
 *   sync 3…  values, text, numberFormat (and hyperlinks, ExcelApi 1.9) in row chunks,
 *            pieces of all sheets packed into each sync up to READ_BUDGET_BYTES.
 * The chunk loop is the one place in the adapter that syncs in a loop, by design.
 */
import type { RangeRef } from "../core/grid/address";
import type { ReadProgress } from "../core/host";
import type { WorkbookSnapshot } from "../core/grid/grid";
import { isOfficeError, isPayloadLimitError } from "./errors";
import { collectLinks, mergesFromAddress, toGrid } from "./gridFromRanges";
import type { SheetRead } from "./gridFromRanges";
import {
  READ_BUDGET_BYTES,
  READ_CELL_ESTIMATE_BYTES,
  cellsPerSync,
  planSync,
  utf8Length,
} from "./readPlan";
import type { ReadPiece, SheetCursor } from "./readPlan";
import { FEATURE_VERSIONS, isExcelApiSupported } from "./requirements";
import type { DegradedCode } from "./requirements";
import { runExcel } from "./run";
import type { RunConfig } from "./run";
import { SETTINGS_KEY } from "./settings";
import { parseStoredSettings } from "./settingsCodec";

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** What could not be read on this host (hyperlinks before 1.9, merges before 1.13 …). */
  degraded: DegradedCode[];
  /** Syncs the chunked part took (for diagnostics and tests). */
  chunkSyncs: number;
}

interface SheetInfo {
  sheet: Excel.Worksheet;
  name: string;
  hidden: boolean;
  used: RangeRef | null;
}

interface QueuedPiece {
  piece: ReadPiece;
  range: Excel.Range;
  links: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

/** After a payload error the chunk is divided by this (Excel does not say by how much it was over). */
const SHRINK_FACTOR = 4;
/** Shrinking stops here (then the error is thrown). */
const MAX_SHRINKS = 8;

/** Round 2: used-range extents and merged areas of every sheet, one sync. */
async function readExtents(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  withMerges: boolean,
): Promise<{ used: (RangeRef | null)[]; merges: RangeRef[][] }> {
  const usedRanges = sheets.map((s) =>
    s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  // The whole sheet, not the used range: merges are found by their top-left cell (office-js#3611).
  const merged = withMerges
    ? sheets.map((s) => s.getRange().getMergedAreasOrNullObject().load("address"))
    : [];
  await context.sync();
  const used = usedRanges.map((u) =>
    u.isNullObject
      ? null
      : {
          top: u.rowIndex,
          left: u.columnIndex,
          bottom: u.rowIndex + u.rowCount - 1,
          right: u.columnIndex + u.columnCount - 1,
        },
  );
  const merges = used.map((u, i) => {
    const m = merged[i];
    return m && !m.isNullObject ? mergesFromAddress(m.address, u) : [];
  });
  return { used, merges };
}

function queuePiece(info: SheetInfo, piece: ReadPiece, withLinks: boolean): QueuedPiece {
  const used = info.used as RangeRef;
  const range = info.sheet.getRangeByIndexes(
    used.top + piece.rowOffset,
    used.left,
    piece.rows,
    piece.cols,
  );
  range.load(["values", "text", "numberFormat"]);
  const links = withLinks ? range.getCellProperties({ hyperlink: true }) : null;
  return { piece, range, links };
}

/** Appends a synced piece to its sheet and returns the bytes it weighed. */
function takePiece(q: QueuedPiece, info: SheetInfo, read: SheetRead): number {
  const used = info.used as RangeRef;
  const { values, text, numberFormat } = q.range;
  read.values.push(...values);
  read.text.push(...text);
  read.numberFormats.push(...(numberFormat as unknown[][]));
  let bytes = utf8Length(JSON.stringify([values, text, numberFormat]));
  if (q.links) {
    const props = q.links.value;
    collectLinks(read.hyperlinks, props, used.top + q.piece.rowOffset, used.left);
    bytes += utf8Length(JSON.stringify(props));
  }
  return bytes;
}

/**
 * Reads the workbook. `onProgress` gets rows read out of all used rows after each chunk.
 *
 * @example
 *   const { snapshot } = await readWorkbook();
 *   snapshot.sheets[0].name // "มาตรการ"
 */
export async function readWorkbook(
  config: RunConfig = {},
  onProgress?: (p: ReadProgress) => void,
): Promise<ReadResult> {
  const withLinks = isExcelApiSupported(FEATURE_VERSIONS.cellProperties);
  const withMerges = isExcelApiSupported(FEATURE_VERSIONS.mergedAreas);
  const degraded: DegradedCode[] = [];
  if (!withLinks) degraded.push("NO_HYPERLINKS_BEFORE_1_9");
  if (!withMerges) degraded.push("NO_MERGES_BEFORE_1_13");

  return runExcel(async (context) => {
    // Round 1: which sheets there are.
    const collection = context.workbook.worksheets.load("items/name,items/visibility");
    const stored = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
    await context.sync();
    const sheets = collection.items;
    const settings = stored.isNullObject ? null : parseStoredSettings(stored.value);

    // Round 2: how big each one is, and its merged areas.
    let extents: { used: (RangeRef | null)[]; merges: RangeRef[][] };
    try {
      extents = await readExtents(context, sheets, withMerges);
    } catch (e) {
      // More than 512 merged areas make Excel fail the call: read without merges rather than nothing.
      if (!withMerges || !isOfficeError(e)) throw e;
      degraded.push("MERGES_UNREADABLE");
      extents = await readExtents(context, sheets, false);
    }
    const infos: SheetInfo[] = sheets.map((sheet, i) => ({
      sheet,
      name: sheet.name,
      hidden: sheet.visibility !== "Visible",
      used: extents.used[i] ?? null,
    }));
    const reads: SheetRead[] = infos.map((info, i) => ({
      name: info.name,
      hidden: info.hidden,
      origin: info.used ? { row: info.used.top, col: info.used.left } : { row: 0, col: 0 },
      values: [],
      text: [],
      numberFormats: [],
      hyperlinks: {},
      merges: extents.merges[i] ?? [],
    }));

    // Rounds 3…: the cells, chunked.
    const cursors: SheetCursor[] = infos.map((info, i) => ({
      sheet: i,
      rows: info.used ? info.used.bottom - info.used.top + 1 : 0,
      cols: info.used ? info.used.right - info.used.left + 1 : 0,
      next: 0,
    }));
    const total = cursors.reduce((n, c) => n + c.rows, 0);
    let done = 0;
    let perCell = READ_CELL_ESTIMATE_BYTES;
    let shrinks = 0;
    let chunkSyncs = 0;
    while (cursors.some((c) => c.next < c.rows)) {
      const budget = Math.max(
        1,
        Math.floor(cellsPerSync(perCell, READ_BUDGET_BYTES) / SHRINK_FACTOR ** shrinks),
      );
      const pieces = planSync(cursors, budget);
      const queued = pieces.map((p) => queuePiece(infos[p.sheet] as SheetInfo, p, withLinks));
      chunkSyncs += 1;
      try {
        await context.sync();
      } catch (e) {
        // Heavier cells than estimated: shrink the chunk and try again.
        if (!isPayloadLimitError(e) || shrinks >= MAX_SHRINKS || budget === 1) throw e;
        shrinks += 1;
        continue;
      }
      let bytes = 0;
      let cells = 0;
      for (const q of queued) {
        bytes += takePiece(q, infos[q.piece.sheet] as SheetInfo, reads[q.piece.sheet] as SheetRead);
        cells += q.piece.rows * q.piece.cols;
        const cursor = cursors[q.piece.sheet] as SheetCursor;
        cursor.next += q.piece.rows;
        done += q.piece.rows;
      }
      const observed = bytes / Math.max(1, cells);
      if (observed > perCell) {
        perCell = Math.ceil(observed * 1.25);
        shrinks = 0;
      }
      onProgress?.({ done, total });
    }

    return {
      snapshot: { sheets: reads.map(toGrid), ...(settings ? { settings } : {}) },
      degraded,
      chunkSyncs,
    };
  }, config);
}
