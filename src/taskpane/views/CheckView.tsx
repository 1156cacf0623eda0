/**
 * The Check tab: the Check button and progress, the summary, the filters, the flags grouped
 * by measure, the acknowledged list, and the highlight/report actions.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentTable20Regular, Eraser20Regular, Play20Filled } from "@fluentui/react-icons";
import { useState } from "react";
import type { Flag } from "../../core/flags/flag";
import type { Translate } from "../i18n/t";
import type { ItaCheck } from "../state/useItaCheck";
import { AcknowledgeDialog } from "./AcknowledgeDialog";
import { AcknowledgedList } from "./AcknowledgedList";
import { ChecklistNotice } from "./ChecklistNotice";
import { DegradedNotice } from "./DegradedNotice";
import { FilterBar } from "./FilterBar";
import { FlagList } from "./FlagList";
import { SummaryPanel } from "./SummaryPanel";

export interface CheckViewProps {
  pane: ItaCheck;
  t: Translate;
  /** Takes the user to Settings' "use this sheet as the checklist" control. */
  onGoToChecklist: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export function CheckView({ pane, t, onGoToChecklist }: CheckViewProps) {
  const styles = useStyles();
  const { state, groups, codes } = pane;
  const { phase, result, settings } = state;
  const [acknowledging, setAcknowledging] = useState<Flag | null>(null);
  const busy =
    phase === "reading" || phase === "checking" || state.writingReport || state.writingChecklist;
  const progress = state.progress;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<Play20Filled />}
          disabled={busy || !state.settingsLoaded}
          onClick={() => void pane.check()}
        >
          {t("check.button")}
        </Button>
        {state.capabilities?.highlights && (
          <Button
            icon={<Eraser20Regular />}
            disabled={busy}
            onClick={() => void pane.clearHighlights()}
          >
            {t("check.clearHighlights")}
          </Button>
        )}
        <Button
          data-testid="build-report"
          icon={<DocumentTable20Regular />}
          disabled={busy || !result}
          onClick={() => void pane.writeReport()}
        >
          {t("check.buildReport")}
        </Button>
      </div>

      {busy && state.showProgress && (
        <Field
          label={t(
            state.writingReport
              ? "check.writingReport"
              : phase === "reading"
                ? "check.reading"
                : "check.checking",
          )}
          validationState="none"
        >
          <ProgressBar
            aria-label={t("check.progress")}
            value={
              !state.writingReport && phase === "reading" && progress && progress.total > 0
                ? progress.done / progress.total
                : undefined
            }
          />
        </Field>
      )}
      {phase === "idle" && <Text>{t("check.idle")}</Text>}
      {state.stale && <Text size={200}>{t("check.stale")}</Text>}
      {state.capabilities && (
        <DegradedNotice codes={state.capabilities.degraded} lang={settings.lang} t={t} />
      )}
      {state.reportWritten && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{t("check.reportWritten")}</MessageBarBody>
          </MessageBar>
          <DegradedNotice
            codes={[
              ...state.reportWritten,
              ...(state.capabilities?.pdfExport ? [] : ["USE_FILE_EXPORT"]),
            ]}
            lang={settings.lang}
            t={t}
          />
        </>
      )}

      {result && (
        <>
          <ChecklistNotice used={result.checklist} t={t} onGoToChecklist={onGoToChecklist} />
          <SummaryPanel result={result} t={t} />
          <section aria-labelledby="ita-flags-heading" className={styles.root}>
            <h2 id="ita-flags-heading" className={styles.heading}>
              {t("flags.heading")}
            </h2>
            <FilterBar
              filters={state.filters}
              codes={codes}
              counts={result.summary.bySeverity}
              codeCounts={result.summary.byCode}
              t={t}
              onToggleSeverity={pane.toggleSeverity}
              onChooseCodes={pane.chooseCodes}
            />
            {groups.length === 0 ? (
              <Text>{t("check.noFlags")}</Text>
            ) : (
              <FlagList
                groups={groups}
                lang={settings.lang}
                t={t}
                onNavigate={(f) => void pane.navigate(f)}
                onAcknowledge={setAcknowledging}
              />
            )}
            <AcknowledgedList
              acknowledged={result.acknowledged}
              lang={settings.lang}
              t={t}
              onUndo={(key) => void pane.unacknowledge(key)}
            />
          </section>
        </>
      )}
      <AcknowledgeDialog
        flag={acknowledging}
        lang={settings.lang}
        t={t}
        onCancel={() => setAcknowledging(null)}
        onConfirm={(flag, reason) => {
          setAcknowledging(null);
          void pane.acknowledge(flag, reason);
        }}
      />
    </div>
  );
}
