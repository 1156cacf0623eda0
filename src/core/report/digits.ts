/**
 * Digits as the report writes them. Thai digits come from the shared Thai module.
 */
import { toThaiDigits } from "../thai/digits";

export { toThaiDigits };

/**
 * Thai digits when asked, otherwise the text as given.
 * @example reportDigits("ต.ค. 65", true) // "ต.ค. ๖๕"
 */
export function reportDigits(s: string, thai: boolean): string {
  return thai ? toThaiDigits(s) : s;
}
