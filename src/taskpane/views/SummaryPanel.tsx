/**
 * What a supervisor reads first: counts by severity and status, coverage per sub-indicator,
 * and the OIT readiness, always labelled as an estimate (matching free text is a guess).
 */
import { Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../core/check/checkWorkbook";
import type { Status } from "../../core/model";
import type { ChecklistUsed } from "../../core/check/chooseChecklist";
import type { Translate } from "../i18n/t";
import { tf } from "../i18n/t";
import { ALL_SEVERITIES } from "../state/reducer";
import { CoverageTable } from "./CoverageTable";

export interface SummaryPanelProps {
  result: CheckResult;
  t: Translate;
}

const STATUSES: readonly Status[] = ["done", "in_progress", "not_started", "unknown"];
const BADGE_COLOUR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { display: "contents" },
  readiness: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** "built-in", "from sheet ITA 2570", "from file list.xlsx": where the list in use came from. */
function originText(used: ChecklistUsed, t: Translate): string {
  if (used.origin === "sheet") return tf(t, "summary.fromSheet", { sheet: used.sheet });
  if (used.origin === "file") return tf(t, "summary.fromFile", { file: used.file ?? used.sheet });
  return t("summary.builtIn");
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function SummaryPanel({ result, t }: SummaryPanelProps) {
  const styles = useStyles();
  const { summary, checklist } = result;
  return (
    <section className={styles.root} aria-labelledby="ita-summary-heading">
      <h2 id="ita-summary-heading" className={styles.heading}>
        {t("summary.heading")}
      </h2>
      <div className={styles.row} role="group" aria-label={t("summary.bySeverity")}>
        {ALL_SEVERITIES.map((s) => (
          <Badge key={s} appearance="tint" color={BADGE_COLOUR[s]} data-severity={s}>
            {t(`severity.${s}`)} {summary.bySeverity[s]}
          </Badge>
        ))}
      </div>
      <div className={styles.row} role="group" aria-label={t("summary.byStatus")}>
        <Caption1>
          {t("summary.measures")} {summary.measures}
        </Caption1>
        {STATUSES.map((s) => (
          <Badge key={s} appearance="outline" color="informative" data-status={s}>
            {t(`status.${s}`)} {summary.byStatus[s]}
          </Badge>
        ))}
      </div>
      {summary.oitReadiness && (
        <div className={styles.row} data-testid="oit-readiness">
          <Caption1>
            {t("summary.readiness")} ({t("summary.estimate")})
          </Caption1>
          <span className={styles.readiness}>
            {percent(summary.oitReadiness.value)} ({summary.oitReadiness.ready}/
            {summary.oitReadiness.total})
          </span>
        </div>
      )}
      {checklist && (
        <Caption1
          data-testid="checklist-used"
          data-year={checklist.year}
          data-version={checklist.version}
          data-origin={checklist.origin}
          data-sheet={checklist.sheet ?? ""}
        >
          {t("summary.checklist")} {checklist.year}
          {` · ${tf(t, "summary.version", { version: checklist.version })}`}
          {` · ${originText(checklist, t)}`}
          {checklist.provisional &&
            ` · ${tf(t, "summary.provisional", { copyOf: checklist.provisional.copyOf })}`}
          {checklist.confidence !== "confirmed" &&
            ` · ${t("summary.confidence")}: ${t(`confidence.${checklist.confidence}`)}`}
          {checklist.fallbackFrom !== null && ` · ${t("summary.fallback")}`}
        </Caption1>
      )}
      {result.checklistError && <Caption1>{t("summary.noChecklist")}</Caption1>}
      {summary.subIndicators.length > 0 && (
        <CoverageTable
          indicators={summary.indicators}
          subIndicators={summary.subIndicators}
          t={t}
        />
      )}
    </section>
  );
}
