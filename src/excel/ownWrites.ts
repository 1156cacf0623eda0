/**
 * Remembers when the adapter itself is writing, so a change event caused by our own
 * write can be ignored where Excel cannot tell us (triggerSource is ExcelApi 1.14).
 * Kept in memory only: handlers do not survive a reload either.
 */

/** Events can arrive a little after the write's sync resolves. */
export const OWN_WRITE_GRACE_MS = 1500;

interface Window {
  start: number;
  end: number | null;
}

const windows: Window[] = [];

/** Runs `write` inside an own-write window. */
export async function asOwnWrite<T>(write: () => Promise<T>): Promise<T> {
  const w: Window = { start: Date.now(), end: null };
  windows.push(w);
  try {
    return await write();
  } finally {
    w.end = Date.now();
    prune(w.end);
  }
}

/** True while one of our writes runs or ended less than the grace period ago. */
export function isOwnWriteTime(now: number = Date.now()): boolean {
  return windows.some(
    (w) => now >= w.start && (w.end === null || now <= w.end + OWN_WRITE_GRACE_MS),
  );
}

function prune(now: number): void {
  for (let i = windows.length - 1; i >= 0; i--) {
    const w = windows[i];
    if (w && w.end !== null && now > w.end + OWN_WRITE_GRACE_MS * 10) windows.splice(i, 1);
  }
}
