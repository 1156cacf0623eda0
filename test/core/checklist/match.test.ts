import fs from "fs";
import path from "path";
import fc from "fast-check";
import type { Checklist, MatchInput } from "../../../src/core/checklist";
import { getChecklist, matchIndicators, matchItems } from "../../../src/core/checklist";

const seedDir = path.resolve(__dirname, "../../../../shared/seeds");
const seedFile = path.join(seedDir, "004_fde45979d28568a4.txt");
const hasSeed = fs.existsSync(seedFile);
if (!hasSeed) console.warn(`Seed ${seedFile} not found: seed matching tests are skipped.`);
const describeSeed = hasSeed ? describe : describe.skip;

function checklist(year: number): Checklist {
  const result = getChecklist(year);
  if (!result.ok) throw new Error(`no checklist ${year}`);
  return result.checklist;
}

const c2566 = checklist(2566);

const arabic = (s: string) => s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
const stripTags = (s: string) => s.replace(/<[^>]*>/g, " ");

function row(
  kind: MatchInput["kind"],
  no: string | null,
  title: string,
  steps: string | null = null,
) {
  return { kind, no, title, steps, group: null };
}

function measure(title: string, steps: string | null = null, c = c2566) {
  return matchItems(row("measure", null, title, steps), c);
}

/** Seed rows as [first cell, second cell]. */
function seedRows(): [string, string][] {
  if (!hasSeed) return [];
  return fs
    .readFileSync(seedFile, "utf8")
    .split("\n")
    .map((line) => line.split("\t"))
    .map((cells) => [(cells[0] ?? "").trim(), stripTags(cells[1] ?? "").trim()]);
}

describeSeed("matching the rows of seed 004 (2566 local-government OIT tracker)", () => {
  const rows = seedRows();
  const oitRows = rows.filter(([first]) => /^[๐-๙]{2,3}$/.test(first));
  const indicatorRows = rows.filter(([first]) => first.startsWith("ตัวชี้วัดที่"));

  test("the seed has the 43 OIT rows and 8 indicator rows", () => {
    expect(oitRows).toHaveLength(43);
    expect(indicatorRows).toHaveLength(8);
  });

  test("each OIT row matches its own item first, by number", () => {
    const got = oitRows.map(([no, title]) => {
      const m = matchItems(row("oit-item", arabic(no), title), c2566)[0];
      return [arabic(no), m?.code, m?.by];
    });
    const want = oitRows.map(([no]) => [arabic(no), `O${Number(arabic(no))}`, "number"]);
    expect(got).toEqual(want);
  });

  test("each OIT row's title alone finds its item by title", () => {
    const got = oitRows.map(([no, title]) => [
      arabic(no),
      matchItems(row("oit-item", null, title), c2566)[0]?.code,
    ]);
    expect(got).toEqual(oitRows.map(([no]) => [arabic(no), `O${Number(arabic(no))}`]));
  });

  test("the 8 indicator rows map to IND1-IND8", () => {
    const got = indicatorRows.map(([first]) => {
      const no = /\d+/.exec(arabic(first))?.[0] ?? null;
      return matchItems(row("indicator", no, first), c2566);
    });
    expect(got.map((m) => m.map((x) => [x.code, x.by]))).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [[`IND${n}`, "indicator"]]),
    );
  });
});

