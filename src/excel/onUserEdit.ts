/**
 * Tells the pane when the user edits the workbook, so it can offer to re-check.
 * Changes made by this add-in are ignored: by triggerSource "ThisLocalAddin"
 * (ExcelApi 1.14), otherwise by the adapter's own write windows (see ownWrites).
 */
import { isOwnWriteTime } from "./ownWrites";
import { FEATURE_VERSIONS, isExcelApiSupported } from "./requirements";
import { runExcel } from "./run";
import type { RunConfig } from "./run";

type Remover = () => Promise<void>;

function handlerFor(
  listener: () => void,
): (args: Excel.WorksheetChangedEventArgs) => Promise<void> {
  return (args) => {
    if (args.triggerSource !== "ThisLocalAddin" && !isOwnWriteTime()) listener();
    return Promise.resolve();
  };
}

/**
 * Starts listening; resolves to the function that stops. Uses the all-sheets event
 * (ExcelApi 1.9), else one handler per existing sheet (1.7; sheets added later are
 * not watched), else nothing (the remover then does nothing).
 *
 * @example
 *   const stop = await onUserEdit(() => setStale(true));
 *   await stop();
 */
export async function onUserEdit(listener: () => void, config: RunConfig = {}): Promise<Remover> {
  const handler = handlerFor(listener);
  if (!isExcelApiSupported(FEATURE_VERSIONS.changeEventsPerSheet)) return () => Promise.resolve();
  const all = isExcelApiSupported(FEATURE_VERSIONS.changeEventsAllSheets);
  const results = await runExcel(async (context) => {
    if (all) {
      const result = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
      return [result];
    }
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const perSheet = sheets.items.map((ws) => ws.onChanged.add(handler));
    await context.sync();
    return perSheet;
  }, config);
  const first = results[0];
  if (!first) return () => Promise.resolve();
  // A handler can only be removed through the context that added it.
  return () =>
    runExcel(
      async (context) => {
        for (const r of results) r.remove();
        await context.sync();
      },
      config,
      first.context,
    );
}
