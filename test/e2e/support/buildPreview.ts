/**
 * Builds the task pane and the preview with webpack, in production mode, into a fresh temp
 * folder: the e2e tests and the benches run what users get, not the dev server's bundle.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");

/**
 * @returns the output folder (preview.html, taskpane.html and their chunks)
 * @example const dir = await buildPreview(); // "/tmp/ita-preview-XXXX"
 */
export function buildPreview(): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), "ita-preview-"));
  const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "--mode", "production", "--output-path", out], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr.on("data", (d: Buffer) => (log += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`webpack exited with ${code}:\n${log.slice(-4000)}`));
    });
  });
}

let shared: Promise<string> | null = null;

/**
 * One build per process, removed when the process exits: the bundle and preview benches
 * both need it, and a build takes ~20 s.
 */
export function buildPreviewOnce(): Promise<string> {
  if (!shared) {
    shared = buildPreview();
    shared.then(
      (dir) => process.once("exit", () => rmSync(dir, { recursive: true, force: true })),
      () => undefined,
    );
  }
  return shared;
}
