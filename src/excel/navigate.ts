/**
 * Takes the user to a cell: activate the sheet, sync, then select. Selecting on a
 * sheet that is not yet active is unreliable (office-js#5118), hence the sync between.
 */
import { runExcel } from "./run";
import type { RunConfig } from "./run";

/**
 * @example
 *   await navigateTo("มาตรการ", "E12");
 */
export function navigateTo(sheet: string, cell: string, config: RunConfig = {}): Promise<void> {
  return runExcel(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    await context.sync();
    ws.getRange(cell).select();
    await context.sync();
  }, config);
}
