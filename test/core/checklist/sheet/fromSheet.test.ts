import fc from "fast-check";
import { checklistFromSheet, checklistSheetModel } from "../../../../src/core/checklist/sheet";
import { availableYears, baseChecklistFor } from "../../../../src/core/checklist/registry";
import type { Checklist } from "../../../../src/core/checklist/types";
import { gridOf, gridOfLines } from "../../gridOf";
import { gridOfModel } from "./gridOfModel";
import { PASTED_2570 as pasted2570 } from "../../../helpers/pastedChecklist";
import { builtInChecklist } from "../../../helpers/builtInChecklist";

describe("checklistFromSheet: a pasted manual table", () => {
  const r = checklistFromSheet(gridOfLines(pasted2570, "ITA 2570"), {
    year: null,
    base: baseChecklistFor(2570),
  });

  it("reads the year from the title, the items, headings and continuation rows", () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.checklist;
    expect(c.year).toBe(2570);
    expect(c.items.map((i) => [i.code, i.sub, i.indicator])).toEqual([
      ["O1", "9.1", 9],
      ["O2", "9.1", 9],
      ["O3", "9.1", 9],
      ["O4", "9.2", 9],
    ]);
    expect(c.items[0]?.components).toEqual(["แสดงแผนผังโครงสร้าง", "แสดงอำนาจหน้าที่"]);
    expect(c.items[1]?.components).toHaveLength(2);
    expect(r.table).toMatchObject({ range: "A3:C10", tracking: false, itemRows: [5, 6, 8, 10] });
    expect(c.provisional).toBeUndefined();
  });

  it("takes what the sheet leaves out from the base list, by title", () => {
    if (!r.ok) return;
    const base = baseChecklistFor(2570);
    const o3 = r.checklist.items.find((i) => i.code === "O3");
    const same = base.items.find((i) => i.titleTh === "ข้อมูลการติดต่อและช่องทางการสอบถาม");
    expect(same).toBeDefined();
    expect(o3?.timeRule).toBe(same?.timeRule);
    expect(o3?.keywords).toEqual(same?.keywords);
    const oit = r.checklist.indicators.find((i) => i.no === 9);
    expect(oit?.subIndicators.map((s) => `${s.id}:${s.from}-${s.to}`)).toEqual([
      "9.1:O1-O3",
      "9.2:O4-O4",
    ]);
  });
});

describe("checklistFromSheet: problems load nothing and name their rows", () => {
  const base = baseChecklistFor(2566);

  it("a sheet with no item table", () => {
    const r = checklistFromSheet(gridOfLines(["ที่\tมาตรการ\tผู้รับผิดชอบ", "1\tก\tข"]), {
      year: 2566,
      base,
    });
    expect(r.ok).toBe(false);
    expect(r.flags.map((f) => `${f.code}@${f.cell}`)).toEqual(["CHECKLIST_NO_TABLE@A1"]);
    expect(r.flags[0]?.params.rows).toBe("1–2");
    if (!r.ok) expect(r.columnsSeen.map((c) => c.column)).toEqual(["A", "B", "C"]);
  });

  it("duplicate codes: one error per code with every row, at the repeat's code cell", () => {
    const lines = [
      "ข้อ\tข้อมูล",
      "O1\tโครงสร้าง",
      "O2\tข้อมูลผู้บริหาร",
      "๐๑\tโครงสร้าง (ซ้ำ)",
      "O3\tอำนาจหน้าที่",
      "3\tอำนาจหน้าที่",
    ];
    const r = checklistFromSheet(gridOfLines(lines), { year: 2566, base });
    expect(r.ok).toBe(false);
    const dup = r.flags.filter((f) => f.code === "CHECKLIST_DUPLICATE_CODE");
    expect(dup.map((f) => [f.params.item, f.params.rows, f.cell, f.severity])).toEqual([
      ["O1", "2, 4", "A4", "error"],
      ["O3", "5, 6", "A6", "error"],
    ]);
  });

  it("an item without a title, an unreadable time rule, no year", () => {
    const lines = ["ข้อ\tข้อมูล\tช่วงเวลาของหลักฐาน", "O1\t\tเป็นปัจจุบัน", "O2\tข้อมูลผู้บริหาร\tบางที"];
    const r = checklistFromSheet(gridOfLines(lines), { year: null, base });
    expect(r.ok).toBe(false);
    expect(r.flags.map((f) => `${f.code}@${f.cell ?? "-"}`).sort()).toEqual([
      "CHECKLIST_BAD_VALUE@C3",
      "CHECKLIST_NO_TITLE@B2",
      "CHECKLIST_NO_YEAR@-",
    ]);
    const bad = r.flags.find((f) => f.code === "CHECKLIST_BAD_VALUE");
    expect([bad?.params.column, bad?.params.value, bad?.params.item]).toEqual(["C", "บางที", "O2"]);
  });

  it("numbering that skips is a warning, and the skipped codes are the list's gaps", () => {
    const lines = ["ข้อ\tข้อมูล", "O1\tโครงสร้าง", "O2\tข้อมูลผู้บริหาร", "O5\tข้อมูลการติดต่อ"];
    const r = checklistFromSheet(gridOfLines(lines), { year: 2566, base });
    expect(r.ok).toBe(true);
    expect(r.flags.map((f) => [f.code, f.severity, f.params.items])).toEqual([
      ["CHECKLIST_GAP", "warning", "O3, O4"],
    ]);
    if (r.ok) expect(r.checklist.gaps).toEqual(["O3", "O4"]);
  });

  it("a year the sheet states differently from the one asked is a warning", () => {
    const lines = ["รายการตรวจ ITA ประจำปี พ.ศ. 2569", "ข้อ\tข้อมูล", "O1\tโครงสร้าง"];
    const r = checklistFromSheet(gridOfLines(lines), { year: 2570, base: baseChecklistFor(2570) });
    expect(r.ok && r.checklist.year).toBe(2570);
    expect(r.flags.map((f) => [f.code, f.params.sheetYear, f.params.year])).toEqual([
      ["CHECKLIST_YEAR_DIFFERS", 2569, 2570],
    ]);
  });
});

