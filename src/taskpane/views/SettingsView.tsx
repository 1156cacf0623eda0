/** The Settings tab: every change is saved through the hook (and re-checks when it matters). */
import {
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  SpinButton,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { CheckSettings, Lang } from "../../core/settings";
import type { Translate } from "../i18n/t";
import { tf } from "../i18n/t";
import type { YearState } from "../state/checklistState";
import { yearStates } from "../state/checklistState";

export interface SettingsViewProps {
  settings: CheckSettings;
  /** Assessment years with a checklist, ascending. */
  years: readonly number[];
  t: Translate;
  onChange: (partial: Partial<CheckSettings>) => void;
}

const AUTO = "auto";

/** "2570 · ยังไม่ประกาศ · คัดจาก 2569", "2569 · ยังไม่ครบ": the year and how far its list goes. */
function yearLabel(y: YearState, t: Translate): string {
  switch (y.state) {
    case "provisional":
      return `${y.year} · ${tf(t, "settings.yearProvisional", { copyOf: y.copyOf })}`;
    case "incomplete":
      return `${y.year} · ${t("settings.yearIncomplete")}`;
    case "complete":
      return `${y.year} · ${t("settings.yearComplete")}`;
    case "none":
      return String(y.year);
  }
}

function asLang(value: string): Lang {
  return value === "en" ? "en" : "th";
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  date: {
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
});

export function SettingsView({ settings, years, t, onChange }: SettingsViewProps) {
  const styles = useStyles();
  // Typing a name saves once the user leaves the field, not on every key.
  const [organisation, setOrganisation] = useState(settings.organisation);
  useEffect(() => setOrganisation(settings.organisation), [settings.organisation]);
  const commitOrganisation = () => {
    if (organisation !== settings.organisation) onChange({ organisation });
  };
  const states = useMemo(() => yearStates(years), [years]);
  const yearValue = settings.year === null ? AUTO : String(settings.year);
  const chosen = states.find((y) => y.year === settings.year);
  const yearText =
    settings.year === null
      ? t("settings.yearAuto")
      : chosen
        ? yearLabel(chosen, t)
        : String(settings.year);
  return (
    <section className={styles.root} aria-labelledby="ita-settings-heading">
      <h2 id="ita-settings-heading" className={styles.heading}>
        {t("settings.heading")}
      </h2>
      <Field label={t("settings.year")}>
        <Dropdown
          value={yearText}
          selectedOptions={[yearValue]}
          onOptionSelect={(_, data) =>
            onChange({ year: data.optionValue === AUTO ? null : Number(data.optionValue) })
          }
        >
          <Option value={AUTO}>{t("settings.yearAuto")}</Option>
          {states.map((y) => (
            <Option key={y.year} value={String(y.year)} data-state={y.state}>
              {yearLabel(y, t)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("settings.asOf")}>
        {(fieldProps) => (
          <input
            {...fieldProps}
            type="date"
            className={styles.date}
            value={settings.asOf}
            onChange={(e) => ISO_DATE.test(e.target.value) && onChange({ asOf: e.target.value })}
          />
        )}
      </Field>
      <Field label={t("settings.organisation")}>
        <Input
          value={organisation}
          onChange={(_, data) => setOrganisation(data.value)}
          onBlur={commitOrganisation}
          onKeyDown={(e) => e.key === "Enter" && commitOrganisation()}
        />
      </Field>
      <Field label={t("settings.lang")}>
        <RadioGroup
          value={settings.lang}
          onChange={(_, data) => onChange({ lang: asLang(data.value) })}
        >
          <Radio value="th" label={t("settings.langTh")} />
          <Radio value="en" label={t("settings.langEn")} />
        </RadioGroup>
      </Field>
      <Switch
        checked={settings.thaiDigits}
        label={t("settings.thaiDigits")}
        onChange={(_, data) => onChange({ thaiDigits: data.checked })}
      />
      <Field label={t("settings.dueSoonDays")}>
        <SpinButton
          value={settings.dueSoonDays}
          min={0}
          max={365}
          onChange={(_, data) => {
            const v = data.value ?? Number(data.displayValue);
            if (Number.isInteger(v) && v >= 0 && v <= 365) onChange({ dueSoonDays: v });
          }}
        />
      </Field>
    </section>
  );
}
