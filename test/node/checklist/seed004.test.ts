/**
 * Issue 8's acceptance on a real report: the OIT tracker of seed 004 (an office's 2566 list,
 * pasted from the web) loaded as the checklist of 2566, through a real .xlsx file.
 */
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { matchKey } from "../../../src/core/checklist";
import { baseChecklistFor } from "../../../src/core/checklist/registry";
import { checklistFromSheet } from "../../../src/core/checklist/sheet";
import type { WorkbookSnapshot } from "../../../src/core/grid/grid";
import { defaultSettings } from "../../../src/core/settings";
import { readWorkbookBuffer } from "../../../src/node/xlsx/readWorkbook";
import { SEEDS_MISSING, seedsAvailable } from "../../helpers/seedText";
import { buildSeedWorkbook } from "../../helpers/seedWorkbooks";
import { builtInChecklist } from "../../helpers/builtInChecklist";

const run = seedsAvailable() ? describe : describe.skip;
if (!seedsAvailable()) console.warn(SEEDS_MISSING);

async function seed004(variant: "pasted" | "cleaned"): Promise<WorkbookSnapshot> {
  const r = await readWorkbookBuffer(await buildSeedWorkbook("004", variant));
  if (!r.ok) throw new Error(`seed 004 ${variant} did not read: ${r.error.code}`);
  return r.workbook;
}

run.each(["pasted", "cleaned"] as const)("seed 004 (%s) as the checklist of 2566", (variant) => {
  let book: WorkbookSnapshot;
  beforeAll(async () => {
    book = await seed004(variant);
  });

  it("gives the 43 codes and titles of the built-in 2566 list", () => {
    const grid = book.sheets[0]!;
    const r = checklistFromSheet(grid, { year: 2566, base: baseChecklistFor(2566) });
    expect(r.flags.filter((f) => f.severity === "error")).toEqual([]);
    if (!r.ok) return;
    const want = builtInChecklist(2566);
    expect(r.checklist.items.map((i) => i.code)).toEqual(want.items.map((i) => i.code));
    // The office words some titles its own way (spaces, a dash, "การใช้จ่าย" for "การใช้"):
    // compared as the matcher compares them, against the title or a known other name.
    const differ = r.checklist.items.filter((it) => {
      const b = want.items.find((x) => x.code === it.code);
      const names = b ? [b.titleTh, ...(b.aliases ?? [])] : [];
      return !names.some((n) => matchKey(n) === matchKey(it.titleTh));
    });
    expect(differ.map((i) => i.code)).toEqual([]);
    expect(r.table.tracking).toBe(true);
  });

  it("checking 004 against it covers every row and every item", () => {
    const settings = {
      ...defaultSettings("2023-09-30"),
      checklistSheet: { sheet: book.sheets[0]!.name, year: 2566 },
    };
    const r = checkWorkbook(book, settings);
    expect(r.checklist).toMatchObject({ year: 2566, origin: "sheet" });
    expect(r.flags.filter((f) => f.code === "ITEM_NOT_COVERED")).toEqual([]);
    const rows = r.measures.filter((m) => m.kind === "oit-item");
    expect(rows).toHaveLength(43);
    const own = rows.filter((m) =>
      m.items.some((i) => i.code === `O${Number(m.no)}` && i.confidence >= 0.5),
    );
    expect(own).toHaveLength(43);
    expect(r.summary.oitReadiness).toMatchObject({ total: 43 });
  });
});
