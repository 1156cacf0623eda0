import { FakeExcel } from "./fakeExcel";
import type { FakeFill } from "./fakeExcel";
import { clearHighlights, highlight } from "../../src/excel/highlights";
import { HIGHLIGHT_KEY } from "../../src/excel/highlightLayer";
import { ExcelHostError } from "../../src/excel/errors";
import { a1 } from "../../src/core/grid/address";
import type { Flag, Severity } from "../../src/core/flags/flag";

const COLOURS: Record<Severity, string> = { error: "#F8D7DA", warning: "#FFF3CD", info: "#D1ECF1" };
const SEVERITIES: Severity[] = ["error", "warning", "info"];
let fake: FakeExcel;
afterEach(() => fake.uninstall());

function flag(sheet: string, cell: string, severity: Severity): Flag {
  return { code: "MISSING_EVIDENCE", severity, sheet, cell, row: null, params: {} };
}

/** Two sheets of 600 rows; every 3rd row of column F filled yellow, one patterned cell. */
function seed(f: FakeExcel): void {
  for (const name of ["มาตรการ", "O-items"]) {
    const s = f.addSheet(name);
    for (let r = 0; r < 600; r++) {
      s.setValues(a1(r, 0), [[r, `ข้อ ${r}`, "", "", "", `https://x.go.th/${r}`]]);
      if (r % 3 === 0) s.set(a1(r, 5), { fill: { color: "#FFFF00", pattern: "Solid" } });
    }
    s.set("E8", { fill: { color: "#FF0000", pattern: "Gray50", patternColor: "#000000" } });
  }
}

function fillsOf(f: FakeExcel): Record<string, FakeFill | null> {
  const out: Record<string, FakeFill | null> = {};
  for (const s of f.model.sheets)
    for (const [k, c] of s.cells) out[`${s.name}!${k}`] = c.fill ? { ...c.fill } : null;
  return out;
}
function valuesOf(f: FakeExcel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of f.model.sheets) for (const [k, c] of s.cells) out[`${s.name}!${k}`] = c.value;
  return out;
}

/** 1,000 flags: 500 per sheet over columns E and F, mixed severities. */
function thousandFlags(): Flag[] {
  const flags: Flag[] = [];
  for (const sheet of ["มาตรการ", "O-items"]) {
    for (let i = 0; i < 500; i++)
      flags.push(flag(sheet, a1(i, i % 2 === 0 ? 5 : 4), SEVERITIES[i % 3]!));
  }
  return flags;
}

describe("highlight / clearHighlights", () => {
  it("paints 1,000 cells in 2 syncs and clearing restores every original fill in 2 syncs", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    seed(fake);
    const fillsBefore = fillsOf(fake);
    const valuesBefore = valuesOf(fake);

    await highlight(thousandFlags());
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    const s = fake.sheet("มาตรการ");
    expect(s.cell("F1").fill).toEqual({ color: COLOURS.error, pattern: "Solid" }); // was yellow
    expect(s.cell("E2").fill).toEqual({ color: COLOURS.warning, pattern: "Solid" }); // had none
    expect(s.cell("F3").fill).toEqual({ color: COLOURS.info, pattern: "Solid" });
    expect(s.cell("E8").fill).toEqual({ color: COLOURS.warning, pattern: "Solid" }); // was patterned
    expect(s.cell("F598").fill).toEqual({ color: "#FFFF00", pattern: "Solid" }); // not flagged
    expect(valuesOf(fake)).toEqual(valuesBefore);
    expect(fake.model.settings.has(HIGHLIGHT_KEY)).toBe(true);
    expect(fake.model.enableEvents).toBe(true);

    fake.resetStats();
    await clearHighlights();
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(fillsOf(fake)).toEqual(fillsBefore);
    expect(valuesOf(fake)).toEqual(valuesBefore);
    expect(fake.model.settings.has(HIGHLIGHT_KEY)).toBe(false);
  });

  it("a second highlight restores dropped cells and keeps the first originals", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    seed(fake);
    const before = fillsOf(fake);
    await highlight([flag("มาตรการ", "F1", "error"), flag("มาตรการ", "F2", "info")]);
    await highlight([flag("มาตรการ", "F1", "warning"), flag("O-items", "A1", "info")]);
    const s = fake.sheet("มาตรการ");
    expect(s.cell("F2").fill).toBeNull();
    expect(s.cell("F1").fill?.color).toBe(COLOURS.warning);
    await clearHighlights();
    expect(fillsOf(fake)).toEqual(before);
  });

  it("uses the strongest severity for a cell flagged twice and skips flags without a cell", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    seed(fake);
    await highlight([
      flag("มาตรการ", "B2", "info"),
      flag("มาตรการ", "B2", "error"),
      flag("มาตรการ", "B2", "warning"),
      { ...flag("มาตรการ", "B3", "error"), cell: null },
      { ...flag("x", "B3", "error"), sheet: null },
    ]);
    expect(fake.sheet("มาตรการ").cell("B2").fill?.color).toBe(COLOURS.error);
    expect(fake.sheet("มาตรการ").cell("B3").fill).toBeNull();
  });

  it("clearing survives a reload (the layer lives in the workbook) and is one sync when empty", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    seed(fake);
    const before = fillsOf(fake);
    await highlight([flag("O-items", "F4", "error")]);
    jest.resetModules();
    // A fresh module instance: nothing of the first highlight is left in memory.
    const fresh = await import("../../src/excel/highlights");
    await fresh.clearHighlights();
    expect(fillsOf(fake)).toEqual(before);
    fake.resetStats();
    await clearHighlights();
    expect(fake.stats.syncs).toBe(1);
  });

  it("refuses before ExcelApi 1.9 with a typed error", async () => {
    fake = new FakeExcel({ apiLevel: "1.8" }).install();
    seed(fake);
    const err = await highlight([flag("มาตรการ", "A1", "error")]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).code).toBe("NO_HIGHLIGHTS_BEFORE_1_9");
    expect(fake.stats.syncs).toBe(0);
  });
});
