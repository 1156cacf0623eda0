/**
 * Acceptance of the reading issue on the three real reports, in every variant a user's
 * workbook could take: pasted, cleaned, at C4 inside an Excel table, and with real date cells.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/node/cli";
import {
  SEED_VARIANTS,
  SEEDS_MISSING,
  buildSeedWorkbook,
  seedNames,
  seedsAvailable,
} from "../helpers/seedWorkbooks";

interface JsonMeasure {
  kind: string;
  no: string | null;
  title: string;
  responsible: string[];
  period: { start: string | null; end: string | null } | null;
  status: string;
  row: number;
}
interface JsonFile {
  error: unknown;
  sheets: { fiscalYear: number | null; tables: { kind: string }[] }[];
  measures: JsonMeasure[];
  flags: { code: string; severity: string; cell: string | null; row: number | null }[];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-seeds-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function runJson(
  file: string,
  extra: string[] = [],
): Promise<{ code: number; json: JsonFile }> {
  let out = "";
  const code = await main([file, "--json", "--as-of", "2023-10-15", ...extra], {
    out: (s) => (out += s),
    err: () => undefined,
  });
  const parsed = JSON.parse(out) as { files: JsonFile[] };
  return { code, json: parsed.files[0]! };
}

function seed(prefix: string): string {
  const name = seedNames().find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} missing`);
  return name;
}

const available = seedsAvailable();
if (!available) console.warn(SEEDS_MISSING);
const describeSeeds = available ? describe : describe.skip;

const period = (start: string, end: string) => ({ start, end });
const oct65 = period("2022-10-01", "2022-10-31");
const fy66 = period("2022-10-01", "2023-09-30");

/** Seed 000 by measure number: responsible, period, status as the text states them. */
const expected000: [string[], { start: string; end: string }, string][] = [
  [["สำนักปลัด"], oct65, "done"],
  [["สำนักปลัด"], oct65, "done"],
  [["สำนักปลัด"], fy66, "in_progress"],
  [["สำนักปลัด"], oct65, "done"],
  [["สำนักปลัด"], period("2023-02-09", "2023-02-09"), "done"],
  [["สำนักปลัด"], fy66, "in_progress"],
  [["สำนักปลัด"], fy66, "in_progress"],
  [["กองคลัง"], fy66, "in_progress"],
  [["กองคลัง"], fy66, "in_progress"],
  [["สำนักปลัด"], oct65, "done"],
  [["สำนักปลัด"], fy66, "in_progress"],
  [["สำนักปลัด"], oct65, "done"],
  [["กองคลัง"], fy66, "in_progress"],
  [["สำนักปลัด"], oct65, "done"],
  [["สำนักปลัด"], fy66, "in_progress"],
  [["สำนักปลัด"], fy66, "done"],
];

const all6 = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองส่งเสริมการเกษตร", "กองสวัสดิการสังคม"];
const expected001Responsible = [
  ["สำนักปลัด", "กองคลัง"],
  ["สำนักปลัด"],
  ["สำนักปลัด"],
  all6,
  all6,
  ["สำนักปลัด"],
  ["สำนักปลัด"],
];

