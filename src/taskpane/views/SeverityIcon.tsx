/** The icon of a severity, coloured with Fluent's status tokens; the text beside it carries the meaning. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle20Filled, Info20Filled, Warning20Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/flags/flag";

export interface SeverityIconProps {
  severity: Severity;
}

const useStyles = makeStyles({
  error: { color: tokens.colorStatusDangerForeground1, flexShrink: 0 },
  warning: { color: tokens.colorStatusWarningForeground1, flexShrink: 0 },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

export function SeverityIcon({ severity }: SeverityIconProps) {
  const styles = useStyles();
  const Icon =
    severity === "error"
      ? ErrorCircle20Filled
      : severity === "warning"
        ? Warning20Filled
        : Info20Filled;
  return <Icon className={styles[severity]} aria-hidden="true" />;
}
