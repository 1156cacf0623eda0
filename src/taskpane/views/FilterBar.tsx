/** Severity toggles and a multi-select code filter over the flags. */
import {
  Dropdown,
  Field,
  Option,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Severity } from "../../core/flags/flag";
import type { Translate } from "../i18n/t";
import type { Filters } from "../state/reducer";
import { ALL_SEVERITIES } from "../state/reducer";
import { SeverityIcon } from "./SeverityIcon";

export interface FilterBarProps {
  filters: Filters;
  /** Codes present in the result. */
  codes: string[];
  counts: Record<Severity, number>;
  /** Flags per code, shown beside each code so a filter's size is known before choosing it. */
  codeCounts: Record<string, number>;
  t: Translate;
  onToggleSeverity: (severity: Severity) => void;
  onChooseCodes: (codes: string[]) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  dropdown: { minWidth: "0", width: "100%" },
});

export function FilterBar(props: FilterBarProps) {
  const { filters, codes, counts, codeCounts, t, onToggleSeverity, onChooseCodes } = props;
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label={t("filter.heading")}>
      <div className={styles.toggles} role="group" aria-label={t("filter.severity")}>
        {ALL_SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={filters.severities.includes(s)}
            icon={<SeverityIcon severity={s} />}
            data-severity={s}
            onClick={() => onToggleSeverity(s)}
          >
            {t(`severity.${s}`)} ({counts[s]})
          </ToggleButton>
        ))}
      </div>
      <Field label={t("filter.code")}>
        <Dropdown
          className={styles.dropdown}
          multiselect
          placeholder={t("filter.allCodes")}
          selectedOptions={filters.codes}
          value={filters.codes.join(", ")}
          onOptionSelect={(_, data) => onChooseCodes(data.selectedOptions)}
        >
          {codes.map((c) => (
            <Option key={c} value={c} text={c} data-count={codeCounts[c] ?? 0}>
              {`${c} (${codeCounts[c] ?? 0})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}
