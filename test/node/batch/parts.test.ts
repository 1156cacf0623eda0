/** Sheet names, progress output and discovery of the batch command. */
import fc from "fast-check";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { discoverWorkbooks } from "../../../src/node/batch/discover";
import { Progress } from "../../../src/node/batch/progress";
import { SheetNamer } from "../../../src/node/batch/sheetNames";

describe("SheetNamer", () => {
  it("gives unique, legal names of at most 31 characters", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", maxLength: 60 }), { maxLength: 60 }),
        (wanted) => {
          const namer = new SheetNamer(["สรุป"]);
          const names = wanted.map((w) => namer.name(w));
          for (const n of names) {
            expect(Array.from(n).length).toBeLessThanOrEqual(31);
            expect(n).not.toMatch(/[[\]:*?/\\']/);
            expect(n.trim()).not.toBe("");
            expect(n.toLowerCase()).not.toBe("สรุป");
          }
          expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
        },
      ),
    );
  });
});

describe("Progress", () => {
  function feed(total: number, isTTY: boolean): string {
    let out = "";
    let t = 0;
    const p = new Progress(total, { write: (s) => (out += s), isTTY }, () => (t += 1000));
    for (let i = 0; i < total; i++) p.tick(i % 7 === 0);
    p.finish();
    return out;
  }

  it("prints about one line per 10% when not a terminal", () => {
    const lines = feed(200, false).trim().split("\n");
    expect(lines).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^200\/200 .* 29 /);
  });

  it("prints every file when there are fewer than 20", () => {
    expect(feed(7, false).trim().split("\n")).toHaveLength(7);
  });

  it("redraws one line in place on a terminal", () => {
    const out = feed(50, true);
    expect(out.split("\n")).toHaveLength(2);
    expect(out).toContain("\r[####################] 50/50");
  });
});

describe("discoverWorkbooks", () => {
  it("finds .xlsx recursively, sorted, skipping lock files, hidden and cache folders", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-disc-"));
    for (const f of [
      "b/2.xlsx",
      "a.XLSX",
      "b/1.xlsx",
      "b/~$1.xlsx",
      ".x/3.xlsx",
      "cache/4.xlsx",
      "c.csv",
    ]) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), "");
    }
    const jobs = await discoverWorkbooks(dir, { skip: [path.join(dir, "cache")] });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(jobs.map((j) => [j.index, j.file])).toEqual([
      [0, "a.XLSX"],
      [1, "b/1.xlsx"],
      [2, "b/2.xlsx"],
    ]);
  });
});
