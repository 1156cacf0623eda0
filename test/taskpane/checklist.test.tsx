import "./setup";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { checkWorkbook } from "../../src/core/check/checkWorkbook";
import type { WorkbookSnapshot } from "../../src/core/grid/grid";
import type { CheckSettings } from "../../src/core/settings";
import type { Checker } from "../../src/taskpane/check/checker";
import { fakeHost, measureLines, SHEET } from "./fakeHost";
import type { FakeHost } from "./fakeHost";
import { gridOfLines } from "./grid";
import { renderPane, runCheck, tab, within } from "./render";
import { PASTED_2570 as pasted2570 } from "../helpers/pastedChecklist";

/** The sheet holding the 2570 manual's item table as pasted (PASTED_2570). */
const LIST_SHEET = "ITA 2570";

/** The same kind of list under a header no vocabulary knows: only the column form can load it. */
const BARE_SHEET = "คู่มือ";
const bareList = [
  "ก\tข\tค",
  "O1\tโครงสร้างและอำนาจหน้าที่\tแสดงแผนผังโครงสร้าง",
  "O2\tข้อมูลผู้บริหาร\tแสดงชื่อ ตำแหน่ง รูปถ่าย",
];

function withSheets(...extra: [string, string[]][]): WorkbookSnapshot {
  return {
    sheets: [
      gridOfLines(measureLines, SHEET),
      ...extra.map(([name, lines]) => gridOfLines(lines, name)),
    ],
  };
}

function hostWith(snap: WorkbookSnapshot, stored: Partial<CheckSettings> = {}): FakeHost {
  const host = fakeHost({ stored });
  host.readWorkbook.mockImplementation(() => Promise.resolve(snap));
  return host;
}

/** A checker that counts the checks it runs (the pane's re-checks included). */
function countingChecker(): Checker & { calls: number } {
  const checker = Object.assign(
    (snap: WorkbookSnapshot, settings: CheckSettings) => {
      checker.calls += 1;
      return Promise.resolve(checkWorkbook(snap, settings));
    },
    { calls: 0 },
  );
  return checker;
}

async function openSettings(): Promise<void> {
  fireEvent.click(tab("settings"));
  await screen.findByRole("heading", { level: 3, name: "รายการตรวจ" });
}

function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
  return document.querySelector<T>(`[data-testid="${id}"]`);
}

/**
 * Opens a Fluent dropdown and picks an option of its own listbox (closed listboxes stay in
 * the DOM): by name, or by a CSS selector such as [data-column="A"].
 */
async function pick(
  combobox: HTMLElement,
  name: string | RegExp,
  selector?: string,
): Promise<void> {
  fireEvent.click(combobox);
  const listbox = await waitFor(() => {
    const id = combobox.getAttribute("aria-controls");
    const el = id ? document.getElementById(id) : null;
    if (!el) throw new Error("listbox not open");
    return el;
  });
  const option = selector
    ? listbox.querySelector<HTMLElement>(selector)!
    : within(listbox).getByRole("option", { name });
  await act(async () => {
    fireEvent.click(option);
    await Promise.resolve();
  });
}

/** The form's dropdown for one field of the column map. */
function field(form: HTMLElement, name: string): HTMLElement {
  const el = form.querySelector<HTMLElement>(`[role=combobox][data-field="${name}"]`);
  if (!el) throw new Error(`no field ${name}`);
  return el;
}

function lastSaved(host: FakeHost): Partial<CheckSettings> {
  const calls = host.saveSettings.mock.calls;
  return calls[calls.length - 1]![0];
}

