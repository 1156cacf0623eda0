import ita2566 from "../../../src/core/checklist/data/ita-2566.json";
import ita2567 from "../../../src/core/checklist/data/ita-2567.json";
import ita2568 from "../../../src/core/checklist/data/ita-2568.json";
import ita2569 from "../../../src/core/checklist/data/ita-2569.json";
import type { Checklist } from "../../../src/core/checklist";
import { validateChecklist } from "../../../src/core/checklist";

const files: [number, unknown][] = [
  [2566, ita2566],
  [2567, ita2567],
  [2568, ita2568],
  [2569, ita2569],
];

function load(json: unknown): Checklist {
  const result = validateChecklist(json);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.checklist;
}

describe("checklist data files", () => {
  test.each(files)("ita-%i.json validates with its year", (year, json) => {
    const result = validateChecklist(json);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.checklist.year).toBe(year);
  });

  test.each(files)("ita-%i.json: tools weigh 30/30/40 over indicators 1-10", (_year, json) => {
    const c = load(json);
    expect(c.tools.IIT).toEqual({ weight: 30, indicators: [1, 2, 3, 4, 5] });
    expect(c.tools.EIT).toEqual({ weight: 30, indicators: [6, 7, 8] });
    expect(c.tools.OIT).toEqual({ weight: 40, indicators: [9, 10] });
    expect(c.indicators.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test.each(files)(
    "ita-%i.json: keywords for indicators 1-8, items all carry keywords",
    (_y, json) => {
      const c = load(json);
      for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
        expect(c.indicatorKeywords[String(n)]?.length ?? 0).toBeGreaterThan(0);
      }
      for (const item of c.items) {
        expect(item.keywords.length).toBeGreaterThan(0);
        expect(item.components.length).toBeGreaterThan(0);
      }
    },
  );

  test("2566 has exactly O1-O43 in order", () => {
    const c = load(ita2566);
    expect(c.items.map((i) => i.code)).toEqual(Array.from({ length: 43 }, (_, i) => `O${i + 1}`));
    expect(c.itemCount).toBe(43);
    expect(c.gaps).toEqual([]);
  });

  test("2566 sub-indicator ranges follow the research file", () => {
    const c = load(ita2566);
    const ranges = c.indicators.flatMap((i) => i.subIndicators.map((s) => [s.id, s.from, s.to]));
    expect(ranges).toEqual([
      ["9.1", "O1", "O10"],
      ["9.2", "O11", "O18"],
      ["9.3", "O19", "O22"],
      ["9.4", "O23", "O26"],
      ["9.5", "O27", "O30"],
      ["10.1", "O31", "O38"],
      ["10.2", "O39", "O43"],
    ]);
    const subOf = (no: number) => c.items[no - 1]?.sub;
    expect([subOf(1), subOf(10), subOf(11), subOf(22), subOf(30), subOf(31), subOf(43)]).toEqual([
      "9.1",
      "9.1",
      "9.2",
      "9.3",
      "9.5",
      "10.1",
      "10.2",
    ]);
  });

  test("2566 carries the research tags and period rules of key items", () => {
    const c = load(ita2566);
    const get = (code: string) => c.items.find((i) => i.code === code);
    expect(get("O1")?.confidence).toBe("confirmed");
    expect(get("O3")?.confidence).toBe("partial");
    expect(get("O42")?.confidence).toBe("inferred");
    expect(get("O12")?.timeRule).toBe("first_half");
    expect(get("O13")?.timeRule).toBe("previous_fiscal_year");
    expect(get("O4")?.timeRule).toBe("plan_covers_fy");
    expect(get("O31")?.keywords).toEqual(expect.arrayContaining(["no gift", "ของขวัญ"]));
  });

  test("measure items: O42/O43 in 2566 and 2567, O25/O26 in 2569, none known in 2568", () => {
    expect(load(ita2566).measureItems).toEqual(["O42", "O43"]);
    expect(load(ita2567).measureItems).toEqual(["O42", "O43"]);
    expect(load(ita2568).measureItems).toEqual([]);
    expect(load(ita2569).measureItems).toEqual(["O25", "O26"]);
  });

  test("2567 keeps the 2566 codes and titles", () => {
    const a = load(ita2566).items.map((i) => [i.code, i.titleTh]);
    expect(load(ita2567).items.map((i) => [i.code, i.titleTh])).toEqual(a);
  });

  test("2568 and 2569 list only known items and name the gaps", () => {
    const c68 = load(ita2568);
    expect(c68.itemCount).toBeNull();
    expect(c68.gaps).toEqual(["O6", "O7"]);
    expect(c68.items.some((i) => i.code === "O6" || i.code === "O27")).toBe(false);
    expect(c68.items.at(-1)?.code).toBe("O26");
    const c69 = load(ita2569);
    expect(c69.itemCount).toBe(26);
    expect(c69.items.some((i) => i.code === "O6" || i.code === "O7")).toBe(false);
    expect(c69.items.find((i) => i.code === "O2")?.confidence).toBe("inferred");
  });
});
