/** Acknowledged flags, collapsed by default, each with "undo". */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowUndo20Regular } from "@fluentui/react-icons";
import type { CheckResult } from "../../core/check/checkWorkbook";
import { flagKey } from "../../core/flags/key";
import { flagMessage } from "../../core/messages/format";
import type { Lang } from "../../core/settings";
import type { Translate } from "../i18n/t";
import { placeOf } from "./FlagItem";
import { SeverityIcon } from "./SeverityIcon";

export interface AcknowledgedListProps {
  acknowledged: CheckResult["acknowledged"];
  lang: Lang;
  t: Translate;
  onUndo: (key: string) => void;
}

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  reason: { color: tokens.colorNeutralForeground3 },
});

export function AcknowledgedList({ acknowledged, lang, t, onUndo }: AcknowledgedListProps) {
  const styles = useStyles();
  if (acknowledged.length === 0) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="acknowledged">
        <AccordionHeader as="h3" size="small">
          {t("ack.listHeading")} ({acknowledged.length})
        </AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list}>
            {acknowledged.map((f) => {
              const key = flagKey(f);
              return (
                <li key={key} className={styles.item} data-code={f.code}>
                  <SeverityIcon severity={f.severity} />
                  <span className={styles.text}>
                    {f.code} {placeOf(f)}: {flagMessage(f, lang).message}
                    <br />
                    <span className={styles.reason}>{f.reason}</span>
                  </span>
                  <Button
                    size="small"
                    icon={<ArrowUndo20Regular />}
                    aria-label={`${t("ack.undo")} ${f.code} ${placeOf(f)}`}
                    onClick={() => onUndo(key)}
                  >
                    {t("ack.undo")}
                  </Button>
                </li>
              );
            })}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
