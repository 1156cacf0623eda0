/**
 * Generated batch folders: workbooks in varied layouts (column order, header words, Thai or
 * Arabic digits, period forms, statuses, evidence, organisation and fiscal year), spread over
 * sub-folders, plus files a batch must list as unreadable (random bytes, a CSV renamed .xlsx,
 * an empty file) and files it must skip (an Excel lock file, a hidden folder).
 * Same seed, same workbooks.
 */
import { Workbook } from "exceljs";
import type { Worksheet } from "exceljs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { mulberry32 } from "../../helpers/badInputs";
import vocab from "../../helpers/largeWorkbookVocabulary.json";
import { workbookBuffer } from "../../helpers/workbookBuffer";
import checklist from "../../../src/core/checklist/data/ita-2566.json";
import words from "./generateVocabulary.json";

type Rng = () => number;
type Role = keyof typeof vocab.headers;
const ROLES: readonly Role[] = [
  "no",
  "title",
  "steps",
  "responsible",
  "period",
  "status",
  "result",
  "evidence",
];

export interface GeneratedFolder {
  /** Relative paths ("/"-separated) of the good workbooks. */
  readable: string[];
  /** Relative path → the input error code the batch must report. */
  unreadable: Record<string, string>;
  /** Relative paths the batch must not list at all. */
  skipped: string[];
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function digits(n: number, thai: boolean): string {
  const s = String(n);
  return thai ? s.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d))) : s;
}

function fillYears(template: string, fiscalYear: number, thai: boolean): string {
  const start = fiscalYear - 1;
  return template
    .replace("{yy1}", digits(fiscalYear % 100, thai))
    .replace("{yy}", digits(start % 100, thai))
    .replace("{yyyy1}", digits(fiscalYear, thai))
    .replace("{yyyy}", digits(start, thai))
    .replace("{n}", "1");
}

function shuffledRoles(rng: Rng): Role[] {
  const order = [...ROLES];
  for (let i = order.length - 1; i > 1; i--) {
    const j = 1 + Math.floor(rng() * i);
    [order[i], order[j]] = [order[j] as Role, order[i] as Role];
  }
  // Some tables have no status or evidence column at all.
  return order.filter(
    (r) => !((r === "status" && rng() < 0.15) || (r === "evidence" && rng() < 0.1)),
  );
}

function cell(role: Role, rng: Rng, fy: number, thai: boolean, no: number): string | null {
  switch (role) {
    case "no":
      return digits(no, thai) + (rng() < 0.5 ? "." : "");
    case "title":
      return pick(rng, vocab.titles);
    case "steps":
      return pick(rng, vocab.steps);
    case "responsible":
      return pick(rng, vocab.responsible);
    case "period": {
      const p = vocab.periods;
      return fillYears(
        pick(rng, pick(rng, [p.months, p.ranges, p.quarters, p.wholeYear])),
        fy,
        thai,
      );
    }
    case "status":
      return rng() < 0.1 ? null : pick(rng, vocab.statuses);
    case "result":
      return pick(rng, vocab.results);
    case "evidence":
      return rng() < 0.3 ? null : fillYears(pick(rng, vocab.urls), fy, thai);
  }
}

function writeTable(ws: Worksheet, rng: Rng, measures: number, fy: number, org: string): void {
  const thai = rng() < 0.7;
  const left = Math.floor(rng() * 2);
  const order = shuffledRoles(rng);
  const headers = order.map((role) => pick(rng, vocab.headers[role]));
  const district = pick(rng, words.districts);
  const titles = [
    pick(rng, words.reportTitles),
    `${org} ${district} ${words.province}`,
    fillYears(words.fiscalYearLine, fy, thai),
  ];
  let r = 1;
  for (const t of titles) ws.getCell(r++, left + 1).value = t;
  r++;
  ws.getRow(r++).values = [...Array<null>(left).fill(null), ...headers];
  for (let i = 1; i <= measures; i++) {
    ws.getRow(r++).values = [
      ...Array<null>(left).fill(null),
      ...order.map((role) => cell(role, rng, fy, thai, i)),
    ];
  }
}

/** An OIT item tracker (ข้อ | ข้อมูล | องค์ประกอบ | ผู้รับผิดชอบ | ความก้าวหน้า) covering a random share of the items, so readiness varies. */
function writeTracker(ws: Worksheet, rng: Rng, thai: boolean): void {
  ws.getRow(1).values = words.trackerHeaders;
  const share = rng();
  let r = 2;
  for (const item of checklist.items) {
    if (rng() > share) continue;
    const done = rng() < 0.7;
    const url = rng() < 0.8 ? ` ${fillYears(pick(rng, vocab.urls), 2566, thai)}` : "";
    ws.getRow(r++).values = [
      digits(item.no, thai).padStart(2, thai ? "๐" : "0"),
      item.titleTh,
      item.components[0] ?? "",
      pick(rng, vocab.responsible),
      done ? `ดำเนินการแล้ว${url}` : "อยู่ระหว่างดำเนินการ",
    ];
  }
}

/**
 * One workbook's bytes.
 * @param measures measure rows
 */
export async function generateWorkbook(seed: number, measures: number): Promise<Buffer> {
  const rng = mulberry32(seed);
  const wb = new Workbook();
  const org = `${pick(rng, words.organisations)}${rng() < 0.5 ? "" : ` ${digits(seed, false)}`}`;
  writeTable(
    wb.addWorksheet(rng() < 0.5 ? "มาตรการ" : "Sheet1"),
    rng,
    measures,
    rng() < 0.8 ? 2566 : 2567,
    org,
  );
  if (rng() < 0.6) writeTracker(wb.addWorksheet("OIT"), rng, rng() < 0.5);
  return workbookBuffer(wb);
}

/**
 * Writes `count` good workbooks (measures between min and max each) into `dir`, in sub-folders
 * by district, and the unreadable and skipped files beside them.
 */
export async function generateFolder(
  dir: string,
  count: number,
  measures: { min: number; max: number },
  seed = 1,
): Promise<GeneratedFolder> {
  const rng = mulberry32(seed);
  const out: GeneratedFolder = { readable: [], unreadable: {}, skipped: [] };
  const write = async (rel: string, bytes: Uint8Array | string): Promise<void> => {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), bytes);
  };
  for (let i = 0; i < count; i++) {
    const rel = `${pick(rng, words.districts)}/${String(i).padStart(4, "0")}.xlsx`;
    const n = measures.min + Math.floor(rng() * (measures.max - measures.min + 1));
    await write(rel, await generateWorkbook(seed * 100_000 + i, n));
    out.readable.push(rel);
  }
  const random = Uint8Array.from({ length: 2048 }, () => Math.floor(rng() * 256));
  random[0] = 0x13; // never a zip, CFB or text signature
  const bad: [string, Uint8Array | string, string][] = [
    ["bad/random.xlsx", random, "CORRUPT"],
    ["bad/csv-renamed.xlsx", "ลำดับ,มาตรการ,ผู้รับผิดชอบ\n1,ประกาศเจตนารมณ์,สำนักปลัด\n", "NOT_XLSX_CSV"],
    ["bad/empty.xlsx", new Uint8Array(0), "EMPTY_FILE"],
  ];
  for (const [rel, bytes, code] of bad) {
    await write(rel, bytes);
    out.unreadable[rel] = code;
  }
  const first = out.readable[0];
  if (first) {
    const lock = `${path.posix.dirname(first)}/~$${path.posix.basename(first)}`;
    await write(lock, random);
    await write(".hidden/copy.xlsx", random);
    out.skipped.push(lock, ".hidden/copy.xlsx");
  }
  return out;
}
