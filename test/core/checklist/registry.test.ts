import ita2569 from "../../../src/core/checklist/data/ita-2569.json";
import {
  availableYears,
  clearRegisteredChecklists,
  getChecklist,
  registerChecklist,
} from "../../../src/core/checklist";

afterEach(() => clearRegisteredChecklists());

function withYear(year: number): Record<string, unknown> {
  return { ...structuredClone(ita2569), year, version: `${year}.user` };
}

describe("checklist registry", () => {
  test("lists the built-in years", () => {
    expect(availableYears()).toEqual([2566, 2567, 2568, 2569, 2570]);
  });

  test("returns the checklist of a known year", () => {
    const result = getChecklist(2566);
    expect(result.ok && result.checklist.year).toBe(2566);
    expect(result.ok && result.checklist.items.length).toBe(43);
  });

  test("an unknown year gives CHECKLIST_YEAR_UNKNOWN with the available years", () => {
    expect(getChecklist(2571)).toEqual({
      ok: false,
      code: "CHECKLIST_YEAR_UNKNOWN",
      available: [2566, 2567, 2568, 2569, 2570],
    });
    expect(getChecklist(2023).ok).toBe(false);
  });

  test("a registered checklist serves a later year", () => {
    const result = registerChecklist(withYear(2571));
    expect(result.ok && result.replaced).toBe(false);
    expect(availableYears()).toEqual([2566, 2567, 2568, 2569, 2570, 2571]);
    const got = getChecklist(2571);
    expect(got.ok && got.checklist.version).toBe("2571.user");
  });

  test("a registered checklist replaces the built-in one of its year, until cleared", () => {
    expect(registerChecklist(withYear(2568))).toMatchObject({ ok: true, replaced: true });
    const got = getChecklist(2568);
    expect(got.ok && got.checklist.version).toBe("2568.user");
    clearRegisteredChecklists();
    const back = getChecklist(2568);
    expect(back.ok && back.checklist.version).toBe("2568.1");
  });

  test("an invalid checklist is refused with its errors and not registered", () => {
    const result = registerChecklist({ ...withYear(2572), items: "none" });
    expect(result).toEqual({ ok: false, errors: [{ path: "items", code: "wrong_type" }] });
    expect(getChecklist(2572).ok).toBe(false);
  });
});
