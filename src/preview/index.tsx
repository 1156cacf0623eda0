/**
 * Preview bootstrap: no Office here. The theme follows the browser's colour scheme; the query
 * string may fix the as-of date and skip the sample; settings live in localStorage.
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { PreviewApp } from "./PreviewApp";
import { readParams } from "./params";
import { createSettingsStore } from "./settingsStore";
import { createWorkerChecker } from "../taskpane/check/workerChecker";
import { rootElement } from "../taskpane/rootElement";

const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;

createRoot(rootElement()).render(
  <PreviewApp
    theme={dark ? webDarkTheme : webLightTheme}
    params={readParams(window.location.search)}
    settings={createSettingsStore(window.localStorage)}
    checker={createWorkerChecker(
      () => new Worker(new URL("../taskpane/check/check.worker.ts", import.meta.url)),
    )}
  />,
);
