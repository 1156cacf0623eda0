/**
 * A checklist from a sheet, end to end in headless Chromium on the production build: a
 * workbook whose measures sheet states no year is checked (as of Nov 2026, fiscal 2570) against
 * the provisional built-in 2570 list; the user picks the sheet holding the 2570 manual's item
 * table as the checklist of 2570; the pane says how many items it loaded and the provisional
 * notice goes, since the list in use is now the sheet's. The list then exports as its own file.
 */
import path from "node:path";
import { Workbook } from "exceljs";
import type { Page } from "playwright-core";
import { checkWorkbook } from "../../src/core/check/checkWorkbook";
import { defaultSettings } from "../../src/core/settings";
import { readWorkbookBuffer } from "../../src/node/xlsx/readWorkbook";
import { makeT } from "../../src/taskpane/i18n/t";
import { findChromium } from "./support/browser";
import type { PreviewSession } from "./support/previewSession";
import { openPreview } from "./support/previewSession";

const AS_OF = "2026-11-22";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const FILE = "checklist-2570.xlsx";
const MEASURES = "มาตรการ";
const LIST = "ITA 2570";
const CHECK_LABEL = makeT("th")("check.button");

/** Measures with no fiscal year in their titles: the year comes from the as-of date. */
const measureRows = [
  ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"],
  ["องค์การบริหารส่วนตำบลทดสอบ"],
  [],
  ["มาตรการ/แนวทาง", "วิธีการดำเนินงาน", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "ผลการดำเนินการ"],
  ["๑. มาตรการเผยแพร่ข้อมูลสาธารณะ", "จัดทำประกาศ", "สำนักปลัด", "ตลอดปีงบประมาณ", "ดำเนินการแล้ว"],
  ["๒. มาตรการ No Gift Policy", "ประกาศนโยบาย", "สำนักปลัด", "ตลอดปีงบประมาณ", "อยู่ระหว่างดำเนินการ"],
];

/** The 2570 manual's item table as a supervisor pastes it: title, header, headings, five items. */
const listRows = [
  ["รายการข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๗๐"],
  [],
  ["ข้อ", "ข้อมูล", "องค์ประกอบด้านข้อมูล"],
  ["ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน"],
  ["O1", "โครงสร้างและอำนาจหน้าที่", "- แสดงแผนผังโครงสร้าง - แสดงอำนาจหน้าที่"],
  ["O2", "ข้อมูลผู้บริหาร", "แสดงชื่อ ตำแหน่ง รูปถ่าย"],
  ["O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม", "ที่อยู่ โทรศัพท์ อีเมล"],
  ["ตัวชี้วัดย่อยที่ ๙.๒ การบริหารงาน"],
  ["O4", "แผนการดำเนินงานประจำปี", "แผนระยะ ๑ ปี"],
  ["O5", "รายงานผลการดำเนินงานประจำปี", "ผลการดำเนินงานตามแผน"],
];
const LIST_ITEMS = 5;

