/**
 * Add-in problems (not data problems): what the host threw, reduced to a kind the pane
 * can word plainly, plus the raw details for the "details" disclosure.
 */

export type PaneErrorKind = "busy" | "payload" | "office" | "unknown";

export interface PaneError {
  kind: PaneErrorKind;
  /** Office error code or error name when known, e.g. "InvalidOperationInCellEditMode". */
  code: string | null;
  /** Which pane action failed, e.g. "check", "saveSettings". */
  action: string;
  /** Raw text for the details disclosure; never shown as the main message. */
  details: string;
}

const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

function field(e: unknown, name: string): string | null {
  if (typeof e !== "object" || e === null) return null;
  const v = (e as Record<string, unknown>)[name];
  return typeof v === "string" ? v : null;
}

/** Duck-typed on name/code so the pane need not import the Excel adapter's classes. */
function kindOf(name: string | null, code: string | null): PaneErrorKind {
  if (name === "ExcelBusyError" || code === "InvalidOperationInCellEditMode") return "busy";
  if (code !== null && PAYLOAD_CODES.has(code)) return "payload";
  if (name === "ExcelHostError" || name === "RichApi.Error") return "office";
  return "unknown";
}

/**
 * @example
 * toPaneError(new ExcelBusyError(3, null), "check").kind // "busy"
 */
export function toPaneError(e: unknown, action: string): PaneError {
  const name = field(e, "name");
  const code = field(e, "code");
  const message = field(e, "message") ?? String(e);
  return {
    kind: kindOf(name, code),
    code: code ?? name,
    action,
    details: [action, name, code, message].filter((s) => s !== null && s !== "").join(" · "),
  };
}
