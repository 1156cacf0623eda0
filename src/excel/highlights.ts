/**
 * Highlights flagged cells as a layer that can be taken off exactly: before painting,
 * the original fills are read and stored in workbook settings; clearing puts them back
 * ("no fill" included). Values are never touched. Needs ExcelApi 1.9 (cell properties).
 *
 * highlight():        sync 1 reads fills + stored layer, sync 2 restores/paints/saves.
 * clearHighlights():  sync 1 reads the stored layer, sync 2 restores and forgets it.
 */
import { parseA1 } from "../core/grid/address";
import type { CellRef } from "../core/grid/address";
import type { Flag, Severity } from "../core/flags/flag";
import colours from "./highlightColours.json";
import {
  HIGHLIGHT_KEY,
  blockAddresses,
  cellBlocks,
  decodeLayer,
  encodeLayer,
  fillFromProps,
  layerCells,
  settableFill,
} from "./highlightLayer";
import type { Block, Layer, OriginalFill } from "./highlightLayer";
import { ExcelHostError } from "./errors";
import { asOwnWrite } from "./ownWrites";
import { FEATURE_VERSIONS, isExcelApiSupported } from "./requirements";
import { runExcel } from "./run";
import type { RunConfig } from "./run";

/** Fill colour per severity ("#RRGGBB"). */
export const SEVERITY_FILLS: Record<Severity, string> = colours;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
/** RangeAreas addresses per getRanges call, to keep each address string short. */
const AREAS_PER_CALL = 200;

/** Sheet -> A1 -> the strongest severity flagged there. */
type Targets = Map<string, Map<string, { ref: CellRef; severity: Severity }>>;

function targetsOf(flags: readonly Flag[]): Targets {
  const targets: Targets = new Map();
  for (const f of flags) {
    if (f.sheet === null || f.cell === null) continue;
    const ref = parseA1(f.cell);
    if (!ref) continue;
    const key = f.cell.replace(/\$/g, "").toUpperCase();
    const cells = targets.get(f.sheet) ?? new Map<string, { ref: CellRef; severity: Severity }>();
    const had = cells.get(key);
    if (!had || RANK[f.severity] > RANK[had.severity])
      cells.set(key, { ref, severity: f.severity });
    targets.set(f.sheet, cells);
  }
  return targets;
}

/** Turns events off around our writes where Excel allows it (ExcelApi 1.8). */
function setEvents(context: Excel.RequestContext, on: boolean): void {
  if (isExcelApiSupported(FEATURE_VERSIONS.eventSuppression)) context.runtime.enableEvents = on;
}

/** Queues putting back the original fills of `cells` on one sheet. */
function queueRestore(ws: Excel.Worksheet, cells: Map<string, OriginalFill | null>): void {
  const filled = new Map<string, OriginalFill>();
  const empty: string[] = [];
  for (const [addr, f] of cells) {
    if (f === null) empty.push(addr);
    else filled.set(addr, f);
  }
  for (const b of cellBlocks(layerCells(filled))) {
    const props = blockAddresses(b).map((addr) => {
      const f = filled.get(addr);
      return [f ? settableFill(f) : {}];
    });
    ws.getRangeByIndexes(b.top, b.col, b.rows, 1).setCellProperties(props);
  }
  for (let i = 0; i < empty.length; i += AREAS_PER_CALL) {
    ws.getRanges(empty.slice(i, i + AREAS_PER_CALL).join(",")).format.fill.clear();
  }
}

/** Queues the restore of every layer entry on sheets that still exist. */
function queueRestoreAll(context: Excel.RequestContext, layer: Layer, existing: Set<string>): void {
  for (const [sheet, cells] of layer) {
    if (cells.size === 0 || !existing.has(sheet)) continue;
    queueRestore(context.workbook.worksheets.getItem(sheet), cells);
  }
}

