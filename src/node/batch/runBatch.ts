import type { CheckSettings } from "../../core/settings";
import type { CliArgs } from "../cli/args";
import type { Io } from "../cli";

/** `ita-check batch`: replaced by the batch runner (issue 7). */
export function runBatch(_args: CliArgs, _settings: CheckSettings, io: Io): Promise<number> {
  io.err("ita-check batch: not available yet / ยังไม่พร้อมใช้งาน\n");
  return Promise.resolve(2);
}
