/** Hands bytes to the browser as a download: the preview never sends a file anywhere. */

/** The report's file name, as the Excel add-in names its sheet. */
export const REPORT_FILE_NAME = "รายงาน ITA.xlsx";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * @example
 * downloadBytes(await workbook.xlsx.writeBuffer(), "รายงาน ITA.xlsx");
 */
export function downloadBytes(bytes: BlobPart, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
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
