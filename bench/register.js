// Lets the benches require the TypeScript sources directly (src/, test/helpers/),
// compiled on the fly by @swc/core — the same compiler jest uses.
"use strict";
const fs = require("node:fs");
const swc = require("@swc/core");

require.extensions[".ts"] = function compileTs(module, filename) {
  const { code } = swc.transformSync(fs.readFileSync(filename, "utf8"), {
    filename,
    jsc: { parser: { syntax: "typescript" }, target: "es2022" },
    module: { type: "commonjs" },
  });
  module._compile(code, filename);
};
