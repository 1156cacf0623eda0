/**
 * A real office tracker as its own checklist: seed 004 pasted into a workbook lists the OIT
 * items and tracks them, so checked against itself no item is left uncovered.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SEEDS_MISSING, buildSeedWorkbook, seedsAvailable } from "../../helpers/seedWorkbooks";

const root = path.resolve(__dirname, "../../..");
const bin = path.join(root, "bin", "ita-check.js");
const available = seedsAvailable();
if (!available) console.warn(SEEDS_MISSING);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-checklist-seed-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface JsonOut {
  files: {
    error: unknown;
    checklist: { origin: string; year: number; file: string; sheet: string; id: string };
    flags: { code: string; params: Record<string, unknown> }[];
    measures: unknown[];
  }[];
}

(available ? it : it.skip)(
  "004 pasted, checked against its own Sheet1 as the 2566 list: origin file, no ITEM_NOT_COVERED",
  async () => {
    const file = path.join(dir, "004.xlsx");
    fs.writeFileSync(file, await buildSeedWorkbook("004", "pasted"));
    const res = spawnSync(
      process.execPath,
      [bin, file, "--checklist", `${file}:Sheet1`, "--year", "2566", "--json"],
      { encoding: "utf8", cwd: dir },
    );
    expect([0, 1]).toContain(res.status);
    const f = (JSON.parse(res.stdout) as JsonOut).files[0]!;
    expect(f.error).toBeNull();
    expect(f.checklist).toMatchObject({
      origin: "file",
      year: 2566,
      file: "004.xlsx",
      sheet: "Sheet1",
    });
    expect(f.measures.length).toBeGreaterThan(0);
    expect(f.flags.filter((x) => x.code === "ITEM_NOT_COVERED")).toEqual([]);
    for (const x of f.flags) expect(x.params.checklist).toBe(f.checklist.id);
  },
  60_000,
);
