/** Coverage per indicator and sub-indicator as one compact table. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { IndicatorCoverage, SubIndicatorCoverage } from "../../core/check/summary";
import type { Translate } from "../i18n/t";

export interface CoverageTableProps {
  indicators: IndicatorCoverage[];
  subIndicators: SubIndicatorCoverage[];
  t: Translate;
}

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  num: { textAlign: "right", width: "3.5em" },
  indicator: { fontWeight: tokens.fontWeightSemibold },
});

/** Sub-indicator ids are "<indicator>.<n>" ("9.1"); the summary does not repeat the parent. */
function parentOf(sub: SubIndicatorCoverage): string {
  return sub.code.split(".")[0] ?? "";
}

export function CoverageTable({ indicators, subIndicators, t }: CoverageTableProps) {
  const styles = useStyles();
  const known = new Set(indicators.map((i) => String(i.no)));
  const orphans = subIndicators.filter((s) => !known.has(parentOf(s)));
  return (
    <Table size="extra-small" className={styles.table} aria-label={t("summary.coverage")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("summary.sub")}</TableHeaderCell>
          <TableHeaderCell className={styles.num}>{t("summary.items")}</TableHeaderCell>
          <TableHeaderCell className={styles.num}>{t("summary.covered")}</TableHeaderCell>
          <TableHeaderCell className={styles.num}>{t("summary.done")}</TableHeaderCell>
          <TableHeaderCell className={styles.num}>{t("summary.withEvidence")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {indicators.map((ind) => (
          <IndicatorRows
            key={ind.no}
            indicator={ind}
            subs={subIndicators.filter((s) => parentOf(s) === String(ind.no))}
            t={t}
            className={styles.indicator}
            numClass={styles.num}
          />
        ))}
        {orphans.map((s) => (
          <SubRow key={s.code} sub={s} numClass={styles.num} />
        ))}
      </TableBody>
    </Table>
  );
}

interface IndicatorRowsProps {
  indicator: IndicatorCoverage;
  subs: SubIndicatorCoverage[];
  t: Translate;
  className: string;
  numClass: string;
}

function IndicatorRows({ indicator, subs, t, className, numClass }: IndicatorRowsProps) {
  return (
    <>
      <TableRow data-indicator={indicator.no}>
        <TableCell className={className} colSpan={5}>
          {indicator.no}. {indicator.title} ·{" "}
          {indicator.covered ? t("summary.indicatorCovered") : t("summary.indicatorNotCovered")}
        </TableCell>
      </TableRow>
      {subs.map((s) => (
        <SubRow key={s.code} sub={s} numClass={numClass} />
      ))}
    </>
  );
}

function SubRow({ sub, numClass }: { sub: SubIndicatorCoverage; numClass: string }) {
  return (
    <TableRow data-sub={sub.code}>
      <TableCell>
        {sub.code} {sub.title}
      </TableCell>
      <TableCell className={numClass}>{sub.items}</TableCell>
      <TableCell className={numClass}>{sub.covered}</TableCell>
      <TableCell className={numClass}>{sub.done}</TableCell>
      <TableCell className={numClass}>{sub.withEvidence}</TableCell>
    </TableRow>
  );
}