describeSeeds.each(SEED_VARIANTS)("seed reports, %s variant", (variant) => {
  async function file(prefix: string): Promise<string> {
    const p = path.join(dir, `${prefix}-${variant}.xlsx`);
    if (!fs.existsSync(p)) fs.writeFileSync(p, await buildSeedWorkbook(seed(prefix), variant));
    return p;
  }

  it("000: 16 measures with their responsible units, periods and statuses", async () => {
    const { json } = await runJson(await file("000"));
    expect(json.error).toBeNull();
    const ms = json.measures;
    expect(ms).toHaveLength(16);
    expect(ms.map((m) => m.no)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(json.sheets[0]!.fiscalYear).toBe(2566);
    ms.forEach((m, i) => {
      const [responsible, p, status] = expected000[i]!;
      expect({ no: m.no, responsible: m.responsible, status: m.status }).toEqual({
        no: String(i + 1),
        responsible,
        status,
      });
      expect({ no: m.no, start: m.period?.start, end: m.period?.end }).toEqual({ no: m.no, ...p });
    });
  });

  it("001: 7 measures, period Oct 2567 – Sep 2568, no status words so unknown", async () => {
    const { json } = await runJson(await file("001"));
    const ms = json.measures;
    expect(ms).toHaveLength(7);
    expect(json.sheets[0]!.fiscalYear).toBe(2568);
    expect(ms.map((m) => m.responsible)).toEqual(expected001Responsible);
    for (const m of ms) {
      expect(m.period).toMatchObject({ start: "2024-10-01", end: "2025-09-30" });
      expect(m.status).toBe("unknown");
    }
  });

  it("004: 8 indicator rows and 43 OIT rows, nothing from the attendance lists", async () => {
    const { json } = await runJson(await file("004"));
    const indicators = json.measures.filter((m) => m.kind === "indicator");
    const oit = json.measures.filter((m) => m.kind === "oit-item");
    expect(json.measures).toHaveLength(51);
    expect(indicators.map((m) => m.no)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(oit.map((m) => Number(m.no))).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    expect(indicators.map((m) => m.responsible)).toEqual([
      ["ทุกส่วนงาน"],
      ["สำนักปลัด"],
      ["สำนักปลัด"],
      ["กองคลัง"],
      ["สำนักปลัด"],
      ["สำนักปลัด"],
      ["สำนักปลัด"],
      ["สำนักปลัด"],
    ]);
    for (const m of indicators) expect(m.period).toMatchObject(fy66);
    for (const m of json.measures) expect(m.status).toBe("done");
    expect(oit[5]!.responsible).toEqual([]);
    expect(oit[13]!.responsible).toEqual(["สำนักปลัด", "กองช่าง", "กองคลัง"]);
    expect(oit.filter((m) => m.responsible.length === 0)).toHaveLength(1);
    expect(json.sheets[0]!.fiscalYear).toBe(2566);
  });
});

describeSeeds("checking the seeds (issue 3 acceptance)", () => {
  async function pasted(prefix: string): Promise<string> {
    const p = path.join(dir, `${prefix}-check.xlsx`);
    if (!fs.existsSync(p)) fs.writeFileSync(p, await buildSeedWorkbook(seed(prefix), "pasted"));
    return p;
  }
  const numbersWith = (json: JsonFile, code: string): number[] => {
    const byRow = new Map(json.measures.map((m) => [m.row, Number(m.no)]));
    return json.flags
      .filter((f) => f.code === code)
      .map((f) => byRow.get(f.row ?? -1) ?? -1)
      .sort((a, b) => a - b);
  };

  it("000 as of 2023-10-15: OVERDUE exactly on the eight in-progress measures that ended 30 Sep 2023", async () => {
    const { json, code } = await runJson(await pasted("000"));
    expect(numbersWith(json, "OVERDUE")).toEqual([3, 6, 7, 8, 9, 11, 13, 15]);
    expect(code).toBe(1);
  });

  it("000 as of 2023-04-30: no OVERDUE", async () => {
    let out = "";
    await main([await pasted("000"), "--json", "--as-of", "2023-04-30"], {
      out: (s) => (out += s),
      err: () => undefined,
    });
    const json = (JSON.parse(out) as { files: JsonFile[] }).files[0]!;
    expect(json.flags.filter((f) => f.code === "OVERDUE")).toHaveLength(0);
  });

  it("000: MISSING_EVIDENCE on measures 12 and 14, never on 1, 4, 5, 10 or 16", async () => {
    const { json } = await runJson(await pasted("000"));
    const flagged = numbersWith(json, "MISSING_EVIDENCE");
    expect(flagged).toEqual(expect.arrayContaining([12, 14]));
    for (const n of [1, 4, 5, 10, 16]) expect(flagged).not.toContain(n);
  });

  it("004: every OIT row matched to its own 2566 item, nothing not covered, MISSING_RESPONSIBLE only on O6", async () => {
    const { json } = await runJson(await pasted("004"), ["--year", "2566"]);
    const oit = json.measures.filter((m) => m.kind === "oit-item") as (JsonMeasure & {
      items: { code: string }[];
    })[];
    expect(oit.map((m) => m.items[0]?.code)).toEqual(
      Array.from({ length: 43 }, (_, i) => `O${i + 1}`),
    );
    expect(json.flags.filter((f) => f.code === "ITEM_NOT_COVERED")).toHaveLength(0);
    expect(numbersWith(json, "MISSING_RESPONSIBLE")).toEqual([6]);
    const missing = json.flags.find((f) => f.code === "MISSING_RESPONSIBLE");
    expect(missing!.cell).toMatch(/^D\d+$/);
  });
});
