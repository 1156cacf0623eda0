/**
 * Bad input through the real command: exit 2, one line per bad file in Thai and English,
 * no stack trace, the other files of the call still checked, and no input file altered.
 */
import { spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildBadInputs } from "../../helpers/badInputs";
import { buildLargeWorkbook } from "../../helpers/largeWorkbook";

const root = path.resolve(__dirname, "../../..");
const bin = path.join(root, "bin", "ita-check.js");
let dir = "";
let bad: Record<string, string> = {};
let good = "";

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-bad-"));
  bad = await buildBadInputs(dir);
  good = path.join(dir, "good.xlsx");
  fs.writeFileSync(good, await buildLargeWorkbook(30, 3));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: root });
}

const expectedCode: Record<string, string> = {
  "zero-bytes": "EMPTY_FILE",
  "empty-workbook": "EMPTY_WORKBOOK",
  "title-only": "NO_TABLE",
  "corrupt-random": "CORRUPT",
  "truncated-xlsx": "CORRUPT",
  "csv-renamed": "NOT_XLSX_CSV",
  "xls-renamed": "NOT_XLSX_XLS",
  "password-protected": "PASSWORD_PROTECTED",
  directory: "NOT_A_FILE",
  missing: "MISSING_FILE",
};

describe("bad input", () => {
  it.each(Object.keys(expectedCode))(
    "%s: exit 2, one line, no stack trace, error code in JSON",
    (name) => {
      const file = bad[name]!;
      const res = run([file, "--json", "--as-of", "2024-10-15"]);
      expect(res.status).toBe(2);
      const lines = res.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(res.stderr).not.toMatch(/\bat .+:\d+:\d+/);
      const json = JSON.parse(res.stdout) as { files: { error: { code: string } | null }[] };
      expect(json.files[0]!.error?.code).toBe(expectedCode[name]);
    },
  );

  it("checks the other files of the same call and leaves every input untouched", () => {
    const files = [bad["corrupt-random"]!, good, bad["csv-renamed"]!];
    const hashes = files.map((f) =>
      crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex"),
    );
    const res = run([...files, "--json", "--as-of", "2024-10-15"]);
    expect(res.status).toBe(2);
    const json = JSON.parse(res.stdout) as { files: { error: unknown; measures: unknown[] }[] };
    expect(json.files.map((f) => f.error === null)).toEqual([false, true, false]);
    expect(json.files[1]!.measures.length).toBe(30);
    expect(res.stderr.trim().split("\n")).toHaveLength(2);
    expect(
      files.map((f) => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex")),
    ).toEqual(hashes);
  });

  it("rejects bad arguments with exit 2 and an unknown checklist year naming the years available", () => {
    expect(run([good, "--as-of", "2024-02-30"]).status).toBe(2);
    expect(run(["--bogus", good]).status).toBe(2);
    const res = run([good, "--year", "2590"]);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain("2566");
    expect(res.stderr).toContain("2569");
  });

  it("prints a readable summary without --json and exits 0 or 1", () => {
    const res = run([good, "--as-of", "2024-10-15"]);
    expect([0, 1]).toContain(res.status);
    expect(res.stdout.length).toBeGreaterThan(0);
    expect(res.stderr).toBe("");
  });
});
