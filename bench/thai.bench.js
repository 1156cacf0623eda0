"use strict";
// Thai text helpers: parsePeriod over a mix of the forms people write, and cleanCellText and
// splitOrdinal on typical cells. Target: each well above the reader's 50,000 rows/s.
const { line, n } = require("./format");

const periods = [
  "ต.ค. ๖๕",
  "ต.ค. ๖๕ - ก.ย. ๖๖",
  "ต.ค.๖๕ - ก.ย.๖๖",
  "๑ ต.ค.๖๗ ถึง ๓๐ ก.ย.๖๘",
  "ต.ค. ๖๕\n-\nก.ย. ๖๖",
  "มกราคม - เมษายน ๒๕๖๖",
  "๙ ก.พ.๖๖",
  "9/2/2566",
  "ไตรมาสที่ ๑ - ๒",
  "ตลอดทั้งปี",
  "รอบ ๖ เดือน",
  "ภายในเดือนเมษายน ๒๕๖๖",
  "กันยายน",
  "ดำเนินการระหว่าง ต.ค. ๖๕ - ก.ย. ๖๖",
  "จัดทำคำสั่งมอบหมายงานและเผยแพร่บนเว็บไซต์ของหน่วยงาน",
  "",
];
const cells = [
  "<p>๑. มาตรการป้องกันการทุจริตและประพฤติมิชอบของเจ้าหน้าที่</p>",
  '<p><input checked="" type="checkbox"/> ดำเนินการแล้ว <a href="https://www.example.go.th/x?a=1&amp;b=2">เว็บไซต์</a></p>',
  "๒. มาตรการ ปรับปรุงและ พัฒนาศูนย์ข้อมูล ข่าวสาร",
  "สำนักปลัด",
];

function perSecond(fn, inputs, minMs = 300) {
  for (let i = 0; i < 2000; i++) fn(inputs[i % inputs.length]); // warm up
  let calls = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 10000; i++) fn(inputs[i % inputs.length]);
    calls += 10000;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  return (calls / elapsed) * 1000;
}

async function run() {
  const thai = require("../src/core/thai/index.ts");
  const ctx = { fiscalYear: 2566 };
  const target = 50000;
  const rows = [
    ["parsePeriod (calls/s)", perSecond((t) => thai.parsePeriod(t, ctx), periods)],
    ["cleanCellText (calls/s)", perSecond(thai.cleanCellText, cells)],
    ["splitOrdinal (calls/s)", perSecond(thai.splitOrdinal, cells)],
    ["repairThaiSpacing (calls/s)", perSecond(thai.repairThaiSpacing, cells)],
  ];
  return rows.map(([what, rate]) =>
    line(what, `${n(rate)} calls/s`, rate / target, "50,000 rows/s"),
  );
}

module.exports = { run };

if (require.main === module) {
  require("./register");
  run().then(
    (lines) => lines.forEach((l) => process.stdout.write(`${l}\n`)),
    (e) => {
      process.stderr.write(`${e && e.message ? e.message : e}\n`);
      process.exitCode = 1;
    },
  );
}
