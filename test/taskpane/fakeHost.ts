import type { Flag } from "../../src/core/flags/flag";
import type { WorkbookSnapshot } from "../../src/core/grid/grid";
import type { HostCapabilities, WorkbookHost } from "../../src/core/host";
import type { ReportModel } from "../../src/core/report/model";
import type { CheckSettings } from "../../src/core/settings";
import { gridOfLines } from "./grid";

export const SHEET = "มาตรการ";

/**
 * Three measures, fiscal year 2567 (Oct 2023 – Sep 2024), checked as of 2024-05-01:
 * row 5 done without evidence (MISSING_EVIDENCE in E5), row 6 in progress with a period that
 * ended in Dec 2023 (OVERDUE in D6), row 7 done with a URL (no measure-level flag), row 8
 * with no status word and the same past period (OVERDUE as a warning, STATUS_UNKNOWN).
 */
export const measureLines = [
  "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
  "องค์การบริหารส่วนตำบลทดสอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
  "",
  "มาตรการ/แนวทาง\tวิธีการดำเนินงาน\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ\tผลการดำเนินการ",
  "๑. มาตรการเผยแพร่ข้อมูลสาธารณะ\tจัดทำประกาศ\tสำนักปลัด\tต.ค. ๖๖ - ธ.ค. ๖๖\tดำเนินการแล้ว",
  "๒. มาตรการจัดซื้อจัดจ้างโปร่งใส\tเผยแพร่แผน\tกองคลัง\tต.ค. ๖๖ - ธ.ค. ๖๖\tอยู่ระหว่างดำเนินการ",
  "๓. มาตรการ No Gift Policy\tประกาศนโยบาย\tสำนักปลัด\tต.ค. ๖๖ - ธ.ค. ๖๖\tดำเนินการแล้ว https://www.example.go.th/nogift",
  "๔. มาตรการอบรมคุณธรรม\tจัดอบรม\tกองช่าง\tต.ค. ๖๖ - ธ.ค. ๖๖\tจัดอบรมเจ้าหน้าที่ 20 คน",
];

export const TODAY = "2024-05-01";
export const clock = () => TODAY;

export function snapshot(): WorkbookSnapshot {
  return { sheets: [gridOfLines(measureLines, SHEET)] };
}

export const fullCapabilities: HostCapabilities = {
  highlights: true,
  notes: "none",
  pageLayout: true,
  pdfExport: false,
  changeEvents: true,
  settings: true,
  degraded: [],
};

export interface FakeHost extends WorkbookHost {
  readWorkbook: jest.Mock<Promise<WorkbookSnapshot>, []>;
  navigateTo: jest.Mock<Promise<void>, [string, string]>;
  highlight: jest.Mock<Promise<void>, [readonly Flag[]]>;
  clearHighlights: jest.Mock<Promise<void>, []>;
  loadSettings: jest.Mock<Promise<Partial<CheckSettings>>, []>;
  saveSettings: jest.Mock<Promise<void>, [Partial<CheckSettings>]>;
  writeReport: jest.Mock<Promise<{ degraded: string[] }>, [ReportModel]>;
  onUserEdit: jest.Mock<Promise<() => Promise<void>>, [() => void]>;
  /** Simulates the user editing a cell. */
  edit(): void;
}

export function fakeHost(
  options: { stored?: Partial<CheckSettings>; degraded?: string[]; pdfExport?: boolean } = {},
): FakeHost {
  const listeners = new Set<() => void>();
  const capabilities = {
    ...fullCapabilities,
    degraded: options.degraded ?? [],
    pdfExport: options.pdfExport ?? false,
  };
  const host: FakeHost = {
    kind: "xlsx",
    capabilities: () => Promise.resolve(capabilities),
    readWorkbook: jest.fn(() => Promise.resolve(snapshot())),
    navigateTo: jest.fn((_sheet: string, _cell: string) => Promise.resolve()),
    highlight: jest.fn((_flags: readonly Flag[]) => Promise.resolve()),
    clearHighlights: jest.fn(() => Promise.resolve()),
    loadSettings: jest.fn(() => Promise.resolve({ asOf: TODAY, ...options.stored })),
    saveSettings: jest.fn((_s: Partial<CheckSettings>) => Promise.resolve()),
    writeReport: jest.fn((_r: ReportModel) => Promise.resolve({ degraded: [] as string[] })),
    onUserEdit: jest.fn((listener: () => void) => {
      listeners.add(listener);
      return Promise.resolve(() => {
        listeners.delete(listener);
        return Promise.resolve();
      });
    }),
    edit: () => listeners.forEach((l) => l()),
  };
  return host;
}
