/**
 * `--checklist FILE.xlsx:SHEET` through the real command: the list a supervisor exported (or
 * pasted) is the one checked against, every flag names it, and a list that does not load
 * stops the run with exit 2 and its problems by row, checking nothing.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeDuplicateCode, writeMeasuresWithoutYear, writeNoTable } from "./checklistFixtures";

const root = path.resolve(__dirname, "../../..");
const bin = path.join(root, "bin", "ita-check.js");
let dir = "";
let measures = "";
let list2566 = "";
const SHEET_2566 = "รายการตรวจ ITA 2566";

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir });
}

interface JsonFlag {
  code: string;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  params: Record<string, unknown>;
}
interface JsonFile {
  error: unknown;
  year: number;
  yearSource: string;
  checklist: {
    year: number;
    id: string;
    origin: string;
    file: string | null;
    sheet: string | null;
    provisional: { copyOf: number } | null;
    complete: boolean;
  };
  flags: JsonFlag[];
  measures: unknown[];
}
interface JsonOut {
  error?: { code: string; checklist: { file: string; sheet: string | null }; problems: JsonFlag[] };
  checklistFile?: {
    year: number;
    yearSource: string;
    itemCount: number;
    sheet: string;
    warnings: JsonFlag[];
  };
  files: JsonFile[];
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-checklist-opt-"));
  measures = path.join(dir, "measures.xlsx");
  await writeMeasuresWithoutYear(measures);
  list2566 = path.join(dir, "list.xlsx");
  expect(run(["checklist", "export", "--year", "2566", "-o", list2566]).status).toBe(0);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("no year anywhere: the as-of date's fiscal year, 2570, a provisional copy of 2569", () => {
  it("says so in JSON: year 2570 from the as-of date, copy of 2569, CHECKLIST_PROVISIONAL", () => {
    const res = run([measures, "--as-of", "2026-11-22", "--json"]);
    expect([0, 1]).toContain(res.status);
    const file = (JSON.parse(res.stdout) as JsonOut).files[0]!;
    expect(file.error).toBeNull();
    expect(file.yearSource).toBe("as-of");
    expect(file.checklist.year).toBe(2570);
    expect(file.checklist.provisional?.copyOf).toBe(2569);
    expect(file.checklist.origin).toBe("built-in");
    const provisional = file.flags.filter((f) => f.code === "CHECKLIST_PROVISIONAL");
    expect(provisional).toHaveLength(1);
    expect(provisional[0]!.params).toMatchObject({ year: 2570, copyOf: 2569 });
    for (const f of file.flags) expect(f.params.checklist).toBe(file.checklist.id);
  });

  it("the readable output carries the notice: a line with 2570, 2569 and the --checklist way out", () => {
    for (const lang of ["th", "en"]) {
      const res = run([measures, "--as-of", "2026-11-22", "--lang", lang]);
      expect([0, 1]).toContain(res.status);
      expect(res.stdout).toContain("CHECKLIST_PROVISIONAL");
      const notice = res.stdout
        .split("\n")
        .filter((l) => l.includes("2570") && l.includes("2569") && l.includes("--checklist"));
      expect(notice).toHaveLength(1);
    }
  });
});

describe("--checklist list.xlsx:SHEET from `checklist export --year 2566`", () => {
  it("checks against the file's list: origin file, and every flag's params.checklist is its id", () => {
    const res = run([
      measures,
      "--checklist",
      `${list2566}:${SHEET_2566}`,
      "--as-of",
      "2026-11-22",
      "--json",
    ]);
    expect([0, 1]).toContain(res.status);
    const out = JSON.parse(res.stdout) as JsonOut;
    const file = out.files[0]!;
    expect(file.checklist.origin).toBe("file");
    expect(file.checklist.file).toBe("list.xlsx");
    expect(file.checklist.sheet).toBe(SHEET_2566);
    expect(file.checklist.year).toBe(2566);
    expect(file.yearSource).toBe("checklist");
    expect(file.flags.length).toBeGreaterThan(0);
    for (const f of file.flags) expect(f.params.checklist).toBe(file.checklist.id);
    expect(file.checklist.id).toContain("list.xlsx");
    expect(out.checklistFile).toMatchObject({ year: 2566, yearSource: "list", itemCount: 43 });
  });

  it("without :SHEET takes the first sheet that loads, and names the list in the readable output", () => {
    const res = run([measures, "--checklist", list2566, "--as-of", "2026-11-22"]);
    expect([0, 1]).toContain(res.status);
    expect(res.stdout).toContain(`list.xlsx:${SHEET_2566}`);
    expect(res.stdout).not.toContain("CHECKLIST_PROVISIONAL");
  });

  it("--year 2570 loads the 2566 sheet as the 2570 list and warns that the years differ", () => {
    const res = run([measures, "--checklist", list2566, "--year", "2570", "--json"]);
    expect([0, 1]).toContain(res.status);
    const out = JSON.parse(res.stdout) as JsonOut;
    expect(out.files[0]!.checklist.year).toBe(2570);
    expect(out.files[0]!.checklist.origin).toBe("file");
    expect(out.files[0]!.yearSource).toBe("setting");
    expect(out.checklistFile?.yearSource).toBe("option");
    const differs = out.checklistFile?.warnings.find((w) => w.code === "CHECKLIST_YEAR_DIFFERS");
    expect(differs?.params).toMatchObject({ sheetYear: 2566, year: 2570 });
  });

  it("report takes the same list", () => {
    const out = path.join(dir, "report.xlsx");
    const res = run(["report", measures, "--checklist", list2566, "-o", out]);
    expect(res.status).toBe(0);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  });
});

describe("a list that does not load: exit 2, its problems by row, nothing checked", () => {
  it("duplicate codes: CHECKLIST_DUPLICATE_CODE naming both rows", async () => {
    const bad = path.join(dir, "duplicate.xlsx");
    const dup = await writeDuplicateCode(list2566, bad);
    const res = run([measures, "--checklist", `${bad}:${dup.sheet}`, "--json"]);
    expect(res.status).toBe(2);
    expect(res.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(res.stderr).toContain("CHECKLIST_DUPLICATE_CODE");
    const out = JSON.parse(res.stdout) as JsonOut;
    expect(out.files).toEqual([]);
    expect(out.error?.code).toBe("CHECKLIST_NOT_LOADED");
    expect(out.error?.checklist).toEqual({ file: "duplicate.xlsx", sheet: dup.sheet });
    const flag = out.error?.problems.find((p) => p.code === "CHECKLIST_DUPLICATE_CODE");
    expect(flag?.params.item).toBe(dup.code);
    expect(flag?.params.rows).toBe(`${dup.rows[0]}, ${dup.rows[1]}`);
    expect(flag?.row).toBe(dup.rows[1]);
    expect(flag?.cell).toBe(`A${dup.rows[1]}`);
  });

  it("no item table: CHECKLIST_NO_TABLE, readable without --json", async () => {
    const bad = path.join(dir, "memo.xlsx");
    const sheet = await writeNoTable(bad);
    const json = run([measures, "--checklist", bad, "--json"]);
    expect(json.status).toBe(2);
    const out = JSON.parse(json.stdout) as JsonOut;
    expect(out.files).toEqual([]);
    expect(out.error?.checklist.sheet).toBe(sheet);
    expect(out.error?.problems.map((p) => p.code)).toEqual(["CHECKLIST_NO_TABLE"]);
    const human = run([measures, "--checklist", `${bad}:${sheet}`]);
    expect(human.status).toBe(2);
    expect(human.stdout).toBe("");
    expect(human.stderr).toContain("CHECKLIST_NO_TABLE");
  });

  it("a missing file, a missing sheet, a wrong kind of file and columns without a list are bad input", () => {
    const cases: [string[], string | null][] = [
      [["--checklist", path.join(dir, "nope.xlsx")], "MISSING_FILE"],
      [["--checklist", `${list2566}:Nope`], "CHECKLIST_SHEET_NOT_FOUND"],
      [["--checklist", path.join(dir, "list.txt")], "CHECKLIST_FILE_TYPE"],
      [
        ["--checklist", path.join(dir, "list.json"), "--checklist-columns", "code=A,title=B"],
        "CHECKLIST_COLUMNS_NOT_FOR_JSON",
      ],
      [["--checklist-columns", "code=A,title=B"], null],
      [["--checklist", list2566, "--checklist-columns", "code=A,colour=B"], null],
    ];
    for (const [args, code] of cases) {
      const res = run([measures, ...args, "--json"]);
      expect(res.status).toBe(2);
      expect(res.stderr).not.toMatch(/\bat .+:\d+:\d+/);
      if (code) expect((JSON.parse(res.stdout) as JsonOut).error?.code).toBe(code);
    }
  });
});
