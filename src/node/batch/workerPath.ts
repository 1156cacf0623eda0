/**
 * Where the compiled worker script is. Worker threads need plain JavaScript, so under
 * jest (running src/ through ts-jest) the pool uses the copy `npm run build:cli` put in dist/.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const COMPILED = path.join("dist", "node", "batch", "worker.js");

/** The worker script, or null when it has not been built. */
export function findWorkerScript(): string | null {
  const beside = path.join(__dirname, "worker.js");
  if (fs.existsSync(beside)) return beside;
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, COMPILED);
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return null;
}
