/**
 * The one door to Excel.run: every batch of the adapter goes through here.
 * It retries while the user is editing a cell and maps Office errors to typed ones.
 */
import { isCellEditError, toHostError } from "./errors";
import { isExcelApiSupported } from "./requirements";

export interface RunConfig {
  /**
   * Pauses before each retry while Excel is in cell-edit mode; its length is the number
   * of retries. Default: 250, 500, 1000 ms (three retries).
   */
  retryDelaysMs?: readonly number[];
}

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [250, 500, 1000];

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function startBatch<T>(batch: Batch<T>, reuse?: OfficeExtension.ClientRequestContext): Promise<T> {
  if (reuse) return Excel.run(reuse, batch);
  // ExcelApi 1.11: Excel holds the batch until the user leaves the cell instead of failing it.
  if (isExcelApiSupported("1.11")) return Excel.run({ delayForCellEdit: true }, batch);
  return Excel.run(batch);
}

/**
 * Runs one Excel batch. Retries on InvalidOperationInCellEditMode (3 times by default,
 * with back-off), then throws ExcelBusyError; other Office errors become ExcelHostError.
 * `reuse` runs on an existing context (needed to remove an event handler).
 *
 * @example
 *   const names = await runExcel(async (ctx) => { … await ctx.sync(); return …; });
 */
export async function runExcel<T>(
  batch: Batch<T>,
  config: RunConfig = {},
  reuse?: OfficeExtension.ClientRequestContext,
): Promise<T> {
  const delays = config.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await startBatch(batch, reuse);
    } catch (e) {
      const delay = delays[attempt];
      if (isCellEditError(e) && delay !== undefined) {
        await sleep(delay);
        continue;
      }
      throw toHostError(e, attempt + 1);
    }
  }
}
