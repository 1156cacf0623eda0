import { FakeExcel } from "./fakeExcel";
import { navigateTo } from "../../src/excel/navigate";
import { SETTINGS_KEY, loadSettings, saveSettings } from "../../src/excel/settings";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { ExcelHostError } from "../../src/excel/errors";

let fake: FakeExcel;
afterEach(() => fake.uninstall());

describe("navigateTo", () => {
  it("activates the sheet, syncs, then selects the cell", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    fake.addSheet("ปก");
    fake.addSheet("มาตรการ");
    await navigateTo("มาตรการ", "E12");
    expect(fake.log.map((l) => l.action)).toEqual(["activate", "select"]);
    expect(fake.log[0]!.sync).toBeLessThan(fake.log[1]!.sync);
    expect(fake.model.selection).toEqual({
      sheet: "มาตรการ",
      address: "มาตรการ!E12".replace("มาตรการ", "'มาตรการ'"),
    });
  });

  it("the fake refuses select on a sheet activated in the same sync (so the test above can fail)", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    fake.addSheet("ปก");
    fake.addSheet("มาตรการ");
    const run = Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("มาตรการ");
      ws.activate();
      ws.getRange("A1").select();
      await ctx.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidSelection" });
  });

  it("a missing sheet is an ExcelHostError with Excel's code", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    fake.addSheet("ปก");
    const err = await navigateTo("ไม่มี", "A1").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).code).toBe("ItemNotFound");
    expect((err as ExcelHostError).debugInfo).toBeTruthy();
  });
});

describe("settings", () => {
  it("round-trips CheckSettings as one JSON string and merges saves", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    fake.addSheet("S", [["x"]]);
    expect(await loadSettings()).toEqual({});
    const settings = {
      year: 2567,
      asOf: "2024-03-31",
      organisation: "อบต.ตัวอย่าง",
      overrides: { "m-1": ["O36"] },
      acknowledged: { "OVERDUE|S|E5": { reason: "รอเอกสาร", on: "2024-04-01" } },
      lang: "th" as const,
      thaiDigits: true,
    };
    await saveSettings(settings);
    expect(typeof fake.model.settings.get(SETTINGS_KEY)).toBe("string");
    expect(await loadSettings()).toEqual(settings);
    await saveSettings({ lang: "en", thaiDigits: false });
    expect(await loadSettings()).toEqual({ ...settings, lang: "en", thaiDigits: false });
    fake.resetStats();
    await loadSettings();
    expect(fake.stats.syncs).toBe(1);
    expect((await readWorkbook()).snapshot.settings).toMatchObject({ year: 2567, lang: "en" });
  });

  it("reads broken or foreign values as data: bad fields dropped, bad JSON empty", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    fake.model.settings.set(
      SETTINGS_KEY,
      JSON.stringify({ year: "2567", asOf: "31/3/2567", lang: "th", x: 1 }),
    );
    expect(await loadSettings()).toEqual({ lang: "th" });
    fake.model.settings.set(SETTINGS_KEY, "{not json");
    expect(await loadSettings()).toEqual({});
  });

  it("keeps the checklist sheet with the workbook; a malformed one is dropped", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    fake.addSheet("S", [["x"]]);
    const checklistSheet = {
      sheet: "รายการ ITA 2570",
      year: 2570,
      columns: { code: "A", titleTh: "B", components: "C" },
    };
    await saveSettings({ checklistSheet });
    expect(await loadSettings()).toEqual({ checklistSheet });
    await saveSettings({ checklistSheet: null });
    expect(await loadSettings()).toEqual({ checklistSheet: null });
    for (const bad of [
      { sheet: "", year: 2570 },
      { sheet: "L", year: "2570" },
      { sheet: "L", year: 2570, columns: { code: "1" } },
    ]) {
      fake.model.settings.set(SETTINGS_KEY, JSON.stringify({ lang: "th", checklistSheet: bad }));
      expect(await loadSettings()).toEqual({ lang: "th" });
    }
  });
});
