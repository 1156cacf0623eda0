import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { RendererProvider, createDOMRenderer } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { Checker } from "../../src/taskpane/check/checker";
import type { FakeHost } from "./fakeHost";
import { clock } from "./fakeHost";

/**
 * Griffel's atomic CSS rules make every jsdom getComputedStyle call (role queries, name
 * computation, popup positioning) scan thousands of rules: seconds per query. Tests need no
 * CSS, so the renderer inserts none.
 */
const noCss = createDOMRenderer(document, { unstable_filterCSSRule: () => false });

/** Renders the pane and waits until stored settings are loaded (the Check button enables). */
export async function renderPane(host: FakeHost, checker?: Checker) {
  const view = render(
    <RendererProvider renderer={noCss} targetDocument={document}>
      <App
        host={host}
        clock={clock}
        years={[2566, 2567, 2568, 2569]}
        {...(checker ? { checker } : {})}
      />
    </RendererProvider>,
  );
  await waitFor(() => expect(checkButton()).not.toHaveProperty("disabled", true));
  return view;
}

export function checkButton(): HTMLButtonElement {
  return screen.getAllByRole("button").find((b) => b.textContent === "ตรวจ") as HTMLButtonElement;
}

/** Clicks Check and waits for the flag groups. */
export async function runCheck(): Promise<void> {
  await act(async () => {
    fireEvent.click(checkButton());
    await new Promise((r) => setTimeout(r, 10));
  });
  await waitFor(() => expect(groups().length).toBeGreaterThan(0));
}

export function groups(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>("section[data-group]")];
}

/** Group key → codes of its flags, in order. */
export function codesByGroup(): Record<string, string[]> {
  return Object.fromEntries(
    groups().map((g): [string, string[]] => [
      g.dataset["group"] ?? "",
      [...g.querySelectorAll<HTMLElement>("li[data-code]")].map((li) => li.dataset["code"] ?? ""),
    ]),
  );
}

export function flagItem(code: string, cell: string): HTMLElement {
  const li = document.querySelector<HTMLElement>(`li[data-code="${code}"][data-cell="${cell}"]`);
  if (!li) throw new Error(`no flag ${code} at ${cell}`);
  return li;
}

export { within };

/**
 * A tab by its id. Fluent repeats a tab's text in a span that only CSS hides (it reserves the
 * bold width), and tests run without CSS, so names read "ตั้งค่า ตั้งค่า".
 */
export function tab(name: "check" | "items" | "settings"): HTMLElement {
  const el = document.getElementById(`ita-tab-${name}`);
  if (!el) throw new Error(`no tab ${name}`);
  return el;
}
