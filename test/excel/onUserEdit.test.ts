import { FakeExcel } from "./fakeExcel";
import { onUserEdit } from "../../src/excel/onUserEdit";
import { writeReport } from "../../src/excel/report/writeReport";
import type { ReportModel } from "../../src/core/report/model";

let fake: FakeExcel;
// Own-write windows are remembered by time: each test runs a minute after the last.
let clock = Date.now();
beforeEach(() => {
  clock += 60_000;
  jest.spyOn(Date, "now").mockImplementation(() => clock);
});
afterEach(() => {
  fake.uninstall();
  jest.restoreAllMocks();
});

/** Only what the stand-in writer reads; the full model is the report engineer's. */
const reportFields: Pick<ReportModel, "sheetName" | "cells" | "merges" | "styles"> = {
  sheetName: "รายงาน",
  cells: [
    { row: 0, col: 0, value: "รายงานผลการดำเนินการ", style: "title" },
    { row: 1, col: 0, value: 1, style: "body" },
    { row: 1, col: 1, value: "- ไม่มี -", style: "body" },
    { row: 2, col: 1, value: "2566", style: "code" },
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
  styles: { title: { bold: true }, body: {}, code: { text: true } },
};
const report = reportFields as ReportModel;

describe("onUserEdit", () => {
  it("hears user edits, not the add-in's own writes (triggerSource, 1.14), and stops when removed", async () => {
    fake = new FakeExcel({ apiLevel: "1.14" }).install();
    fake.addSheet("มาตรการ", [["x"]]);
    const heard = jest.fn();
    const stop = await onUserEdit(heard);
    fake.userEdit("มาตรการ", "B2", "แก้ไข");
    await fake.flushEvents();
    expect(heard).toHaveBeenCalledTimes(1);
    await writeReport(report);
    await fake.flushEvents();
    expect(heard).toHaveBeenCalledTimes(1);
    await stop();
    expect(fake.handlerCount()).toBe(0);
    fake.userEdit("มาตรการ", "B3", "อีก");
    await fake.flushEvents();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(fake.handlerErrors).toEqual([]);
  });

  it("before 1.14 ignores events inside the adapter's own write window", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    fake.addSheet("มาตรการ", [["x"]]);
    const heard = jest.fn();
    const stop = await onUserEdit(heard);
    await writeReport(report);
    await fake.flushEvents();
    expect(heard).not.toHaveBeenCalled();
    await stop();
  });

  it("on 1.7-1.8 watches each existing sheet; below 1.7 it does nothing", async () => {
    fake = new FakeExcel({ apiLevel: "1.8" }).install();
    fake.addSheet("ก", [["x"]]);
    fake.addSheet("ข", [["y"]]);
    const heard = jest.fn();
    const stop = await onUserEdit(heard);
    expect(fake.handlerCount()).toBe(2);
    fake.userEdit("ข", "A2", 1);
    await fake.flushEvents();
    expect(heard).toHaveBeenCalledTimes(1);
    await stop();
    expect(fake.handlerCount()).toBe(0);
    fake.uninstall();

    fake = new FakeExcel({ apiLevel: "1.6" }).install();
    const none = await onUserEdit(heard);
    await none();
    expect(fake.stats.runs).toBe(0);
  });
});

describe("writeReport (stand-in)", () => {
  it("writes values and merges in one read and one write sync, keeping formula-like text as text", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    fake.addSheet("มาตรการ", [["x"]]);
    expect(await writeReport(report)).toEqual({ degraded: [] });
    expect(fake.stats.syncs).toBe(2);
    const s = fake.sheet("รายงาน");
    expect(s.cell("A1").value).toBe("รายงานผลการดำเนินการ");
    expect(s.cell("A2").value).toBe(1);
    expect(s.cell("B2").value).toBe("- ไม่มี -");
    expect(s.cell("B3").value).toBe("2566");
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    // Rebuilt in place on a second run.
    await writeReport(report);
    expect(fake.model.sheets).toHaveLength(2);
    expect(s.merges).toHaveLength(1);
  });
});
