/**
 * What the grid view shows, outside React so the host (called by the pane) can change it:
 * the chosen sheet, the flagged cells and the cell the pane navigated to.
 */
import type { Flag, Severity } from "../core/flags/flag";

export interface GridViewState {
  sheet: string | null;
  /** Most severe flag per "Sheet!A1". */
  tints: ReadonlyMap<string, Severity>;
  /** The navigated cell; `seq` changes on every navigation so the same cell scrolls again. */
  current: { sheet: string; cell: string; seq: number } | null;
}

export interface ViewStore {
  get: () => GridViewState;
  subscribe: (listener: () => void) => () => void;
  showSheet: (sheet: string) => void;
  navigate: (sheet: string, cell: string) => void;
  tint: (flags: readonly Flag[]) => void;
  clearTints: () => void;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** "มาตรการ!E9": the key of a cell in `tints`. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

function tintsOf(flags: readonly Flag[]): Map<string, Severity> {
  const tints = new Map<string, Severity>();
  for (const f of flags) {
    if (f.sheet === null || f.cell === null) continue;
    const key = cellKey(f.sheet, f.cell);
    const had = tints.get(key);
    if (had === undefined || RANK[f.severity] < RANK[had]) tints.set(key, f.severity);
  }
  return tints;
}

export function createViewStore(firstSheet: string | null): ViewStore {
  let state: GridViewState = { sheet: firstSheet, tints: new Map(), current: null };
  const listeners = new Set<() => void>();
  const set = (next: GridViewState) => {
    state = next;
    for (const l of listeners) l();
  };
  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    showSheet: (sheet) => set({ ...state, sheet }),
    navigate: (sheet, cell) =>
      set({ ...state, sheet, current: { sheet, cell, seq: (state.current?.seq ?? 0) + 1 } }),
    tint: (flags) => set({ ...state, tints: tintsOf(flags) }),
    clearTints: () => set({ ...state, tints: new Map() }),
  };
}
