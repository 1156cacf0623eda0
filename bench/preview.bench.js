"use strict";
// Browser preview on a generated 10,000-row workbook in headless Chromium (production build):
// time from the file chosen to the flags shown, against a 3 s target.
const { line, n } = require("./format");

const TARGET_MS = 3000;
const FLAG_ITEM = "li[data-code][data-cell]";

async function run() {
  const { findChromium, launchChromium } = require("../test/e2e/support/browser.ts");
  const chromiumPath = findChromium();
  if (!chromiumPath)
    return [line("preview load-to-flags", "skipped: no Chromium (apt-get install chromium)", null)];
  const { buildPreviewOnce } = require("../test/e2e/support/buildPreview.ts");
  const { serveFolder } = require("../test/e2e/support/staticServer.ts");
  const { buildLargeWorkbook } = require("../test/helpers/largeWorkbook.ts");
  const { makeT } = require("../src/taskpane/i18n/t.ts");
  const [dir, bytes] = await Promise.all([buildPreviewOnce(), buildLargeWorkbook(10000, 7)]);
  const server = await serveFolder(dir);
  const browser = await launchChromium(chromiumPath);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.origin}/preview.html?sample=0&asOf=2026-11-22`);
    const check = page.getByRole("button", { name: makeT("th")("check.button"), exact: true });
    await check.waitFor();
    const t0 = Date.now();
    await page.setInputFiles("[data-testid=file-input]", {
      name: "large-10000.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: bytes,
    });
    await page.locator("[data-testid=grid-view]").waitFor({ timeout: 60000 });
    const opened = Date.now() - t0;
    // Long tasks on the main thread while checking: what the user feels as a frozen pane.
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(e.duration);
      }).observe({ type: "longtask" });
    });
    await check.click();
    await page.locator(FLAG_ITEM).first().waitFor({ timeout: 60000 });
    const total = Date.now() - t0;
    const flags = Number(await page.locator("[data-total]").getAttribute("data-total"));
    const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
    return [
      line(
        "preview 10,000 rows: file chosen → flags (ms)",
        `${n(total)} ms (parse + grid ${n(opened)} ms, check + list ${n(total - opened)} ms, ${n(flags)} flags)`,
        TARGET_MS / total,
        "3 s",
      ),
      line(
        "preview: longest main-thread task while checking",
        `${n(longest)} ms (the check runs in a worker; the rest is cloning and rendering)`,
        null,
      ),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

module.exports = { run };
