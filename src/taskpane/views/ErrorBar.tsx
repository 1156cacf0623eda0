/**
 * The one error bar for add-in problems (Excel busy, a refused request), kept apart from the
 * flags, which are problems in the data. Plain words first; the raw details behind a toggle.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import type { PaneError } from "../state/paneError";
import type { Translate } from "../i18n/t";

export interface ErrorBarProps {
  error: PaneError;
  t: Translate;
  onDismiss: () => void;
}

const useStyles = makeStyles({
  // Office draws its personality menu over the pane's top-right corner.
  root: { paddingRight: "40px" },
  details: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

export function ErrorBar({ error, t, onDismiss }: ErrorBarProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  return (
    <div className={styles.root}>
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("error.title")}</MessageBarTitle>
          {t(`error.${error.kind}`)}
          {open && (
            <pre id={detailsId} className={styles.details}>
              {error.details}
            </pre>
          )}
        </MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              icon={<Dismiss20Regular />}
              aria-label={t("error.dismiss")}
              onClick={onDismiss}
            />
          }
        >
          <Button
            size="small"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            onClick={() => setOpen((v) => !v)}
          >
            {t("error.details")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
