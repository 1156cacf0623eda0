/**
 * The preview's file bar: the labelled file picker, the name of the open file, a progress bar
 * while the file is parsed, and the error bar when it cannot be read.
 */
import {
  Body1,
  Button,
  Caption1,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FolderOpen20Regular } from "@fluentui/react-icons";
import { useId, useRef } from "react";
import { inputMessage } from "../core/messages/format";
import type { Lang } from "../core/settings";
import { makeT } from "../taskpane/i18n/t";
import type { Translate } from "../taskpane/i18n/t";
import type { PaneError } from "../taskpane/state/paneError";
import { ErrorBar } from "../taskpane/views/ErrorBar";
import { visuallyHidden } from "../taskpane/views/visuallyHidden";
import { XLSX_MIME } from "./download";
import type { PreviewT } from "./i18n/t";

export interface FileBarProps {
  fileName: string | null;
  reading: boolean;
  /** Input error code (NOT_XLSX_CSV, …) of the last file that could not be read. */
  errorCode: string | null;
  lang: Lang;
  t: PreviewT;
  onFile: (file: File) => void;
  onDismissError: () => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  // Hidden from sight, not from assistive technology or tests: the Button opens it.
  input: visuallyHidden,
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The pane's error bar, worded with inputMessage: the file's problem, not an add-in failure. */
function inputT(code: string, lang: Lang): Translate {
  const base = makeT(lang);
  return (key) => (key === "error.unknown" ? inputMessage(code, lang) : base(key));
}

export function FileBar(props: FileBarProps) {
  const { fileName, reading, errorCode, lang, t, onFile, onDismissError } = props;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const error: PaneError | null =
    errorCode === null
      ? null
      : { kind: "unknown", code: errorCode, action: "open", details: errorCode };
  return (
    <div className={styles.root} data-input-error={errorCode ?? undefined}>
      <div className={styles.line}>
        <input
          ref={input}
          id={inputId}
          className={styles.input}
          type="file"
          accept={`.xlsx,${XLSX_MIME}`}
          aria-label={t("file.pick")}
          data-testid="file-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Cleared so choosing the same file again still fires a change.
            e.currentTarget.value = "";
            if (file) onFile(file);
          }}
        />
        <Button
          appearance="primary"
          icon={<FolderOpen20Regular />}
          aria-describedby={`${inputId}-hint`}
          onClick={() => input.current?.click()}
        >
          {t("file.open")}
        </Button>
        <Caption1 id={`${inputId}-hint`} className={styles.note}>
          {t("file.drop")} · {t("file.local")}
        </Caption1>
      </div>
      {fileName !== null ? (
        <Body1>
          {t("file.current")}: <span className={styles.name}>{fileName}</span>
        </Body1>
      ) : (
        !reading && <Body1>{t("file.none")}</Body1>
      )}
      {reading && <ProgressBar aria-label={t("file.reading")} data-testid="file-progress" />}
      {error && errorCode !== null && (
        <ErrorBar error={error} t={inputT(errorCode, lang)} onDismiss={onDismissError} />
      )}
    </div>
  );
}
