#!/usr/bin/env node
// Writes samples/ita-sample.xlsx: a measure report of an invented อบต. for fiscal year 2569,
// laid out the way real offices paste theirs (title lines, a measure table with section rows,
// a repeated header, Thai digits, HTML residue, a continuation row) plus an OIT item tracker.
// It carries a few deliberate faults so the preview shows the product working:
// done without evidence, overdue in progress, no responsible unit, an unreadable period,
// no status words, a duplicate measure, and OIT items left out.
// Run: node scripts/make-sample.js  (the file is committed; re-run only to change it)
"use strict";
const path = require("node:path");
const ExcelJS = require("exceljs");

const header = [
  "ที่",
  "มาตรการ/กิจกรรม",
  "ขั้นตอน/วิธีการดำเนินการ",
  "ผู้รับผิดชอบ",
  "ระยะเวลาดำเนินการ",
  "ผลการดำเนินการ",
];

const measureRows = [
  ["ประเด็นที่ ๑ การเปิดเผยข้อมูลและการสื่อสาร"],
  [
    "๑",
    "มาตรการเผยแพร่ข้อมูลสาธารณะ บนเว็บไซต์ของหน่วยงาน",
    "๑. แต่งตั้งผู้รับผิดชอบ\n๒. ปรับปรุงข้อมูลพื้นฐานให้เป็นปัจจุบัน",
    "สำนักปลัด",
    "ต.ค. ๖๘ - ก.ย. ๖๙",
    "ดำเนินการแล้วเสร็จ เผยแพร่ที่ www.tuayang.go.th เมนู ข้อมูลสาธารณะ",
  ],
  [
    "๒",
    "มาตรการพัฒนาช่องทาง Q&A และสื่อสังคมออนไลน์",
    "จัดให้มีช่องทางถาม-ตอบบนเว็บไซต์และ Facebook",
    "สำนักปลัด",
    "ต.ค. ๖๘ - มี.ค. ๖๙",
    "ดำเนินการแล้ว",
  ],
  [
    "๓",
    "มาตรการรายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ ๖ เดือน",
    "จัดทำรายงานผลการใช้จ่ายงบประมาณ ๖ เดือนแรก",
    "กองคลัง",
    "รอบ ๖ เดือน",
    "อยู่ระหว่างดำเนินการ",
  ],
  ["ประเด็นที่ ๒ การป้องกันการทุจริต"],
  [
    "๔",
    "มาตรการ No Gift Policy จากการปฏิบัติหน้าที่",
    "๑. ประกาศเจตนารมณ์ No Gift Policy\n๒. จัดกิจกรรมสร้างวัฒนธรรม",
    "สำนักปลัด",
    "๙ ก.พ. ๖๙",
    '<p>ดำเนินการแล้วเสร็จครบถ้วน ๑๐๐%</p> <a href="https://www.tuayang.go.th/nogift">ประกาศ อบต.</a>',
  ],
  [
    "๕",
    "มาตรการประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ",
    "วิเคราะห์ความเสี่ยงและกำหนดมาตรการควบคุม",
    "",
    "ต.ค. ๖๘ - ก.ย. ๖๙",
    "อยู่ระหว่างดำเนินการ",
  ],
  ["", "", "(ต่อ) ติดตามผลการจัดการความเสี่ยงรายไตรมาส", "", "", ""],
  [
    "๖",
    "มาตรการจัดการเรื่องร้องเรียนการทุจริต",
    "เปิดช่องทางร้องเรียนออนไลน์แยกจากเรื่องร้องเรียนทั่วไป",
    "สำนักปลัด\nหน่วยตรวจสอบภายใน",
    "เร็ว ๆ นี้",
    "อยู่ระหว่างดำเนินการ",
  ],
  ["__header__"],
  ["ประเด็นที่ ๓ การบริหารงานบุคคลและจริยธรรม"],
  [
    "๗",
    "มาตรการส่งเสริมการปฏิบัติตาม ประมวล จริยธรรม",
    "ประชุมชี้แจงและจัดทำแนวปฏิบัติ Dos & Don'ts",
    "สำนักปลัด",
    "ไตรมาสที่ ๒",
    "ได้จัดประชุมชี้แจงบุคลากร ๔๐ คน",
  ],
  [
    "๘",
    "มาตรการความโปร่งใสในการบริหารทรัพยากรบุคคล",
    "เผยแพร่หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
    "สำนักปลัด",
    "ต.ค. ๖๘ - ก.ย. ๖๙",
    "ยังไม่ได้ดำเนินการ",
  ],
  [
    "๙",
    "มาตรการส่งเสริมการปฏิบัติตาม ประมวลจริยธรรม",
    "ประชุมชี้แจงและจัดทำแนวปฏิบัติ",
    "สำนักปลัด",
    "ไตรมาสที่ ๓",
    "ดำเนินการแล้ว ตามคำสั่งที่ ๑๒๐/๒๕๖๙",
  ],
  [
    "๑๐",
    "มาตรการจัดซื้อจัดจ้างอย่างโปร่งใส",
    "เผยแพร่แผนและสรุปผลการจัดซื้อจัดจ้างรายเดือน",
    "กองคลัง",
    "ตลอดปีงบประมาณ",
    "ดำเนินการแล้ว",
  ],
];