async function workbookBytes(): Promise<Buffer> {
  const wb = new Workbook();
  const measures = wb.addWorksheet(MEASURES);
  measureRows.forEach((r) => measures.addRow(r));
  const list = wb.addWorksheet(LIST);
  listRows.forEach((r) => list.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.warn("test/e2e/checklistSheet.test.ts skipped: no Chromium found (set CHROMIUM_PATH)");
}
const describeWithChromium = chromiumPath ? describe : describe.skip;

async function clickCheck(page: Page): Promise<void> {
  await page.waitForFunction(
    (label) =>
      [...document.querySelectorAll("button")].some(
        (b) => b.textContent?.trim() === label && !b.disabled,
      ),
    CHECK_LABEL,
  );
  await page.getByRole("button", { name: CHECK_LABEL, exact: true }).click();
  await page.locator("[data-testid=checklist-used], [role=alert]").first().waitFor({
    timeout: 60_000,
  });
}

/**
 * Opens a Fluent dropdown with the mouse and clicks an option, then waits until its listbox is
 * gone from over the pane (a popup mount node once covered the page and took every click).
 */
async function pick(page: Page, testId: string, option: string): Promise<void> {
  await page.click(`[data-testid=${testId}]`);
  await page.locator(`[data-testid=${testId}][aria-expanded=true]`).waitFor();
  const choice = page.getByRole("option", { name: option, exact: true });
  await choice.click();
  await choice.waitFor({ state: "hidden" });
}

describeWithChromium("a checklist from a sheet (headless Chromium)", () => {
  let session: PreviewSession;
  let page: Page;
  let downloads: string;
  let bytes: Buffer;

  beforeAll(async () => {
    const [opened, built] = await Promise.all([
      openPreview(chromiumPath ?? "", AS_OF),
      workbookBytes(),
    ]);
    session = opened;
    ({ page, downloads } = opened);
    bytes = built;
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  test("the workbook is checked against the provisional 2570 list until its sheet is chosen", async () => {
    // The premise, from the core: the measures state no year; the check is of 2570, provisional.
    const read = await readWorkbookBuffer(bytes);
    if (!read.ok) throw new Error(read.error.code);
    const before = checkWorkbook(read.workbook, defaultSettings(AS_OF));
    expect(before.sheets.find((s) => s.name === MEASURES)?.fiscalYear).toBeNull();
    expect(before.year).toBe(2570);
    expect(before.checklist).toMatchObject({ year: 2570, origin: "built-in" });
    expect(before.checklist?.provisional).not.toBeNull();

    await page.setInputFiles("[data-testid=file-input]", {
      name: FILE,
      mimeType: XLSX,
      buffer: bytes,
    });
    await page.getByText(FILE, { exact: true }).waitFor({ timeout: 30_000 });
    await clickCheck(page);
    const notice = page.locator("[data-testid=checklist-notice]");
    expect(await notice.getAttribute("data-kind")).toBe("provisional");
    expect(await page.getAttribute("[data-testid=checklist-used]", "data-origin")).toBe("built-in");

    // The notice's button leads to the control.
    await page.click("[data-testid=go-to-checklist]");
    await page.locator("#ita-tab-settings[aria-selected=true]").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("ita-checklist-heading");

    await pick(page, "checklist-sheet", LIST);
    // The year defaults to the current check's year.
    expect(await page.textContent("[data-testid=checklist-year]")).toContain("2570");
    await page.click("[data-testid=checklist-apply]");
    const loaded = page.locator("[data-testid=checklist-loaded]");
    await loaded.waitFor({ timeout: 30_000 });
    expect(Number(await loaded.getAttribute("data-items"))).toBe(LIST_ITEMS);
    expect(await loaded.getAttribute("data-range")).toMatch(new RegExp(`^${LIST}!A3:C\\d+$`));
    expect(await page.locator("[data-testid=checklist-failed]").count()).toBe(0);

    await page.click("#ita-tab-check");
    const used = page.locator("[data-testid=checklist-used]");
    await used.waitFor();
    expect(await used.getAttribute("data-origin")).toBe("sheet");
    expect(await used.getAttribute("data-sheet")).toBe(LIST);
    expect(await used.getAttribute("data-year")).toBe("2570");
    expect(await page.locator("[data-testid=checklist-notice]").count()).toBe(0);
  }, 120_000);

  test("the list in use exports as its own workbook, named after its sheet", async () => {
    await page.click("#ita-tab-settings");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=export-checklist]"),
    ]);
    const exported = page.locator("[data-testid=checklist-exported]");
    await exported.waitFor();
    const sheetName = (await exported.getAttribute("data-sheet")) ?? "";
    expect(sheetName).toContain("2570");
    expect(download.suggestedFilename()).toBe(`${sheetName} - ${FILE}`);
    const file = path.join(downloads, "list.xlsx");
    await download.saveAs(file);
    const wb = new Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet(sheetName)).toBeDefined();
  }, 60_000);
});
