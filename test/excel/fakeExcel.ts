/**
 * A strict fake of the Excel JavaScript API for tests: an in-memory workbook behind
 * proxies that behave like Office.js where it matters to us.
 *
 * - Reading a proxy property before `load` + `context.sync()` throws PropertyNotLoaded.
 * - Writes and calls are queued and applied at `sync()`, in order.
 * - Every sync is counted with its request and response size (JSON, UTF-8 bytes);
 *   a payload over the limit (5 MB by default) fails like Excel on the web.
 * - An API level is configured (`apiLevel: "1.9"`); members of later sets throw ApiNotFound
 *   and `Office.context.requirements.isSetSupported` answers accordingly.
 * - The first `busyRuns` batches fail with InvalidOperationInCellEditMode, unless run
 *   with `delayForCellEdit` on a host that has it (ExcelApi 1.11).
 * - `Office.context.document.getFileAsync` serves the slices given as `file` (PDF export).
 *
 * Usage: `const fake = new FakeExcel({ apiLevel: "1.9" }).install();` … `fake.uninstall()`.
 * Seed with `fake.addSheet("ชีต1").setValues("A1", rows)`; inspect with `fake.sheet("ชีต1").cell("C5")`.
 */
import { parseA1 } from "../../src/core/grid/address";
import { FakeOfficeError, FakeRequestContext, FakeClientObject } from "./fake/context";
import type { FakeHost, SyncRecord } from "./fake/context";
import { FakeDocument } from "./fake/document";
import type { FakeFileOptions } from "./fake/document";
import { FakeWorkbookModel, qualifiedAddress } from "./fake/model";
import type { FakeSheet, FakeValue } from "./fake/model";
import { logOf, markSyncStart } from "./fake/ranges";
import type { LogEntry } from "./fake/ranges";
import { FakeRuntime, FakeWorkbook } from "./fake/sheets";
import type { ChangeHandler, EventRegistry } from "./fake/sheets";

export { FakeOfficeError } from "./fake/context";
export { FakeDocument } from "./fake/document";
export type { FakeFileOptions } from "./fake/document";
export type { SyncRecord } from "./fake/context";
export type { FakeCell, FakeFill, FakeSheet, FakeValue } from "./fake/model";
export type { LogEntry } from "./fake/ranges";

export interface FakeExcelOptions {
  /** Highest ExcelApi version the host supports ("1.7", "1.9", "1.14" …). Default "1.20". */
  apiLevel?: string;
  /** Other requirement sets by name, e.g. { PdfFile: "1.1" }. */
  otherSets?: Record<string, string>;
  /** How many Excel.run batches fail because the user is editing a cell. */
  busyRuns?: number;
  /** Request/response limit in bytes (Excel on the web: 5 MB). */
  payloadLimitBytes?: number;
  /** What Office.context.document.getFileAsync returns (PDF export). */
  file?: FakeFileOptions;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  /** One record per sync, in order. */
  records: SyncRecord[];
  /** Runs that failed because of cell-edit mode. */
  busyFailures: number;
  /** Runs that waited for cell edit to end (delayForCellEdit). */
  delayedRuns: number;
}

