// Lets the benches require the TypeScript sources directly (src/, test/helpers/),
// transpiled on the fly by the project's own TypeScript compiler.
"use strict";
const fs = require("node:fs");
const ts = require("typescript");

require.extensions[".ts"] = function compileTs(module, filename) {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
  });
  module._compile(outputText, filename);
};
