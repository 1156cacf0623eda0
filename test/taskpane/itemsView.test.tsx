import "./setup";
import { act, fireEvent, waitFor } from "@testing-library/react";
import { checkWorkbook } from "../../src/core/check/checkWorkbook";
import { measureKey } from "../../src/core/flags/key";
import { defaultSettings } from "../../src/core/settings";
import { ITEMS_PAGE } from "../../src/taskpane/views/ItemsView";
import { SHEET, TODAY, fakeHost, measureLines, snapshot } from "./fakeHost";
import { gridOfLines } from "./grid";
import { renderPane, runCheck, tab } from "./render";

const firstMeasure = () => checkWorkbook(snapshot(), defaultSettings(TODAY)).measures[0]!;

function badgesOf(row: Element): string[] {
  return Array.from(row.querySelectorAll("[data-code]")).map(
    (b) => b.getAttribute("data-code") ?? "",
  );
}

describe("Items view", () => {
  it("shows the user's own items for a measure and resets them to the guess", async () => {
    const m = firstMeasure();
    const key = measureKey(m);
    const host = fakeHost({ stored: { overrides: { [key]: ["O31"] } } });
    await renderPane(host);
    await runCheck();
    await act(async () => {
      fireEvent.click(tab("items"));
      await Promise.resolve();
    });
    const row = document.querySelector(`[data-measure="${m.sheet}|${m.row}"]`)!;
    expect(badgesOf(row)).toEqual(["O31"]);
    fireEvent.click(row.querySelector('[data-testid="items-reset"]')!);
    await waitFor(() =>
      expect(host.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ overrides: {} })),
    );
    await waitFor(() =>
      expect(badgesOf(document.querySelector(`[data-measure="${m.sheet}|${m.row}"]`)!)).not.toEqual(
        ["O31"],
      ),
    );
  });
});

describe("Items view on a long workbook", () => {
  /** 120 measures, numbered in Thai digits, under the fixture's title and header lines. */
  function longHost() {
    const thai = (n: number) => String(n).replace(/\d/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)]!);
    const rows = Array.from(
      { length: 120 },
      (_, i) =>
        `${thai(i + 1)}. มาตรการที่ทดสอบ ${i + 1}\tจัดทำแผน\tสำนักปลัด\tต.ค. ๖๖ - ธ.ค. ๖๖\tดำเนินการแล้ว`,
    );
    const host = fakeHost();
    host.readWorkbook.mockResolvedValue({
      sheets: [gridOfLines([...measureLines.slice(0, 4), ...rows], SHEET)],
    });
    return host;
  }

  const rows = () => document.querySelectorAll("[data-measure]").length;

  async function openItems() {
    await act(async () => {
      fireEvent.click(tab("items"));
      await Promise.resolve();
    });
  }

  it("shows a page of measures and more on request", async () => {
    await renderPane(longHost());
    await runCheck();
    await openItems();
    expect(rows()).toBe(ITEMS_PAGE);
    fireEvent.click(document.querySelector<HTMLElement>("[data-action=show-more]")!);
    expect(rows()).toBe(ITEMS_PAGE * 2);
    fireEvent.click(document.querySelector<HTMLElement>("[data-action=show-more]")!);
    expect(rows()).toBe(120);
    expect(document.querySelector("[data-action=show-more]")).toBeNull();
  });

  it("finds a measure by its number in either digit system", async () => {
    await renderPane(longHost());
    await runCheck();
    await openItems();
    const find = document.querySelector<HTMLInputElement>(
      "[data-testid=items-view] input[type=search]",
    )!;
    fireEvent.change(find, { target: { value: "ทดสอบ ๑๑๗" } });
    expect(
      [...document.querySelectorAll("[data-measure]")].map((r) => r.getAttribute("data-measure")),
    ).toEqual([`${SHEET}|121`]);
    fireEvent.change(find, { target: { value: "ไม่มีมาตรการนี้" } });
    expect(rows()).toBe(0);
  });
});