/** "1.10" > "1.9": compares dotted versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class FakeFullContext extends FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  constructor(host: FakeHost, events: EventRegistry) {
    super(host);
    this.workbook = new FakeWorkbook(this, events);
    this.runtime = new FakeRuntime(this);
  }
}

export class FakeExcel implements FakeHost {
  readonly model = new FakeWorkbookModel();
  readonly apiLevel: string;
  readonly payloadLimitBytes: number;
  /** Office.context.document (getFileAsync for PDF export). */
  readonly document: FakeDocument;
  stats: FakeStats = { runs: 0, syncs: 0, records: [], busyFailures: 0, delayedRuns: 0 };
  /** Errors thrown by change-event handlers (a test should expect none). */
  readonly handlerErrors: unknown[] = [];
  private readonly otherSets: Record<string, string>;
  private busyRemaining: number;
  private readonly busyContexts = new WeakSet<FakeRequestContext>();
  private readonly handlers = new Map<string, Set<ChangeHandler>>();
  private pendingHandlers: Promise<unknown>[] = [];
  private saved: { Excel: unknown; Office: unknown } | null = null;
  private readonly events: EventRegistry = {
    add: (scope, h) => {
      let set = this.handlers.get(scope);
      if (!set) this.handlers.set(scope, (set = new Set()));
      set.add(h);
    },
    remove: (scope, h) => {
      this.handlers.get(scope)?.delete(h);
    },
  };

  constructor(options: FakeExcelOptions = {}) {
    this.apiLevel = options.apiLevel ?? "1.20";
    this.otherSets = options.otherSets ?? {};
    this.busyRemaining = options.busyRuns ?? 0;
    this.payloadLimitBytes = options.payloadLimitBytes ?? 5_000_000;
    this.document = new FakeDocument(options.file);
  }

  // ---- seeding and inspection -------------------------------------------------------

  addSheet(name: string, rows?: readonly (readonly (FakeValue | null)[])[]): FakeSheet {
    const s = this.model.addSheet(name);
    if (rows) s.setValues("A1", rows);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.model.sheet(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  /** Activate/select calls in order, with the sync number each ran in. */
  get log(): LogEntry[] {
    return logOf(this);
  }

  resetStats(): void {
    this.stats = { runs: 0, syncs: 0, records: [], busyFailures: 0, delayedRuns: 0 };
  }

  /** Number of registered change handlers (all scopes). */
  handlerCount(): number {
    let n = 0;
    for (const s of this.handlers.values()) n += s.size;
    return n;
  }

  // ---- FakeHost ---------------------------------------------------------------------

  supports(version: string): boolean {
    return compareVersions(version, this.apiLevel) <= 0;
  }

  recordSync(rec: SyncRecord): void {
    this.stats.syncs += 1;
    this.stats.records.push(rec);
  }

  beforeSync(ctx: FakeRequestContext): void {
    markSyncStart(ctx);
    if (this.busyContexts.has(ctx)) {
      this.busyContexts.delete(ctx);
      this.stats.syncs += 1;
      this.stats.records.push({ requestBytes: 0, responseBytes: 0, ops: 0 });
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
  }

  emitChanges(changes: { sheetId: string; address: string }[], byAddin: boolean): void {
    for (const c of changes) {
      const args: Record<string, unknown> = {
        type: "WorksheetChanged",
        worksheetId: c.sheetId,
        address: c.address.slice(c.address.lastIndexOf("!") + 1),
        changeType: "RangeEdited",
        source: "Local",
      };
      if (this.supports("1.14")) args.triggerSource = byAddin ? "ThisLocalAddin" : "Unknown";
      const targets = [
        ...(this.handlers.get("worksheets") ?? []),
        ...(this.handlers.get(`sheet:${c.sheetId}`) ?? []),
      ];
      for (const h of targets) {
        this.pendingHandlers.push(
          Promise.resolve()
            .then(() => h(args))
            .catch((e: unknown) => {
              this.handlerErrors.push(e);
            }),
        );
      }
    }
  }

  /** Waits for every change handler fired so far. */
  async flushEvents(): Promise<void> {
    while (this.pendingHandlers.length > 0) {
      const batch = this.pendingHandlers;
      this.pendingHandlers = [];
      await Promise.all(batch);
    }
  }

  /** Simulates the user typing a value into a cell (fires change events like Excel). */
  userEdit(sheetName: string, address: string, value: FakeValue): void {
    const s = this.sheet(sheetName);
    const ref = parseA1(address);
    if (!ref) throw new Error(`fake: bad address ${address}`);
    s.touch(ref.row, ref.col).value = value;
    if (this.model.enableEvents) {
      const rect = { top: ref.row, left: ref.col, bottom: ref.row, right: ref.col };
      this.emitChanges([{ sheetId: s.id, address: qualifiedAddress(s.name, rect) }], false);
    }
  }

  // ---- Excel.run and globals --------------------------------------------------------

  /** Excel.run(batch) | run(options, batch) | run(context | object | objects, batch). */
  async run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (ctx: FakeFullContext) => Promise<T>;
    const first = args.length > 1 ? args[0] : undefined;
    let ctx: FakeFullContext;
    let delay = false;
    if (first instanceof FakeFullContext) ctx = first;
    else if (first instanceof FakeClientObject) ctx = first.context as FakeFullContext;
    else if (Array.isArray(first) && first[0] instanceof FakeClientObject)
      ctx = first[0].context as FakeFullContext;
    else {
      ctx = new FakeFullContext(this, this.events);
      delay = Boolean((first as { delayForCellEdit?: boolean } | undefined)?.delayForCellEdit);
    }
    if (delay && !this.supports("1.11")) {
      throw new FakeOfficeError("ApiNotFound", "delayForCellEdit needs ExcelApi 1.11");
    }
    this.stats.runs += 1;
    if (this.busyRemaining > 0) {
      this.busyRemaining -= 1;
      if (delay) this.stats.delayedRuns += 1;
      else {
        this.stats.busyFailures += 1;
        this.busyContexts.add(ctx);
      }
    }
    const wasActive = ctx.active;
    ctx.active = true;
    try {
      const result = await batch(ctx);
      // Like Excel.run: whatever is still queued is synced when the batch returns.
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx.active = wasActive;
    }
  }

  /** Installs globals `Excel` and `Office` backed by this fake. */
  install(): this {
    const g = globalThis as Record<string, unknown>;
    this.saved = { Excel: g.Excel, Office: g.Office };
    g.Excel = { run: (...a: unknown[]) => this.run(...a) };
    g.Office = {
      FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: this.document,
        requirements: {
          isSetSupported: (name: string, minVersion?: string): boolean => {
            if (name === "ExcelApi") return this.supports(minVersion ?? "1.1");
            const have = this.otherSets[name];
            return have !== undefined && compareVersions(minVersion ?? "1.1", have) <= 0;
          },
        },
      },
    };
    return this;
  }

  uninstall(): void {
    if (!this.saved) return;
    const g = globalThis as Record<string, unknown>;
    g.Excel = this.saved.Excel;
    g.Office = this.saved.Office;
    this.saved = null;
  }
}
