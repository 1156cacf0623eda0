/**
 * Page setup of the report sheet (ExcelApi 1.9): A4, orientation, margins, fit to one page
 * wide, the header row repeated on every page, print area, footer, centring and the
 * manual page breaks the layout computed.
 */
import { a1 } from "../../core/grid/address";
import type { PageSetup } from "../../core/report/model";
import { inchesToPoints } from "./units";

/** Rough request weight of the page setup writes, for the sync budget. */
export function pageSetupBytes(page: PageSetup, breaks: readonly number[]): number {
  return 4000 + page.footerCenter.length * 3 + page.printArea.length + breaks.length * 250;
}

/**
 * Queues the page setup writes and the page breaks. Old manual breaks go first: the sheet
 * is rebuilt in place and clear() does not remove them.
 * Returns the page layout proxy so the caller can read `zoom` back after the sync: Excel has
 * been seen to ignore fit-to-pages (office-js#1860).
 */
export function queuePageSetup(
  ws: Excel.Worksheet,
  page: PageSetup,
  breaks: readonly number[],
): Excel.PageLayout {
  const layout = ws.pageLayout;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.topMargin = inchesToPoints(page.margins.top);
  layout.bottomMargin = inchesToPoints(page.margins.bottom);
  layout.leftMargin = inchesToPoints(page.margins.left);
  layout.rightMargin = inchesToPoints(page.margins.right);
  layout.headerMargin = inchesToPoints(page.margins.header);
  layout.footerMargin = inchesToPoints(page.margins.footer);
  // Must be assigned as a whole object (Office.js does not track nested writes).
  layout.zoom = {
    horizontalFitToPages: page.fitToWidth,
    verticalFitToPages: page.fitToHeight,
  };
  layout.centerHorizontally = page.horizontalCentered;
  if (page.printTitleRows) {
    const { first, last } = page.printTitleRows;
    layout.setPrintTitleRows(`$${first}:$${last}`);
  }
  layout.setPrintArea(page.printArea);
  layout.headersFooters.defaultForAllPages.centerFooter = page.footerCenter;
  ws.horizontalPageBreaks.removePageBreaks();
  // add() puts the break above the top-left cell of the range: the row that starts a page.
  for (const row of breaks) ws.horizontalPageBreaks.add(a1(row, 0));
  return layout;
}
