import { formatEnglishDate, formatThaiDate, periodFromSerial } from "../../../src/core/thai";

describe("periodFromSerial", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45000, "2023-03-15"],
    [45000.99, "2023-03-15"],
    [44835, "2022-10-01"],
    [45199, "2023-09-30"],
    [45351, "2024-02-29"],
    [2958465, "9999-12-31"],
  ])("serial %d is %s", (serial, iso) => {
    expect(periodFromSerial(serial)).toMatchObject({ start: iso, end: iso, form: "serial" });
  });

  test("text is the Thai date", () => {
    expect(periodFromSerial(45000).text).toBe("15 มี.ค. 2566");
  });

  test.each([60, 0, -1, 0.5, 2958466, Number.NaN, Number.POSITIVE_INFINITY])(
    "serial %d is refused",
    (serial) => {
      expect(periodFromSerial(serial)).toMatchObject({
        start: null,
        end: null,
        reason: "invalid_date",
      });
    },
  );
});

describe("formatThaiDate", () => {
  test.each([
    [{ digits: "thai", style: "short" } as const, "๑๕ มี.ค. ๒๕๖๖"],
    [{ digits: "arabic", style: "long" } as const, "15 มีนาคม 2566"],
    [{ digits: "thai", style: "long" } as const, "๑๕ มีนาคม ๒๕๖๖"],
    [{}, "15 มี.ค. 2566"],
  ])("%j", (options, text) => {
    expect(formatThaiDate("2023-03-15", options)).toBe(text);
  });

  test("a non-date comes back unchanged", () => {
    expect(formatThaiDate("2023-02-30")).toBe("2023-02-30");
    expect(formatThaiDate("x")).toBe("x");
  });
});

describe("formatEnglishDate", () => {
  test.each([
    ["2023-03-15", "15 Mar 2023"],
    ["2026-09-30", "30 Sep 2026"],
    ["2024-05-01", "1 May 2024"],
    ["2023-02-30", "2023-02-30"],
  ])("%s", (iso, text) => {
    expect(formatEnglishDate(iso)).toBe(text);
  });
});
