/**
 * Workbook-level proxies of the fake: worksheets, page layout, settings, runtime,
 * change events.
 */
import { a1 } from "../../../src/core/grid/address";
import { FakeClientObject, FakeOfficeError } from "./context";
import type { FakeRequestContext } from "./context";
import type { FakeSheet } from "./model";
import { FakeRange, FakeRangeAreas, fakeLog, rectOf } from "./ranges";
import type { RangeTarget } from "./ranges";

export type ChangeHandler = (args: Record<string, unknown>) => Promise<unknown>;

/** Event registrations live on the fake; the proxies only queue add/remove. */
export interface EventRegistry {
  add(scope: string, handler: ChangeHandler): void;
  remove(scope: string, handler: ChangeHandler): void;
}

const WORKSHEET_PROPS: Record<string, string> = {
  name: "1.1",
  id: "1.1",
  position: "1.1",
  visibility: "1.1",
  tabColor: "1.7",
  showGridlines: "1.8",
};

type SheetRef = { byName: string } | { byId: string } | { active: true };

export class FakeWorksheet extends FakeClientObject {
  protected readonly props: Record<string, string> = WORKSHEET_PROPS;
  private cachedId: string | null = null;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly ref: SheetRef,
    orNull = false,
    private readonly events?: EventRegistry,
  ) {
    super(context, path, orNull);
  }

  resolve(): FakeSheet | null {
    const m = this.context.host.model;
    if (this.cachedId) return m.sheetById(this.cachedId) ?? null;
    const s =
      "byName" in this.ref
        ? m.sheet(this.ref.byName)
        : "byId" in this.ref
          ? m.sheetById(this.ref.byId)
          : m.activeSheetId
            ? m.sheetById(m.activeSheetId)
            : undefined;
    if (s) this.cachedId = s.id;
    return s ?? null;
  }

  readProp(resolved: unknown, prop: string): unknown {
    const s = resolved as FakeSheet;
    if (prop === "position") return this.context.host.model.sheets.indexOf(s);
    return (s as unknown as Record<string, unknown>)[prop];
  }

  override writeProp(resolved: unknown, prop: string, value: unknown): void {
    const s = resolved as FakeSheet;
    if (
      prop === "name" ||
      prop === "visibility" ||
      prop === "tabColor" ||
      prop === "showGridlines"
    ) {
      (s as unknown as Record<string, unknown>)[prop] = value;
      return;
    }
    super.writeProp(resolved, prop, value);
  }

  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.put("name", v);
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.put("visibility", v);
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(v: string) {
    this.put("tabColor", v);
  }
  get showGridlines(): boolean {
    return this.get("showGridlines");
  }
  set showGridlines(v: boolean) {
    this.put("showGridlines", v);
  }

  getRange(address?: string): FakeRange {
    const spec =
      address === undefined
        ? ({ kind: "entire" } as const)
        : { kind: "rect" as const, rect: rectOf(address) };
    return new FakeRange(this.context, `${this.path}.getRange(${address ?? ""})`, this, spec);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.need("1.7", "getRangeByIndexes");
    if (rows < 1 || cols < 1) throw new FakeOfficeError("InvalidArgument", "empty range");
    const rect = { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
    return new FakeRange(
      this.context,
      `${this.path}.getRangeByIndexes(${row},${col},${rows},${cols})`,
      this,
      {
        kind: "rect",
        rect,
      },
    );
  }

  getRanges(address: string): FakeRangeAreas {
    this.need("1.9", "getRanges");
    const rects = address.split(",").map((a) => rectOf(a.trim()));
    return new FakeRangeAreas(this.context, `${this.path}.getRanges(${address})`, () => {
      const sheet = this.resolve();
      return sheet ? ({ sheet, rects } satisfies RangeTarget) : null;
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    if (valuesOnly) this.need("1.2", "getUsedRange(valuesOnly)");
    return new FakeRange(this.context, `${this.path}.getUsedRange(${valuesOnly})`, this, {
      kind: "used",
      valuesOnly,
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.need("1.4", "getUsedRangeOrNullObject");
    return new FakeRange(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      this,
      { kind: "used", valuesOnly },
      true,
    );
  }

  activate(): void {
    this.call("activate", [], (s: FakeSheet) => {
      this.context.host.model.activeSheetId = s.id;
      fakeLog(this.context).push({
        action: "activate",
        sheet: s.name,
        sync: this.context.syncCount,
      });
    });
  }

  delete(): void {
    this.call("delete", [], (s: FakeSheet) => {
      const m = this.context.host.model;
      m.sheets.splice(m.sheets.indexOf(s), 1);
      if (m.activeSheetId === s.id) m.activeSheetId = m.sheets[0]?.id ?? null;
    });
  }

  get pageLayout(): FakeBag {
    this.need("1.9", "pageLayout");
    const props: Record<string, string> = {};
    for (const k of [
      "orientation",
      "paperSize",
      "leftMargin",
      "rightMargin",
      "topMargin",
      "bottomMargin",
      "headerMargin",
      "footerMargin",
      "centerHorizontally",
      "centerVertically",
      "printGridlines",
      "printHeadings",
      "blackAndWhite",
      "draftMode",
      "printComments",
      "printOrder",
      "firstPageNumber",
      "zoom",
    ])
      props[k] = "1.9";
    return new FakePageLayout(this.context, `${this.path}.pageLayout`, this, props);
  }

  get horizontalPageBreaks(): { add(at: string | FakeRange): void; removePageBreaks(): void } {
    this.need("1.9", "horizontalPageBreaks");
    return {
      add: (at: string | FakeRange): void => {
        this.callOnSheet(
          "horizontalPageBreaks.add",
          [typeof at === "string" ? at : at.path],
          (s, ctx) => {
            const row =
              typeof at === "string" ? rectOf(at).top : (at.resolve()?.rects[0]?.top ?? 0);
            if (!s.pageBreaks.includes(row)) s.pageBreaks.push(row);
            s.pageBreaks.sort((x, y) => x - y);
            void ctx;
          },
        );
      },
      removePageBreaks: (): void => {
        this.callOnSheet("horizontalPageBreaks.removePageBreaks", [], (s) => {
          s.pageBreaks = [];
        });
      },
    };
  }

  /** For helper objects of this sheet: queue a call that gets the sheet. */
  callOnSheet(
    name: string,
    args: unknown[],
    fn: (s: FakeSheet, ctx: FakeRequestContext) => void,
  ): void {
    this.call(name, args, (s: FakeSheet) => fn(s, this.context));
  }

  get onChanged(): { add(h: ChangeHandler): FakeEventHandlerResult } {
    this.need("1.7", "Worksheet.onChanged");
    return eventSource(this, () => `sheet:${this.resolve()?.id ?? ""}`, this.events);
  }
}

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly onRemove: () => void,
  ) {}
  remove(): void {
    this.onRemove();
  }
}

function eventSource(
  owner: FakeClientObject,
  scope: () => string,
  events: EventRegistry | undefined,
): { add(h: ChangeHandler): FakeEventHandlerResult } {
  if (!events) throw new FakeOfficeError("NotImplemented", "fake: events not wired");
  const queue = (name: string, fn: () => void): void => owner.queueRaw(name, fn);
  return {
    add(h: ChangeHandler): FakeEventHandlerResult {
      queue("onChanged.add", () => events.add(scope(), h));
      return new FakeEventHandlerResult(owner.context, () =>
        queue("onChanged.remove", () => events.remove(scope(), h)),
      );
    },
  };
}

/** Page layout: a bag of properties on the sheet plus print-title/area setters. */
export class FakeBag extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    path: string,
    protected readonly sheetProxy: FakeWorksheet,
    protected readonly props: Record<string, string>,
    private readonly bag: (s: FakeSheet) => Record<string, unknown> = (s) => s.pageLayout,
  ) {
    super(context, path);
    for (const k of Object.keys(props)) {
      Object.defineProperty(this, k, {
        get: () => this.get<unknown>(k),
        set: (v: unknown) => this.put(k, v),
        enumerable: true,
      });
    }
  }
  resolve(): FakeSheet | null {
    return this.sheetProxy.resolve();
  }
  readProp(resolved: unknown, prop: string): unknown {
    return this.bag(resolved as FakeSheet)[prop] ?? null;
  }
  override writeProp(resolved: unknown, prop: string, value: unknown): void {
    this.bag(resolved as FakeSheet)[prop] = value;
  }
}

