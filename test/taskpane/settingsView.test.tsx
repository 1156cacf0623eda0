import "./setup";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { checkWorkbook } from "../../src/core/check/checkWorkbook";
import type { Checker } from "../../src/taskpane/check/checker";
import { fakeHost, SHEET } from "./fakeHost";
import { codesByGroup, renderPane, runCheck, tab } from "./render";

async function openSettings() {
  fireEvent.click(tab("settings"));
  await screen.findByRole("heading", { level: 2, name: "ตั้งค่าการตรวจ" });
}

describe("SettingsView", () => {
  it("saves the year and as-of date, and the re-check uses them", async () => {
    const host = fakeHost();
    await renderPane(host);
    await runCheck();
    expect(codesByGroup()[`${SHEET}|6`]).toEqual(["OVERDUE"]);
    await openSettings();

    fireEvent.click(screen.getByRole("combobox", { name: "ปีการประเมิน ITA" }));
    // Each year says how far its list goes ("2566 · ยังไม่ครบ").
    const option = await screen.findByRole("option", { name: /^2566\b/ });
    expect(option.getAttribute("data-state")).toBe("incomplete");
    await act(async () => {
      fireEvent.click(option);
      await Promise.resolve();
    });
    expect(host.saveSettings).toHaveBeenLastCalledWith({ year: 2566 });

    const date = screen.getByLabelText("ข้อมูล ณ วันที่");
    expect(date.getAttribute("type")).toBe("date");
    await act(async () => {
      fireEvent.change(date, { target: { value: "2023-11-01" } });
      await Promise.resolve();
    });
    expect(host.saveSettings).toHaveBeenLastCalledWith({ asOf: "2023-11-01" });

    fireEvent.click(tab("check"));
    await runCheck();
    expect(host.readWorkbook).toHaveBeenCalledTimes(2);
    // As of 2023-11-01 nothing ending in Dec 2023 is overdue; checked as 2566, the 2567 sheet
    // gets YEAR_MISMATCH.
    await waitFor(() => expect(codesByGroup()[`${SHEET}|6`]).toBeUndefined());
    expect(Object.values(codesByGroup()).flat()).not.toContain("OVERDUE");
    expect(Object.values(codesByGroup()).flat()).toContain("YEAR_MISMATCH");
  });

  it("saves language, Thai digits and due-soon days; the UI follows the language", async () => {
    const host = fakeHost();
    await renderPane(host);
    await openSettings();
    await act(async () => {
      fireEvent.click(screen.getByRole("switch"));
      await Promise.resolve();
    });
    expect(host.saveSettings).toHaveBeenLastCalledWith({ thaiDigits: false });
    await act(async () => {
      fireEvent.click(screen.getByRole("radio", { name: "English" }));
      await Promise.resolve();
    });
    expect(host.saveSettings).toHaveBeenLastCalledWith({ lang: "en" });
    expect(tab("settings").textContent).toContain("Settings");
    const days = screen.getByRole("spinbutton");
    await act(async () => {
      fireEvent.change(days, { target: { value: "30" } });
      fireEvent.blur(days);
      await Promise.resolve();
    });
    expect(host.saveSettings).toHaveBeenLastCalledWith({ dueSoonDays: 30 });
  });

  it("loads stored settings over the defaults", async () => {
    const host = fakeHost({ stored: { year: 2568, organisation: "อบต.ทดสอบ" } });
    await renderPane(host);
    await openSettings();
    expect(screen.getByRole("combobox", { name: "ปีการประเมิน ITA" }).textContent).toContain("2568");
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "ชื่อหน่วยงาน" }).value).toBe(
      "อบต.ทดสอบ",
    );
  });
});

describe("re-checks that finish out of order", () => {
  it("keep the newest settings' result, not the last to arrive", async () => {
    const held: (() => void)[] = [];
    let calls = 0;
    // The second check (first date change) is held back until after the third has finished.
    const checker: Checker = (snap, settings) => {
      calls += 1;
      const result = checkWorkbook(snap, settings);
      if (calls !== 2) return Promise.resolve(result);
      return new Promise((resolve) => held.push(() => resolve(result)));
    };
    await renderPane(fakeHost(), checker);
    await runCheck();
    expect(codesByGroup()[`${SHEET}|6`]).toEqual(["OVERDUE"]);
    await openSettings();
    const date = screen.getByLabelText("ข้อมูล ณ วันที่");
    await act(async () => {
      fireEvent.change(date, { target: { value: "2024-06-01" } });
      await Promise.resolve();
    });
    await act(async () => {
      fireEvent.change(date, { target: { value: "2023-11-01" } });
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(calls).toBe(3);
    await act(async () => {
      held.forEach((release) => release());
      await new Promise((r) => setTimeout(r, 0));
    });
    fireEvent.click(tab("check"));
    // As of 2023-11-01 nothing is overdue; the held 2024-06-01 result must not come back.
    expect(Object.values(codesByGroup()).flat()).not.toContain("OVERDUE");
  });
});
