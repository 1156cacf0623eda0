/**
 * Says plainly, above the results, when the list in use is provisional (a copy of an earlier
 * year until the manual is out) or, built in, incomplete, and how to load the official one.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ChecklistUsed } from "../../core/check/chooseChecklist";
import type { Translate } from "../i18n/t";
import { tf } from "../i18n/t";
import { checklistNotice } from "../state/checklistState";

export interface ChecklistNoticeProps {
  used: ChecklistUsed | null;
  t: Translate;
  /** Takes the user to the "use this sheet as the checklist" control. */
  onGoToChecklist: () => void;
}

export function ChecklistNotice({ used, t, onGoToChecklist }: ChecklistNoticeProps) {
  const notice = checklistNotice(used);
  if (!notice) return null;
  const provisional = notice.kind === "provisional";
  return (
    <MessageBar
      intent={provisional ? "warning" : "info"}
      layout="multiline"
      data-testid="checklist-notice"
      data-kind={notice.kind}
      data-year={notice.year}
    >
      <MessageBarBody>
        <MessageBarTitle>
          {tf(t, provisional ? "notice.provisionalTitle" : "notice.incompleteTitle", {
            year: notice.year,
          })}
        </MessageBarTitle>{" "}
        {notice.kind === "provisional"
          ? tf(t, "notice.provisional", { year: notice.year, copyOf: notice.copyOf })
          : t("notice.incomplete")}
        {notice.kind === "incomplete" &&
          notice.gaps.length > 0 &&
          ` ${tf(t, "notice.gaps", { gaps: notice.gaps.join(", ") })}`}{" "}
        {t("notice.howTo")}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" data-testid="go-to-checklist" onClick={onGoToChecklist}>
          {t("notice.goTo")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
