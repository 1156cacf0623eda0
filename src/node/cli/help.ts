export function helpText(): string {
  return `ita-check — ตรวจตารางมาตรการ ITA ในไฟล์ Excel / check ITA measure tables in Excel files

การใช้ / usage:
  ita-check FILE.xlsx [FILE.xlsx …] [--json] [--as-of YYYY-MM-DD] [--year 2566] [--lang th|en]
  ita-check report IN.xlsx -o OUT.xlsx [--pdf OUT.pdf] [--portrait] [--arabic-digits]
  ita-check batch DIR -o summary.xlsx [--json] [--jobs N] [--cache-dir DIR] [--no-cache] [--as-of …] [--year …]

batch: ตรวจทุกไฟล์ .xlsx ในโฟลเดอร์ (รวมโฟลเดอร์ย่อย) พร้อมกันทุกคอร์ แล้วสรุปเป็นสมุดงานเดียว เรียงจากพร้อมน้อยที่สุด /
  checks every .xlsx under DIR on all cores and writes one summary workbook, least ready first
  (sheets: สรุป, one sheet of flags per file, ไฟล์ที่อ่านไม่ได้, ตัวชี้วัด). -o X.json writes JSON.
  ผลที่ตรวจแล้วเก็บไว้ใน ./.ita-check-cache (ลบได้) / results are cached in ./.ita-check-cache (safe to delete).
  exit 0 ทุกไฟล์อ่านได้ ไม่มี error / all read, no error flags · 1 บางไฟล์อ่านไม่ได้หรือมี error / some unreadable or with
  error flags · 2 โฟลเดอร์หรือคำสั่งไม่ถูกต้อง / bad folder or arguments

ตัวเลือก / options:
  --json               ผลแบบ JSON / machine-readable output
  --as-of YYYY-MM-DD   วันที่ใช้ตรวจความล่าช้า (ค่าเริ่มต้น: วันนี้) / as-of date (default: today)
  --year 2566          ปีเกณฑ์ ITA (ค่าเริ่มต้น: ปีงบประมาณของชีต) / checklist year (default: the sheet's)
  --fiscal-year 2566   กำหนดปีงบประมาณของชีตเอง / override the sheets' fiscal year
  --checklist FILE     ใช้เกณฑ์จากไฟล์ JSON (ปีใหม่) / load a checklist file for a later year
  --due-soon-days N    จำนวนวันที่นับว่าใกล้ครบกำหนด (14) / days that count as due soon
  --lang th|en         ภาษา / language

ผลลัพธ์ / exit: 0 ตรวจแล้ว / ran · 1 มีข้อผิดพลาดระดับ error / error flags · 2 ข้อมูลนำเข้าไม่ถูกต้อง / bad input
`;
}
