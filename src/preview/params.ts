/**
 * What the page's query string may fix: `?asOf=2026-11-22` fixes "today" so tests and
 * screenshots are the same on every run; `?sample=0` starts without the sample workbook.
 */
import type { IsoDate } from "../core/model";

export interface PreviewParams {
  /** A fixed as-of date, or null for the system clock. */
  asOf: IsoDate | null;
  /** Open the bundled sample workbook when the page loads. */
  sample: boolean;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * @example
 * readParams("?asOf=2026-11-22&sample=0") // { asOf: "2026-11-22", sample: false }
 */
export function readParams(search: string): PreviewParams {
  const q = new URLSearchParams(search);
  const asOf = q.get("asOf");
  return {
    asOf: asOf !== null && ISO_DATE.test(asOf) ? asOf : null,
    sample: q.get("sample") !== "0",
  };
}
