import { FakeExcel } from "./fakeExcel";
import { runExcel } from "../../src/excel/run";
import { ExcelBusyError, ExcelHostError } from "../../src/excel/errors";
import { loadSettings } from "../../src/excel/settings";

const NO_WAIT = { retryDelaysMs: [0, 0, 0] };
let fake: FakeExcel;
afterEach(() => fake.uninstall());

describe("runExcel", () => {
  it("retries while Excel is in cell-edit mode, then succeeds", async () => {
    fake = new FakeExcel({ apiLevel: "1.9", busyRuns: 2 }).install();
    expect(await loadSettings(NO_WAIT)).toEqual({});
    expect(fake.stats.busyFailures).toBe(2);
    expect(fake.stats.runs).toBe(3);
  });

  it("gives up after 3 retries with ExcelBusyError", async () => {
    fake = new FakeExcel({ apiLevel: "1.9", busyRuns: 10 }).install();
    const err = await loadSettings(NO_WAIT).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelBusyError);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelBusyError).code).toBe("InvalidOperationInCellEditMode");
    expect((err as ExcelBusyError).attempts).toBe(4);
    expect(fake.stats.runs).toBe(4);
  });

  it("waits with delayForCellEdit where ExcelApi 1.11 has it", async () => {
    fake = new FakeExcel({ apiLevel: "1.11", busyRuns: 1 }).install();
    await loadSettings(NO_WAIT);
    expect(fake.stats.delayedRuns).toBe(1);
    expect(fake.stats.busyFailures).toBe(0);
    expect(fake.stats.runs).toBe(1);
  });

  it("maps other Office errors to ExcelHostError and passes our own errors through", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    const office = await runExcel(async (ctx) => {
      ctx.workbook.worksheets.getItem("ไม่มี").load("name");
      await ctx.sync();
    }, NO_WAIT).catch((e: unknown) => e);
    expect(office).toBeInstanceOf(ExcelHostError);
    expect((office as ExcelHostError).code).toBe("ItemNotFound");
    expect((office as ExcelHostError).debugInfo).toMatchObject({ code: "ItemNotFound" });

    const bug = new TypeError("ours");
    await expect(runExcel(() => Promise.reject(bug), NO_WAIT)).rejects.toBe(bug);
  });
});
