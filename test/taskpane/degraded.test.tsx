import "./setup";
import { fireEvent, waitFor } from "@testing-library/react";
import { fakeHost } from "./fakeHost";
import { renderPane, runCheck } from "./render";

const shownCodes = (): string[][] =>
  Array.from(document.querySelectorAll('[data-testid="degraded-notice"]')).map((n) =>
    Array.from(n.querySelectorAll("[data-code]")).map((li) => li.getAttribute("data-code") ?? ""),
  );

describe("what this Excel cannot do", () => {
  it("lists the host's degraded codes, and nothing when there are none", async () => {
    await renderPane(fakeHost({ degraded: ["NO_PAGE_LAYOUT_BEFORE_1_9", "NO_NOTES_BEFORE_1_18"] }));
    await waitFor(() =>
      expect(shownCodes()).toEqual([["NO_PAGE_LAYOUT_BEFORE_1_9", "NO_NOTES_BEFORE_1_18"]]),
    );
  });

  it("after the report is written, says what the writer could not do and how to make a PDF", async () => {
    const host = fakeHost();
    host.writeReport.mockResolvedValue({ degraded: ["PAGE_FIT_NOT_APPLIED"] });
    await renderPane(host);
    expect(shownCodes()).toEqual([]);
    await runCheck();
    fireEvent.click(document.querySelector<HTMLElement>('[data-testid="build-report"]')!);
    await waitFor(() =>
      expect(shownCodes()).toEqual([["PAGE_FIT_NOT_APPLIED", "USE_FILE_EXPORT"]]),
    );
  });
});
