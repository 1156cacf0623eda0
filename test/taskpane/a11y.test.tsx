import "./setup";
import { act, fireEvent } from "@testing-library/react";
import axe from "axe-core";
import { fakeHost, snapshot } from "./fakeHost";
import { gridOfLines } from "./grid";
import { renderPane, runCheck, tab } from "./render";

/** Serious and critical violations; colour contrast needs layout, which jsdom has none of. */
async function seriousViolations(root: Element): Promise<string[]> {
  const results = await axe.run(root, { rules: { "color-contrast": { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("accessibility", () => {
  it("the Check tab with results has no serious or critical axe violations", async () => {
    const { container } = await renderPane(fakeHost());
    await runCheck();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("the Settings tab has no serious or critical axe violations", async () => {
    const { container } = await renderPane(fakeHost());
    fireEvent.click(tab("settings"));
    // The tab indicator animates on a timer: let it settle inside act.
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("the Settings tab with a failed checklist sheet and its column form has none either", async () => {
    const host = fakeHost({ stored: { checklistSheet: { sheet: "คู่มือ", year: 2570 } } });
    host.readWorkbook.mockImplementation(() =>
      Promise.resolve({
        sheets: [...snapshot().sheets, gridOfLines(["ก\tข\tค", "O1\tโครงสร้าง\tแผนผัง"], "คู่มือ")],
      }),
    );
    const { container } = await renderPane(host);
    await runCheck();
    // The Check tab now carries the notice about the built-in list.
    expect(container.querySelector("[data-testid=checklist-notice]")).not.toBeNull();
    expect(await seriousViolations(container)).toEqual([]);
    fireEvent.click(tab("settings"));
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(container.querySelector("[data-testid=checklist-columns]")).not.toBeNull();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("every flag button has an accessible name with its code", async () => {
    await renderPane(fakeHost());
    await runCheck();
    const items = [...document.querySelectorAll<HTMLElement>("li[data-code]")];
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) {
      const [main, ack] = [...li.querySelectorAll("button")];
      // The main button is named by its visible text (code, cell, message), severity first.
      expect(main?.textContent).toContain(li.dataset["code"]);
      expect(ack?.getAttribute("aria-label")).toContain(li.dataset["code"]);
    }
  });
});
