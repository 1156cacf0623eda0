/**
 * A read-only view of one sheet beside the pane: sheet tabs, column letters, row numbers,
 * flagged cells tinted by severity and the navigated cell outlined. Virtualised both ways:
 * only the rows and columns in view (plus a margin) are in the DOM, at a fixed row height and
 * column width, so a 10,000-row sheet, or one with a stray value in column MZZ, scrolls as
 * freely as a small one.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { UIEvent } from "react";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { columnLetter, parseA1 } from "../core/grid/address";
import type { Grid, WorkbookSnapshot } from "../core/grid/grid";
import { colCount, textAt } from "../core/grid/grid";
import type { PreviewT } from "./i18n/t";
import type { ViewStore } from "./viewStore";
import { cellKey } from "./viewStore";

/** Fixed row height (px): row positions are arithmetic, never measured. */
export const ROW_HEIGHT = 24;
/** Rows rendered above and below the visible ones, so fast scrolling shows no blank band. */
export const ROW_MARGIN = 20;
/** Fixed column width (px). */
export const COL_WIDTH = 140;
/** Columns rendered left and right of the visible ones. */
export const COL_MARGIN = 3;
const HEADER_WIDTH = 56;

export interface GridViewProps {
  snapshot: WorkbookSnapshot;
  view: ViewStore;
  t: PreviewT;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, flexGrow: 1 },
  tabs: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: `2px ${tokens.spacingHorizontalS}`,
    font: "inherit",
    cursor: "pointer",
  },
  tabSelected: {
    background: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandBackground}`,
  },
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: "auto",
    position: "relative",
    fontSize: tokens.fontSizeBase200,
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  row: { display: "flex", position: "absolute", left: 0, height: `${ROW_HEIGHT}px` },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    display: "flex",
    height: `${ROW_HEIGHT}px`,
    background: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    boxSizing: "border-box",
    width: `${COL_WIDTH}px`,
    flexShrink: 0,
    height: `${ROW_HEIGHT}px`,
    lineHeight: `${ROW_HEIGHT - 2}px`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
  },
  rowHead: {
    width: `${HEADER_WIDTH}px`,
    position: "sticky",
    left: 0,
    zIndex: 1,
    textAlign: "right",
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  colHead: { textAlign: "center", color: tokens.colorNeutralForeground2 },
  corner: { zIndex: 3 },
  error: { background: tokens.colorPaletteRedBackground2 },
  warning: { background: tokens.colorPaletteYellowBackground2 },
  info: { background: tokens.colorPaletteBlueBackground2 },
  current: {
    outline: `2px solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: "-2px",
    fontWeight: tokens.fontWeightSemibold,
  },
});

interface Size {
  rows: number;
  cols: number;
}

/** Rows and columns from A1 to the end of the used range (and the navigated cell, if beyond). */
function sizeOf(grid: Grid, extra: { row: number; col: number } | null): Size {
  const rows = grid.origin.row + grid.values.length;
  const cols = grid.origin.col + colCount(grid);
  return {
    rows: Math.max(rows, extra ? extra.row + 1 : 0),
    cols: Math.max(cols, extra ? extra.col + 1 : 0, 1),
  };
}

/** The rows to render for a scroll position: the visible ones plus ROW_MARGIN each side. */
export function visibleRows(
  scrollTop: number,
  height: number,
  total: number,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - 1 - ROW_MARGIN);
  const last = Math.min(total - 1, Math.ceil((scrollTop + height) / ROW_HEIGHT) + ROW_MARGIN);
  return { first, last };
}

/** The columns to render for a horizontal scroll position: the visible ones plus COL_MARGIN each side. */
export function visibleCols(
  scrollLeft: number,
  width: number,
  total: number,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollLeft / COL_WIDTH) - COL_MARGIN);
  const last = Math.min(total - 1, Math.ceil((scrollLeft + width) / COL_WIDTH) + COL_MARGIN);
  return { first, last };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

