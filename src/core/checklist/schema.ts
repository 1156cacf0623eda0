/**
 * Hand-written validator for checklist JSON (built-in files and user-supplied ones).
 * Problems are returned as values: a path ("items[3].timeRule") and a code, never wording.
 */
import type {
  Checklist,
  ChecklistItem,
  Confidence,
  Indicator,
  SubIndicator,
  TimeRule,
  Tool,
  ToolCode,
} from "./types";

/**
 * Error codes:
 * - "missing": a required field is absent;
 * - "wrong_type": present but of the wrong JSON type;
 * - "bad_value": not one of the allowed values or forms (empty text, unknown enum, bad code);
 * - "out_of_range": a number or an item outside its allowed range;
 * - "duplicate": a code or number given twice;
 * - "unknown_reference": names an indicator, sub-indicator or item that is not there;
 * - "mismatch": two fields that must agree do not (code vs no, weights not summing to 100).
 */
export type ChecklistErrorCode =
  | "missing"
  | "wrong_type"
  | "bad_value"
  | "out_of_range"
  | "duplicate"
  | "unknown_reference"
  | "mismatch";

export interface ChecklistError {
  path: string;
  code: ChecklistErrorCode;
}

export type ValidationResult =
  { ok: true; checklist: Checklist } | { ok: false; errors: ChecklistError[] };

const TOOL_CODES: readonly ToolCode[] = ["IIT", "EIT", "OIT"];
const CONFIDENCES: readonly Confidence[] = ["confirmed", "partial", "inferred"];
const TIME_RULES: readonly TimeRule[] = [
  "current",
  "fiscal_year",
  "first_half",
  "previous_fiscal_year",
  "plan_covers_fy",
  "unknown",
];
const ITEM_CODE = /^O([1-9]\d*)$/;
const SUB_ID = /^([1-9]\d*)\.([1-9]\d*)$/;
/** พ.ศ. years the add-in can sensibly meet (ITA started in 2557). */
const YEAR_MIN = 2550;
const YEAR_MAX = 2700;

type Obj = Record<string, unknown>;

