/**
 * Command-line arguments. Unknown flags and bad values are reported, never guessed.
 */
import type { ColumnMap } from "../../core/checklist/sheet";
import type { Lang } from "../../core/settings";
import { parseChecklistColumns } from "./checklistColumns";

export type Command =
  "check" | "report" | "batch" | "checklist-export" | "checklist-show" | "help" | "version";

export interface CliArgs {
  command: Command;
  files: string[];
  json: boolean;
  asOf: string | null;
  year: number | null;
  fiscalYear: number | null;
  lang: Lang;
  out: string | null;
  pdf: string | null;
  /** FILE.json, FILE.xlsx or FILE.xlsx:SHEET. */
  checklist: string | null;
  /** Which column holds which field of a checklist sheet whose header cannot be recognised. */
  checklistColumns: ColumnMap | null;
  dueSoonDays: number | null;
  portrait: boolean;
  arabicDigits: boolean;
  noCache: boolean;
  cacheDir: string | null;
  jobs: number | null;
}

export type ParseResult = { ok: true; args: CliArgs } | { ok: false; problem: string };

const valueFlags = new Set([
  "--as-of",
  "--year",
  "--fiscal-year",
  "--lang",
  "-o",
  "--out",
  "--pdf",
  "--checklist",
  "--checklist-columns",
  "--due-soon-days",
  "--cache-dir",
  "--jobs",
]);

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number);
  const t = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return t.getUTCFullYear() === y && t.getUTCMonth() + 1 === m && t.getUTCDate() === d;
}

/** A Buddhist-era year; a Gregorian one (2023) is converted, since people type both. */
function beYear(s: string): number | null {
  if (!/^\d{4}$/.test(s)) return null;
  const n = Number(s);
  if (n >= 2400 && n <= 2700) return n;
  if (n >= 1900 && n <= 2150) return n + 543;
  return null;
}

export function parseArgs(argv: readonly string[]): ParseResult {
  const args: CliArgs = {
    command: "check",
    files: [],
    json: false,
    asOf: null,
    year: null,
    fiscalYear: null,
    lang: "th",
    out: null,
    pdf: null,
    checklist: null,
    checklistColumns: null,
    dueSoonDays: null,
    portrait: false,
    arabicDigits: false,
    noCache: false,
    cacheDir: null,
    jobs: null,
  };
  const start = commandOf(argv);
  if (!start.ok) return start;
  args.command = start.command;
  if (args.command === "help") return { ok: true, args };
  let i = start.next;
  for (; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--help" || a === "-h") return { ok: true, args: { ...args, command: "help" } };
    if (a === "--version" || a === "-v") return { ok: true, args: { ...args, command: "version" } };
    if (a === "--json") {
      args.json = true;
      continue;
    }
    if (a === "--portrait") {
      args.portrait = true;
      continue;
    }
    if (a === "--arabic-digits") {
      args.arabicDigits = true;
      continue;
    }
    if (a === "--no-cache") {
      args.noCache = true;
      continue;
    }
    if (valueFlags.has(a)) {
      const v = argv[++i];
      if (v === undefined) return { ok: false, problem: `${a} needs a value` };
      const problem = setValue(args, a, v);
      if (problem) return { ok: false, problem };
      continue;
    }
    if (a.startsWith("-") && a !== "-") return { ok: false, problem: `unknown option ${a}` };
    args.files.push(a);
  }
  const problem = filesProblem(args);
  return problem ? { ok: false, problem } : { ok: true, args };
}

/** The sub-command words at the front: `report`, `batch`, `check`, `checklist export|show`. */
function commandOf(
  argv: readonly string[],
): { ok: true; command: Command; next: number } | { ok: false; problem: string } {
  const first = argv[0];
  if (first === "report" || first === "batch" || first === "check")
    return { ok: true, command: first, next: 1 };
  if (first !== "checklist") return { ok: true, command: "check", next: 0 };
  const second = argv[1];
  if (second === "export") return { ok: true, command: "checklist-export", next: 2 };
  if (second === "show") return { ok: true, command: "checklist-show", next: 2 };
  if (second === "--help" || second === "-h") return { ok: true, command: "help", next: 2 };
  return { ok: false, problem: `checklist takes export or show, got ${second ?? "nothing"}` };
}

/** `checklist export` writes with -o and takes no file; `checklist show` takes one; the rest at least one. */
function filesProblem(args: CliArgs): string | null {
  if (args.command === "checklist-export") {
    if (args.files.length > 0) return `checklist export takes no input file, got ${args.files[0]}`;
    return args.out ? null : "checklist export needs -o FILE.xlsx";
  }
  if (args.command === "checklist-show" && args.files.length !== 1)
    return "checklist show takes one FILE.xlsx[:SHEET]";
  return args.files.length === 0 ? "no input file" : null;
}

function setValue(args: CliArgs, flag: string, v: string): string | null {
  switch (flag) {
    case "--as-of":
      if (!isIsoDate(v)) return `--as-of takes YYYY-MM-DD, got ${v}`;
      args.asOf = v;
      return null;
    case "--year":
    case "--fiscal-year": {
      const y = beYear(v);
      if (y === null) return `${flag} takes a year such as 2566, got ${v}`;
      if (flag === "--year") args.year = y;
      else args.fiscalYear = y;
      return null;
    }
    case "--lang":
      if (v !== "th" && v !== "en") return `--lang takes th or en, got ${v}`;
      args.lang = v;
      return null;
    case "-o":
    case "--out":
      args.out = v;
      return null;
    case "--pdf":
      args.pdf = v;
      return null;
    case "--checklist":
      args.checklist = v;
      return null;
    case "--checklist-columns": {
      const parsed = parseChecklistColumns(v);
      if (!parsed.ok) return `--checklist-columns: ${parsed.problem}`;
      args.checklistColumns = parsed.columns;
      return null;
    }
    case "--cache-dir":
      args.cacheDir = v;
      return null;
    case "--due-soon-days":
    case "--jobs": {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 3650)
        return `${flag} takes a whole number, got ${v}`;
      if (flag === "--jobs") args.jobs = n;
      else args.dueSoonDays = n;
      return null;
    }
    default:
      return `unknown option ${flag}`;
  }
}
