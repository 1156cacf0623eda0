#!/usr/bin/env node
// `npm run bench`: performance figures as ratios to their targets and rows per second.
// Targets live here, never in timed tests.
"use strict";
require("./register");
const fs = require("node:fs");
const path = require("node:path");

const sections = ["thai", "core", "checklist", "report", "bundle", "preview", "batch"];

async function main() {
  const only = process.argv[2];
  for (const name of sections) {
    if (only && only !== name) continue;
    const file = path.join(__dirname, `${name}.bench.js`);
    if (!fs.existsSync(file)) continue;
    process.stdout.write(`— ${name}\n`);
    try {
      const lines = await require(file).run();
      for (const l of lines) process.stdout.write(`${l}\n`);
    } catch (e) {
      process.stdout.write(`  failed: ${e && e.message ? e.message : e}\n`);
      process.exitCode = 1;
    }
  }
}

main();