/** Collects errors while the walkers below read the JSON. */
class Collector {
  readonly errors: ChecklistError[] = [];
  add(path: string, code: ChecklistErrorCode): void {
    this.errors.push({ path, code });
  }
  /** Records the error and returns null, so readers can `return c.fail(...)`. */
  fail(path: string, code: ChecklistErrorCode): null {
    this.errors.push({ path, code });
    return null;
  }
}

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function join(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** A required non-empty string; records the error and returns null when it is not one. */
function text(o: Obj, key: string, path: string, c: Collector, allowEmpty = false): string | null {
  const p = join(path, key);
  const v = o[key];
  if (v === undefined) return c.fail(p, "missing");
  if (typeof v !== "string") return c.fail(p, "wrong_type");
  if (!allowEmpty && v.trim() === "") return c.fail(p, "bad_value");
  return v;
}

function integer(o: Obj, key: string, path: string, c: Collector): number | null {
  const p = join(path, key);
  const v = o[key];
  if (v === undefined) return c.fail(p, "missing");
  if (typeof v !== "number") return c.fail(p, "wrong_type");
  if (!Number.isInteger(v)) return c.fail(p, "bad_value");
  return v;
}

function oneOf<T extends string>(
  o: Obj,
  key: string,
  allowed: readonly T[],
  path: string,
  c: Collector,
): T | null {
  const v = text(o, key, path, c);
  if (v === null) return null;
  if (!(allowed as readonly string[]).includes(v)) return c.fail(join(path, key), "bad_value");
  return v as T;
}

function array(o: Obj, key: string, path: string, c: Collector): unknown[] | null {
  const p = join(path, key);
  const v = o[key];
  if (v === undefined) return c.fail(p, "missing");
  if (!Array.isArray(v)) return c.fail(p, "wrong_type");
  return v as unknown[];
}

/** A list of non-empty strings; bad entries are reported and left out. */
function textList(v: unknown, path: string, c: Collector): string[] | null {
  if (!Array.isArray(v)) return c.fail(path, "wrong_type");
  const out: string[] = [];
  v.forEach((s, i) => {
    if (typeof s !== "string") c.add(join(path, i), "wrong_type");
    else if (s.trim() === "") c.add(join(path, i), "bad_value");
    else out.push(s);
  });
  return out;
}

function requiredTextList(o: Obj, key: string, path: string, c: Collector): string[] | null {
  if (o[key] === undefined) return c.fail(join(path, key), "missing");
  return textList(o[key], join(path, key), c);
}

function itemNo(code: string): number | null {
  const m = ITEM_CODE.exec(code);
  return m ? Number(m[1]) : null;
}

function readTool(v: unknown, path: string, c: Collector): Tool | null {
  if (v === undefined) return c.fail(path, "missing");
  if (!isObj(v)) return c.fail(path, "wrong_type");
  const weight = v.weight;
  let w: number | null = null;
  if (weight === undefined) c.add(join(path, "weight"), "missing");
  else if (typeof weight !== "number" || !Number.isFinite(weight))
    c.add(join(path, "weight"), "wrong_type");
  else if (weight < 0 || weight > 100) c.add(join(path, "weight"), "out_of_range");
  else w = weight;
  const list = array(v, "indicators", path, c);
  const indicators: number[] = [];
  list?.forEach((n, i) => {
    if (typeof n !== "number" || !Number.isInteger(n))
      c.add(join(join(path, "indicators"), i), "wrong_type");
    else indicators.push(n);
  });
  return w === null || list === null ? null : { weight: w, indicators };
}

function readTools(root: Obj, c: Collector): Record<ToolCode, Tool> | null {
  const v = root.tools;
  if (v === undefined) return c.fail("tools", "missing");
  if (!isObj(v)) return c.fail("tools", "wrong_type");
  const out: Partial<Record<ToolCode, Tool>> = {};
  for (const code of TOOL_CODES) {
    const t = readTool(v[code], join("tools", code), c);
    if (t) out[code] = t;
  }
  for (const key of Object.keys(v)) {
    if (!(TOOL_CODES as readonly string[]).includes(key)) c.add(join("tools", key), "bad_value");
  }
  const complete = TOOL_CODES.every((k) => out[k] !== undefined);
  if (!complete) return null;
  const tools = out as Record<ToolCode, Tool>;
  const sum = TOOL_CODES.reduce((s, k) => s + tools[k].weight, 0);
  if (Math.abs(sum - 100) > 1e-9) c.add("tools", "mismatch");
  return tools;
}

function readSub(v: unknown, path: string, indicatorNo: number | null, c: Collector) {
  if (!isObj(v)) return c.fail(path, "wrong_type");
  const id = text(v, "id", path, c);
  if (id !== null) {
    const m = SUB_ID.exec(id);
    if (!m) c.add(join(path, "id"), "bad_value");
    else if (indicatorNo !== null && Number(m[1]) !== indicatorNo)
      c.add(join(path, "id"), "mismatch");
  }
  const titleTh = text(v, "titleTh", path, c);
  const titleEn = text(v, "titleEn", path, c, true);
  const from = text(v, "from", path, c);
  const to = text(v, "to", path, c);
  const confidence = oneOf(v, "confidence", CONFIDENCES, path, c);
  const fromNo = from === null ? null : itemNo(from);
  const toNo = to === null ? null : itemNo(to);
  if (from !== null && fromNo === null) c.add(join(path, "from"), "bad_value");
  if (to !== null && toNo === null) c.add(join(path, "to"), "bad_value");
  if (fromNo !== null && toNo !== null && fromNo > toNo) c.add(join(path, "to"), "out_of_range");
  if (id === null || titleTh === null || titleEn === null || confidence === null) return null;
  if (from === null || to === null) return null;
  const sub: SubIndicator = { id, titleTh, titleEn, from, to, confidence };
  return sub;
}

function readIndicator(v: unknown, path: string, c: Collector): Indicator | null {
  if (!isObj(v)) return c.fail(path, "wrong_type");
  const no = integer(v, "no", path, c);
  if (no !== null && no < 1) c.add(join(path, "no"), "out_of_range");
  const titleTh = text(v, "titleTh", path, c);
  const titleEn = text(v, "titleEn", path, c, true);
  const tool = oneOf(v, "tool", TOOL_CODES, path, c);
  const subs = array(v, "subIndicators", path, c);
  const subIndicators: SubIndicator[] = [];
  subs?.forEach((s, i) => {
    const sub = readSub(s, join(join(path, "subIndicators"), i), no, c);
    if (sub) subIndicators.push(sub);
  });
  if (no === null || titleTh === null || titleEn === null || tool === null || subs === null)
    return null;
  return { no, titleTh, titleEn, tool, subIndicators };
}

function readIndicators(root: Obj, c: Collector): Indicator[] {
  const list = array(root, "indicators", "", c);
  const out: Indicator[] = [];
  const seen = new Set<number>();
  const subSeen = new Set<string>();
  list?.forEach((v, i) => {
    const ind = readIndicator(v, join("indicators", i), c);
    if (!ind) return;
    if (seen.has(ind.no)) c.add(join(join("indicators", i), "no"), "duplicate");
    seen.add(ind.no);
    ind.subIndicators.forEach((s, j) => {
      const p = join(join(join(join("indicators", i), "subIndicators"), j), "id");
      if (subSeen.has(s.id)) c.add(p, "duplicate");
      subSeen.add(s.id);
    });
    out.push(ind);
  });
  return out;
}

function readItem(v: unknown, path: string, c: Collector): ChecklistItem | null {
  if (!isObj(v)) return c.fail(path, "wrong_type");
  const code = text(v, "code", path, c);
  const no = integer(v, "no", path, c);
  if (no !== null && no < 1) c.add(join(path, "no"), "out_of_range");
  if (code !== null) {
    const n = itemNo(code);
    if (n === null) c.add(join(path, "code"), "bad_value");
    else if (no !== null && n !== no) c.add(join(path, "code"), "mismatch");
  }
  const titleTh = text(v, "titleTh", path, c);
  const titleEn = text(v, "titleEn", path, c, true);
  const aliases = v.aliases === undefined ? [] : textList(v.aliases, join(path, "aliases"), c);
  let sub: string | null = null;
  if (v.sub === undefined) c.add(join(path, "sub"), "missing");
  else if (v.sub !== null && typeof v.sub !== "string") c.add(join(path, "sub"), "wrong_type");
  else sub = v.sub;
  const indicator = integer(v, "indicator", path, c);
  const components = requiredTextList(v, "components", path, c);
  const timeRule = oneOf(v, "timeRule", TIME_RULES, path, c);
  const keywords = requiredTextList(v, "keywords", path, c);
  const confidence = oneOf(v, "confidence", CONFIDENCES, path, c);
  let note: string | undefined;
  if (v.note !== undefined) {
    if (typeof v.note !== "string") c.add(join(path, "note"), "wrong_type");
    else note = v.note;
  }
  if (code === null || no === null || titleTh === null || titleEn === null) return null;
  if (indicator === null || components === null || timeRule === null) return null;
  if (keywords === null || confidence === null || aliases === null) return null;
  const item: ChecklistItem = {
    code,
    no,
    titleTh,
    titleEn,
    sub,
    indicator,
    components,
    timeRule,
    keywords,
    confidence,
  };
  if (v.aliases !== undefined) item.aliases = aliases;
  if (note !== undefined) item.note = note;
  return item;
}

/** Checks that each item's indicator and sub-indicator exist and its number is in the range. */
function checkItemRefs(items: ChecklistItem[], indicators: Indicator[], c: Collector): void {
  const byNo = new Map(indicators.map((ind) => [ind.no, ind]));
  items.forEach((item, i) => {
    const path = join("items", i);
    const ind = byNo.get(item.indicator);
    if (!ind) return c.add(join(path, "indicator"), "unknown_reference");
    if (ind.tool !== "OIT") c.add(join(path, "indicator"), "mismatch");
    if (item.sub === null) return;
    const sub = ind.subIndicators.find((s) => s.id === item.sub);
    if (!sub) return c.add(join(path, "sub"), "unknown_reference");
    const from = itemNo(sub.from);
    const to = itemNo(sub.to);
    if (from !== null && to !== null && (item.no < from || item.no > to))
      c.add(join(path, "sub"), "out_of_range");
  });
}

/** The items, or null when the list itself is unreadable (then no reference to it is judged). */
function readItems(root: Obj, indicators: Indicator[], c: Collector): ChecklistItem[] | null {
  const list = array(root, "items", "", c);
  if (list === null) return null;
  const out: ChecklistItem[] = [];
  const seen = new Set<string>();
  list.forEach((v, i) => {
    const item = readItem(v, join("items", i), c);
    if (!item) return;
    if (seen.has(item.code)) c.add(join(join("items", i), "code"), "duplicate");
    seen.add(item.code);
    out.push(item);
  });
  checkItemRefs(out, indicators, c);
  return out;
}

function checkTools(tools: Record<ToolCode, Tool>, indicators: Indicator[], c: Collector): void {
  const byNo = new Map(indicators.map((ind) => [ind.no, ind]));
  for (const code of TOOL_CODES) {
    tools[code].indicators.forEach((n, i) => {
      const p = join(join(join("tools", code), "indicators"), i);
      const ind = byNo.get(n);
      if (!ind) c.add(p, "unknown_reference");
      else if (ind.tool !== code) c.add(p, "mismatch");
    });
  }
}

/**
 * A list of item codes. With `codes` known, each must be listed (`mustExist`) or not listed;
 * with `codes` null (items unreadable) only the form is checked.
 */
function readCodeList(
  root: Obj,
  key: string,
  codes: Set<string> | null,
  mustExist: boolean,
  c: Collector,
) {
  const list = requiredTextList(root, key, "", c);
  list?.forEach((code, i) => {
    const p = join(key, i);
    if (itemNo(code) === null) c.add(p, "bad_value");
    else if (codes && codes.has(code) !== mustExist)
      c.add(p, mustExist ? "unknown_reference" : "duplicate");
  });
  return list;
}

function readIndicatorKeywords(root: Obj, indicators: Indicator[], c: Collector) {
  const v = root.indicatorKeywords;
  if (v === undefined) return c.fail("indicatorKeywords", "missing");
  if (!isObj(v)) return c.fail("indicatorKeywords", "wrong_type");
  const known = new Set(indicators.map((ind) => String(ind.no)));
  const out: Record<string, string[]> = {};
  for (const [key, words] of Object.entries(v)) {
    const p = join("indicatorKeywords", key);
    if (!known.has(key)) c.add(p, "unknown_reference");
    const list = textList(words, p, c);
    if (list) out[key] = list;
  }
  return out;
}

function readItemCount(root: Obj, items: ChecklistItem[], c: Collector): number | null {
  const v = root.itemCount;
  if (v === undefined) return c.fail("itemCount", "missing");
  if (v === null) return null;
  if (typeof v !== "number" || !Number.isInteger(v)) return c.fail("itemCount", "wrong_type");
  if (v < items.length || items.some((it) => it.no > v)) c.add("itemCount", "out_of_range");
  return v;
}

/** `{ copyOf: year }` naming an earlier year, or absent. */
function readProvisional(root: Obj, year: number | null, c: Collector): { copyOf: number } | null {
  const v = root.provisional;
  if (v === undefined) return null;
  if (!isObj(v)) return c.fail("provisional", "wrong_type");
  const copyOf = integer(v, "copyOf", "provisional", c);
  if (copyOf === null) return null;
  if (year !== null && copyOf >= year) return c.fail("provisional.copyOf", "out_of_range");
  return { copyOf };
}

/**
 * Validates parsed JSON as a {@link Checklist}.
 * @example
 * validateChecklist(JSON.parse(text)) // { ok: false, errors: [{ path: "items[3].timeRule", code: "bad_value" }] }
 */
export function validateChecklist(json: unknown): ValidationResult {
  const c = new Collector();
  if (!isObj(json)) return { ok: false, errors: [{ path: "", code: "wrong_type" }] };
  const year = integer(json, "year", "", c);
  if (year !== null && (year < YEAR_MIN || year > YEAR_MAX)) c.add("year", "out_of_range");
  const version = text(json, "version", "", c);
  const source = text(json, "source", "", c);
  const confidence = oneOf(json, "confidence", CONFIDENCES, "", c);
  const tools = readTools(json, c);
  const indicators = readIndicators(json, c);
  if (tools) checkTools(tools, indicators, c);
  const items = readItems(json, indicators, c);
  const codes = items && new Set(items.map((it) => it.code));
  const itemCount = readItemCount(json, items ?? [], c);
  const gaps = readCodeList(json, "gaps", codes, false, c);
  const measureItems = readCodeList(json, "measureItems", codes, true, c);
  const indicatorKeywords = readIndicatorKeywords(json, indicators, c);
  const provisional = readProvisional(json, year, c);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  // With no errors every field above was read; the checks keep the compiler honest.
  if (year === null || version === null || source === null || confidence === null || !tools)
    return { ok: false, errors: [{ path: "", code: "bad_value" }] };
  if (!items || !gaps || !measureItems || !indicatorKeywords)
    return { ok: false, errors: [{ path: "", code: "bad_value" }] };
  const checklist: Checklist = {
    year,
    version,
    source,
    confidence,
    itemCount,
    gaps,
    tools,
    indicators,
    items,
    measureItems,
    indicatorKeywords,
  };
  if (provisional) checklist.provisional = provisional;
  return { ok: true, checklist };
}
