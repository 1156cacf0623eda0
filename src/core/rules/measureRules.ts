/**
 * Rules about one measure or row at a time.
 */
import type { Flag } from "../flags/flag";
import type { Measure } from "../model";
import { squeeze } from "../thai";
import { cellFor, measureFlag } from "./context";
import type { Rule, RuleContext } from "./context";
import { daysBetween } from "./dates";

function each(ctx: RuleContext, f: (m: Measure) => Flag | null): Flag[] {
  const out: Flag[] = [];
  for (const m of ctx.measures) {
    const flag = f(m);
    if (flag) out.push(flag);
  }
  return out;
}

/** Done, but nothing shows it: no URL, page, website mention or document reference. */
export const missingEvidence: Rule = (ctx) =>
  each(ctx, (m) =>
    m.status === "done" && m.evidence.length === 0
      ? measureFlag(
          "MISSING_EVIDENCE",
          "error",
          m,
          cellFor(m, "evidence", "result", "status", "output"),
        )
      : null,
  );

/** The period ended before the as-of date and the status is not done. Unknown status: a warning, since it may be done. */
export const overdue: Rule = (ctx) =>
  each(ctx, (m) => {
    const end = m.period?.end;
    if (!end || m.status === "done" || end >= ctx.asOf) return null;
    const severity = m.status === "unknown" ? "warning" : "error";
    return measureFlag("OVERDUE", severity, m, cellFor(m, "period"), {
      end,
      days: daysBetween(end, ctx.asOf),
      status: m.status,
    });
  });

/** Ends within dueSoonDays of the as-of date (the as-of day itself included) and not done. */
export const dueSoon: Rule = (ctx) =>
  each(ctx, (m) => {
    const end = m.period?.end;
    if (!end || m.status === "done" || end < ctx.asOf) return null;
    const days = daysBetween(ctx.asOf, end);
    if (days > ctx.dueSoonDays) return null;
    return measureFlag("DUE_SOON", "warning", m, cellFor(m, "period"), { end, days });
  });

export const missingResponsible: Rule = (ctx) =>
  each(ctx, (m) =>
    m.responsible.length === 0 && m.cells.responsible
      ? measureFlag("MISSING_RESPONSIBLE", "warning", m, m.cells.responsible)
      : null,
  );

/** OIT item rows carry their time rule in the checklist, so only measures and indicators need a period. */
export const missingPeriod: Rule = (ctx) =>
  each(ctx, (m) =>
    m.kind !== "oit-item" && m.period === null
      ? measureFlag("MISSING_PERIOD", "warning", m, cellFor(m, "period"))
      : null,
  );

export const unreadablePeriod: Rule = (ctx) =>
  each(ctx, (m) =>
    m.period && m.period.start === null
      ? measureFlag("UNREADABLE_PERIOD", "warning", m, cellFor(m, "period"), {
          text: m.period.text,
          reason: m.period.reason ?? null,
        })
      : null,
  );

export const missingResult: Rule = (ctx) =>
  each(ctx, (m) =>
    m.status !== "not_started" && !m.result && !m.output && !m.outcome
      ? measureFlag("MISSING_RESULT", "warning", m, cellFor(m, "result", "status", "output"))
      : null,
  );

export const statusUnknown: Rule = (ctx) =>
  each(ctx, (m) =>
    m.status === "unknown"
      ? measureFlag("STATUS_UNKNOWN", "info", m, cellFor(m, "status", "result", "output"))
      : null,
  );

export const statusConflict: Rule = (ctx) =>
  each(ctx, (m) =>
    m.statusConflict
      ? measureFlag("STATUS_CONFLICT", "warning", m, cellFor(m, "status", "result"))
      : null,
  );

/** Same title (spaces ignored) twice on one sheet, or the same OIT item number twice. */
export const duplicateMeasure: Rule = (ctx) => {
  const seen = new Map<string, Measure>();
  const out: Flag[] = [];
  for (const m of ctx.measures) {
    const title = squeeze(m.title);
    const keys = [
      title.length >= 8 ? `${m.sheet}|t|${title}` : null,
      m.kind === "oit-item" && m.no ? `${m.sheet}|o|${Number(m.no)}` : null,
    ];
    for (const key of keys) {
      if (!key) continue;
      const first = seen.get(key);
      if (first && first !== m) {
        out.push(
          measureFlag("DUPLICATE_MEASURE", "warning", m, cellFor(m, "title"), {
            firstRow: first.row,
          }),
        );
        break;
      }
      seen.set(key, m);
    }
  }
  return out;
};
