/**
 * The small parsers behind --checklist and --checklist-columns, and the code ranges `show` prints.
 */
import { parseArgs } from "../../../src/node/cli/args";
import { parseChecklistColumns } from "../../../src/node/cli/checklistColumns";
import { parseChecklistSpec } from "../../../src/node/cli/checklistSpec";
import { codeRanges } from "../../../src/node/cli/codeRanges";

describe("parseChecklistSpec", () => {
  it.each([
    ["list.xlsx", { kind: "xlsx", path: "list.xlsx", sheet: null }],
    ["list.xlsx:Sheet1", { kind: "xlsx", path: "list.xlsx", sheet: "Sheet1" }],
    ["dir/รายการ.XLSX:ITA 2570", { kind: "xlsx", path: "dir/รายการ.XLSX", sheet: "ITA 2570" }],
    ["C:\\lists\\a.xlsx:ข้อ", { kind: "xlsx", path: "C:\\lists\\a.xlsx", sheet: "ข้อ" }],
    ["list.xlsx:", { kind: "xlsx", path: "list.xlsx", sheet: null }],
    ["ita-2570.json", { kind: "json", path: "ita-2570.json" }],
    ["notes.txt", { kind: "unknown", path: "notes.txt" }],
  ])("%s", (text, expected) => {
    expect(parseChecklistSpec(text)).toEqual(expected);
  });
});

describe("parseChecklistColumns", () => {
  it("maps title to titleTh and accepts the field names", () => {
    expect(parseChecklistColumns("code=A,title=b,components=C,sub=D,timeRule=E")).toEqual({
      ok: true,
      columns: { code: "A", titleTh: "B", components: "C", sub: "D", timeRule: "E" },
    });
    expect(parseChecklistColumns("code=A, titleTh=B, keywords=AA")).toEqual({
      ok: true,
      columns: { code: "A", titleTh: "B", keywords: "AA" },
    });
  });

  it.each(["code=A", "code=A,title=B,colour=C", "code=1,title=B", "code=A,title=B,code=C", "code"])(
    "rejects %s",
    (text) => {
      expect(parseChecklistColumns(text).ok).toBe(false);
    },
  );
});

describe("parseArgs: checklist sub-commands", () => {
  it("reads export and show", () => {
    const exp = parseArgs(["checklist", "export", "--year", "2569", "-o", "x.xlsx"]);
    expect(exp.ok && exp.args.command).toBe("checklist-export");
    const show = parseArgs([
      "checklist",
      "show",
      "x.xlsx:S",
      "--checklist-columns",
      "code=A,title=B",
    ]);
    expect(show.ok && show.args.command).toBe("checklist-show");
    expect(show.ok && show.args.checklistColumns).toEqual({ code: "A", titleTh: "B" });
  });

  it("rejects what it cannot do", () => {
    expect(parseArgs(["checklist", "export", "x.xlsx", "-o", "y.xlsx"]).ok).toBe(false);
    expect(parseArgs(["checklist", "show", "a.xlsx", "b.xlsx"]).ok).toBe(false);
    expect(parseArgs(["checklist"]).ok).toBe(false);
    expect(parseArgs(["a.xlsx", "--checklist-columns", "title=B"]).ok).toBe(false);
  });
});

describe("codeRanges", () => {
  it.each([
    [[1, 2, 3, 5, 6, 9], "O1–O3, O5–O6, O9"],
    [[3, 1, 2], "O1–O3"],
    [[], ""],
    [[7], "O7"],
  ])("%j → %s", (nos, text) => {
    expect(codeRanges(nos)).toBe(text);
  });
});
