/** "Show more (200)" and "Showing 200 / 18,054" under a long list rendered a page at a time. */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Translate } from "../i18n/t";

export interface ShowMoreProps {
  shown: number;
  total: number;
  /** How many one click adds. */
  step: number;
  t: Translate;
  onMore: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function ShowMore({ shown, total, step, t, onMore }: ShowMoreProps) {
  const styles = useStyles();
  const remaining = total - shown;
  if (remaining <= 0) return null;
  return (
    <div className={styles.root}>
      <Button data-action="show-more" onClick={onMore}>
        {t("flags.showMore")} ({Math.min(step, remaining)})
      </Button>
      <Caption1 aria-live="polite">
        {t("flags.shown")} {shown} / {total}
      </Caption1>
    </div>
  );
}
