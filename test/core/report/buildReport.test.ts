import { parseRange } from "../../../src/core/grid/address";
import { buildReport } from "../../../src/core/report/buildReport";
import { toThaiDigits } from "../../../src/core/report/digits";
import type { ReportModel } from "../../../src/core/report/model";
import { countByStatus } from "../../../src/core/report/titles";
import wording from "../../../src/core/report/wording.json";
import { fixtureMeasures, manyMeasures, measure, options } from "./fixtures";

const build = (part = {}, measures = fixtureMeasures): ReportModel =>
  buildReport({ measures, flags: [], options: options(part) });

const rowsOf = (m: ReportModel, kind: string): number[] =>
  m.rowKinds.flatMap((k, r) => (k === kind ? [r] : []));

const cellAt = (m: ReportModel, row: number, col: number) =>
  m.cells.find((c) => c.row === row && c.col === col);

const colOf = (m: ReportModel, name: string): number => m.columns.indexOf(name as never);

describe("buildReport layout", () => {
  const m = build();
  const last = m.columns.length - 1;

  it("uses the eight standard columns and TH Sarabun New 16 pt", () => {
    expect(m.columns).toEqual([
      "no",
      "title",
      "steps",
      "responsible",
      "period",
      "result",
      "status",
      "evidence",
    ]);
    expect(m.font).toEqual({ name: "TH Sarabun New", size: 16 });
    expect(m.columnWidths).toHaveLength(8);
    expect(m.rowHeights).toHaveLength(m.rowKinds.length);
  });

  it("merges bold centred title lines across all columns", () => {
    const titles = rowsOf(m, "title");
    expect(titles).toEqual([0, 1, 2, 3]);
    for (const r of titles) {
      expect(m.merges).toContainEqual({ top: r, left: 0, bottom: r, right: last });
      const style = m.styles[cellAt(m, r, 0)!.style]!;
      expect(style.bold).toBe(true);
      expect(style.hAlign).toBe("center");
    }
  });

  it("drops the year line when there is neither a fiscal year nor a round", () => {
    const bare = build({ fiscalYear: null, round: undefined, reportDate: undefined });
    expect(rowsOf(bare, "title")).toEqual([0, 1]);
  });

  it("writes a bordered grey header repeated as print title", () => {
    expect(m.rowKinds[m.headerRow]).toBe("header");
    for (let c = 0; c <= last; c++) {
      const style = m.styles[cellAt(m, m.headerRow, c)!.style]!;
      expect(style).toMatchObject({ bold: true, hAlign: "center", border: true, fill: "#D9D9D9" });
    }
    expect(m.page.printTitleRows).toEqual({ first: m.headerRow + 1, last: m.headerRow + 1 });
  });

  it("sets A4 landscape, fit to one page wide, footer page codes and the print area", () => {
    expect(m.page).toMatchObject({
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
    });
    expect(m.page.footerCenter).toContain("&P");
    expect(m.page.footerCenter).toContain("&N");
    expect(parseRange(m.page.printArea)).toEqual({
      top: 0,
      left: 0,
      bottom: m.rowHeights.length - 1,
      right: last,
    });
    expect(m.printScale).toBe(1);
  });

  it("merges group rows across the table, once per group, before their first measure", () => {
    const groups = rowsOf(m, "group");
    expect(groups).toHaveLength(2);
    for (const r of groups) {
      expect(m.merges).toContainEqual({ top: r, left: 0, bottom: r, right: last });
      expect(m.rowKinds[r + 1]).toBe("measure");
    }
    expect(cellAt(m, groups[0]!, 0)!.value).toBe(fixtureMeasures[0]!.group);
    expect(rowsOf(build({ keepGroups: false }), "group")).toHaveLength(0);
  });

  it("numbers measures and converts period digits to Thai when asked", () => {
    const rows = rowsOf(m, "measure");
    expect(rows.map((r) => cellAt(m, r, colOf(m, "no"))!.value)).toEqual(["๑", "๒", "๓", "๔"]);
    expect(cellAt(m, rows[0]!, colOf(m, "period"))!.value).toBe(toThaiDigits("ต.ค. 65 - ก.ย. 66"));
    expect(cellAt(m, rows[3]!, colOf(m, "period"))).toMatchObject({ value: null });
  });

  it("keeps Arabic digits when Thai digits are off", () => {
    const a = build({ thaiDigits: false });
    const rows = rowsOf(a, "measure");
    expect(rows.map((r) => cellAt(a, r, colOf(a, "no"))!.value)).toEqual(["1", "2", "3", "4"]);
    expect(cellAt(a, rows[0]!, colOf(a, "period"))!.value).toBe("ต.ค. 65 - ก.ย. 66");
    expect(a.predictedPagesText).toBe(String(a.predictedPages));
    expect(m.predictedPagesText).toBe(toThaiDigits(String(m.predictedPages)));
  });

  it("writes status in words, or symbols when asked", () => {
    const rows = rowsOf(m, "measure");
    const col = colOf(m, "status");
    expect(rows.map((r) => cellAt(m, r, col)!.value)).toEqual(
      fixtureMeasures.map((x) => wording.status[x.status]),
    );
    const s = build({ statusInWords: false });
    expect(rowsOf(s, "measure").map((r) => cellAt(s, r, col)!.value)).toEqual(
      fixtureMeasures.map((x) => wording.statusSymbols[x.status]),
    );
  });

  it("lists evidence one per line and links the first web address", () => {
    const rows = rowsOf(m, "measure");
    const col = colOf(m, "evidence");
    const first = cellAt(m, rows[0]!, col)!;
    expect(first.value).toBe(fixtureMeasures[0]!.evidence.join("\n"));
    expect(first.link).toBe("http://www.example.go.th/ethics");
    expect(cellAt(m, rows[3]!, col)!.link).toBe("https://www.example.go.th/eservice");
    expect(cellAt(m, rows[1]!, col)!.link).toBeUndefined();
    const plain = build({ evidenceAsLinks: false });
    expect(plain.cells.some((c) => c.link)).toBe(false);
  });

  it("puts result, or output and outcome, in the result column", () => {
    const rows = rowsOf(m, "measure");
    expect(cellAt(m, rows[3]!, colOf(m, "result"))!.value).toBe(
      "ระบบรับคำร้องออนไลน์\nประชาชนยื่นคำร้องได้สะดวกขึ้น",
    );
  });

  it("ends with the summary counts and the signature block under the right half", () => {
    const summary = rowsOf(m, "summary");
    expect(summary).toHaveLength(1);
    const text = String(cellAt(m, summary[0]!, 0)!.value);
    const counts = countByStatus(fixtureMeasures);
    for (const n of Object.values(counts)) expect(text).toContain(toThaiDigits(String(n)));
    const sig = rowsOf(m, "signature");
    expect(sig).toHaveLength(3);
    expect(sig[0]!).toBeGreaterThan(summary[0]!);
    for (const r of sig) {
      expect(m.merges).toContainEqual({ top: r, left: 4, bottom: r, right: last });
    }
    expect(String(cellAt(m, sig[1]!, 4)!.value)).toContain("นายทดสอบ ระบบ");
    const none = build({ signatureBlock: false, summaryBlock: false });
    expect(rowsOf(none, "signature")).toHaveLength(0);
    expect(rowsOf(none, "summary")).toHaveLength(0);
  });

  it("honours the column choice and portrait orientation", () => {
    const p = build({ orientation: "portrait", columns: ["no", "title", "status"] });
    expect(p.columns).toEqual(["no", "title", "status"]);
    expect(p.columnWidths).toHaveLength(3);
    expect(p.page.orientation).toBe("portrait");
    expect(p.printScale).toBeLessThan(1);
    expect(p.cells.every((c) => c.col <= 2)).toBe(true);
  });
});

