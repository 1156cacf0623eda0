/**
 * `ita-check checklist export` then `checklist show`: every shipped year goes out as a sheet
 * and comes back with the same items and no problems; show fails with exit 2 on a bad list.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { getChecklist } from "../../../src/core/checklist/registry";
import { writeDuplicateCode } from "./checklistFixtures";

const root = path.resolve(__dirname, "../../..");
const bin = path.join(root, "bin", "ita-check.js");
let dir = "";

function run(args: string[]) {
  const start = performance.now();
  const res = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir });
  return { ...res, ms: Math.round(performance.now() - start) };
}

interface ShowJson {
  error: { code: string; problems: { code: string; params: Record<string, unknown> }[] } | null;
  checklist: {
    year: number;
    yearSource: string;
    itemCount: number;
    codes: string[];
    complete: boolean;
    provisional: { copyOf: number } | null;
  };
  problems: { code: string; severity: string }[];
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-checklist-cmd-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("checklist export → checklist show", () => {
  it.each([2566, 2567, 2568, 2569, 2570])(
    "%i: same item count and codes, no errors",
    (year) => {
      const file = path.join(dir, `list-${year}.xlsx`);
      const exported = run(["checklist", "export", "--year", String(year), "-o", file]);
      expect(exported.status).toBe(0);
      const shown = run(["checklist", "show", file, "--json"]);
      expect(shown.status).toBe(0);
      const json = JSON.parse(shown.stdout) as ShowJson;
      const built = getChecklist(year);
      if (!built.ok) throw new Error(`no built-in ${year}`);
      expect(json.error).toBeNull();
      expect(json.checklist.year).toBe(year);
      expect(json.checklist.yearSource).toBe("list");
      expect(json.checklist.itemCount).toBe(built.checklist.items.length);
      expect(json.checklist.codes).toEqual(built.checklist.items.map((i) => i.code));
      expect(json.checklist.provisional).toEqual(built.checklist.provisional ?? null);
      expect(json.problems.filter((p) => p.severity === "error")).toEqual([]);
      const readable = run(["checklist", "show", file, "--lang", "en"]);
      expect(readable.status).toBe(0);
      expect(readable.stdout).toContain(String(built.checklist.items.length));
      console.log(`${year}: export ${exported.ms} ms, show ${shown.ms} ms (node start included)`);
    },
    30_000,
  );

  it("export defaults to the fiscal year of the as-of date", () => {
    const file = path.join(dir, "default.xlsx");
    expect(run(["checklist", "export", "--as-of", "2025-10-01", "-o", file]).status).toBe(0);
    const json = JSON.parse(run(["checklist", "show", file, "--json"]).stdout) as ShowJson;
    expect(json.checklist.year).toBe(2569);
  });

  it("show: exit 2 with the problems for a bad list; bad arguments are exit 2", async () => {
    const good = path.join(dir, "list-2566.xlsx");
    const bad = path.join(dir, "dup.xlsx");
    await writeDuplicateCode(good, bad);
    const res = run(["checklist", "show", bad, "--json"]);
    expect(res.status).toBe(2);
    const json = JSON.parse(res.stdout) as ShowJson;
    expect(json.error?.code).toBe("CHECKLIST_NOT_LOADED");
    expect(json.error?.problems.map((p) => p.code)).toContain("CHECKLIST_DUPLICATE_CODE");
    expect(run(["checklist", "show", bad]).status).toBe(2);
    expect(
      run(["checklist", "export", "--year", "2590", "-o", path.join(dir, "x.xlsx")]).status,
    ).toBe(2);
    expect(run(["checklist", "export"]).status).toBe(2);
    expect(run(["checklist", "frobnicate"]).status).toBe(2);
    expect(run(["checklist", "show"]).status).toBe(2);
    const unwritable = run(["checklist", "export", "-o", path.join(dir, "no", "such", "x.xlsx")]);
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
