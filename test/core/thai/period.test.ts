import { parsePeriod, toArabicDigits, toThaiDigits } from "../../../src/core/thai";

type Case = [text: string, fiscalYear: number | null, start: string, end: string, form: string];

// Written once; every case runs with Thai digits and with Arabic digits.
const readable: Case[] = [
  // a month
  ["ต.ค. ๖๕", null, "2022-10-01", "2022-10-31", "month"],
  ["ต.ค.๖๕", null, "2022-10-01", "2022-10-31", "month"],
  ["ตค.๖๕", null, "2022-10-01", "2022-10-31", "month"],
  ["ต.ค ๖๕", null, "2022-10-01", "2022-10-31", "month"],
  ["กันยายน ๒๕๖๖", null, "2023-09-01", "2023-09-30", "month"],
  ["กันยายน พ.ศ. ๒๕๖๖", null, "2023-09-01", "2023-09-30", "month"],
  ["ก.พ. ๒๐๒๓", null, "2023-02-01", "2023-02-28", "month"],
  ["Oct 2022", null, "2022-10-01", "2022-10-31", "month"],
  // a date
  ["๙ ก.พ.๖๖", null, "2023-02-09", "2023-02-09", "date"],
  ["วันที่ ๙ กุมภาพันธ์ ๒๕๖๖", null, "2023-02-09", "2023-02-09", "date"],
  ["๙/๒/๒๕๖๖", null, "2023-02-09", "2023-02-09", "date"],
  ["๐๙/๐๒/๖๖", null, "2023-02-09", "2023-02-09", "date"],
  ["๙/๒/๒๐๒๓", null, "2023-02-09", "2023-02-09", "date"],
  ["๒๙ ก.พ. ๖๗", null, "2024-02-29", "2024-02-29", "date"],
  // ranges
  ["ต.ค. ๖๕ - ก.ย. ๖๖", null, "2022-10-01", "2023-09-30", "range"],
  ["ต.ค.๖๕-ก.ย.๖๖", null, "2022-10-01", "2023-09-30", "range"],
  ["ต.ค. ๖๕ – ก.ย. ๖๖", null, "2022-10-01", "2023-09-30", "range"],
  ["ต.ค. ๖๕ — ก.ย. ๖๖", null, "2022-10-01", "2023-09-30", "range"],
  ["ต.ค. ๖๕\n-\nก.ย. ๖๖", null, "2022-10-01", "2023-09-30", "range"],
  ["<p>ต.ค. ๖๕</p> <p>-</p> <p>ก.ย. ๖๖</p>", null, "2022-10-01", "2023-09-30", "range"],
  ["๑ ต.ค.๖๗ ถึง ๓๐ ก.ย.๖๘", null, "2024-10-01", "2025-09-30", "range"],
  ["ตุลาคม ๒๕๖๕ ถึงเดือนกันยายน ๒๕๖๖", null, "2022-10-01", "2023-09-30", "range"],
  ["ต.ค. ๖๕ จนถึง ก.ย. ๖๖", null, "2022-10-01", "2023-09-30", "range"],
  ["มกราคม - เมษายน ๒๕๖๖", null, "2023-01-01", "2023-04-30", "range"],
  ["ต.ค. - ธ.ค. ๒๕๖๖", null, "2023-10-01", "2023-12-31", "range"],
  ["ตุลาคม - มีนาคม ๒๕๖๖", null, "2022-10-01", "2023-03-31", "range"],
  ["ต.ค. ๖๕ - มี.ค.", null, "2022-10-01", "2023-03-31", "range"],
  ["๑-๓๑ ต.ค. ๖๕", null, "2022-10-01", "2022-10-31", "range"],
  ["๑/๑๐/๒๕๖๕ - ๓๐/๙/๒๕๖๖", null, "2022-10-01", "2023-09-30", "range"],
  ["ต.ค. - ธ.ค.", 2566, "2022-10-01", "2022-12-31", "range"],
  ["ดำเนินการระหว่าง ต.ค. ๖๕ - ก.ย. ๖๖", null, "2022-10-01", "2023-09-30", "range"],
  ["ตั้งแต่ ต.ค. ๖๕ ถึง ก.ย. ๖๖", null, "2022-10-01", "2023-09-30", "range"],
  // quarters
  ["ไตรมาสที่ ๑", 2566, "2022-10-01", "2022-12-31", "quarter"],
  ["ไตรมาส ๔", 2566, "2023-07-01", "2023-09-30", "quarter"],
  ["ไตรมาส ๑-๒", 2566, "2022-10-01", "2023-03-31", "quarter"],
  ["ไตรมาสที่ ๑ - ๒", 2566, "2022-10-01", "2023-03-31", "quarter"],
  ["ไตรมาสที่ ๒ และไตรมาสที่ ๓", 2566, "2023-01-01", "2023-06-30", "quarter"],
  ["Q๑", 2566, "2022-10-01", "2022-12-31", "quarter"],
  ["ไตรมาสที่ ๓ ปีงบประมาณ ๒๕๖๗", 2566, "2024-04-01", "2024-06-30", "quarter"],
  // whole year
  ["ตลอดทั้งปี", 2566, "2022-10-01", "2023-09-30", "whole_year"],
  ["ตลอดปี", 2566, "2022-10-01", "2023-09-30", "whole_year"],
  ["ตลอดปีงบประมาณ", 2568, "2024-10-01", "2025-09-30", "whole_year"],
  ["ปีงบประมาณ พ.ศ. ๒๕๖๖", null, "2022-10-01", "2023-09-30", "whole_year"],
  ["รอบ ๑๒ เดือน", 2566, "2022-10-01", "2023-09-30", "whole_year"],
  // rounds
  ["รอบ ๖ เดือน", 2566, "2022-10-01", "2023-03-31", "six_months"],
  ["๖ เดือนแรก", 2566, "2022-10-01", "2023-03-31", "six_months"],
  ["รอบ ๖ เดือนหลัง", 2566, "2023-04-01", "2023-09-30", "six_months"],
  ["เป็นรายงานรอบ ๖ เดือนของปี พ.ศ. ๒๕๖๖", null, "2022-10-01", "2023-03-31", "six_months"],
  // deadlines
  ["ภายในเดือนเมษายน ๒๕๖๖", 2566, "2022-10-01", "2023-04-30", "deadline"],
  ["ภายในเดือนเมษายน ๒๕๖๖", null, "2023-04-01", "2023-04-30", "deadline"],
  ["ภายในวันที่ ๓๑ มีนาคม ๒๕๖๖", 2566, "2022-10-01", "2023-03-31", "deadline"],
  ["ส่งรายงานภายในเดือนเมษายน", 2566, "2022-10-01", "2023-04-30", "deadline"],
  ["ภายในเดือนธันวาคม ๒๕๖๖", 2568, "2023-12-01", "2023-12-31", "deadline"],
  // months without a year, placed in the fiscal year
  ["กันยายน", 2566, "2023-09-01", "2023-09-30", "month"],
  ["ต.ค.", 2566, "2022-10-01", "2022-10-31", "month"],
  ["๑๕ ธ.ค.", 2566, "2022-12-15", "2022-12-15", "date"],
  ["ในเดือน ก.พ.", 2566, "2023-02-01", "2023-02-28", "month"],
  // a plain list of dates spans them all
  ["ต.ค. ๖๕, ม.ค. ๖๖, เม.ย. ๖๖", null, "2022-10-01", "2023-04-30", "list"],
];

