/**
 * One flag: a focusable button (click or Enter selects its cell) showing severity, code,
 * message and cell, and beside it the "acknowledge" action. Two sibling buttons, since
 * buttons may not nest.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Regular } from "@fluentui/react-icons";
import type { Flag } from "../../core/flags/flag";
import { flagMessage } from "../../core/messages/format";
import type { Lang } from "../../core/settings";
import type { Translate } from "../i18n/t";
import { SeverityIcon } from "./SeverityIcon";
import { visuallyHidden } from "./visuallyHidden";

export interface FlagItemProps {
  flag: Flag;
  lang: Lang;
  t: Translate;
  onNavigate: (flag: Flag) => void;
  /** Absent where acknowledging makes no sense (a checklist sheet's load problems). */
  onAcknowledge?: (flag: Flag) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXXS },
  main: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "left",
    alignItems: "flex-start",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  text: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  message: { overflowWrap: "anywhere" },
  /** Read by screen readers, not shown: the icon already shows the severity. */
  hidden: visuallyHidden,
});

/** "มาตรการ!E7", or the sheet alone, or nothing for workbook-level flags. */
export function placeOf(flag: Flag): string {
  if (flag.sheet === null) return "";
  return flag.cell === null ? flag.sheet : `${flag.sheet}!${flag.cell}`;
}

export function FlagItem({ flag, lang, t, onNavigate, onAcknowledge }: FlagItemProps) {
  const styles = useStyles();
  const { message, hint } = flagMessage(flag, lang);
  const place = placeOf(flag);
  const canGo = flag.sheet !== null && flag.cell !== null;
  return (
    <li className={styles.root} data-code={flag.code} data-cell={flag.cell ?? ""}>
      <Button
        appearance="subtle"
        className={styles.main}
        icon={<SeverityIcon severity={flag.severity} />}
        title={hint}
        aria-disabled={!canGo}
        onClick={() => canGo && onNavigate(flag)}
      >
        {/* The name is the visible text (WCAG 2.5.3), with the severity read first. */}
        <span className={styles.text}>
          <span className={styles.hidden}>{t(`severity.${flag.severity}`)} </span>
          <Caption1 className={styles.code}>
            {flag.code}
            {place && ` · ${place}`}
          </Caption1>
          <span className={styles.message}>{message}</span>
        </span>
      </Button>
      {onAcknowledge && (
        <Button
          appearance="transparent"
          size="small"
          icon={<CheckmarkCircle20Regular />}
          aria-label={`${t("flags.acknowledge")} ${flag.code}${place ? ` ${place}` : ""}`}
          title={t("flags.acknowledge")}
          data-action="acknowledge"
          onClick={() => onAcknowledge(flag)}
        />
      )}
    </li>
  );
}
