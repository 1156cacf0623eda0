/**
 * The Settings tab's checklist part: use a sheet of this workbook as the checklist of a year
 * (with the outcome of loading it, its problems clickable to their cells, and a "which column
 * holds what" form when no header says it), stop using it, and export the list in use as a sheet.
 */
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  Dismiss16Regular,
  DocumentTable20Regular,
  TableSettings20Regular,
} from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import type { ChecklistLoad } from "../../core/check/chooseChecklist";
import type { Translate } from "../i18n/t";
import { tf } from "../i18n/t";
import type { ColumnChoice, FormField, LoadOutcome } from "../state/checklistState";
import {
  FORM_FIELDS,
  REQUIRED_FIELDS,
  checklistYears,
  columnChoices,
  columnMapOf,
  loadOutcome,
} from "../state/checklistState";
import { exportYear } from "../state/exportChecklist";
import type { ItaCheck } from "../state/useItaCheck";
import { DegradedNotice } from "./DegradedNotice";
import { FlagItem } from "./FlagItem";

export interface ChecklistSectionProps {
  pane: ItaCheck;
  t: Translate;
  /** Assessment years with a checklist, ascending. */
  years: readonly number[];
  /** Grows each time another view asks to bring this section into view (the Check tab's notice). */
  focusRequest: number;
}

const NONE = "";
/** Longest first text shown beside a column letter. */
const PREVIEW_CHARS = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

function columnText(c: ColumnChoice, t: Translate): string {
  const text = c.text.length > PREVIEW_CHARS ? `${c.text.slice(0, PREVIEW_CHARS)}…` : c.text;
  const label = tf(t, "checklist.colColumn", { column: c.column });
  return text ? `${label} · ${text}` : label;
}

interface ColumnFormProps {
  load: ChecklistLoad | null;
  initial: Partial<Record<FormField, string>>;
  t: Translate;
  disabled: boolean;
  onApply: (chosen: Partial<Record<FormField, string>>) => void;
}

