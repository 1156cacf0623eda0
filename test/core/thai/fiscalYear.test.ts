import fs from "fs";
import path from "path";
import { fiscalYearOf, fiscalYearRange, inferFiscalYear } from "../../../src/core/thai";

describe("fiscal years", () => {
  test.each([
    ["2022-10-01", 2566],
    ["2023-09-30", 2566],
    ["2022-09-30", 2565],
    ["2024-12-31", 2568],
  ])("%s is in FY %d", (iso, fy) => {
    expect(fiscalYearOf(iso)).toBe(fy);
  });

  test("range of FY 2566", () => {
    expect(fiscalYearRange(2566)).toEqual({ start: "2022-10-01", end: "2023-09-30" });
  });
});

describe("inferFiscalYear", () => {
  test.each([
    [["รายงานผล", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"], 2568],
    [["องค์การบริหารส่วนตำบลเขาหัวควาย ประจำปี พ.ศ.๒๕๖๖"], 2566],
    [["ประจำปีงบประมาณ ๒๕๖๖"], 2566],
    [["แผน ปีงบประมาณ 2567"], 2567],
    [["ไม่มีปี"], null],
    [[], null],
  ])("%j → %p", (lines, fy) => {
    expect(inferFiscalYear(lines)).toBe(fy);
  });

  test("a memo naming last year's assessment does not beat the title", () => {
    const memo =
      "ตามที่ได้ดำเนินการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ.๒๕๖๕ เพื่อจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ในปี พ.ศ.๒๕๖๖";
    expect(inferFiscalYear([memo, "รายงานผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"])).toBe(2566);
    expect(inferFiscalYear([memo])).toBe(2566);
  });

  const seeds = path.resolve(__dirname, "../../../../shared/seeds");
  const present = fs.existsSync(seeds);
  if (!present) console.warn(`seeds not found at ${seeds}: skipping the seed tests`);
  const seedTest = present ? test.each : test.skip.each;

  seedTest([
    ["000_", 2566],
    ["001_", 2568],
    ["004_", 2566],
  ])("seed %s → FY %d from its first 20 lines", (prefix, fy) => {
    const file = fs.readdirSync(seeds).find((f) => f.startsWith(prefix));
    expect(file).toBeDefined();
    const text = fs.readFileSync(path.join(seeds, file!), "utf8");
    const lines = text
      .split("\n")
      .slice(0, 20)
      .flatMap((l) => l.split("\t"))
      .map((l) => l.trim())
      .filter(Boolean);
    expect(inferFiscalYear(lines)).toBe(fy);
  });
});
