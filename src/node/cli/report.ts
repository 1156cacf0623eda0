import type { CheckSettings } from "../../core/settings";
import type { CliArgs } from "./args";
import type { Io } from "../cli";

/** `ita-check report`: replaced by the report renderer (issue 5). */
export function runReport(_args: CliArgs, _settings: CheckSettings, io: Io): Promise<number> {
  io.err("ita-check report: not available yet / ยังไม่พร้อมใช้งาน\n");
  return Promise.resolve(2);
}
