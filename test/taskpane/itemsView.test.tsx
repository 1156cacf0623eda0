import "./setup";
import { act, fireEvent, waitFor } from "@testing-library/react";
import { checkWorkbook } from "../../src/core/check/checkWorkbook";
import { measureKey } from "../../src/core/flags/key";
import { defaultSettings } from "../../src/core/settings";
import { TODAY, fakeHost, snapshot } from "./fakeHost";
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
