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
  const base = sourceFileName.replace(/\.xlsx$/i, "").trim();
  return base ? `${REPORT_NAME} - ${base}.xlsx` : `${REPORT_NAME}.xlsx`;
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
