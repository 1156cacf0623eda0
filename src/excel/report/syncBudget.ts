/**
 * Packs queued writes into as few syncs as the request limit allows. Excel on the web
 * refuses requests over 5 MB; each write says what it weighs (an estimate, on the heavy
 * side) and a sync is sent before the queue would pass the budget.
 */

/** Default request budget per sync: 4 MB leaves room under Excel on the web's 5 MB limit. */
export const DEFAULT_REQUEST_BUDGET_BYTES = 4_000_000;

/**
 * Weight of one queued operation besides its payload: the object path Office.js sends
 * (sheet, range address, property) and the JSON around it.
 */
export const OP_OVERHEAD_BYTES = 200;

export class SyncBudget {
  private queued = 0;
  /** Syncs this budget sent. */
  syncs = 0;

  constructor(
    private readonly context: { sync(): Promise<void> },
    readonly limitBytes: number,
  ) {}

  /** Bytes queued since the last sync. */
  get pendingBytes(): number {
    return this.queued;
  }

  /**
   * Runs `queue` (which queues writes worth `bytes`), syncing first when they would not fit.
   * Returns what `queue` returns (e.g. a proxy to read after the last sync).
   */
  async add<T>(bytes: number, queue: () => T): Promise<T> {
    if (this.queued > 0 && this.queued + bytes > this.limitBytes) await this.flush();
    const out = queue();
    this.queued += bytes;
    return out;
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs += 1;
    this.queued = 0;
  }
}