/** "Which column holds what": one dropdown per field, the first three required. */
function ColumnForm({ load, initial, t, disabled, onApply }: ColumnFormProps) {
  const styles = useStyles();
  const choices = useMemo(() => columnChoices(load), [load]);
  const [chosen, setChosen] = useState(initial);
  const ready = columnMapOf(chosen) !== null;
  return (
    <form
      className={styles.form}
      aria-labelledby="ita-columns-heading"
      data-testid="checklist-columns"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onApply(chosen);
      }}
    >
      <h4 id="ita-columns-heading" className={styles.subheading}>
        {t("checklist.columnsHeading")}
      </h4>
      {load && !load.ok && <Caption1>{t("checklist.columnsHint")}</Caption1>}
      {FORM_FIELDS.map((field) => {
        const required = REQUIRED_FIELDS.includes(field);
        const value = chosen[field] ?? NONE;
        const current = choices.find((c) => c.column === value);
        return (
          <Field key={field} label={t(`checklist.col.${field}`)} required={required}>
            <Dropdown
              data-field={field}
              value={current ? columnText(current, t) : value ? value : t("checklist.colNone")}
              selectedOptions={[value]}
              onOptionSelect={(_, data) =>
                setChosen((c) => ({ ...c, [field]: data.optionValue ?? NONE }))
              }
            >
              {!required && <Option value={NONE}>{t("checklist.colNone")}</Option>}
              {choices.map((c) => (
                <Option
                  key={c.column}
                  value={c.column}
                  text={columnText(c, t)}
                  data-column={c.column}
                >
                  {columnText(c, t)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={disabled || !ready}>
          {t("checklist.columnsApply")}
        </Button>
      </div>
    </form>
  );
}

function Outcome({ outcome, pane, t }: { outcome: LoadOutcome; pane: ItaCheck; t: Translate }) {
  const styles = useStyles();
  const { load, setting, problems } = outcome;
  const lang = pane.state.settings.lang;
  return (
    <>
      <Text data-testid="checklist-using">
        {tf(t, "checklist.using", { sheet: setting.sheet, year: setting.year })}
      </Text>
      {load?.ok && (
        <MessageBar
          intent="success"
          data-testid="checklist-loaded"
          data-items={load.itemCount}
          data-range={`${load.sheet}!${load.range ?? ""}`}
        >
          <MessageBarBody>
            {tf(t, "checklist.loaded", {
              n: load.itemCount,
              sheet: load.sheet,
              range: load.range ?? "",
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome.failed && (
        <MessageBar intent="error" data-testid="checklist-failed">
          <MessageBarBody>{tf(t, "checklist.failed", { sheet: setting.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {problems.length > 0 && (
        <section aria-labelledby="ita-checklist-problems" data-testid="checklist-problems">
          <h4 id="ita-checklist-problems" className={styles.subheading}>
            {t("checklist.problems")}
          </h4>
          <ul className={styles.list}>
            {problems.map((f, i) => (
              <FlagItem
                key={`${f.code}|${f.cell ?? ""}|${i}`}
                flag={f}
                lang={lang}
                t={t}
                onNavigate={(flag) => void pane.navigate(flag)}
              />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function ChecklistSection({ pane, t, years, focusRequest }: ChecklistSectionProps) {
  const styles = useStyles();
  const { state } = pane;
  const { result, settings } = state;
  const setting = settings.checklistSheet;
  const busy = state.phase === "reading" || state.phase === "checking";
  const sheetNames = useMemo(() => (result?.sheets ?? []).map((s) => s.name), [result]);
  const currentYear = result?.year ?? settings.year;
  const offered = useMemo(
    () => checklistYears(years, currentYear, setting?.year ?? null),
    [years, currentYear, setting],
  );
  const [sheet, setSheet] = useState<string | null>(setting?.sheet ?? null);
  const [year, setYear] = useState<number | null>(setting?.year ?? currentYear);
  const [askColumns, setAskColumns] = useState(false);
  // Follow the saved setting and the check's year when they change under the form.
  useEffect(() => {
    if (setting) {
      setSheet(setting.sheet);
      setYear(setting.year);
    }
  }, [setting]);
  useEffect(() => {
    setYear((y) => y ?? currentYear);
  }, [currentYear]);

  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusRequest === 0) return;
    headingRef.current?.scrollIntoView({ block: "start" });
    headingRef.current?.focus();
  }, [focusRequest]);

  const outcome = loadOutcome(result, setting);
  const showColumns = outcome !== null && (askColumns || outcome.noTable);
  const initialColumns: Partial<Record<FormField, string>> = {
    ...(outcome?.load?.columns ?? {}),
    ...(setting?.columns ?? {}),
  };
  const chosenSheet = sheet !== null && sheetNames.includes(sheet) ? sheet : null;
  const toExport = exportYear(result, settings);
  const written = state.checklistWritten;

  return (
    <section className={styles.root} aria-labelledby="ita-checklist-heading">
      <h3 id="ita-checklist-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t("checklist.heading")}
      </h3>
      <Caption1>{t("checklist.intro")}</Caption1>
      {!result && <Text>{t("checklist.needCheck")}</Text>}
      {result && (
        <>
          <Field label={t("checklist.sheet")}>
            <Dropdown
              data-testid="checklist-sheet"
              value={chosenSheet ?? ""}
              selectedOptions={chosenSheet ? [chosenSheet] : []}
              onOptionSelect={(_, data) => setSheet(data.optionValue ?? null)}
            >
              {sheetNames.map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t("checklist.year")}>
            <Dropdown
              data-testid="checklist-year"
              value={year === null ? "" : String(year)}
              selectedOptions={year === null ? [] : [String(year)]}
              onOptionSelect={(_, data) => setYear(Number(data.optionValue))}
            >
              {offered.map((y) => (
                <Option key={y} value={String(y)}>
                  {String(y)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              icon={<TableSettings20Regular />}
              data-testid="checklist-apply"
              disabled={busy || chosenSheet === null || year === null}
              onClick={() => {
                if (chosenSheet === null || year === null) return;
                setAskColumns(false);
                void pane.chooseChecklistSheet({ sheet: chosenSheet, year });
              }}
            >
              {tf(t, "checklist.apply", { year: year ?? "…" })}
            </Button>
            {setting && (
              <Button
                icon={<Dismiss16Regular />}
                data-testid="checklist-stop"
                disabled={busy}
                onClick={() => {
                  setAskColumns(false);
                  void pane.chooseChecklistSheet(null);
                }}
              >
                {t("checklist.stop")}
              </Button>
            )}
          </div>
          {outcome && <Outcome outcome={outcome} pane={pane} t={t} />}
          {outcome && !showColumns && (
            <div className={styles.actions}>
              <Button appearance="secondary" size="small" onClick={() => setAskColumns(true)}>
                {t("checklist.columnsToggle")}
              </Button>
            </div>
          )}
          {outcome && showColumns && (
            <ColumnForm
              key={`${outcome.setting.sheet}|${outcome.setting.year}`}
              load={outcome.load}
              initial={initialColumns}
              t={t}
              disabled={busy}
              onApply={(chosen) => {
                const columns = columnMapOf(chosen);
                if (!columns) return;
                setAskColumns(false);
                void pane.chooseChecklistSheet({
                  sheet: outcome.setting.sheet,
                  year: outcome.setting.year,
                  columns,
                });
              }}
            />
          )}
        </>
      )}
      <div className={styles.actions}>
        <Button
          icon={<DocumentTable20Regular />}
          data-testid="export-checklist"
          disabled={toExport === null || state.writingChecklist || state.writingReport}
          onClick={() => void pane.exportChecklist()}
        >
          {state.writingChecklist ? t("checklist.exporting") : t("checklist.export")}
        </Button>
      </div>
      <Caption1>
        {toExport === null
          ? t("checklist.exportNone")
          : tf(t, "checklist.exportHint", { year: toExport })}
      </Caption1>
      {written && (
        <>
          <MessageBar
            intent="success"
            data-testid="checklist-exported"
            data-sheet={written.sheetName}
            data-items={written.itemCount}
          >
            <MessageBarBody>
              {tf(t, "checklist.exported", { sheet: written.sheetName, n: written.itemCount })}
            </MessageBarBody>
          </MessageBar>
          <DegradedNotice codes={written.degraded} lang={settings.lang} t={t} />
        </>
      )}
    </section>
  );
}
