import { readStatus } from "../../../src/core/measures/status";

describe("readStatus", () => {
  it.each([
    ["ดำเนินการแล้ว", "done"],
    ["ดำเนินการครบถ้วน ๑๐๐% โดยได้จัดทำ", "done"],
    ["ดำเนินการจัดทำเสร็จแล้ว", "done"],
    ["แล้วเสร็จ", "done"],
    ["อยู่ระหว่างดำเนินการ รายงานผลการดำเนินการ ให้ผู้บริหารทราบ", "in_progress"],
    ["กำลังดำเนินการ", "in_progress"],
    ["ยังไม่ได้ดำเนินการ", "not_started"],
    ["ยังไม่ดำเนินการ", "not_started"],
    ["☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ - จัดทำคู่มือ", "done"],
    ["☑ ยังไม่ได้ดำเนินการ ☐ ดำเนินการ", "not_started"],
    ["✓ ดำเนินการ", "done"],
    ["ยังไม่ได้ดำเนินการ ดำเนินการ - ได้จัดทำประกาศและเผยแพร่", "done"],
    ["ยังไม่ได้ดำเนินการ ดำเนินการ", "unknown"],
    ["หน่วยงานมีมาตรการป้องกันการทุจริต", "unknown"],
    ["", "unknown"],
  ])("%s → %s", (text, status) => {
    expect(readStatus([text]).status).toBe(status);
  });

  it("marks a conflict when the text says both done and in progress", () => {
    const r = readStatus(["ดำเนินการแล้วเสร็จ บางส่วนอยู่ระหว่างดำเนินการ"]);
    expect(r.conflict).toBe(true);
    expect(r.status).toBe("in_progress");
  });

  it("does not call a plain progress report a conflict", () => {
    expect(readStatus(["อยู่ระหว่างดำเนินการ รายงานผลการดำเนินการให้ผู้บริหารทราบทุกเดือน"]).conflict).toBe(
      false,
    );
  });
});