describe("row heights and page breaks", () => {
  it("grows rows with their text", () => {
    const short = measure({ title: "มาตรการสั้น", steps: "ขั้นตอนเดียว" });
    const long = measure({
      title: "มาตรการสั้น",
      steps: Array.from({ length: 8 }, (_, i) => `${i + 1}. ขั้นตอนการดำเนินงานตามแผน`).join("\n"),
    });
    const m = build({}, [short, long]);
    const [a, b] = rowsOf(m, "measure");
    expect(m.rowHeights[b!]!).toBeGreaterThan(m.rowHeights[a!]!);
  });

  it("never splits a row, fills no page beyond its height, and keeps the tail together", () => {
    const m = build({}, manyMeasures(40, 5));
    expect(m.predictedPages).toBe(m.pageBreaks.length + 1);
    expect(m.predictedPages).toBeGreaterThan(2);
    const starts = [0, ...m.pageBreaks];
    starts.forEach((start, i) => {
      const end = (starts[i + 1] ?? m.rowHeights.length) - 1;
      let h = i === 0 ? 0 : m.rowHeights[m.headerRow]!;
      for (let r = start; r <= end; r++) h += m.rowHeights[r]!;
      expect(h).toBeLessThanOrEqual(m.pageHeight);
    });
    for (const b of m.pageBreaks) expect(m.rowKinds[b - 1]).not.toBe("group");
    const tailStart = rowsOf(m, "summary")[0]! - 1;
    expect(m.pageBreaks.filter((b) => b > tailStart)).toEqual([]);
  });

  it("prints a measure too long for one row over continuation rows, losing no text", () => {
    const result = Array.from({ length: 60 }, (_, i) => `${i + 1}. ผลการดำเนินงานรายการที่ระบุไว้`).join(
      "\n",
    );
    const m = build({}, [measure({ title: "มาตรการยาว", result })]);
    const first = rowsOf(m, "measure")[0]!;
    const cont = rowsOf(m, "continuation");
    expect(cont.length).toBeGreaterThan(0);
    expect(m.clippedRows).toEqual([]);
    const col = colOf(m, "result");
    const pieces = [first, ...cont].map((r) => String(cellAt(m, r, col)?.value ?? ""));
    expect(pieces.join("\n").replace(/\s+/g, "")).toBe(result.replace(/\s+/g, ""));
    for (const r of [first, ...cont]) expect(m.rowHeights[r]!).toBeLessThanOrEqual(409);
    expect(m.styles[cellAt(m, cont[0]!, col)!.style]!.openTop).toBe(true);
    expect(m.styles[cellAt(m, first, col)!.style]!.openBottom).toBe(true);
  });
});
