/**
 * The flags grouped by measure: the measure's title and row head each group. Shown a page at
 * a time with "show more", so a workbook with thousands of flags stays responsive.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { flagKey } from "../../core/flags/key";
import type { Flag } from "../../core/flags/flag";
import type { Lang } from "../../core/settings";
import type { Translate } from "../i18n/t";
import type { FlagGroup } from "../state/groupFlags";
import { FLAG_PAGE, pageGroups } from "../state/pageGroups";
import { FlagItem } from "./FlagItem";
import { ShowMore } from "./ShowMore";

export interface FlagListProps {
  groups: FlagGroup[];
  lang: Lang;
  t: Translate;
  onNavigate: (flag: Flag) => void;
  onAcknowledge: (flag: Flag) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflow: "hidden",
    textOverflow: "ellipsis",
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
  },
  where: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

function headingOf(group: FlagGroup, t: Translate): { title: string; where: string } {
  const m = group.measure;
  if (!m) return { title: t("flags.workbook"), where: "" };
  return {
    title: `${m.no ? `${m.no}. ` : ""}${m.title}`,
    where: `${t("flags.sheet")} ${m.sheet} · ${t("flags.row")} ${m.row}`,
  };
}

export function FlagList({ groups, lang, t, onNavigate, onAcknowledge }: FlagListProps) {
  const styles = useStyles();
  // Kept across re-checks and acknowledgements, so the user does not lose what they opened.
  const [limit, setLimit] = useState(FLAG_PAGE);
  const page = pageGroups(groups, limit);
  return (
    <div className={styles.root} data-shown={page.shown} data-total={page.total}>
      {page.groups.map((g) => {
        const { title, where } = headingOf(g, t);
        const headingId = `ita-group-${g.key}`;
        return (
          <section key={g.key} aria-labelledby={headingId} data-group={g.key}>
            <h3 id={headingId} className={styles.heading} title={title}>
              {title} {where && <span className={styles.where}>({where})</span>}
            </h3>
            <ul className={styles.list}>
              {g.flags.map((f) => (
                <FlagItem
                  key={flagKey(f)}
                  flag={f}
                  lang={lang}
                  t={t}
                  onNavigate={onNavigate}
                  onAcknowledge={onAcknowledge}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <ShowMore
        shown={page.shown}
        total={page.total}
        step={FLAG_PAGE}
        t={t}
        onMore={() => setLimit(page.shown + FLAG_PAGE)}
      />
    </div>
  );
}
