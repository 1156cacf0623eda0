/**
 * Excel bootstrap: waits for Office, picks the theme from Office's, creates the Excel host
 * and renders the pane once. Opened outside Office, it says so instead of waiting forever.
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../excel/excelHost";
import { App } from "./App";
import { makeT } from "./i18n/t";
import { createWorkerChecker } from "./check/workerChecker";
import { rootElement } from "./rootElement";

function showOutsideOffice(root: HTMLElement): void {
  const p = document.createElement("p");
  p.setAttribute("role", "status");
  p.textContent = `${makeT("th")("bootstrap.outsideOffice")} / ${makeT("en")("bootstrap.outsideOffice")}`;
  root.replaceChildren(p);
}

async function start(): Promise<void> {
  const root = rootElement();
  if (typeof Office === "undefined") {
    showOutsideOffice(root);
    return;
  }
  await Office.onReady();
  const dark = Office.context?.officeTheme?.isDarkTheme ?? false;
  createRoot(root).render(
    <App
      host={createExcelHost()}
      theme={dark ? webDarkTheme : webLightTheme}
      checker={createWorkerChecker(
        () => new Worker(new URL("./check/check.worker.ts", import.meta.url)),
      )}
    />,
  );
}

start().catch((e: unknown) => {
  // Nothing rendered yet, so the page itself is the only place to say what failed.
  const root = rootElement();
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.textContent = e instanceof Error ? e.message : String(e);
  root.replaceChildren(p);
});