export class FakePageLayout extends FakeBag {
  setPrintTitleRows(rows: string): void {
    this.call("setPrintTitleRows", [rows], (s: FakeSheet) => {
      if (!/^\$?\d+(:\$?\d+)?$/.test(rows))
        throw new FakeOfficeError("InvalidArgument", "print titles must be entire rows");
      s.pageLayout.printTitleRows = rows;
    });
  }
  setPrintTitleColumns(cols: string): void {
    this.call("setPrintTitleColumns", [cols], (s: FakeSheet) => {
      s.pageLayout.printTitleColumns = cols;
    });
  }
  setPrintArea(area: string | FakeRange): void {
    const label = typeof area === "string" ? area : area.path;
    this.call("setPrintArea", [label], (s: FakeSheet) => {
      if (typeof area === "string") {
        rectOf(area);
        s.pageLayout.printArea = area;
      } else {
        const t = area.resolve();
        s.pageLayout.printArea = t
          ? a1(t.rects[0]!.top, t.rects[0]!.left) + ":" + a1(t.rects[0]!.bottom, t.rects[0]!.right)
          : null;
      }
    });
  }
  setPrintMargins(
    unit: "Points" | "Inches" | "Centimeters",
    margins: Record<string, number>,
  ): void {
    const factor = unit === "Points" ? 1 : unit === "Inches" ? 72 : 72 / 2.54;
    this.call("setPrintMargins", [unit, margins], (s: FakeSheet) => {
      for (const [k, v] of Object.entries(margins)) s.pageLayout[`${k}Margin`] = v * factor;
    });
  }
  get headersFooters(): FakeBag & {
    defaultForAllPages: FakeBag;
    firstPage: FakeBag;
    evenPages: FakeBag;
    oddPages: FakeBag;
  } {
    const group = new FakeBag(
      this.context,
      `${this.path}.headersFooters`,
      this.sheetProxy,
      { state: "1.9", useSheetMargins: "1.9", useSheetScale: "1.9" },
      (s) => s.headersFooters.group!,
    );
    const part = (which: string): FakeBag =>
      new FakeBag(
        this.context,
        `${this.path}.headersFooters.${which}`,
        this.sheetProxy,
        Object.fromEntries(
          [
            "leftHeader",
            "centerHeader",
            "rightHeader",
            "leftFooter",
            "centerFooter",
            "rightFooter",
          ].map((k) => [k, "1.9"]),
        ),
        (s) => s.headersFooters[which]!,
      );
    return Object.assign(group, {
      defaultForAllPages: part("defaultForAllPages"),
      firstPage: part("firstPage"),
      evenPages: part("evenPages"),
      oddPages: part("oddPages"),
    });
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  protected readonly props: Record<string, string> = { items: "1.1" };
  constructor(
    context: FakeRequestContext,
    private readonly events: EventRegistry,
  ) {
    super(context, "workbook.worksheets");
  }
  resolve(): FakeSheet[] {
    return this.context.host.model.sheets;
  }
  protected override parseLoad(spec?: string | string[] | { select?: string }): string[] {
    const raw =
      spec === undefined
        ? ["items"]
        : typeof spec === "string"
          ? spec.split(",")
          : Array.isArray(spec)
            ? spec
            : [];
    const props = raw.map((p) => p.trim()).filter(Boolean);
    const childProps = Object.keys(WORKSHEET_PROPS);
    for (const p of props) {
      if (p === "items") continue;
      const m = /^items\/(\w+)$/.exec(p);
      if (!m || !childProps.includes(m[1]!)) {
        throw new FakeOfficeError("PropertyNotFound", `worksheets: ${p}`);
      }
      this.need(WORKSHEET_PROPS[m[1]!]!, p);
    }
    return props;
  }
  readProp(resolved: unknown, prop: string): unknown {
    const sheets = resolved as FakeSheet[];
    const m = /^items\/(\w+)$/.exec(prop);
    return sheets.map((s, i) => {
      if (!m) return { id: s.id, name: s.name, position: i, visibility: s.visibility };
      return {
        id: s.id,
        [m[1]!]: m[1] === "position" ? i : (s as unknown as Record<string, unknown>)[m[1]!],
      };
    });
  }
  override settleLoad(values: Map<string, unknown>): void {
    // Merge "items/a" and "items/b" into one list of worksheet proxies with those properties loaded.
    const byId = new Map<string, Map<string, unknown>>();
    const order: string[] = [];
    for (const list of values.values()) {
      for (const item of list as Record<string, unknown>[]) {
        const id = String(item.id);
        if (!byId.has(id)) {
          byId.set(id, new Map());
          order.push(id);
        }
        for (const [k, v] of Object.entries(item)) byId.get(id)!.set(k, v);
      }
    }
    const items = order.map((id) => {
      const ws = new FakeWorksheet(
        this.context,
        `workbook.worksheets.getItem(#${id})`,
        { byId: id },
        false,
        this.events,
      );
      ws.settleLoad(byId.get(id)!);
      ws.settleNullness();
      return ws;
    });
    super.settleLoad(new Map([["items", items]]));
  }
  get items(): FakeWorksheet[] {
    return this.get("items");
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `workbook.worksheets.getItem('${name}')`,
      { byName: name },
      false,
      this.events,
    );
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.need("1.4", "getItemOrNullObject");
    return new FakeWorksheet(
      this.context,
      `workbook.worksheets.getItemOrNullObject('${name}')`,
      { byName: name },
      true,
      this.events,
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      "workbook.worksheets.getActiveWorksheet()",
      { active: true },
      false,
      this.events,
    );
  }
  add(name?: string): FakeWorksheet {
    const m = this.context.host.model;
    const finalName = name ?? `Sheet${m.sheets.length + 1}`;
    this.call("add", [finalName], () => {
      if (m.sheet(finalName))
        throw new FakeOfficeError("ItemAlreadyExists", `sheet ${finalName} exists`);
      m.addSheet(finalName);
    });
    return new FakeWorksheet(
      this.context,
      `workbook.worksheets.add('${finalName}')`,
      { byName: finalName },
      false,
      this.events,
    );
  }
  get onChanged(): { add(h: ChangeHandler): FakeEventHandlerResult } {
    this.need("1.9", "WorksheetCollection.onChanged");
    return eventSource(this, () => "worksheets", this.events);
  }
}

