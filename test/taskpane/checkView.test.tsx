import "./setup";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { flagKey } from "../../src/core/flags/key";
import type { Flag } from "../../src/core/flags/flag";
import { fakeHost, SHEET } from "./fakeHost";
import { codesByGroup, flagItem, groups, renderPane, runCheck, within } from "./render";

const WB = "workbook";

describe("CheckView", () => {
  it("shows flags grouped by measure after Check, workbook-level flags last", async () => {
    const host = fakeHost();
    await renderPane(host);
    await runCheck();
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);
    expect(groups()).toHaveLength(4);
    const byGroup = codesByGroup();
    expect(Object.keys(byGroup)).toEqual([`${SHEET}|5`, `${SHEET}|6`, `${SHEET}|8`, WB]);
    expect(byGroup[`${SHEET}|5`]).toEqual(["MISSING_EVIDENCE"]);
    expect(byGroup[`${SHEET}|6`]).toEqual(["OVERDUE"]);
    expect(byGroup[`${SHEET}|8`]).toEqual(["OVERDUE", "STATUS_UNKNOWN"]);
    expect(new Set(byGroup[WB])).toEqual(new Set(["CHECKLIST_INCOMPLETE", "ITEM_NOT_COVERED"]));
    // Highlights are painted with the flags of the check.
    expect(host.highlight).toHaveBeenCalledTimes(1);
    expect(host.highlight.mock.calls[0]![0].map((f: Flag) => f.cell)).toEqual(
      expect.arrayContaining(["E5", "D6", "D8", "E8"]),
    );
  });

  it("the warning toggle hides warnings", async () => {
    await renderPane(fakeHost());
    await runCheck();
    expect(flagItem("OVERDUE", "D8")).toBeTruthy();
    const toggle = document.querySelector<HTMLElement>('button[data-severity="warning"]')!;
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    expect(() => flagItem("OVERDUE", "D8")).toThrow();
    expect(codesByGroup()[`${SHEET}|8`]).toEqual(["STATUS_UNKNOWN"]);
    expect(codesByGroup()[`${SHEET}|6`]).toEqual(["OVERDUE"]);
  });

  it("the code filter keeps only the chosen code", async () => {
    await renderPane(fakeHost());
    await runCheck();
    fireEvent.click(screen.getByRole("combobox"));
    // Fluent gives multiselect options the role menuitemcheckbox.
    const option = await screen.findByRole("menuitemcheckbox", {
      name: /^MISSING_EVIDENCE \(1\)$/,
    });
    fireEvent.click(option);
    expect(codesByGroup()).toEqual({ [`${SHEET}|5`]: ["MISSING_EVIDENCE"] });
  });

  it("clicking a flag (or Enter on it) selects its cell", async () => {
    const host = fakeHost();
    await renderPane(host);
    await runCheck();
    const [main] = within(flagItem("OVERDUE", "D6")).getAllByRole("button");
    await act(async () => {
      fireEvent.click(main!);
      await Promise.resolve();
    });
    expect(host.navigateTo).toHaveBeenCalledWith(SHEET, "D6");
    main!.focus();
    expect(document.activeElement).toBe(main);
    // A native <button> turns Enter into a click; jsdom does not, so the click path is what we test.
    await act(async () => {
      fireEvent.click(within(flagItem("MISSING_EVIDENCE", "E5")).getAllByRole("button")[0]!);
      await Promise.resolve();
    });
    expect(host.navigateTo).toHaveBeenLastCalledWith(SHEET, "E5");
    expect(host.navigateTo).toHaveBeenCalledTimes(2);
  });

  it("acknowledging with a reason saves it under the flag key and hides the flag", async () => {
    const host = fakeHost();
    await renderPane(host);
    await runCheck();
    const ackButton = within(flagItem("MISSING_EVIDENCE", "E5")).getAllByRole("button")[1]!;
    fireEvent.click(ackButton);
    const dialog = await screen.findByRole("dialog");
    const confirm = dialog.querySelector<HTMLElement>('[data-action="confirm-acknowledge"]')!;
    // No reason: nothing is saved.
    fireEvent.click(confirm);
    expect(host.saveSettings).not.toHaveBeenCalled();
    fireEvent.change(dialog.querySelector("textarea")!, { target: { value: "หลักฐานในแฟ้ม" } });
    await act(async () => {
      fireEvent.click(confirm);
      await new Promise((r) => setTimeout(r, 0));
    });
    const key = flagKey({ code: "MISSING_EVIDENCE", sheet: SHEET, cell: "E5", params: {} });
    expect(host.saveSettings).toHaveBeenCalledTimes(1);
    const saved = host.saveSettings.mock.calls[0]![0];
    expect(saved.acknowledged?.[key]).toEqual({ reason: "หลักฐานในแฟ้ม", on: "2024-05-01" });
    await waitFor(() => expect(() => flagItem("MISSING_EVIDENCE", "E5")).toThrow());
    expect(codesByGroup()[`${SHEET}|5`]).toBeUndefined();
    // It is listed as acknowledged, and undo brings it back.
    const accordion = screen.getByRole("button", { name: /รับทราบแล้ว/ });
    fireEvent.click(accordion);
    const undo = await screen.findByRole("button", { name: /MISSING_EVIDENCE/ });
    await act(async () => {
      fireEvent.click(undo);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(host.saveSettings).toHaveBeenLastCalledWith({ acknowledged: {} });
    await waitFor(() => expect(flagItem("MISSING_EVIDENCE", "E5")).toBeTruthy());
  });

  it("Build report writes the report model of the measures through the host", async () => {
    const host = fakeHost();
    await renderPane(host);
    await runCheck();
    const build = screen.getAllByRole("button").find((b) => b.textContent === "สร้างรายงาน")!;
    await act(async () => {
      fireEvent.click(build);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(host.writeReport).toHaveBeenCalledTimes(1);
    const model = host.writeReport.mock.calls[0]![0];
    expect(model.rowKinds.filter((k) => k === "measure")).toHaveLength(4);
  });

  it("Build report waits for the report being written: a second click writes nothing", async () => {
    const host = fakeHost();
    let finish: (v: { degraded: string[] }) => void = () => undefined;
    host.writeReport.mockImplementationOnce(
      () => new Promise<{ degraded: string[] }>((resolve) => (finish = resolve)),
    );
    await renderPane(host);
    await runCheck();
    const build = document.querySelector<HTMLButtonElement>('[data-testid="build-report"]')!;
    await act(async () => {
      fireEvent.click(build);
      fireEvent.click(build);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(host.writeReport).toHaveBeenCalledTimes(1);
    expect(build.disabled).toBe(true);
    await act(async () => {
      finish({ degraded: [] });
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(build.disabled).toBe(false);
    await act(async () => {
      fireEvent.click(build);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(host.writeReport).toHaveBeenCalledTimes(2);
  });

  it("a host error shows one error bar, separate from the flags", async () => {
    const host = fakeHost();
    const busy = Object.assign(new Error("cell edit"), { name: "ExcelBusyError" });
    host.readWorkbook.mockRejectedValueOnce(busy);
    await renderPane(host);
    expect(screen.queryByRole("alert")).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getAllByRole("button").find((b) => b.textContent === "ตรวจ")!);
      await new Promise((r) => setTimeout(r, 10));
    });
    const alerts = await screen.findAllByRole("alert");
    expect(alerts).toHaveLength(1);
    expect(groups()).toHaveLength(0);
    // Dismissible.
    fireEvent.click(within(alerts[0]!).getByRole("button", { name: "ปิดข้อความ" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });

  it("re-checks once after the user's edits pause (debounced)", async () => {
    const host = fakeHost();
    await renderPane(host);
    await runCheck();
    jest.useFakeTimers();
    try {
      act(() => {
        host.edit();
        host.edit();
      });
      act(() => jest.advanceTimersByTime(500));
      act(() => host.edit());
      act(() => jest.advanceTimersByTime(799));
      expect(host.readWorkbook).toHaveBeenCalledTimes(1);
      await act(async () => {
        jest.advanceTimersByTime(1);
        await Promise.resolve();
      });
      expect(host.readWorkbook).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
