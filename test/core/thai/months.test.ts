import { MONTH_SOURCE, MONTHS, monthOf, startsWithMonth } from "../../../src/core/thai";

const whole = new RegExp(`^${MONTH_SOURCE}$`, "i");

describe("months", () => {
  test("twelve months with full and abbreviated names", () => {
    expect(MONTHS.map((m) => m.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const m of MONTHS) {
      expect(monthOf(m.full)).toBe(m.n);
      expect(monthOf(m.abbr)).toBe(m.n);
      expect(whole.test(m.full)).toBe(true);
      expect(whole.test(m.abbr)).toBe(true);
    }
  });

  test.each([
    ["ต.ค.", 10],
    ["ต.ค", 10],
    ["ตค.", 10],
    ["ตค", 10],
    ["ต. ค.", 10],
    ["มี.ค.", 3],
    ["มีค", 3],
    ["เม.ย", 4],
    ["มิ.ย.", 6],
    ["กรกฏาคม", 7],
    ["Jan", 1],
    ["sept.", 9],
    ["DECEMBER", 12],
  ])("%j is month %d", (token, n) => {
    expect(whole.test(token)).toBe(true);
    expect(monthOf(token)).toBe(n);
  });

  test.each(["มีค่า", "ก.ค.ศ.", "ส.ค.ส.", "อ.ก.พ.", "maybe", "ตุลา"])("%j is not a month", (text) => {
    expect(new RegExp(MONTH_SOURCE, "i").test(text)).toBe(false);
  });

  test("startsWithMonth", () => {
    expect(startsWithMonth(" ต.ค.๖๕")).toBe(true);
    expect(startsWithMonth("เดือน ต.ค.")).toBe(false);
    expect(monthOf("ไม่ใช่")).toBeNull();
  });
});
