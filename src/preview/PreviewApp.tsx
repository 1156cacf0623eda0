/**
 * The browser preview: the same task pane as in Excel, over an .xlsx opened in the page, with
 * a grid view of the workbook beside it. Each opened file gets its own host and a fresh pane.
 */
import type { Theme } from "@fluentui/react-components";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { DragEvent } from "react";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { WorkbookSnapshot } from "../core/grid/grid";
import type { WorkbookHost } from "../core/host";
import type { CheckSettings, Lang } from "../core/settings";
import { App } from "../taskpane/App";
import type { Checker } from "../taskpane/check/checker";
import type { Clock } from "../taskpane/state/clock";
import { FileBar } from "./FileBar";
import { GridView } from "./GridView";
import { makePreviewT } from "./i18n/t";
import { SAMPLE_FILE_NAME, fetchSample, openBytes } from "./openFile";
import type { PreviewParams } from "./params";
import type { SettingsStore } from "./settingsStore";
import type { ViewStore } from "./viewStore";
import { createViewStore } from "./viewStore";
import { createXlsxHost } from "./xlsxHost";

export interface PreviewAppProps {
  theme: Theme;
  params: PreviewParams;
  settings: SettingsStore;
  /** Who runs the check; one for the page, so every opened file shares its worker. */
  checker?: Checker;
}

interface Doc {
  /** Changes with every opened file: the pane is remounted, so no old flags survive. */
  id: number;
  fileName: string | null;
  snapshot: WorkbookSnapshot | null;
  view: ViewStore;
  host: WorkbookHost;
}

const useStyles = makeStyles({
  page: { position: "relative" },
  aside: { display: "flex", flexDirection: "column", height: "100vh" },
  dropping: {
    outline: `3px dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: "-6px",
  },
});

export function PreviewApp({ theme, params, settings, checker }: PreviewAppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>("th");
  const [reading, setReading] = useState(false);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const clock = useMemo<Clock | undefined>(
    () => (params.asOf ? () => params.asOf ?? "" : undefined),
    [params.asOf],
  );
  const t = useMemo(() => makePreviewT(lang), [lang]);

  const makeDoc = useCallback(
    (id: number, fileName: string | null, snapshot: WorkbookSnapshot | null, keepLang: Lang) => {
      const first = snapshot?.sheets.find((s) => !s.hidden) ?? snapshot?.sheets[0];
      const view = createViewStore(first?.name ?? null);
      const onSettingsSaved = (partial: Partial<CheckSettings>) => {
        if (partial.lang) setLang(partial.lang);
      };
      const host = createXlsxHost({
        fileName: fileName ?? "",
        snapshot,
        view,
        settings,
        defaults: { lang: keepLang },
        fixedAsOf: params.asOf,
        onSettingsSaved,
      });
      return { id, fileName, snapshot, view, host };
    },
    [settings, params.asOf],
  );

  const [doc, setDoc] = useState<Doc>(() => makeDoc(0, null, null, "th"));

  const open = useCallback(
    async (fileName: string, bytes: Promise<ArrayBuffer>) => {
      setReading(true);
      setErrorCode(null);
      try {
        const opened = await openBytes(fileName, await bytes);
        if (opened.ok) {
          // The file's own stored language wins; else the one the user is reading now.
          const next = settings.load(fileName).lang ?? lang;
          setLang(next);
          setDoc((d) => makeDoc(d.id + 1, fileName, opened.snapshot, next));
        } else {
          setErrorCode(opened.code);
          setDoc((d) => makeDoc(d.id + 1, null, null, lang));
        }
      } catch (e) {
        // A failure outside the bytes (worker crash, sample fetch): still a plain message.
        setErrorCode(
          e instanceof Error && e.message.startsWith("sample") ? "UNREADABLE" : "CORRUPT",
        );
        setDoc((d) => makeDoc(d.id + 1, null, null, lang));
      } finally {
        setReading(false);
      }
    },
    [makeDoc, settings, lang],
  );

  const openFile = useCallback((file: File) => void open(file.name, file.arrayBuffer()), [open]);

  // The sample opens once, when the page loads (unless ?sample=0).
  useEffect(() => {
    if (params.sample) void open(SAMPLE_FILE_NAME, fetchSample());
    // Only on first render: later opens come from the user.
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes("Files")) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) openFile(file);
  };

  const aside = (
    <div className={styles.aside}>
      <FileBar
        fileName={doc.fileName}
        reading={reading}
        errorCode={errorCode}
        lang={lang}
        t={t}
        onFile={openFile}
        onDismissError={() => setErrorCode(null)}
      />
      {doc.snapshot && <GridView snapshot={doc.snapshot} view={doc.view} t={t} />}
    </div>
  );

  return (
    <div
      className={`${styles.page} ${dragging ? styles.dropping : ""}`}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      aria-label={dragging ? t("file.dropHere") : undefined}
    >
      <App
        key={doc.id}
        host={doc.host}
        theme={theme}
        aside={aside}
        {...(clock ? { clock } : {})}
        {...(checker ? { checker } : {})}
      />
    </div>
  );
}
