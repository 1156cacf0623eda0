/** Runs of equal numbers, so a size is set once for many rows or columns. */

export interface Run {
  /** Index of the first item of the run. */
  start: number;
  count: number;
  value: number;
}

/**
 * Consecutive equal values as runs.
 * @example runsOf([26.5, 26.5, 8, 26.5]) // [{start:0,count:2,value:26.5}, {start:2,…}, {start:3,…}]
 */
export function runsOf(values: readonly number[]): Run[] {
  const runs: Run[] = [];
  values.forEach((value, i) => {
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.start + last.count === i) last.count += 1;
    else runs.push({ start: i, count: 1, value });
  });
  return runs;
}