type Unread = [text: string, fiscalYear: number | null, reason: string];

const unreadable: Unread[] = [
  ["", null, "no_date_found"],
  ["   \n ", null, "no_date_found"],
  ["ดำเนินการทุกวัน", 2566, "no_date_found"],
  ["เป็นรายงานผลของปี พ.ศ. ๒๕๖๕", 2566, "no_date_found"],
  ["สำนักงาน ก.พ. กำหนด", 2566, "no_date_found"],
  ["ก.ค.ศ.", 2566, "no_date_found"],
  ["๓๑ ก.พ. ๖๖", null, "invalid_date"],
  ["๒๙ ก.พ. ๖๖", null, "invalid_date"],
  ["๓๑ เม.ย. ๖๖", null, "invalid_date"],
  ["๓๑/๑๓/๖๖", null, "invalid_date"],
  ["ต.ค. ๓๐๐๐", null, "invalid_date"],
  ["ก.ย. ๖๖ - ต.ค. ๖๕", null, "reversed_range"],
  ["๓๑ ต.ค. - ๑ ต.ค. ๖๕", null, "reversed_range"],
  ["ไตรมาส ๓-๑", 2566, "reversed_range"],
  ["ไตรมาสที่ ๕", 2566, "invalid_date"],
  ["ไตรมาสที่ ๑", null, "needs_fiscal_year"],
  ["ไตรมาส ๑-๒", null, "needs_fiscal_year"],
  ["Q๓", null, "needs_fiscal_year"],
  ["ตลอดทั้งปี", null, "needs_fiscal_year"],
  ["รอบ ๖ เดือน", null, "needs_fiscal_year"],
  ["กันยายน", null, "no_year"],
  ["ต.ค.", null, "no_year"],
  ["ต.ค. - ธ.ค.", null, "no_year"],
  ["ประชุม ต.ค. ๖๕ และอบรม มี.ค. ๖๖", null, "ambiguous"],
  ["ต.ค. ๖๕ - ปัจจุบัน", null, "ambiguous"],
  ["ต.ค. ๖๕ -", null, "ambiguous"],
  ["ตั้งแต่ ต.ค. ๖๕ เป็นต้นไป", null, "ambiguous"],
];

const bothDigitSystems = <T extends [string, ...unknown[]]>(cases: T[]): T[] =>
  cases.flatMap((c) => {
    const thai = [toThaiDigits(c[0]), ...c.slice(1)] as T;
    const arabic = [toArabicDigits(c[0]), ...c.slice(1)] as T;
    return thai[0] === arabic[0] ? [thai] : [thai, arabic];
  });

describe("parsePeriod reads", () => {
  test.each(bothDigitSystems(readable))(
    "%j (FY %p) → %s … %s (%s)",
    (text, fiscalYear, start, end, form) => {
      expect(parsePeriod(text, { fiscalYear })).toEqual({ text, start, end, form });
    },
  );
});

describe("parsePeriod refuses to guess", () => {
  test.each(bothDigitSystems(unreadable))("%j (FY %p) → %s", (text, fiscalYear, reason) => {
    expect(parsePeriod(text, { fiscalYear })).toEqual({ text, start: null, end: null, reason });
  });
});

describe("years", () => {
  test.each([
    ["ต.ค. ๔๐", "1997-10-01"],
    ["ต.ค. ๙๙", "2056-10-01"],
    ["Oct 23", "2023-10-01"],
    ["ต.ค. ๒๔๐๐", "1857-10-01"],
    ["ต.ค. ๑๙๐๐", "1900-10-01"],
    ["ต.ค. ๒๑๐๐", "2100-10-01"],
  ])("%j starts %s", (text, start) => {
    expect(parsePeriod(text, { fiscalYear: null }).start).toBe(start);
  });

  test("a year that is neither BE nor CE is refused", () => {
    expect(parsePeriod("ต.ค. ๒๓๐๐", { fiscalYear: null }).reason).toBe("invalid_date");
  });
});
