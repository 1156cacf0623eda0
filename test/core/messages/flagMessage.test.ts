import type { Flag } from "../../../src/core/flags/flag";
import { flagMessage } from "../../../src/core/messages/format";
import { formatEnglishDate, formatThaiDate } from "../../../src/core/thai";

const overdue: Flag = {
  code: "OVERDUE",
  severity: "error",
  sheet: "S",
  cell: "E9",
  row: 9,
  params: { end: "2026-03-31", text: "ต.ค. 68 - มี.ค. 69" },
};

describe("flagMessage", () => {
  it("writes a date param the reader's way, never as an ISO date", () => {
    const th = flagMessage(overdue, "th").message;
    const en = flagMessage(overdue, "en").message;
    expect(th).toContain(formatThaiDate("2026-03-31"));
    expect(en).toContain(formatEnglishDate("2026-03-31"));
    expect(th).not.toContain("2026-03-31");
    expect(en).not.toContain("2026-03-31");
  });

  it("leaves the flag's params as ISO dates for machines", () => {
    flagMessage(overdue, "th");
    expect(overdue.params["end"]).toBe("2026-03-31");
  });
});
