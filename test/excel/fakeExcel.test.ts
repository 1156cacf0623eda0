import { FakeExcel } from "./fakeExcel";

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel({ apiLevel: "1.9" }).install();
  fake.addSheet("S", [["ก", 1]]);
});
afterEach(() => fake.uninstall());

describe("the fake is strict (so adapter tests that pass prove loads and syncs)", () => {
  it("throws on reading a property that was never loaded, or loaded but not synced", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([["ก", 1]]);
      expect(() => r.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("queues writes until sync and counts syncs and payload bytes", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A2");
      r.values = [["ข"]];
      expect(fake.sheet("S").cell("A2").value).toBe("");
      await ctx.sync();
      expect(fake.sheet("S").cell("A2").value).toBe("ข");
    });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.records[0]!.requestBytes).toBeGreaterThan(0);
  });

  it("refuses APIs above the configured level and oversize responses", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
      expect(() => r.getMergedAreasOrNullObject()).toThrow(
        expect.objectContaining({ code: "ApiNotFound" }),
      );
      return Promise.resolve();
    });
    const small = new FakeExcel({ apiLevel: "1.9", payloadLimitBytes: 300 });
    small.addSheet("S", [["ก".repeat(200)]]);
    small.install();
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    small.uninstall();
  });

  it("reports no fill as white with pattern None, like Excel", async () => {
    fake.sheet("S").set("B1", { fill: { color: "#FFFF00", pattern: "Solid" } });
    await Excel.run(async (ctx) => {
      const p = ctx.workbook.worksheets
        .getItem("S")
        .getRange("A1:B1")
        .getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await ctx.sync();
      expect(p.value[0]!.map((c) => c.format?.fill)).toEqual([
        { color: "#FFFFFF", pattern: "None" },
        { color: "#FFFF00", pattern: "Solid" },
      ]);
    });
  });
});
