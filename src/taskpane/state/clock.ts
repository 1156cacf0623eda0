/**
 * Today's date for the pane. The core has no clock, so "today" enters here, and tests pass
 * their own clock to get the same as-of date on every run.
 */
import type { IsoDate } from "../../core/model";

export type Clock = () => IsoDate;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The local calendar date: a Thai user at 06:00 in Bangkok means today, not yesterday in UTC. */
export const systemClock: Clock = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
