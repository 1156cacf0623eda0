/**
 * One browser session on the built preview: build, serve, launch Chromium, open the page at an
 * as-of date, and a folder for downloads; `close` undoes all of it. The e2e suites share it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser";
import { buildPreview } from "./buildPreview";
import type { StaticServer } from "./staticServer";
import { serveFolder } from "./staticServer";

export interface PreviewSession {
  page: Page;
  browser: Browser;
  server: StaticServer;
  /** A temporary folder for the test's downloads. */
  downloads: string;
  close: () => Promise<void>;
}

/** Undo steps, run last first; a failed start runs those it got to. */
type Undo = () => Promise<void>;

async function undoAll(steps: Undo[]): Promise<void> {
  for (const step of steps.reverse()) await step();
}

export async function openPreview(chromiumPath: string, asOf: string): Promise<PreviewSession> {
  const undo: Undo[] = [];
  try {
    const buildDir = await buildPreview();
    undo.push(() => rm(buildDir, { recursive: true, force: true }));
    const server = await serveFolder(buildDir);
    undo.push(() => server.close());
    const downloads = await mkdtemp(path.join(tmpdir(), "ita-downloads-"));
    undo.push(() => rm(downloads, { recursive: true, force: true }));
    const browser = await launchChromium(chromiumPath);
    undo.push(() => browser.close());
    const page = await browser.newPage({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    await page.goto(`${server.origin}/preview.html?asOf=${asOf}`);
    await page.locator("[data-testid=grid-view]").waitFor({ timeout: 30_000 });
    return { page, browser, server, downloads, close: () => undoAll(undo) };
  } catch (e) {
    await undoAll(undo);
    throw e;
  }
}
