/**
 * Which checklist items each measure answers. The guess comes from the core's matching;
 * a user's own choice replaces it and is kept with the workbook (settings.overrides).
 * Long workbooks are shown a page at a time, with a box to find a measure by number or title.
 */
import {
  Badge,
  Button,
  Combobox,
  Field,
  Input,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowUndo16Regular, Search16Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { getChecklist } from "../../core/checklist/registry";
import { measureKey } from "../../core/flags/key";
import type { Measure } from "../../core/model";
import { toArabicDigits } from "../../core/thai";
import type { Translate } from "../i18n/t";
import type { ItaCheck } from "../state/useItaCheck";
import { ShowMore } from "./ShowMore";

/** Measures shown at first and added per "show more": each row holds a combobox. */
export const ITEMS_PAGE = 50;

export interface ItemsViewProps {
  pane: ItaCheck;
  t: Translate;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  badges: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
  },
  title: { fontWeight: tokens.fontWeightSemibold },
});

/** Number and title folded for finding: Arabic digits, lower case. */
function searchText(s: string): string {
  return toArabicDigits(s).toLowerCase();
}

function matching(measures: readonly Measure[], query: string): readonly Measure[] {
  const q = searchText(query.trim());
  if (!q) return measures;
  return measures.filter((m) => searchText(`${m.no ?? ""} ${m.title}`).includes(q));
}

function itemCodes(m: Measure): string[] {
  return m.items.filter((i) => i.code.startsWith("O")).map((i) => i.code);
}

export function ItemsView({ pane, t }: ItemsViewProps) {
  const styles = useStyles();
  const { result, settings } = pane.state;
  const [query, setQuery] = useState("");
  const [limit, setLimit] = useState(ITEMS_PAGE);
  const measures = useMemo(() => matching(result?.measures ?? [], query), [result, query]);
  const found = result?.checklist ? getChecklist(result.checklist.year) : null;
  if (!result || !found?.ok) return <Text>{t("items.none")}</Text>;
  const checklist = found.checklist;
  const setItems = (m: Measure, codes: string[] | null): void => {
    const key = measureKey(m);
    const { [key]: _old, ...rest } = settings.overrides;
    void pane.updateSettings({ overrides: codes === null ? rest : { ...rest, [key]: codes } });
  };
  return (
    <div className={styles.root} data-testid="items-view" data-total={measures.length}>
      <Field label={t("items.find")}>
        <Input
          type="search"
          contentBefore={<Search16Regular />}
          value={query}
          onChange={(_, data) => {
            setQuery(data.value);
            setLimit(ITEMS_PAGE);
          }}
        />
      </Field>
      {measures.length === 0 && <Text>{t("items.noMatch")}</Text>}
      {measures.slice(0, limit).map((m) => {
        const key = measureKey(m);
        const own = settings.overrides[key];
        const chosen = own ?? itemCodes(m);
        const label = `${m.no ? `${m.no}. ` : ""}${m.title}`;
        return (
          <div
            key={`${m.sheet}|${m.row}`}
            className={styles.row}
            data-measure={`${m.sheet}|${m.row}`}
          >
            <Text className={styles.title} truncate wrap={false} title={label}>
              {label}
            </Text>
            <div className={styles.badges}>
              {m.items.map((i) => (
                <Badge
                  key={i.code}
                  appearance={i.by === "user" ? "filled" : "tint"}
                  data-code={i.code}
                >
                  {i.code}{" "}
                  {i.by === "user" ? t("items.user") : `${Math.round(i.confidence * 100)}%`}
                </Badge>
              ))}
              {own && (
                <Button
                  data-testid="items-reset"
                  size="small"
                  appearance="subtle"
                  icon={<ArrowUndo16Regular />}
                  onClick={() => setItems(m, null)}
                >
                  {t("items.reset")}
                </Button>
              )}
            </div>
            <Field label={t("items.choose")}>
              <Combobox
                multiselect
                aria-label={`${t("items.choose")}: ${label}`}
                selectedOptions={chosen}
                value={chosen.join(", ")}
                onOptionSelect={(_, data) => setItems(m, data.selectedOptions)}
              >
                {checklist.items.map((item) => (
                  <Option key={item.code} value={item.code} text={`${item.code} ${item.titleTh}`}>
                    {`${item.code} ${item.titleTh}`}
                  </Option>
                ))}
              </Combobox>
            </Field>
          </div>
        );
      })}
      <ShowMore
        shown={Math.min(limit, measures.length)}
        total={measures.length}
        step={ITEMS_PAGE}
        t={t}
        onMore={() => setLimit(limit + ITEMS_PAGE)}
      />
    </div>
  );
}
