"use strict";
// Runs the built CLI in this process and reports its peak memory on stderr.
const { main } = require("../dist/node/cli.js");
main(process.argv.slice(2), { out: () => undefined, err: (s) => process.stderr.write(s) }).then(
  (code) => {
    process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
    process.exitCode = code;
  },
);
