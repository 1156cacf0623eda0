/**
 * The strict core of the fake: a request context that queues loads, writes and
 * calls, applies them only at `sync()`, counts syncs and payload bytes, and
 * proxies whose properties throw until they were loaded and synced.
 */
import type { FakeWorkbookModel } from "./model";

/** Shaped like OfficeExtension.Error (name "RichApi.Error", code, debugInfo). */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** Thrown when a proxy property is read before load + sync (Office throws PropertyNotLoaded). */
export function notLoaded(path: string, prop: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${path}.${prop}`,
  );
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  ops: number;
}

/** What the context needs from the fake around it. */
export interface FakeHost {
  readonly model: FakeWorkbookModel;
  readonly payloadLimitBytes: number;
  supports(version: string): boolean;
  recordSync(rec: SyncRecord): void;
  /** Called at the start of a sync; may throw (busy in cell edit). */
  beforeSync(ctx: FakeRequestContext): void;
  /** Value changes applied in a sync, for change events. */
  emitChanges(changes: { sheetId: string; address: string }[], byAddin: boolean): void;
}

type Op =
  | { kind: "load"; target: FakeClientObject; props: string[] }
  | { kind: "set"; target: FakeClientObject; prop: string; value: unknown }
  | {
      kind: "call";
      target: FakeClientObject;
      name: string;
      args: unknown[];
      apply: (resolved: unknown) => unknown;
      result?: FakeClientResult<unknown>;
    };

/** UTF-8 length of a JSON text: what a payload would weigh on the wire. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

export class FakeClientResult<T> {
  private state: { ready: false } | { ready: true; value: T } = { ready: false };
  constructor(private readonly path: string) {}
  get value(): T {
    if (!this.state.ready) throw notLoaded(this.path, "value");
    return this.state.value;
  }
  settle(value: T): void {
    this.state = { ready: true, value };
  }
}

export class FakeRequestContext {
  private queue: Op[] = [];
  private fresh: FakeClientObject[] = [];
  /** True while an Excel.run batch that owns this context is running. */
  active = false;
  syncCount = 0;
  /** Whether events are on, as the batch runs (context.runtime.enableEvents). */
  constructor(readonly host: FakeHost) {}

  /** Operations queued and not yet synced. */
  get pending(): number {
    return this.queue.length;
  }

  track(obj: FakeClientObject): void {
    this.fresh.push(obj);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Applies every queued operation in order; loads see earlier writes of the batch. */
  async sync(): Promise<void> {
    if (!this.active) {
      throw new FakeOfficeError("InvalidOperation", "sync() outside its Excel.run batch");
    }
    const ops = this.queue;
    const fresh = this.fresh;
    this.queue = [];
    this.fresh = [];
    this.syncCount += 1;
    await Promise.resolve();
    this.host.beforeSync(this);
    const request = ops.map((op) => describe(op));
    const requestBytes = jsonBytes(request);
    if (requestBytes > this.host.payloadLimitBytes) {
      this.host.recordSync({ requestBytes, responseBytes: 0, ops: ops.length });
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "request too large");
    }
    const response: unknown[] = [];
    const changes: { sheetId: string; address: string }[] = [];
    let eventsOnAtChange = true;
    const settles: (() => void)[] = [];
    for (const op of ops) {
      const resolved = op.target.resolveOrThrow();
      if (op.kind === "load") {
        const values = new Map<string, unknown>();
        for (const p of op.props)
          values.set(p, resolved === null ? null : op.target.readProp(resolved, p));
        response.push(Object.fromEntries(values));
        settles.push(() => op.target.settleLoad(values));
      } else if (op.kind === "set") {
        if (resolved === null) throw nullTarget(op.target);
        const change = op.target.writeProp(resolved, op.prop, op.value);
        if (change) {
          changes.push(change);
          eventsOnAtChange = this.host.model.enableEvents;
        }
      } else {
        if (resolved === null) throw nullTarget(op.target);
        const out = op.apply(resolved);
        if (op.result) {
          response.push(out);
          const result = op.result;
          settles.push(() => result.settle(out));
        }
        if (isChange(out)) {
          changes.push(out.change);
          eventsOnAtChange = this.host.model.enableEvents;
        }
      }
    }
    const responseBytes = jsonBytes(response);
    this.host.recordSync({ requestBytes, responseBytes, ops: ops.length });
    if (responseBytes > this.host.payloadLimitBytes) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "response too large");
    }
    for (const s of settles) s();
    for (const obj of fresh) obj.settleNullness();
    if (changes.length > 0 && eventsOnAtChange) this.host.emitChanges(changes, true);
  }
}

function isChange(x: unknown): x is { change: { sheetId: string; address: string } } {
  return typeof x === "object" && x !== null && "change" in x;
}

function nullTarget(t: FakeClientObject): FakeOfficeError {
  return new FakeOfficeError("InvalidOperation", `operation on a null object ${t.path}`);
}

function describe(op: Op): unknown {
  if (op.kind === "load") return { l: op.target.path, p: op.props };
  if (op.kind === "set") return { s: op.target.path, p: op.prop, v: op.value };
  return {
    c: op.target.path,
    m: op.name,
    a: op.args.map((a) => (a instanceof FakeClientObject ? a.path : a)),
  };
}

/**
 * Base of every proxy. Subclasses say what they resolve to, which properties they
 * have (and from which ExcelApi version), and how to read and write them.
 */
export abstract class FakeClientObject {
  private loaded = new Map<string, unknown>();
  private nullness: boolean | undefined;
  private resolvedNull = false;

  constructor(
    readonly context: FakeRequestContext,
    readonly path: string,
    /** True for the …OrNullObject variants: missing targets are null, not errors. */
    readonly orNull = false,
  ) {
    context.track(this);
  }

  /** Property name -> ExcelApi version that introduced it. */
  protected abstract readonly props: Record<string, string>;
  /** The model object this proxy stands for, or null when missing. Called only in sync. */
  abstract resolve(): unknown;
  abstract readProp(resolved: unknown, prop: string): unknown;
  writeProp(
    _resolved: unknown,
    prop: string,
    _value: unknown,
  ): { sheetId: string; address: string } | void {
    throw new FakeOfficeError("InvalidArgument", `fake: ${prop} is read-only on ${this.path}`);
  }

  /** Loads the given properties: "a,b", ["a","b"], or nothing for every property. */
  load(spec?: string | string[] | { select?: string }): this {
    const props = this.parseLoad(spec);
    this.context.enqueue({ kind: "load", target: this, props });
    return this;
  }

  protected parseLoad(spec?: string | string[] | { select?: string }): string[] {
    const raw =
      spec === undefined
        ? Object.keys(this.props)
        : typeof spec === "string"
          ? spec.split(",")
          : Array.isArray(spec)
            ? spec
            : (spec.select ?? "").split(",");
    const props = raw.map((p) => p.trim()).filter((p) => p !== "");
    for (const p of props) this.requireProp(p);
    return props;
  }

  protected requireProp(prop: string): void {
    const v = this.props[prop];
    if (v === undefined)
      throw new FakeOfficeError("PropertyNotFound", `fake: ${this.path} has no property ${prop}`);
    this.need(v, prop);
  }

  /** Throws ApiNotFound when the configured host is older than `version`. */
  need(version: string, what: string): void {
    if (!this.context.host.supports(version)) {
      throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
    }
  }

  get isNullObject(): boolean {
    if (this.nullness === undefined) throw notLoaded(this.path, "isNullObject");
    return this.nullness;
  }

  /** A loaded, synced property; throws PropertyNotLoaded otherwise. */
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(this.path, prop);
    if (this.resolvedNull)
      throw new FakeOfficeError("InvalidOperation", `${this.path} is a null object`);
    return this.loaded.get(prop) as T;
  }

  /** Queues a property write, applied at sync. */
  protected put(prop: string, value: unknown): void {
    this.requireProp(prop);
    this.context.enqueue({ kind: "set", target: this, prop, value: structuredClone(value) });
  }

  /** Queues a method call, applied at sync; `apply` gets the resolved model object. */
  protected call(name: string, args: unknown[], apply: (resolved: never) => unknown): void {
    this.context.enqueue({
      kind: "call",
      target: this,
      name,
      args,
      apply: apply as (r: unknown) => unknown,
    });
  }

  /** Queues a method whose result is read after sync (ClientResult). */
  protected callForResult<T>(
    name: string,
    args: unknown[],
    apply: (resolved: never) => T,
  ): FakeClientResult<T> {
    const result = new FakeClientResult<T>(`${this.path}.${name}()`);
    this.context.enqueue({
      kind: "call",
      target: this,
      name,
      args,
      apply: apply as (r: unknown) => unknown,
      result: result,
    });
    return result;
  }

  /** Queues a call with no model target (event registration). */
  queueRaw(name: string, fn: () => void): void {
    this.context.enqueue({ kind: "call", target: this, name, args: [], apply: () => fn() });
  }

  resolveOrThrow(): unknown {
    const r = this.resolve();
    if (r === null || r === undefined) {
      if (!this.orNull) throw new FakeOfficeError("ItemNotFound", `${this.path} does not exist`);
      return null;
    }
    return r;
  }

  settleLoad(values: Map<string, unknown>): void {
    for (const [k, v] of values) this.loaded.set(k, v);
  }

  settleNullness(): void {
    const r = this.resolve();
    this.resolvedNull = r === null || r === undefined;
    this.nullness = this.orNull ? this.resolvedNull : false;
  }

  /** For fake internals: cached loaded value, if any. */
  loadedValue(prop: string): unknown {
    return this.loaded.get(prop);
  }
}
