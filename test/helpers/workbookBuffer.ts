import type { Workbook } from "exceljs";

/** The .xlsx bytes of an exceljs workbook as a Node Buffer. */
export async function workbookBuffer(wb: Workbook): Promise<Buffer> {
  const out: unknown = await wb.xlsx.writeBuffer();
  return Buffer.from(out as Uint8Array);
}