export class FakeSetting extends FakeClientObject {
  protected readonly props: Record<string, string> = { key: "1.4", value: "1.4" };
  constructor(
    context: FakeRequestContext,
    private readonly key_: string,
    orNull: boolean,
  ) {
    super(context, `workbook.settings.getItem('${key_}')`, orNull);
  }
  resolve(): { key: string } | null {
    return this.context.host.model.settings.has(this.key_) ? { key: this.key_ } : null;
  }
  readProp(_resolved: unknown, prop: string): unknown {
    return prop === "key"
      ? this.key_
      : structuredClone(this.context.host.model.settings.get(this.key_));
  }
  override writeProp(_resolved: unknown, prop: string, value: unknown): void {
    if (prop !== "value") super.writeProp(_resolved, prop, value);
    this.context.host.model.settings.set(this.key_, JSON.parse(JSON.stringify(value)) as unknown);
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  set value(v: unknown) {
    this.put("value", v);
  }
  delete(): void {
    this.call("delete", [], () => {
      this.context.host.model.settings.delete(this.key_);
    });
  }
}

export class FakeSettingCollection extends FakeClientObject {
  protected readonly props: Record<string, string> = {};
  constructor(context: FakeRequestContext) {
    super(context, "workbook.settings");
  }
  resolve(): object {
    return this.context.host.model.settings;
  }
  readProp(): unknown {
    return null;
  }
  add(key: string, value: unknown): FakeSetting {
    this.need("1.4", "settings.add");
    // Settings hold JSON: store what would survive the round trip.
    const json = JSON.stringify(value);
    this.call("add", [key, value], () => {
      this.context.host.model.settings.set(key, JSON.parse(json) as unknown);
    });
    return new FakeSetting(this.context, key, false);
  }
  getItem(key: string): FakeSetting {
    this.need("1.4", "settings.getItem");
    return new FakeSetting(this.context, key, false);
  }
  getItemOrNullObject(key: string): FakeSetting {
    this.need("1.4", "settings.getItemOrNullObject");
    return new FakeSetting(this.context, key, true);
  }
}

export class FakeRuntime extends FakeClientObject {
  protected readonly props: Record<string, string> = { enableEvents: "1.8" };
  constructor(context: FakeRequestContext) {
    super(context, "runtime");
  }
  resolve(): object {
    return this.context.host.model;
  }
  readProp(): unknown {
    return this.context.host.model.enableEvents;
  }
  override writeProp(_r: unknown, _prop: string, value: unknown): void {
    this.context.host.model.enableEvents = Boolean(value);
  }
  get enableEvents(): boolean {
    return this.get("enableEvents");
  }
  set enableEvents(v: boolean) {
    this.put("enableEvents", v);
  }
}

/** workbook.application: only what the adapter uses. */
export class FakeApplication extends FakeClientObject {
  protected readonly props: Record<string, string> = {};
  constructor(context: FakeRequestContext) {
    super(context, "workbook.application");
  }
  resolve(): object {
    return this.context.host.model;
  }
  readProp(): unknown {
    return null;
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.need("1.9", "suspendScreenUpdatingUntilNextSync");
    this.call("suspendScreenUpdatingUntilNextSync", [], () => {
      this.context.host.model.screenUpdatingSuspends += 1;
    });
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  constructor(
    private readonly context: FakeRequestContext,
    events: EventRegistry,
  ) {
    this.worksheets = new FakeWorksheetCollection(context, events);
    this.settings = new FakeSettingCollection(context);
  }
  get application(): FakeApplication {
    return new FakeApplication(this.context);
  }
  /** Notes (1.18) and comments (1.10): `add(cell, text)` writes the note on the cell. */
  get notes(): { add(cell: string, content: string): void } {
    return this.annotations("notes", "1.18", "note");
  }
  get comments(): { add(cell: string, content: string): void } {
    return this.annotations("comments", "1.10", "comment");
  }
  private annotations(
    what: string,
    version: string,
    field: "note" | "comment",
  ): { add(cell: string, content: string): void } {
    if (!this.context.host.supports(version))
      throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
    const ws = this.worksheets;
    return {
      add: (cell: string, content: string): void => {
        const bang = cell.lastIndexOf("!");
        const sheetName = cell.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
        const sheet = ws.getItem(sheetName);
        sheet.callOnSheet(`${what}.add`, [cell, content], (s) => {
          const r = rectOf(cell.slice(bang + 1));
          s.touch(r.top, r.left)[field] = content;
        });
      },
    };
  }
}
