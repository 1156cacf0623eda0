/**
 * What this Excel cannot do, in one sentence each, so a missing feature is explained
 * rather than silently absent. Shown once per session, dismissible.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { degradedMessage } from "../../core/messages/format";
import type { Lang } from "../../core/settings";
import type { Translate } from "../i18n/t";

export interface DegradedNoticeProps {
  codes: readonly string[];
  lang: Lang;
  t: Translate;
  intent?: "info" | "warning";
}

export function DegradedNotice({ codes, lang, t, intent = "info" }: DegradedNoticeProps) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || codes.length === 0) return null;
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="degraded-notice">
      <MessageBarBody>
        <MessageBarTitle>{t("degraded.title")}</MessageBarTitle>
        <ul>
          {codes.map((code) => (
            <li key={code} data-code={code}>
              {degradedMessage(code, lang)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t("degraded.dismiss")}
            icon={<Dismiss20Regular />}
            onClick={() => setDismissed(true)}
          />
        }
      />
    </MessageBar>
  );
}
