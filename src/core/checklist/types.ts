/**
 * The ITA checklist of one assessment year, as stored in data/ita-YYYY.json.
 * The checklist changes between years (2566 has O1–O43, 2568 renumbers), so it is data, never code.
 */

/** The three survey tools of the ITA. */
export type ToolCode = "IIT" | "EIT" | "OIT";

/**
 * How sure the research is (tags of ita-criteria.md):
 * "confirmed" [C] a source shows it for this year; "partial" [P] title or code confirmed,
 * the rest from a pattern; "inferred" [I] taken from neighbouring years.
 */
export type Confidence = "confirmed" | "partial" | "inferred";

/**
 * Which period the evidence of an item must cover, relative to the assessed fiscal year (FY):
 * - "current": up to date when checked;
 * - "fiscal_year": dated within the FY (1 ต.ค. – 30 ก.ย.);
 * - "first_half": covers the first six months of the FY (1 ต.ค. – 31 มี.ค.);
 * - "previous_fiscal_year": a report on the whole previous FY;
 * - "plan_covers_fy": a plan whose period covers the FY;
 * - "unknown": not known; rules must not judge the period.
 */
export type TimeRule =
  "current" | "fiscal_year" | "first_half" | "previous_fiscal_year" | "plan_covers_fy" | "unknown";

export interface Tool {
  /** Share of the total ITA score, in percent (IIT 30, EIT 30, OIT 40). */
  weight: number;
  /** Indicator numbers the tool scores, e.g. IIT [1, 2, 3, 4, 5]. */
  indicators: number[];
}

/** A sub-indicator of an OIT indicator, e.g. 9.1 ข้อมูลพื้นฐาน = O1–O10. */
export interface SubIndicator {
  /** "9.1". */
  id: string;
  titleTh: string;
  titleEn: string;
  /** First item code of the range, e.g. "O1". */
  from: string;
  /** Last item code of the range, e.g. "O10". */
  to: string;
  confidence: Confidence;
}

export interface Indicator {
  /** 1–10. */
  no: number;
  titleTh: string;
  titleEn: string;
  tool: ToolCode;
  /** Empty when the year's sub-indicators are unknown or the indicator has none. */
  subIndicators: SubIndicator[];
}

/** One OIT item, e.g. O31 ประกาศเจตนารมณ์นโยบาย No Gift Policy. */
export interface ChecklistItem {
  /** "O31". Always "O" + no. */
  code: string;
  no: number;
  titleTh: string;
  titleEn: string;
  /** Other titles seen in real sheets or local-government wording (e.g. O4 แผนพัฒนาท้องถิ่น). */
  aliases?: string[];
  /** Sub-indicator id ("10.1"), or null when the year's sub-indicators are unknown. */
  sub: string | null;
  indicator: number;
  /** What the evidence must show, in short Thai written for this project. */
  components: string[];
  timeRule: TimeRule;
  /** Thai (or English) words that point free text at this item; matched without spaces. */
  keywords: string[];
  confidence: Confidence;
  /** Why a value is uncertain, for the people who maintain the data. */
  note?: string;
}

export interface Checklist {
  /** Assessment year, พ.ศ. (= the fiscal year assessed). */
  year: number;
  /** Version of this data file, e.g. "2566.1". */
  version: string;
  /** Where the data comes from, in short. */
  source: string;
  /** How sure the file is as a whole. */
  confidence: Confidence;
  /** How many OIT items the year has, or null when unknown (2568). */
  itemCount: number | null;
  /** Codes known to exist but not recovered (2568: O6, O7). Never in `items`. */
  gaps: string[];
  tools: Record<ToolCode, Tool>;
  indicators: Indicator[];
  items: ChecklistItem[];
  /** Items the measure table itself answers (2566: O42, O43; 2569: O25, O26). */
  measureItems: string[];
  /** Words per indicator number ("1".."10") that point free text at an indicator's theme. */
  indicatorKeywords: Record<string, string[]>;
  /**
   * Present while the NACC has not published the year's manual: the list is a copy of an
   * earlier year's (2570 = 2569 now) until someone loads the official one.
   */
  provisional?: { copyOf: number };
}
