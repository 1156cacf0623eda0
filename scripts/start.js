#!/usr/bin/env node
// `npm start`: where Excel can run (Windows, macOS) do what Microsoft's template does — dev server
// over https on localhost:3000 and sideload the add-in into Excel. Elsewhere say so in one line and
// serve the browser preview with the sample workbook instead of failing.
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");
const bin = (name) =>
  path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function run(cmd, args, env) {
  const child = spawn(cmd, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => {
    process.exitCode = code ?? 0;
  });
  return child;
}

function servePreview(reason) {
  process.stdout.write(
    `${reason} — เปิดตัวอย่างในเบราว์เซอร์ / serving the browser preview with the sample workbook: http://localhost:3000/preview.html\n`,
  );
  run(bin("webpack"), ["serve", "--mode", "development"], { ITA_PREVIEW: "1" });
}

const excelPlatform = process.platform === "win32" || process.platform === "darwin";
if (!excelPlatform || process.env.ITA_PREVIEW === "1") {
  servePreview("ไม่มี Excel บนเครื่องนี้ / no Excel on this machine");
} else {
  // office-addin-debugging starts the https dev server (npm run dev-server) and sideloads manifest.xml.
  const child = run(
    "npx",
    [
      "--yes",
      "office-addin-debugging",
      "start",
      "manifest.xml",
      "desktop",
      "--dev-server",
      "npm run dev-server",
    ],
    { HTTPS: "1" },
  );
  child.on("error", () => servePreview("เปิด Excel ไม่ได้ / could not start Excel"));
}
