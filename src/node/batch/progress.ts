/**
 * Progress on stderr. On a terminal: one bar rewritten in place with "\r"
 * (`[#####-----] 120/200 files · 3 errors · 8.4 files/s`). Elsewhere (a log, CI): a plain
 * line every 10%, or every file when there are fewer than 20, so logs stay short.
 */

export interface ProgressSink {
  write: (s: string) => void;
  isTTY: boolean;
}

const BAR_WIDTH = 20;
/** Redraw the bar at most this often; thousands of files finish within a second when cached. */
const REDRAW_MS = 100;

export class Progress {
  private done = 0;
  private errors = 0;
  private lastDraw = -Infinity;
  private lastStep = 0;
  private drawn = false;

  /**
   * @param total files in the batch
   * @param now milliseconds clock (injected so tests control time)
   */
  constructor(
    private readonly total: number,
    private readonly sink: ProgressSink,
    private readonly now: () => number,
    private readonly started = now(),
  ) {}

  /** One more file finished; `failed` when it could not be read. */
  tick(failed: boolean): void {
    this.done++;
    if (failed) this.errors++;
    if (this.sink.isTTY) this.drawBar();
    else this.maybeLine();
  }

  /** Ends the bar's line so the next message starts on a fresh one. */
  finish(): void {
    if (this.sink.isTTY && this.drawn) {
      this.lastDraw = -Infinity;
      this.drawBar();
      this.sink.write("\n");
    }
  }

  private status(): string {
    const secs = Math.max((this.now() - this.started) / 1000, 1e-3);
    const rate = (this.done / secs).toFixed(1);
    return `${this.done}/${this.total} files · ${this.errors} errors · ${rate} files/s`;
  }

  private drawBar(): void {
    const t = this.now();
    if (t - this.lastDraw < REDRAW_MS && this.done < this.total) return;
    this.lastDraw = t;
    const filled = this.total === 0 ? BAR_WIDTH : Math.round((this.done / this.total) * BAR_WIDTH);
    const bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
    this.sink.write(`\r[${bar}] ${this.status()}\x1b[K`);
    this.drawn = true;
  }

  private maybeLine(): void {
    const every = this.total < 20 ? 1 : this.total / 10;
    const step = Math.floor(this.done / every);
    if (step > this.lastStep || this.done === this.total) {
      this.lastStep = step;
      this.sink.write(`${this.status()}\n`);
    }
  }
}