describe("use a sheet as the checklist", () => {
  it("saves settings.checklistSheet (not the year), re-checks and shows what was loaded", async () => {
    const host = hostWith(withSheets([LIST_SHEET, pasted2570]));
    const checker = countingChecker();
    await renderPane(host, checker);
    await runCheck();
    expect(checker.calls).toBe(1);
    await openSettings();

    await pick(screen.getByRole("combobox", { name: "ชีตที่เป็นรายการตรวจ" }), LIST_SHEET);
    await pick(screen.getByRole("combobox", { name: "ปีของรายการตรวจ" }), "2570");
    const apply = byTestId<HTMLButtonElement>("checklist-apply")!;
    expect(apply.disabled).toBe(false);
    await act(async () => {
      fireEvent.click(apply);
      await new Promise((r) => setTimeout(r, 0));
    });

    expect(lastSaved(host)).toEqual({ checklistSheet: { sheet: LIST_SHEET, year: 2570 } });
    expect(host.saveSettings.mock.calls.some(([s]) => "year" in s)).toBe(false);
    // Re-checked on the kept snapshot: no second read.
    expect(checker.calls).toBe(2);
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);
    const loaded = await waitFor(() => {
      const el = byTestId("checklist-loaded");
      if (!el) throw new Error("not loaded yet");
      return el;
    });
    expect(loaded.dataset["items"]).toBe("4");
    expect(loaded.dataset["range"]).toBe(`${LIST_SHEET}!A3:C10`);
    expect(byTestId("checklist-failed")).toBeNull();

    // The Check tab's summary names the sheet list; no notice about a built-in list.
    fireEvent.click(tab("check"));
    const used = byTestId("checklist-used")!;
    expect(used.dataset).toMatchObject({ origin: "sheet", year: "2570", sheet: LIST_SHEET });
    expect(byTestId("checklist-notice")).toBeNull();
  });

  it("a failed load shows its problems and the column form; the form saves `columns`", async () => {
    const setting = { sheet: BARE_SHEET, year: 2570 };
    const host = hostWith(withSheets([BARE_SHEET, bareList]), { checklistSheet: setting });
    await renderPane(host);
    await runCheck();
    await openSettings();

    expect(byTestId("checklist-failed")).not.toBeNull();
    const problems = byTestId("checklist-problems")!;
    const codes = [...problems.querySelectorAll<HTMLElement>("li[data-code]")].map(
      (li) => li.dataset["code"],
    );
    expect(codes).toContain("CHECKLIST_NO_TABLE");
    // Load problems are not acknowledged away: only the button that goes to the cell.
    expect(problems.querySelector("[data-action=acknowledge]")).toBeNull();

    const form = byTestId("checklist-columns")!;
    expect(form).not.toBeNull();
    const submit = form.querySelector<HTMLButtonElement>("button[type=submit]")!;
    expect(submit.disabled).toBe(true);
    // The columns offered are those the load saw: letter and first text.
    await pick(field(form, "code"), "", '[data-column="A"]');
    await pick(field(form, "titleTh"), "", '[data-column="B"]');
    expect(submit.disabled).toBe(true);
    await pick(field(form, "components"), "", '[data-column="C"]');
    expect(submit.disabled).toBe(false);
    await act(async () => {
      fireEvent.click(submit);
      await new Promise((r) => setTimeout(r, 0));
    });

    expect(lastSaved(host)).toEqual({
      checklistSheet: { ...setting, columns: { code: "A", titleTh: "B", components: "C" } },
    });
    const loaded = await waitFor(() => {
      const el = byTestId("checklist-loaded");
      if (!el) throw new Error("not loaded yet");
      return el;
    });
    expect(loaded.dataset["items"]).toBe("2");
    expect(byTestId("checklist-columns")).toBeNull();

    // The header row is not an item: a warning at its cell, and clicking it goes there.
    const badCode = document.querySelector<HTMLElement>(
      '[data-testid="checklist-problems"] li[data-code="CHECKLIST_BAD_CODE"][data-cell="A1"]',
    )!;
    await act(async () => {
      fireEvent.click(within(badCode).getByRole("button"));
      await Promise.resolve();
    });
    expect(host.navigateTo).toHaveBeenLastCalledWith(BARE_SHEET, "A1");
  });

  it("a missing sheet says so; stop using it saves checklistSheet null", async () => {
    const host = hostWith(withSheets(), { checklistSheet: { sheet: "หายไป", year: 2570 } });
    await renderPane(host);
    await runCheck();
    await openSettings();
    const problems = byTestId("checklist-problems")!;
    expect(problems.querySelector('li[data-code="CHECKLIST_SHEET_MISSING"]')).not.toBeNull();
    await act(async () => {
      fireEvent.click(byTestId("checklist-stop")!);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(lastSaved(host)).toEqual({ checklistSheet: null });
    await waitFor(() => expect(byTestId("checklist-problems")).toBeNull());
    expect(byTestId("checklist-stop")).toBeNull();
  });
});

describe("the list in use, on the Check tab", () => {
  it("a 2570 check warns that the list is provisional, copied from 2569", async () => {
    await renderPane(hostWith(withSheets(), { year: 2570 }));
    await runCheck();
    const notice = byTestId("checklist-notice")!;
    expect(notice.dataset).toMatchObject({ kind: "provisional", year: "2570" });
    expect(byTestId("checklist-used")!.dataset).toMatchObject({
      origin: "built-in",
      year: "2570",
      version: "2570.0-provisional",
    });
  });

  it("a 2566 check has no provisional notice (its built-in list is only incomplete)", async () => {
    await renderPane(hostWith(withSheets(), { year: 2566 }));
    await runCheck();
    expect(
      document.querySelector('[data-testid="checklist-notice"][data-kind="provisional"]'),
    ).toBeNull();
    expect(byTestId("checklist-notice")!.dataset).toMatchObject({
      kind: "incomplete",
      year: "2566",
    });
    expect(byTestId("checklist-used")!.dataset).toMatchObject({ origin: "built-in", year: "2566" });
  });

  it("the notice's button opens Settings with the checklist control in focus", async () => {
    await renderPane(hostWith(withSheets(), { year: 2570 }));
    await runCheck();
    await act(async () => {
      fireEvent.click(byTestId("go-to-checklist")!);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(tab("settings").getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement?.id).toBe("ita-checklist-heading");
  });
});

describe("export the checklist as a sheet", () => {
  it("writes the model of the year's list through the host, once per click", async () => {
    const host = hostWith(withSheets(), { year: 2569 });
    let finish: (v: { degraded: string[] }) => void = () => undefined;
    host.writeReport.mockImplementationOnce(
      () => new Promise<{ degraded: string[] }>((resolve) => (finish = resolve)),
    );
    await renderPane(host);
    await runCheck();
    await openSettings();
    const exportButton = byTestId<HTMLButtonElement>("export-checklist")!;
    await act(async () => {
      fireEvent.click(exportButton);
      fireEvent.click(exportButton);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(host.writeReport).toHaveBeenCalledTimes(1);
    expect(exportButton.disabled).toBe(true);
    const model = host.writeReport.mock.calls[0]![0];
    expect(model.sheetName).toContain("2569");
    expect(model.cells.some((c) => c.value === "O1")).toBe(true);
    await act(async () => {
      finish({ degraded: [] });
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(exportButton.disabled).toBe(false);
    const written = byTestId("checklist-exported")!;
    expect(written.dataset["sheet"]).toBe(model.sheetName);
    expect(Number(written.dataset["items"])).toBeGreaterThan(0);
  });

  it("a list loaded from a sheet is exported as that list", async () => {
    const host = hostWith(withSheets([LIST_SHEET, pasted2570]), {
      checklistSheet: { sheet: LIST_SHEET, year: 2570 },
    });
    await renderPane(host);
    await runCheck();
    await openSettings();
    await act(async () => {
      fireEvent.click(byTestId("export-checklist")!);
      await new Promise((r) => setTimeout(r, 0));
    });
    const model = host.writeReport.mock.calls[0]![0];
    expect(model.sheetName).toContain("2570");
    expect(byTestId("checklist-exported")!.dataset["items"]).toBe("4");
  });
});