export function GridView({ snapshot, view, t }: GridViewProps) {
  const styles = useStyles();
  const state = useSyncExternalStore(view.subscribe, view.get);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [scrollLeft, setScrollLeft] = useState(0);
  const [height, setHeight] = useState(600);
  const [width, setWidth] = useState(1000);
  const grid = snapshot.sheets.find((s) => s.name === state.sheet) ?? snapshot.sheets[0];
  const current = state.current && grid && state.current.sheet === grid.name ? state.current : null;
  const target = current ? parseA1(current.cell) : null;
  const size = useMemo(() => (grid ? sizeOf(grid, target) : { rows: 0, cols: 0 }), [grid, target]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      setHeight(el.clientHeight);
      setWidth(el.clientWidth);
    };
    measure();
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);

  // Another sheet starts at its top-left corner.
  useEffect(() => {
    const el = scroller.current;
    if (!el || current) return;
    el.scrollTop = 0;
    el.scrollLeft = 0;
    setScrollTop(0);
    setScrollLeft(0);
    // Only a change of sheet resets the scroll, not each navigation within it.
  }, [grid?.name]);

  // Bring the navigated cell to the middle of the view; seq makes a repeat click scroll again.
  const seq = current?.seq;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !target) return;
    const top = Math.max(0, (target.row + 1) * ROW_HEIGHT - el.clientHeight / 2);
    const left = Math.max(0, HEADER_WIDTH + target.col * COL_WIDTH - el.clientWidth / 2);
    el.scrollTop = top;
    el.scrollLeft = left;
    setScrollTop(el.scrollTop);
    setScrollLeft(el.scrollLeft);
    // target is derived from current; seq is what marks a new navigation.
  }, [seq, grid?.name]);

  if (!grid) return null;
  const { first, last } = visibleRows(scrollTop, height, size.rows);
  const shownCols = visibleCols(scrollLeft, width, size.cols);
  const cols = range(shownCols.first, shownCols.last);
  // Keeps the rendered columns at their place: the row header is sticky, then this gap.
  const gap = shownCols.first * COL_WIDTH;
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    setScrollTop(e.currentTarget.scrollTop);
    setScrollLeft(e.currentTarget.scrollLeft);
  };
  const gridLabel = t("grid.label", { sheet: grid.name });

  return (
    <div className={styles.root}>
      <div role="tablist" aria-label={t("grid.sheets")} className={styles.tabs}>
        {snapshot.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === grid.name}
            data-sheet-tab={s.name}
            className={mergeClasses(styles.tab, s.name === grid.name && styles.tabSelected)}
            onClick={() => view.showSheet(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div
        ref={scroller}
        className={styles.scroller}
        role="grid"
        aria-label={gridLabel}
        aria-readonly="true"
        aria-rowcount={size.rows + 1}
        aria-colcount={size.cols + 1}
        data-testid="grid-view"
        data-sheet={grid.name}
        tabIndex={0}
        onScroll={onScroll}
      >
        <div
          style={{
            position: "relative",
            height: `${(size.rows + 1) * ROW_HEIGHT}px`,
            width: `${HEADER_WIDTH + size.cols * COL_WIDTH}px`,
          }}
        >
          <div role="row" aria-rowindex={1} className={styles.head}>
            <span
              role="columnheader"
              className={mergeClasses(styles.cell, styles.rowHead, styles.corner)}
            />
            {gap > 0 && <span aria-hidden="true" style={{ width: gap, flexShrink: 0 }} />}
            {cols.map((c) => (
              <span
                key={c}
                role="columnheader"
                aria-colindex={c + 2}
                className={mergeClasses(styles.cell, styles.colHead)}
              >
                {columnLetter(c)}
              </span>
            ))}
          </div>
          {range(first, last).map((r) => (
            <div
              key={r}
              role="row"
              aria-rowindex={r + 2}
              className={styles.row}
              style={{ top: `${(r + 1) * ROW_HEIGHT}px` }}
            >
              <span role="rowheader" className={mergeClasses(styles.cell, styles.rowHead)}>
                {r + 1}
              </span>
              {gap > 0 && <span aria-hidden="true" style={{ width: gap, flexShrink: 0 }} />}
              {cols.map((c) => {
                const address = `${columnLetter(c)}${r + 1}`;
                const flag = state.tints.get(cellKey(grid.name, address));
                const isCurrent = current?.cell === address;
                const text = textAt(grid, r, c);
                return (
                  <span
                    key={c}
                    role="gridcell"
                    aria-colindex={c + 2}
                    aria-selected={isCurrent || undefined}
                    data-sheet={grid.name}
                    data-cell={address}
                    data-flag={flag}
                    data-current={isCurrent ? "true" : undefined}
                    title={text.length > 16 ? text : undefined}
                    className={mergeClasses(
                      styles.cell,
                      flag && styles[flag],
                      isCurrent && styles.current,
                    )}
                  >
                    {text}
                  </span>
                );
              })}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
