/** Hands bytes to the browser as a download: the preview never sends a file anywhere. */

/** The report's name, as the Excel add-in names its sheet. */
const REPORT_NAME = "รายงาน ITA";

/**
 * The downloaded report's file name, after the workbook it reports on, so a supervisor who
 * builds several reports gets files that say whose they are.
 * @example
 * reportFileName("อบต.ตัวอย่าง.xlsx") // "รายงาน ITA - อบต.ตัวอย่าง.xlsx"
 */
export function reportFileName(sourceFileName: string): string {
  return sheetFileName(REPORT_NAME, sourceFileName);
}

/** Characters no file name may hold on Windows, macOS or Linux (control characters aside). */
const UNSAFE = /[\\/:*?"<>|]/g;

function safeName(name: string): string {
  return [...name.replace(UNSAFE, "_")].filter((ch) => ch >= " ").join("");
}

/**
 * A written sheet's download name: the sheet's own name (what Excel would call the new sheet),
 * then the workbook it came from. The report is "รายงาน ITA - <file>.xlsx"; an exported
 * checklist "รายการตรวจ ITA 2570 - <file>.xlsx".
 * @example
 * sheetFileName("รายการตรวจ ITA 2570", "อบต.ตัวอย่าง.xlsx") // "รายการตรวจ ITA 2570 - อบต.ตัวอย่าง.xlsx"
 * sheetFileName("รายการตรวจ ITA 2570", "") // "รายการตรวจ ITA 2570.xlsx"
 */
export function sheetFileName(sheetName: string, sourceFileName: string): string {
  const name = safeName(sheetName).trim() || REPORT_NAME;
  const base = sourceFileName.replace(/\.xlsx$/i, "").trim();
  return base ? `${name} - ${base}.xlsx` : `${name}.xlsx`;
}

/** The .xlsx media type: what the file picker accepts and what a download is labelled. */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * @example
 * downloadBytes(await workbook.xlsx.writeBuffer(), "รายงาน ITA.xlsx");
 */
export function downloadBytes(bytes: BlobPart, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_MIME }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The click has started the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
