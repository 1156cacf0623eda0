/**
 * The summary a supervisor reads first: coverage per indicator and sub-indicator,
 * counts by status and severity, and an estimate of OIT readiness.
 */
import type { Checklist } from "../checklist/types";
import type { Flag, Severity } from "../flags/flag";
import type { Measure, Status } from "../model";

export interface SubIndicatorCoverage {
  code: string;
  title: string;
  items: number;
  covered: number;
  done: number;
  withEvidence: number;
}

export interface IndicatorCoverage {
  no: number;
  title: string;
  tool: string;
  covered: boolean;
}

export interface Summary {
  measures: number;
  byKind: Record<string, number>;
  byStatus: Record<Status, number>;
  bySeverity: Record<Severity, number>;
  byCode: Record<string, number>;
  indicators: IndicatorCoverage[];
  subIndicators: SubIndicatorCoverage[];
  /** Share of checklist items covered, done and with evidence. An estimate: matching free text is a guess. */
  oitReadiness: { value: number; ready: number; total: number; estimate: true } | null;
}

function countBy<T extends string>(keys: readonly T[], values: readonly T[]): Record<T, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

interface ItemState {
  covered: boolean;
  done: boolean;
  evidence: boolean;
}

function itemStates(
  measures: readonly Measure[],
  covered: ReadonlySet<string>,
): Map<string, ItemState> {
  const states = new Map<string, ItemState>();
  for (const code of covered) states.set(code, { covered: true, done: false, evidence: false });
  for (const m of measures) {
    for (const match of m.items) {
      if (match.confidence < 0.5) continue;
      const s = states.get(match.code) ?? { covered: true, done: false, evidence: false };
      if (m.status === "done") {
        s.done = true;
        if (m.evidence.length > 0) s.evidence = true;
      }
      states.set(match.code, s);
    }
  }
  return states;
}

export function summarise(
  measures: readonly Measure[],
  flags: readonly Flag[],
  checklist: Checklist | null,
  covered: ReadonlySet<string>,
): Summary {
  const base = {
    measures: measures.length,
    byKind: countBy(
      ["measure", "indicator", "oit-item"],
      measures.map((m) => m.kind),
    ),
    byStatus: countBy<Status>(
      ["done", "in_progress", "not_started", "unknown"],
      measures.map((m) => m.status),
    ),
    bySeverity: countBy<Severity>(
      ["error", "warning", "info"],
      flags.map((f) => f.severity),
    ),
    byCode: countBy<string>(
      [],
      flags.map((f) => f.code),
    ),
  };
  if (!checklist) return { ...base, indicators: [], subIndicators: [], oitReadiness: null };
  const states = itemStates(measures, covered);
  const subIndicators: SubIndicatorCoverage[] = [];
  for (const ind of checklist.indicators) {
    for (const sub of ind.subIndicators) {
      const items = checklist.items.filter((i) => i.sub === sub.id);
      const st = items.map((i) => states.get(i.code));
      subIndicators.push({
        code: sub.id,
        title: sub.titleTh,
        items: items.length,
        covered: st.filter((s) => s?.covered).length,
        done: st.filter((s) => s?.done).length,
        withEvidence: st.filter((s) => s?.evidence).length,
      });
    }
  }
  const indicators: IndicatorCoverage[] = checklist.indicators.map((ind) => ({
    no: ind.no,
    title: ind.titleTh,
    tool: ind.tool,
    covered:
      covered.has(`IND${ind.no}`) ||
      checklist.items.some((i) => i.indicator === ind.no && covered.has(i.code)),
  }));
  const ready = checklist.items.filter((i) => {
    const s = states.get(i.code);
    return s?.done && s.evidence;
  }).length;
  const total = checklist.items.length;
  return {
    ...base,
    indicators,
    subIndicators,
    oitReadiness: total > 0 ? { value: ready / total, ready, total, estimate: true } : null,
  };
}