describe("checklistFromSheet: the user's column letters", () => {
  const lines = ["ก\tข\tค", "1\tโครงสร้าง\tแผนผัง", "2\tข้อมูลผู้บริหาร\tชื่อ"];

  it("are needed when the header says nothing", () => {
    const r = checklistFromSheet(gridOfLines(lines), { year: 2566, base: baseChecklistFor(2566) });
    expect(r.flags.map((f) => f.code)).toEqual(["CHECKLIST_NO_TABLE"]);
  });

  it("read the table when given", () => {
    const r = checklistFromSheet(gridOfLines(lines), {
      year: 2566,
      base: baseChecklistFor(2566),
      columns: { code: "A", titleTh: "B", components: "C" },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.checklist.items.map((i) => [i.code, i.components])).toEqual([
      ["O1", ["แผนผัง"]],
      ["O2", ["ชื่อ"]],
    ]);
    expect(r.table.columns).toEqual({ code: "A", titleTh: "B", components: "C" });
    expect(r.columnsSeen).toEqual([
      { column: "A", text: "ก" },
      { column: "B", text: "ข" },
      { column: "C", text: "ค" },
    ]);
  });
});

describe("export then load gives back the same list", () => {
  it.each(availableYears())("built-in %i", (year) => {
    const c = builtInChecklist(year);
    const r = checklistFromSheet(gridOfModel(checklistSheetModel(c)), {
      year: null,
      base: baseChecklistFor(year),
    });
    expect(r.flags).toEqual([]);
    expect(r.ok && r.checklist).toEqual(c);
  });

  it("for edited items of any wording (property)", () => {
    const thaiWords = fc
      .array(
        fc.constantFrom(
          "แผน",
          "การ",
          "ข้อมูล",
          "รายงาน",
          "ผล",
          "ประจำปี",
          "No Gift",
          "E-Service",
          "๑",
          "6",
          "(ต่อ)",
          "–",
        ),
        {
          minLength: 1,
          maxLength: 6,
        },
      )
      .map((ws) => ws.join(" ").trim());
    const base = builtInChecklist(2569);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(thaiWords, fc.array(thaiWords, { maxLength: 4 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const items = rows.map(([title, components], i) => ({
            ...base.items[0]!,
            code: `O${i + 1}`,
            no: i + 1,
            titleTh: title,
            components,
            keywords: components.slice(0, 2),
          }));
          const c: Checklist = {
            ...base,
            items,
            gaps: [],
            itemCount: items.length,
            measureItems: [],
          };
          const r = checklistFromSheet(gridOfModel(checklistSheetModel(c)), { year: null, base });
          expect(r.ok && r.checklist.items).toEqual(items);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("the built-in 2570", () => {
  it("is 2569's list, marked provisional, every item only inferred", () => {
    const c = builtInChecklist(2570);
    const from = builtInChecklist(2569);
    expect(c.provisional).toEqual({ copyOf: 2569 });
    expect(c.items.map((i) => i.code)).toEqual(from.items.map((i) => i.code));
    expect(new Set(c.items.map((i) => i.confidence))).toEqual(new Set(["inferred"]));
    expect(c.confidence).toBe("inferred");
  });

  it("a sheet's 2570 list wins over it; the base fills what the sheet leaves out", () => {
    const grid = gridOf([
      ["ข้อ", "ข้อมูล"],
      ["O1", "โครงสร้างและอำนาจหน้าที่"],
    ]);
    const r = checklistFromSheet(grid, { year: 2570, base: baseChecklistFor(2570) });
    expect(r.ok && r.checklist.provisional).toBeUndefined();
    expect(r.ok && r.checklist.items[0]?.confidence).toBe("confirmed");
  });
});
