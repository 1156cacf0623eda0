import { buildAutomaton, scanText } from "../../../src/core/checklist/automaton";
import { bigramsOf, dice, matchKey, wordKeys } from "../../../src/core/checklist/text";

describe("matchKey", () => {
  test.each<[string, string]>([
    ["E–Service", "eservice"],
    ["รอบ ๖ เดือน", "รอบ6เดือน"],
    ["ประมวล จริยธรรม", "ประมวลจริยธรรม"],
    ["Q&A", "qa"],
    ["ดําเนินการ", "ดำเนินการ"],
    ["<p>No Gift</p>", "pnogiftp"],
    ["", ""],
  ])("%j → %j", (text, key) => {
    expect(matchKey(text)).toBe(key);
  });
});

describe("dice", () => {
  const sim = (a: string, b: string) => dice(bigramsOf(matchKey(a)), bigramsOf(matchKey(b)));

  test("is 1 for the same text up to spaces and 0 for unrelated text", () => {
    expect(sim("การขับเคลื่อน จริยธรรม", "การขับเคลื่อนจริยธรรม")).toBe(1);
    expect(sim("โครงสร้าง", "Social Network")).toBe(0);
    expect(sim("", "")).toBe(0);
  });

  test("is high for the variants seen in real sheets", () => {
    expect(sim("คู่มือมาตรฐานการปฏิบัติงาน", "คู่มือหรือมาตรฐานการปฏิบัติงาน")).toBeGreaterThan(0.85);
    expect(
      sim("แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี", "แผนดำเนินงานและการใช้งบประมาณประจำปี"),
    ).toBeGreaterThan(0.85);
  });
});

describe("wordKeys", () => {
  test("splits Thai words without spaces", () => {
    const words = wordKeys("ช่องทางร้องเรียนการทุจริต");
    expect(words.length).toBeGreaterThan(1);
    expect(words.join("")).toBe("ช่องทางร้องเรียนการทุจริต");
  });
});

describe("automaton", () => {
  test("finds every pattern, overlapping ones included", () => {
    const a = buildAutomaton(["he", "she", "his", "hers", ""]);
    const hits: number[] = [];
    scanText(a, "u s h e r s", (id) => hits.push(id));
    expect(hits.sort()).toEqual([0, 1, 3]);
  });

  test("finds Thai keywords inside longer text", () => {
    const a = buildAutomaton([matchKey("ของขวัญ"), matchKey("no gift"), matchKey("ทุจริต")]);
    const hits = new Set<number>();
    scanText(a, "ประกาศไม่รับของขวัญ (No Gift Policy)", (id) => hits.add(id));
    expect([...hits].sort()).toEqual([0, 1]);
  });
});
