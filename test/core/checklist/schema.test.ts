import ita2566 from "../../../src/core/checklist/data/ita-2566.json";
import type { ChecklistError } from "../../../src/core/checklist";
import { validateChecklist } from "../../../src/core/checklist";

type Json = Record<string, unknown>;

/** A deep copy of the 2566 file, changed by `edit`. */
function broken(edit: (j: Json & { items: Json[]; indicators: Json[] }) => void): unknown {
  const copy = structuredClone(ita2566) as unknown as Json & { items: Json[]; indicators: Json[] };
  edit(copy);
  return copy;
}

function errorsOf(json: unknown): ChecklistError[] {
  const result = validateChecklist(json);
  return result.ok ? [] : result.errors;
}

describe("validateChecklist", () => {
  test("rejects a non-object at the root", () => {
    expect(errorsOf(null)).toEqual([{ path: "", code: "wrong_type" }]);
    expect(errorsOf([])).toEqual([{ path: "", code: "wrong_type" }]);
    expect(errorsOf("2566")).toEqual([{ path: "", code: "wrong_type" }]);
  });

  test.each<[string, (j: Json & { items: Json[]; indicators: Json[] }) => void, ChecklistError]>([
    ["missing year", (j) => delete j.year, { path: "year", code: "missing" }],
    ["year as text", (j) => (j.year = "2566"), { path: "year", code: "wrong_type" }],
    ["Gregorian year", (j) => (j.year = 2023), { path: "year", code: "out_of_range" }],
    ["bad confidence", (j) => (j.confidence = "sure"), { path: "confidence", code: "bad_value" }],
    ["empty version", (j) => (j.version = " "), { path: "version", code: "bad_value" }],
    [
      "bad time rule",
      (j) => ((j.items[3] as Json).timeRule = "monthly"),
      { path: "items[3].timeRule", code: "bad_value" },
    ],
    [
      "code and number disagree",
      (j) => ((j.items[4] as Json).code = "O6"),
      { path: "items[4].code", code: "mismatch" },
    ],
    [
      "missing components",
      (j) => delete (j.items[0] as Json).components,
      { path: "items[0].components", code: "missing" },
    ],
    [
      "keyword not text",
      (j) => ((j.items[30] as Json).keywords = ["no gift", 5]),
      { path: "items[30].keywords[1]", code: "wrong_type" },
    ],
    [
      "unknown sub-indicator",
      (j) => ((j.items[0] as Json).sub = "9.9"),
      { path: "items[0].sub", code: "unknown_reference" },
    ],
    [
      "item outside its sub-indicator range",
      (j) => ((j.items[0] as Json).sub = "9.2"),
      { path: "items[0].sub", code: "out_of_range" },
    ],
    [
      "item on an IIT indicator",
      (j) => ((j.items[0] as Json).indicator = 1),
      { path: "items[0].indicator", code: "mismatch" },
    ],
    [
      "measure item not in the list",
      (j) => (j.measureItems = ["O42", "O99"]),
      { path: "measureItems[1]", code: "unknown_reference" },
    ],
    ["gap that is listed", (j) => (j.gaps = ["O5"]), { path: "gaps[0]", code: "duplicate" }],
    [
      "weights not summing to 100",
      (j) => (((j.tools as Json).OIT as Json).weight = 50),
      { path: "tools", code: "mismatch" },
    ],
    ["missing tool", (j) => delete (j.tools as Json).EIT, { path: "tools.EIT", code: "missing" }],
    [
      "keywords for an unknown indicator",
      (j) => ((j.indicatorKeywords as Json)["11"] = ["x"]),
      { path: "indicatorKeywords.11", code: "unknown_reference" },
    ],
    [
      "reversed sub-indicator range",
      (j) => (((j.indicators[8] as Json).subIndicators as Json[])[0]!.to = "O0"),
      { path: "indicators[8].subIndicators[0].to", code: "bad_value" },
    ],
    [
      "item count too small",
      (j) => (j.itemCount = 40),
      { path: "itemCount", code: "out_of_range" },
    ],
  ])("%s", (_name, edit, expected) => {
    expect(errorsOf(broken(edit))).toContainEqual(expected);
  });

  test("a duplicated item is reported at the second copy", () => {
    const json = broken((j) => j.items.push(structuredClone(j.items[0]!)));
    expect(errorsOf(json)).toContainEqual({ path: "items[43].code", code: "duplicate" });
  });

  test("a duplicated indicator is reported", () => {
    const json = broken((j) => ((j.indicators[1] as Json).no = 1));
    expect(errorsOf(json)).toContainEqual({ path: "indicators[1].no", code: "duplicate" });
  });

  test("reports every problem, not only the first", () => {
    const json = broken((j) => {
      delete j.year;
      (j.items[2] as Json).confidence = "maybe";
    });
    expect(errorsOf(json)).toEqual(
      expect.arrayContaining([
        { path: "year", code: "missing" },
        { path: "items[2].confidence", code: "bad_value" },
      ]),
    );
  });

  test("keeps optional aliases and notes, and accepts a null sub", () => {
    const json = broken((j) => {
      (j.items[0] as Json).sub = null;
      (j.items[0] as Json).aliases = ["ผังองค์กร"];
    });
    const result = validateChecklist(json);
    expect(result.ok).toBe(true);
    expect(result.ok && result.checklist.items[0]?.aliases).toEqual(["ผังองค์กร"]);
    expect(result.ok && result.checklist.items[0]?.sub).toBeNull();
  });
});
