/**
 * The task pane: theme, the add-in error bar, and the Check / Settings tabs over one state
 * hook. The host is passed in, so the Excel bootstrap and the browser preview (an
 * .xlsx-backed host, with a grid view as `aside`) render the same pane.
 */
import type { Theme } from "@fluentui/react-components";
import {
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useCallback, useMemo, useState } from "react";
import { availableYears } from "../core/checklist/registry";
import type { WorkbookHost } from "../core/host";
import { makeT } from "./i18n/t";
import type { Checker } from "./check/checker";
import type { Clock } from "./state/clock";
import { useItaCheck } from "./state/useItaCheck";
import { CheckView } from "./views/CheckView";
import { ChecklistSection } from "./views/ChecklistSection";
import { ErrorBar } from "./views/ErrorBar";
import { ItemsView } from "./views/ItemsView";
import { SettingsView } from "./views/SettingsView";

export interface AppProps {
  host: WorkbookHost;
  /** Chosen by the bootstrap (Office's theme, or the browser's). */
  theme?: Theme;
  /** Where "today" comes from; tests pass a fixed one. */
  clock?: Clock;
  /** Who runs the check (a Web Worker in the browser); default: in place. */
  checker?: Checker;
  /** Assessment years offered in Settings; default: every year with a checklist. */
  years?: readonly number[];
  /** Shown beside the pane (the preview's grid view); absent in Excel. */
  aside?: ReactNode;
}

type TabName = "check" | "items" | "settings";

const useStyles = makeStyles({
  /**
   * Fluent gives popups (dropdown listboxes) a mount node with the provider's classes, laid
   * over the page: the font belongs here, a height does not (a 100vh mount node covered the
   * whole pane and swallowed every click once a dropdown had opened).
   */
  provider: {
    fontFamily: `"Sarabun", "TH Sarabun New", "Leelawadee UI", ${tokens.fontFamilyBase}`,
  },
  page: { minHeight: "100vh" },
  layout: { display: "flex", alignItems: "stretch", minHeight: "100vh" },
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
  },
  paneBeside: { width: "380px", flexShrink: 0, overflowY: "auto", maxHeight: "100vh" },
  aside: {
    flexGrow: 1,
    minWidth: 0,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflow: "auto",
    maxHeight: "100vh",
  },
  settings: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

function defaultYears(): number[] {
  return availableYears();
}

export function App({ host, theme = webLightTheme, clock, checker, years, aside }: AppProps) {
  const styles = useStyles();
  const pane = useItaCheck({ host, ...(clock ? { clock } : {}), ...(checker ? { checker } : {}) });
  const [tab, setTab] = useState<TabName>("check");
  /** Grows each time the Check tab's notice asks for the checklist control. */
  const [checklistFocus, setChecklistFocus] = useState(0);
  const goToChecklist = useCallback(() => {
    setTab("settings");
    setChecklistFocus((n) => n + 1);
  }, []);
  const lang = pane.state.settings.lang;
  const t = useMemo(() => makeT(lang), [lang]);
  const offered = useMemo(() => years ?? defaultYears(), [years]);
  const content = (
    <main
      className={`${styles.pane} ${aside ? styles.paneBeside : ""}`}
      aria-labelledby="ita-title"
    >
      <h1 id="ita-title" className={styles.title}>
        {t("app.title")}
      </h1>
      {pane.state.error && (
        <ErrorBar error={pane.state.error} t={t} onDismiss={pane.dismissError} />
      )}
      <TabList
        aria-label={t("tab.label")}
        selectedValue={tab}
        onTabSelect={(_, data) =>
          setTab(data.value === "settings" || data.value === "items" ? data.value : "check")
        }
      >
        <Tab value="check" id="ita-tab-check" aria-controls="ita-panel">
          {t("tab.check")}
        </Tab>
        <Tab value="items" id="ita-tab-items" aria-controls="ita-panel">
          {t("tab.items")}
        </Tab>
        <Tab value="settings" id="ita-tab-settings" aria-controls="ita-panel">
          {t("tab.settings")}
        </Tab>
      </TabList>
      <div id="ita-panel" role="tabpanel" aria-labelledby={`ita-tab-${tab}`}>
        {tab === "check" ? (
          <CheckView pane={pane} t={t} onGoToChecklist={goToChecklist} />
        ) : tab === "items" ? (
          <ItemsView pane={pane} t={t} />
        ) : (
          <div className={styles.settings}>
            <SettingsView
              settings={pane.state.settings}
              years={offered}
              t={t}
              onChange={(partial) => void pane.updateSettings(partial)}
            />
            <ChecklistSection pane={pane} t={t} years={offered} focusRequest={checklistFocus} />
          </div>
        )}
      </div>
    </main>
  );
  return (
    <FluentProvider theme={theme} className={styles.provider} lang={lang}>
      {aside ? (
        <div className={styles.layout}>
          {content}
          <aside className={styles.aside}>{aside}</aside>
        </div>
      ) : (
        <div className={styles.page}>{content}</div>
      )}
    </FluentProvider>
  );
}
