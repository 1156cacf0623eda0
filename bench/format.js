"use strict";
/** One bench line: what, measured figure, and its ratio to the target (>1 is better than target). */
function line(what, figure, ratio, target) {
  const r = ratio === null ? "" : `  ${ratio.toFixed(2)}× target (${target})`;
  return `${what.padEnd(44)} ${figure}${r}`;
}
const n = (x) => Math.round(x).toLocaleString("en-US");
module.exports = { line, n };
