#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (the prepare script).
"use strict";
let main;
try {
  ({ main } = require("../dist/node/cli.js"));
} catch {
  process.stderr.write(
    "ita-check: ยังไม่ได้ build โปรแกรม ให้รัน npm ci หรือ npm run build:cli / not built yet: run npm ci or npm run build:cli\n",
  );
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`ita-check: internal error / ข้อผิดพลาดภายใน: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 2;
  },
);