const oitRows = [
  [
    "๐๑",
    "โครงสร้าง หน้าที่และอำนาจ",
    "แผนผังโครงสร้างและอำนาจหน้าที่",
    "สำนักปลัด",
    "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ",
    "https://www.tuayang.go.th/structure",
  ],
  [
    "๐๒",
    "ข้อมูลผู้บริหาร",
    "ชื่อ ตำแหน่ง รูปถ่าย ช่องทางติดต่อ",
    "สำนักปลัด",
    "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ",
    "https://www.tuayang.go.th/executives",
  ],
  [
    "๐๓",
    "ข้อมูลการติดต่อและช่องทางการสอบถาม",
    "ที่อยู่ โทรศัพท์ อีเมล แผนที่ และช่องทางถาม-ตอบ",
    "สำนักปลัด",
    "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ",
    "",
  ],
  [
    "๐๔",
    "ข่าวประชาสัมพันธ์",
    "ข่าวการดำเนินงานในปีงบประมาณ",
    "สำนักปลัด",
    "☑ ยังไม่ได้ดำเนินการ ☐ ดำเนินการ",
    "",
  ],
  [
    "๐๕",
    "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน",
    "แผนพัฒนาท้องถิ่นที่ครอบคลุมปีงบประมาณ",
    "สำนักปลัด",
    "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ",
    "https://www.tuayang.go.th/plan",
  ],
  [
    "๐๘",
    "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่",
    "คู่มือการปฏิบัติงานของงานหลัก",
    "ทุกกอง",
    "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ",
    "https://www.tuayang.go.th/manuals",
  ],
  [
    "๑๐",
    "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-SERVICE)",
    "บริการออนไลน์ คู่มือ และสถิติการใช้งาน",
    "สำนักปลัด",
    "อยู่ระหว่างดำเนินการ",
    "",
  ],
  [
    "๑๑",
    "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน",
    "สรุปผลรายเดือน ต.ค. - มี.ค.",
    "กองคลัง",
    "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ",
    "https://www.tuayang.go.th/procurement",
  ],
  [
    "๑๖",
    "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "ขั้นตอน ผู้รับผิดชอบ ระยะเวลา",
    "สำนักปลัด",
    "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ",
    "https://www.tuayang.go.th/complaints",
  ],
  [
    "๑๗",
    "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "ช่องทางออนไลน์ที่คุ้มครองผู้ร้องเรียน",
    "สำนักปลัด",
    "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ",
    "https://www.tuayang.go.th/report",
  ],
  [
    "๒๐",
    "การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่",
    "ประกาศภาษาไทยและอังกฤษ รายงานผลปีที่ผ่านมา",
    "สำนักปลัด",
    "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ",
    "https://www.tuayang.go.th/nogift",
  ],
  [
    "๒๕",
    "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
    "วิเคราะห์ผล ITA ปีที่ผ่านมาและกำหนดมาตรการ",
    "สำนักปลัด",
    "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ",
    "https://www.tuayang.go.th/ita",
  ],
];

function styleTable(ws, fromRow, toRow, cols) {
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.border = {
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      };
    }
  }
}

function measuresSheet(wb) {
  const ws = wb.addWorksheet("มาตรการ");
  ws.columns = [
    { width: 6 },
    { width: 40 },
    { width: 40 },
    { width: 18 },
    { width: 18 },
    { width: 40 },
  ];
  const titles = [
    "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "องค์การบริหารส่วนตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง",
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
  ];
  titles.forEach((t, i) => {
    ws.mergeCells(i + 1, 1, i + 1, 6);
    const cell = ws.getCell(i + 1, 1);
    cell.value = t;
    cell.font = { bold: true, size: 16 };
    cell.alignment = { horizontal: "center" };
  });
  let r = 5;
  const writeHeader = () => {
    ws.getRow(r).values = header;
    ws.getRow(r).font = { bold: true };
    r++;
  };
  writeHeader();
  const first = r - 1;
  for (const row of measureRows) {
    if (row[0] === "__header__") {
      r++;
      writeHeader();
      continue;
    }
    if (row.length === 1) {
      ws.mergeCells(r, 1, r, 6);
      ws.getCell(r, 1).value = row[0];
      ws.getCell(r, 1).font = { bold: true };
    } else {
      ws.getRow(r).values = row.map((v) => (v === "" ? null : v));
    }
    r++;
  }
  styleTable(ws, first, r - 1, 6);
  ws.getCell(r + 1, 4).value = "ลงชื่อ ............................ ผู้รายงาน";
  ws.getCell(r + 2, 4).value = "(นางสาวตัวอย่าง ใจดี)";
  ws.getCell(r + 3, 4).value = "ตำแหน่ง นักวิเคราะห์นโยบายและแผน";
}

function oitSheet(wb) {
  const ws = wb.addWorksheet("OIT");
  ws.columns = [
    { width: 6 },
    { width: 40 },
    { width: 36 },
    { width: 16 },
    { width: 28 },
    { width: 36 },
  ];
  ws.mergeCells(1, 1, 1, 6);
  ws.getCell(1, 1).value = "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙";
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getRow(3).values = [
    "ข้อ",
    "ข้อมูล",
    "องค์ประกอบด้านข้อมูล",
    "ผู้รับผิดชอบ",
    "ความก้าวหน้าผลการดำเนินการ",
    "URL หลักฐาน",
  ];
  ws.getRow(3).font = { bold: true };
  let r = 4;
  for (const row of oitRows) {
    ws.getRow(r).values = row.map((v) => (v === "" ? null : v));
    const url = row[5];
    if (url) ws.getCell(r, 6).value = { text: url, hyperlink: url };
    r++;
  }
  styleTable(ws, 3, r - 1, 6);
}

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ITA Check sample";
  wb.created = new Date(Date.UTC(2026, 10, 1));
  wb.modified = wb.created;
  measuresSheet(wb);
  oitSheet(wb);
  const out = path.join(__dirname, "..", "samples", "ita-sample.xlsx");
  await wb.xlsx.writeFile(out);
  process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e && e.message ? e.message : e}\n`);
  process.exitCode = 1;
});
