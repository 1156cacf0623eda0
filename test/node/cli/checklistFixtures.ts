/**
 * Workbooks for the --checklist tests, built with exceljs: a measure workbook whose titles
 * name no year, and checklist sheets with the faults users make (a duplicated code, no table).
 */
import * as fs from "node:fs";
import ExcelJS from "exceljs";
import { workbookBuffer } from "../../helpers/workbookBuffer";

const MEASURES: readonly (readonly string[])[] = [
  ["ลำดับ", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "ผลการดำเนินงาน", "หลักฐาน"],
  [
    "1",
    "ประกาศเจตนารมณ์การป้องกันการทุจริต",
    "สำนักปลัด",
    "ไตรมาสที่ ๑",
    "ดำเนินการแล้ว",
    "https://example.go.th/1",
  ],
  ["2", "มาตรการป้องกันผลประโยชน์ทับซ้อน", "สำนักปลัด", "ตลอดปีงบประมาณ", "อยู่ระหว่างดำเนินการ", ""],
  [
    "3",
    "จัดทำแผนปฏิบัติการป้องกันการทุจริต",
    "กองคลัง",
    "ไตรมาสที่ ๒",
    "ดำเนินการแล้ว",
    "https://example.go.th/3",
  ],
  [
    "4",
    "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง",
    "กองคลัง",
    "ตลอดปีงบประมาณ",
    "ดำเนินการแล้ว",
    "https://example.go.th/4",
  ],
  ["5", "มาตรการส่งเสริมการปฏิบัติตามประมวลจริยธรรม", "สำนักปลัด", "ไตรมาสที่ ๓", "ยังไม่ได้ดำเนินการ", ""],
];

/** A measure table whose titles and periods name no year (so the year comes from the as-of date). */
export async function writeMeasuresWithoutYear(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("มาตรการ");
  ws.getCell("A1").value = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
  ws.getCell("A2").value = "องค์การบริหารส่วนตำบลทดสอบ อำเภอเมือง จังหวัดทดสอบ";
  MEASURES.forEach((cells, i) => {
    ws.getRow(i + 4).values = [...cells];
  });
  fs.writeFileSync(file, await workbookBuffer(wb));
}

/** Copies an exported checklist and gives row `from`'s code to row `to` as well. */
export async function writeDuplicateCode(
  exported: string,
  file: string,
): Promise<{ sheet: string; rows: [number, number]; code: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(exported);
  const ws = wb.worksheets[0]!;
  const codeRows: number[] = [];
  ws.getColumn(1).eachCell((cell, row) => {
    if (/^O\d+$/.test(cell.text.trim())) codeRows.push(row);
  });
  const [first, , third] = codeRows;
  const code = ws.getCell(first!, 1).text.trim();
  ws.getCell(third!, 1).value = code;
  await wb.xlsx.writeFile(file);
  return { sheet: ws.name, rows: [first!, third!], code };
}

/** A workbook whose only sheet holds prose, no item table. */
export async function writeNoTable(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("บันทึก");
  ws.getCell("A1").value = "บันทึกข้อความ เรื่อง การประเมิน ITA";
  ws.getCell("A3").value = "เรียน นายกองค์การบริหารส่วนตำบล";
  ws.getCell("A4").value = "ตามที่สำนักงาน ป.ป.ช. ได้กำหนดการประเมิน ขอรายงานให้ทราบ";
  await wb.xlsx.writeFile(file);
  return ws.name;
}
