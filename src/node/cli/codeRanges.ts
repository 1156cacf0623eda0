/**
 * Item codes as short ranges, so a list of 43 codes reads as one line and a gap shows.
 * @example codeRanges([1, 2, 3, 5, 6, 9]) // "O1–O3, O5–O6, O9"
 */
export function codeRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  const close = () => {
    if (start === undefined || prev === undefined) return;
    parts.push(start === prev ? `O${start}` : `O${start}–O${prev}`);
  };
  for (const n of sorted) {
    if (prev !== undefined && n === prev + 1) {
      prev = n;
      continue;
    }
    close();
    start = n;
    prev = n;
  }
  close();
  return parts.join(", ");
}
