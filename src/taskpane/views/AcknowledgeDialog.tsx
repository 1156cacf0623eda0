/** Asks for the reason (required) before a flag is acknowledged. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Flag } from "../../core/flags/flag";
import { flagMessage } from "../../core/messages/format";
import type { Lang } from "../../core/settings";
import type { Translate } from "../i18n/t";
import { placeOf } from "./FlagItem";

export interface AcknowledgeDialogProps {
  /** The flag being acknowledged; null = closed. */
  flag: Flag | null;
  lang: Lang;
  t: Translate;
  onConfirm: (flag: Flag, reason: string) => void;
  onCancel: () => void;
}

export function AcknowledgeDialog({ flag, lang, t, onConfirm, onCancel }: AcknowledgeDialogProps) {
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const empty = reason.trim() === "";
  const close = () => {
    setReason("");
    setTried(false);
    onCancel();
  };
  const confirm = () => {
    setTried(true);
    if (!flag || empty) return;
    onConfirm(flag, reason.trim());
    setReason("");
    setTried(false);
  };
  return (
    <Dialog open={flag !== null} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface aria-describedby={undefined}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <DialogBody>
            <DialogTitle>{t("ack.title")}</DialogTitle>
            <DialogContent>
              {flag && (
                <p>
                  {flag.code} {placeOf(flag)}: {flagMessage(flag, lang).message}
                </p>
              )}
              <Field
                label={t("ack.reason")}
                required
                hint={t("ack.reasonHint")}
                validationState={tried && empty ? "error" : "none"}
                validationMessage={tried && empty ? t("ack.reasonRequired") : undefined}
              >
                <Textarea value={reason} onChange={(_, data) => setReason(data.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={close}>
                {t("ack.cancel")}
              </Button>
              <Button appearance="primary" type="submit" data-action="confirm-acknowledge">
                {t("ack.confirm")}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