describe("OIT item rows", () => {
  test("a number whose title clearly names another item goes to that item, less sure", () => {
    const [m] = matchItems(
      row("oit-item", "05", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
      c2566,
    );
    expect(m?.code).toBe("O28");
    expect(m?.by).toBe("title");
    expect(m?.confidence).toBeLessThan(1);
  });

  test("a slightly different title keeps its number with high confidence", () => {
    const [m] = matchItems(row("oit-item", "011", "แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี"), c2566);
    expect(m).toMatchObject({ code: "O11", by: "number" });
    expect(m?.confidence).toBeGreaterThan(0.9);
  });

  test("a number with no title is taken at lower confidence", () => {
    expect(matchItems(row("oit-item", "12", ""), c2566)).toEqual([
      { code: "O12", confidence: 0.8, by: "number" },
    ]);
  });

  test("Thai digits and an O prefix in the number are read", () => {
    expect(matchItems(row("oit-item", "๐๔๓", ""), c2566)[0]?.code).toBe("O43");
    expect(matchItems(row("oit-item", "O9", "Social Network"), c2566)[0]?.code).toBe("O9");
  });

  test("a number missing from the year's list falls back to the title (2568 has no O6)", () => {
    const [m] = matchItems(row("oit-item", "06", "ข่าวประชาสัมพันธ์"), checklist(2568));
    expect(m).toMatchObject({ code: "O4", by: "title" });
  });

  test("numbers above the list with an unrelated title give no item", () => {
    expect(matchItems(row("oit-item", "99", "สร้างถนนคอนกรีตเสริมเหล็ก"), c2566)).toEqual([]);
  });
});

describe("indicator rows", () => {
  test("the number gives the indicator", () => {
    expect(matchItems(row("indicator", "4", "ตัวชี้วัดที่ ๔ การใช้ ทรัพย์สินของทาง ราชการ"), c2566)).toEqual([
      { code: "IND4", confidence: 1, by: "indicator" },
    ]);
  });

  test("without a number the title gives the indicator", () => {
    const [m] = matchItems(row("indicator", null, "ประสิทธิภาพการสื่อสาร"), c2566);
    expect(m?.code).toBe("IND7");
  });

  test("a number whose title disagrees is kept, less sure", () => {
    const [m] = matchItems(row("indicator", "2", "การใช้อำนาจ"), c2566);
    expect(m?.code).toBe("IND2");
    expect(m?.confidence).toBeLessThan(1);
  });
});

describe("free-text measures", () => {
  const codes = (title: string, steps: string | null = null, c = c2566) =>
    measure(title, steps, c).map((m) => m.code);

  test.each<[string, string | null, string[]]>([
    ["มาตรการ ไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)", null, ["O31", "O32", "O33"]],
    ["จัดกิจกรรมปลูกจิตสำนึกการปฏิเสธการรับของขวัญ", null, ["O31", "O32", "O33"]],
    ["เปิดช่องทางร้องเรียนการทุจริตผ่านเว็บไซต์ของ อบต.", null, ["O28"]],
    ["ประเมินความเสี่ยงการทุจริตประจำปี", "วิเคราะห์ระดับความเสี่ยงและกำหนดมาตรการควบคุม", ["O34", "O35"]],
    ["จัดทำคู่มือการปฏิบัติงานของเจ้าหน้าที่ทุกกอง", null, ["O14"]],
    ["พัฒนาระบบ E-Service ยื่นคำร้องออนไลน์", null, ["O18"]],
    ["เผยแพร่นโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)", null, ["O10"]],
    ["จัดทำแผนปฏิบัติการป้องกันการทุจริต ๔ ปี", null, ["O36"]],
    ["อบรมคุณธรรมจริยธรรม และจัดทำ Dos & Don'ts", null, ["O40"]],
  ])("%s → top match in %j", (title, steps, expected) => {
    const [top] = measure(title, steps);
    expect(expected).toContain(top?.code);
  });

  test("No Gift in 2569 points at its merged item O20", () => {
    expect(codes("ประกาศเจตนารมณ์ No Gift Policy", null, checklist(2569))[0]).toBe("O20");
  });

  test("text about nothing on the checklist matches nothing", () => {
    expect(codes("ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๓")).toEqual([]);
    expect(codes("")).toEqual([]);
  });

  test("the measure table's own items are left to the rules", () => {
    const found = codes("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน QR code แบบวัด EIT");
    expect(found).not.toContain("O42");
    expect(found).not.toContain("O43");
  });

  test("at most 3 guesses, best first, confidences in 0..1, by words", () => {
    const found = measure(
      "ประชาสัมพันธ์ช่องทางร้องเรียน แนวปฏิบัติการจัดการเรื่องร้องเรียน และสถิติเรื่องร้องเรียนการทุจริต",
    );
    expect(found.length).toBeGreaterThan(1);
    expect(found.length).toBeLessThanOrEqual(3);
    const conf = found.map((m) => m.confidence);
    expect([...conf].sort((a, b) => b - a)).toEqual(conf);
    for (const m of found) {
      expect(m.by).toBe("words");
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
  });

  test("words split by PDF line wraps still match", () => {
    expect(codes("ประเมินความ เสี่ยงการ ทุจริต")[0]).toBe("O34");
  });
});

describe("matchIndicators", () => {
  test.each<[string, string]>([
    ["จัดทำคู่มือการใช้ทรัพย์สินของทางราชการ", "IND4"],
    ["เผยแพร่ข้อมูลผ่านเว็บไซต์และ Facebook เพื่อการสื่อสารกับประชาชน", "IND7"],
    ["ตรวจสอบการใช้จ่ายงบประมาณประจำปี", "IND2"],
    ["มอบหมายงานเป็นลายลักษณ์อักษรอย่างเป็นธรรม ไม่เลือกปฏิบัติ", "IND3"],
  ])("%s → %s first", (text, code) => {
    expect(matchIndicators(text, c2566)[0]).toMatchObject({ code, by: "words" });
  });

  test("unrelated text names no indicator", () => {
    expect(matchIndicators("ก่อสร้างถนนคอนกรีต", c2566)).toEqual([]);
  });
});

describe("override", () => {
  test("the user's choice replaces the guess", () => {
    const input = row("oit-item", "01", "โครงสร้าง");
    expect(matchItems(input, c2566, ["O42", " o31 ", "O42", "ind3"])).toEqual([
      { code: "O42", confidence: 1, by: "user" },
      { code: "O31", confidence: 1, by: "user" },
      { code: "IND3", confidence: 1, by: "user" },
    ]);
  });

  test("an empty choice means no item", () => {
    expect(matchItems(row("measure", null, "ประกาศ No Gift Policy"), c2566, [])).toEqual([]);
  });
});

describe("robustness", () => {
  const thaiText = fc
    .array(fc.constantFrom(..."กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอฮะาำิีึืุูเแโใไ่้๊๋็์ํ๐๑๒๓๔๕๖๗๘๙ -–.()O0123456789"), {
      maxLength: 80,
    })
    .map((cs) => cs.join(""));
  const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), thaiText);

  test("matchItems never throws and keeps its promises on arbitrary input", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<MatchInput["kind"]>("measure", "indicator", "oit-item"),
        fc.option(anyText),
        anyText,
        fc.option(anyText),
        fc.option(anyText),
        fc.constantFrom(2566, 2567, 2568, 2569),
        (kind, no, title, steps, group, year) => {
          const found = matchItems({ kind, no, title, steps, group }, checklist(year));
          expect(found.length).toBeLessThanOrEqual(3);
          for (const m of found) {
            expect(m.confidence).toBeGreaterThanOrEqual(0);
            expect(m.confidence).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test("matchIndicators never throws on arbitrary text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(Array.isArray(matchIndicators(text, c2566))).toBe(true);
      }),
    );
  });
});
