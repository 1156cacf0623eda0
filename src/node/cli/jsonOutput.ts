/**
 * The JSON contract other tools read (docs/json-contract.md). Field names are stable;
 * new fields may be added.
 */
import type { Flag } from "../../core/flags/flag";
import { flagMessage, inputMessage } from "../../core/messages/format";
import type { Lang } from "../../core/settings";
import type { FileOutcome } from "./checkFile";

/** A flag as the contract writes it: the cell, the wording in --lang, and the params (with `checklist`). */
export function flagJson(f: Flag, lang: Lang): Record<string, unknown> {
  const text = flagMessage(f, lang);
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    message: text.message,
    hint: text.hint,
    params: f.params,
  };
}

export function fileJson(o: FileOutcome, lang: Lang): Record<string, unknown> {
  const r = o.result;
  return {
    file: o.file,
    error: o.errorCode
      ? {
          code: o.errorCode,
          message: inputMessage(o.errorCode, lang),
          ...(o.errorDetail ? { detail: o.errorDetail } : {}),
        }
      : null,
    year: r?.year ?? null,
    yearSource: r?.yearSource ?? null,
    checklist: r?.checklist ?? null,
    checklistError: r?.checklistError ?? null,
    checklistLoad: r?.checklistLoad ?? null,
    sheets: (r?.sheets ?? []).map((s) => ({
      name: s.name,
      fiscalYear: s.fiscalYear,
      fiscalYearSource: s.fiscalYearSource,
      organisation: s.organisation,
      tables: s.tables.map((t) => ({
        range: t.range,
        kind: t.kind,
        columns: t.columns,
        ...(t.skippedAs ? { skippedAs: t.skippedAs } : {}),
      })),
    })),
    measures: (r?.measures ?? []).map((m) => ({
      sheet: m.sheet,
      row: m.row,
      rows: m.rows,
      kind: m.kind,
      no: m.no,
      title: m.title,
      group: m.group,
      responsible: m.responsible,
      period: m.period,
      status: m.status,
      evidence: m.evidence,
      items: m.items,
      cells: m.cells,
      steps: m.steps,
      result: m.result,
      output: m.output,
      outcome: m.outcome,
    })),
    flags: (r?.flags ?? []).map((f) => flagJson(f, lang)),
    acknowledged: (r?.acknowledged ?? []).map((f) => ({
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      reason: f.reason,
    })),
    summary: r?.summary ?? null,
  };
}

/** The whole output; `extra` adds top-level fields (checklistFile, or an error that stopped the run). */
export function reportJson(
  version: string,
  asOf: string,
  outcomes: readonly FileOutcome[],
  lang: Lang,
  extra: Record<string, unknown> = {},
): string {
  return JSON.stringify(
    { tool: "ita-check", version, asOf, ...extra, files: outcomes.map((o) => fileJson(o, lang)) },
    null,
    2,
  );
}
