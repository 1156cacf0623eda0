"use strict";
// Gzipped size of what the task pane page loads (its entry and shared chunks) in a production
// build, against the 400 KB target: Excel on the web loads it on every open of the pane.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { line } = require("./format");

const TARGET_KB = 400;

/** The bundled script files a built page loads (minified HTML may drop the quotes; CDN scripts are not ours). */
function scriptsOf(dir, page) {
  const html = fs.readFileSync(path.join(dir, page), "utf8");
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+\.js)/g)]
    .map((m) => m[1])
    .filter((src) => !/^(https?:)?\/\//.test(src));
}

function gzipKb(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

async function run() {
  const { buildPreviewOnce } = require("../test/e2e/support/buildPreview.ts");
  const dir = await buildPreviewOnce();
  const out = [];
  for (const page of ["taskpane.html", "preview.html"]) {
    if (!fs.existsSync(path.join(dir, page))) continue;
    const files = scriptsOf(dir, page);
    const sizes = files.map((f) => ({ f, kb: gzipKb(path.join(dir, f)) }));
    const total = sizes.reduce((s, x) => s + x.kb, 0);
    const parts = sizes.map((x) => `${x.f.replace(/\.[0-9a-f]{8}\.js$/, "")} ${x.kb.toFixed(0)}`);
    out.push(
      line(
        `${page.replace(".html", "")} bundle, gzipped (KB)`,
        `${total.toFixed(0)} KB (${parts.join(" + ")})`,
        page === "taskpane.html" ? TARGET_KB / total : null,
        `${TARGET_KB} KB`,
      ),
    );
  }
  return out;
}

module.exports = { run };
