import { FakeExcel } from "./fakeExcel";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { READ_CELL_ESTIMATE_BYTES, cellsPerSync } from "../../src/excel/readPlan";
import { createExcelHost } from "../../src/excel/excelHost";

const LIMIT = 5_000_000;
let fake: FakeExcel;
afterEach(() => fake.uninstall());

function bigSheet(f: FakeExcel, rows: number): void {
  const s = f.addSheet("มาตรการ");
  for (let i = 0; i < rows; i++) {
    s.setValues(`A${i + 1}`, [
      [i + 1, `มาตรการที่ ${i + 1}`, "สำนักปลัด", 45000 + i, "ดำเนินการแล้ว", ""],
    ]);
    s.set(`D${i + 1}`, { numberFormat: "d/m/yyyy", text: `วันที่ ${i}` });
  }
  s.set("F10", { value: "เว็บไซต์", hyperlink: { address: "https://www.example.go.th/ita" } });
}

describe("readWorkbook", () => {
  it("reads 10,000 rows x 6 columns in 2 + one sync per planned chunk, every response under 5 MB", async () => {
    fake = new FakeExcel({ apiLevel: "1.14" }).install();
    bigSheet(fake, 10_000);
    const progress: number[] = [];
    const result = await readWorkbook({}, (p) => progress.push(p.done));

    const rowsPerSync = Math.floor(cellsPerSync(READ_CELL_ESTIMATE_BYTES) / 6);
    const chunks = Math.ceil(10_000 / rowsPerSync);
    expect(result.chunkSyncs).toBe(chunks);
    expect(fake.stats.syncs).toBe(2 + chunks);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3 + chunks);
    for (const r of fake.stats.records) expect(r.responseBytes).toBeLessThan(LIMIT);
    expect(progress[progress.length - 1]).toBe(10_000);

    const g = result.snapshot.sheets[0]!;
    expect(g.name).toBe("มาตรการ");
    expect(g.origin).toEqual({ row: 0, col: 0 });
    expect(g.values).toHaveLength(10_000);
    expect(g.values[0]).toEqual([1, "มาตรการที่ 1", "สำนักปลัด", 45000, "ดำเนินการแล้ว", null]);
    expect(g.values[9_999]).toEqual([
      10_000,
      "มาตรการที่ 10000",
      "สำนักปลัด",
      54999,
      "ดำเนินการแล้ว",
      null,
    ]);
    expect(g.text?.[5]?.[3]).toBe("วันที่ 5");
    expect(g.text?.[5]?.[1]).toBeNull();
    expect(g.numberFormats?.[7]?.[3]).toBe("d/m/yyyy");
    expect(g.numberFormats?.[7]?.[0]).toBeNull();
    expect(g.hyperlinks).toEqual({ F10: "https://www.example.go.th/ita" });
    expect(g.hidden).toBe(false);
  });

  it("packs several sheets into one sync and keeps hidden and empty sheets", async () => {
    fake = new FakeExcel({ apiLevel: "1.13" }).install();
    fake.addSheet("ปก", [["แผนปฏิบัติการ"]]);
    const data = fake.addSheet("ข้อมูล");
    data.setValues("B3", [
      ["ลำดับ", "มาตรการ"],
      [1, "- ไม่มี -"],
    ]);
    data.visibility = "Hidden";
    fake.addSheet("ว่าง");
    const { snapshot } = await readWorkbook();
    expect(fake.stats.syncs).toBe(3);
    expect(snapshot.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["ปก", false],
      ["ข้อมูล", true],
      ["ว่าง", false],
    ]);
    expect(snapshot.sheets[1]!.origin).toEqual({ row: 2, col: 1 });
    expect(snapshot.sheets[1]!.values).toEqual([
      ["ลำดับ", "มาตรการ"],
      [1, "- ไม่มี -"],
    ]);
    expect(snapshot.sheets[2]!.values).toEqual([]);
  });

  it("shrinks chunks when cells are heavier than estimated and still reads everything", async () => {
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    const s = fake.addSheet("ยาว");
    const long = "ก".repeat(2_000);
    const rows = Array.from({ length: 300 }, (_, i) => [`${i}${long}`, long, long, long]);
    s.setValues("A1", rows);
    const { snapshot } = await readWorkbook();
    expect(snapshot.sheets[0]!.values).toEqual(rows);
    const failed = fake.stats.records.filter((r) => r.responseBytes >= LIMIT);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThanOrEqual(3);
    // After learning the real weight, no further response goes over.
    const lastFail = fake.stats.records.lastIndexOf(failed[failed.length - 1]!);
    for (const r of fake.stats.records.slice(lastFail + 1))
      expect(r.responseBytes).toBeLessThan(LIMIT);
  });

  it("reads merged areas at 1.13 and reports their absence before", async () => {
    fake = new FakeExcel({ apiLevel: "1.13" }).install();
    fake
      .addSheet("S", [
        ["หัวเรื่อง", "", ""],
        [1, 2, 3],
      ])
      .merge("A1:C1");
    expect((await readWorkbook()).snapshot.sheets[0]!.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
    ]);
    fake.uninstall();

    fake = new FakeExcel({ apiLevel: "1.12" }).install();
    fake
      .addSheet("S", [
        ["หัวเรื่อง", "", ""],
        [1, 2, 3],
      ])
      .merge("A1:C1");
    const r = await readWorkbook();
    expect(r.snapshot.sheets[0]!.merges).toEqual([]);
    expect(r.degraded).toContain("NO_MERGES_BEFORE_1_13");
  });

  it("reads hyperlinks at 1.9 and reports their absence at 1.7", async () => {
    const seed = (f: FakeExcel) =>
      f
        .addSheet("S", [["ลิงก์"]])
        .set("A2", { value: "เว็บ", hyperlink: { address: "https://a.go.th" } });
    fake = new FakeExcel({ apiLevel: "1.9" }).install();
    seed(fake);
    expect((await readWorkbook()).snapshot.sheets[0]!.hyperlinks).toEqual({
      A2: "https://a.go.th",
    });
    fake.uninstall();

    fake = new FakeExcel({ apiLevel: "1.7" }).install();
    seed(fake);
    const host = createExcelHost();
    const snap = await host.readWorkbook();
    expect(snap.sheets[0]!.hyperlinks).toEqual({});
    expect(snap.sheets[0]!.values).toEqual([["ลิงก์"], ["เว็บ"]]);
    expect((await host.capabilities()).degraded).toContain("NO_HYPERLINKS_BEFORE_1_9");
  });
});