interface SheetRead {
  sheet: string;
  ws: Excel.Worksheet;
  blocks: { block: Block; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[];
}

/**
 * Paints every flagged cell with its severity's fill, replacing an earlier layer.
 * Cells flagged twice get the strongest severity. Flags without a cell are skipped.
 *
 * @example
 *   await highlight([{ code: "MISSING_EVIDENCE", severity: "error", sheet: "มาตรการ", cell: "F12", row: 12, params: {} }]);
 */
export function highlight(flags: readonly Flag[], config: RunConfig = {}): Promise<void> {
  if (!isExcelApiSupported(FEATURE_VERSIONS.cellProperties)) {
    // The pane checks capabilities().highlights first; this guards against a call anyway.
    return Promise.reject(
      new ExcelHostError("NO_HIGHLIGHTS_BEFORE_1_9", "highlights need ExcelApi 1.9", null),
    );
  }
  const targets = targetsOf(flags);
  return asOwnWrite(() =>
    runExcel(async (context) => {
      const names = context.workbook.worksheets.load("items/name");
      const stored = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_KEY).load("value");
      const reads: SheetRead[] = [...targets].map(([sheet, cells]) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const blocks = cellBlocks([...cells.values()].map((c) => c.ref)).map((block) => ({
          block,
          props: ws.getRangeByIndexes(block.top, block.col, block.rows, 1).getCellProperties({
            format: { fill: { color: true, pattern: true, patternColor: true } },
          }),
        }));
        return { sheet, ws, blocks };
      });
      await context.sync();

      const existing = new Set(names.items.map((s) => s.name));
      const old: Layer = stored.isNullObject
        ? new Map<string, Map<string, OriginalFill | null>>()
        : decodeLayer(stored.value);
      const layer: Layer = new Map();
      for (const read of reads) {
        const cells = targets.get(read.sheet);
        const before = old.get(read.sheet);
        const kept = new Map<string, OriginalFill | null>();
        for (const { block, props } of read.blocks) {
          blockAddresses(block).forEach((addr, i) => {
            if (!cells?.has(addr)) return;
            // A cell painted by the previous layer still has that layer's original.
            kept.set(
              addr,
              before?.has(addr) ? (before.get(addr) ?? null) : fillFromProps(props.value[i]?.[0]),
            );
          });
        }
        layer.set(read.sheet, kept);
      }
      const stale: Layer = new Map();
      for (const [sheet, cells] of old) {
        const now = layer.get(sheet);
        stale.set(sheet, new Map([...cells].filter(([addr]) => !now?.has(addr))));
      }

      setEvents(context, false);
      queueRestoreAll(context, stale, existing);
      for (const read of reads) queuePaint(read, targets.get(read.sheet));
      if (layer.size > 0) context.workbook.settings.add(HIGHLIGHT_KEY, encodeLayer(layer));
      else if (!stored.isNullObject) stored.delete();
      setEvents(context, true);
      await context.sync();
    }, config),
  );
}

function queuePaint(
  read: SheetRead,
  cells: Targets extends Map<string, infer V> ? V | undefined : never,
): void {
  for (const { block } of read.blocks) {
    const props = blockAddresses(block).map((addr) => {
      const t = cells?.get(addr);
      return [
        t
          ? { format: { fill: { color: SEVERITY_FILLS[t.severity], pattern: "Solid" as const } } }
          : {},
      ];
    });
    read.ws.getRangeByIndexes(block.top, block.col, block.rows, 1).setCellProperties(props);
  }
}

/**
 * Puts back every fill the last highlight() replaced, then forgets the layer.
 * Cells on sheets deleted since are skipped. Nothing to do costs one sync.
 */
export function clearHighlights(config: RunConfig = {}): Promise<void> {
  return asOwnWrite(() =>
    runExcel(async (context) => {
      const names = context.workbook.worksheets.load("items/name");
      const stored = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_KEY).load("value");
      await context.sync();
      if (stored.isNullObject) return;
      const existing = new Set(names.items.map((s) => s.name));
      setEvents(context, false);
      queueRestoreAll(context, decodeLayer(stored.value), existing);
      stored.delete();
      setEvents(context, true);
      await context.sync();
    }, config),
  );
}
