/**
 * The standalone checker: open a workbook (or the built-in samples, opened on arrival), see its
 * sheets with the flagged cells marked, go through the findings, fix them into a corrected copy and
 * download it or a report. Everything happens in the page; the opened file is never changed.
 * The tables and findings panels are the add-in pane's own (src/ui), driven through a CheckHost.
 */
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { cellAddress, checkSheet, parseCellAddress, renderNotice } from '../engine';
import type { ColumnRole, Finding, Lang, Report, Severity, SheetGrid, TableOverride, TableSummary } from '../engine';
import { FindingsPanel, SEVERITIES } from '../ui/FindingsPanel';
import type { CheckResult, FixMode } from '../ui/host';
import { HostError } from '../ui/host';
import { fillParams, strings } from '../ui/strings';
import { rootFixable } from '../ui/fix-plan';
import { fixMessage, undoMessage } from '../ui/fix-strings';
import { TablesPanel } from '../ui/TablesPanel';
import { CellFindings } from './components/CellFindings';
import { FixBar } from './components/FixBar';
import { Tabs } from './components/Tabs';
import { correctedName, loadNumberShown, NotAWorkbookError, openDocument, preloadExcel, UnreadableWorkbookError } from './documents';
import type { WorkbookDocument } from './documents';
import { SheetPreview } from './grid/SheetPreview';
import type { CellPosition } from './grid/SheetPreview';
import { inLanguage, type NumberShown } from './grid/geometry';
import { WebHost } from './host';
import { download, reportCsv, reportHtml } from './report';
import { webStrings } from './strings';

export const SAMPLES = ['quang-ninh-2012-2015-kinh-phi.xlsx', 'nghe-an-2017-chi-tieu.xlsx'];
const ACCEPT = '.xlsx,.xls,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
/** One empty list of overrides, so that a sheet without any finds its cached check (sheetReports). */
const NO_OVERRIDES: TableOverride[] = [];

/**
 * Each sheet's last check, by the very grid it read (a fix or an undo brings new grids) and the
 * overrides it ran with: the whole workbook's counts, the sheet tabs' and the report come from here.
 */
type SheetReports = WeakMap<SheetGrid, { overrides: TableOverride[]; report: Report }>;

function reportOf(cache: SheetReports, sheet: SheetGrid, overrides: TableOverride[]): Report | undefined {
  const held = cache.get(sheet);
  return held && held.overrides === overrides ? held.report : undefined;
}

const useStyles = makeStyles({
  page: { minHeight: '100vh', boxSizing: 'border-box', padding: '12px 20px', display: 'flex', flexDirection: 'column', rowGap: '10px' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '12px', justifyContent: 'space-between' },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' },
  muted: { color: tokens.colorNeutralForeground2 },
  body: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(340px, 2fr)', gap: '16px', alignItems: 'start' },
  side: { display: 'flex', flexDirection: 'column', rowGap: '12px', maxHeight: 'calc(100vh - 150px)', overflowY: 'auto', paddingRight: '4px' },
  drop: {
    position: 'fixed',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: 'rgba(15, 108, 189, 0.12)',
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    zIndex: 10,
    pointerEvents: 'none',
  },
});

interface Notice {
  intent: 'error' | 'success';
  text: string;
}

interface Shown {
  document: WorkbookDocument;
  sheet: SheetGrid;
}

function sheetOf(document: WorkbookDocument | undefined, index: number | undefined): SheetGrid | undefined {
  if (!document) return undefined;
  return document.current.sheets[Math.min(index ?? 0, document.current.sheets.length - 1)];
}

export function App(props: { lang: Lang; onLangChange: (lang: Lang) => void }): JSX.Element {
  const { lang } = props;
  const t = strings[lang];
  const w = webStrings[lang];
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);

  const [documents, setDocuments] = React.useState<WorkbookDocument[]>([]);
  const [activeId, setActiveId] = React.useState<string>();
  const [sheetIndex, setSheetIndex] = React.useState<Record<string, number>>({});
  const [checked, setChecked] = React.useState<{ result: CheckResult; sheet: SheetGrid }>();
  const [overrides, setOverrides] = React.useState<Record<string, TableOverride[]>>({});
  const [selected, setSelected] = React.useState<CellPosition>();
  const [openCell, setOpenCell] = React.useState<string>();
  const [shownSeverities, setShownSeverities] = React.useState<Set<Severity>>(new Set(SEVERITIES));
  const [fixMode, setFixMode] = React.useState<FixMode>('value');
  const [busy, setBusy] = React.useState<string>();
  const [notice, setNotice] = React.useState<Notice>();
  const [dragging, setDragging] = React.useState(false);
  // Numbers in the preview as Excel shows them, once the workbook chunk that formats them has come.
  const [excelShown, setExcelShown] = React.useState<{ format: NumberShown }>();
  React.useEffect(() => {
    if (documents.length === 0 || excelShown) return;
    let cancelled = false;
    void loadNumberShown().then((format) => !cancelled && setExcelShown({ format }), () => undefined);
    return () => {
      cancelled = true;
    };
  }, [documents.length, excelShown]);
  const numberShown = React.useMemo<NumberShown | undefined>(() => excelShown && ((value, format) => inLanguage(excelShown.format(value, format), lang)), [excelShown, lang]);

  const active = documents.find((d) => d.id === activeId);
  const sheet = sheetOf(active, active && sheetIndex[active.id]);
  const overridesOf = React.useCallback((document: WorkbookDocument, name: string) => overrides[`${document.id}\u0000${name}`] ?? NO_OVERRIDES, [overrides]);
  const sheetOverrides = React.useMemo(() => (active && sheet ? overridesOf(active, sheet.name) : NO_OVERRIDES), [active, sheet, overridesOf]);
  // Every sheet of the shown workbook is checked, the shown one first (by the host), the others one
  // at a time after it, so the page stays responsive; a counter re-renders the page as each arrives.
  const sheetReports = React.useRef<SheetReports>(new WeakMap());
  const [, setCheckedSheets] = React.useState(0);
  // Documents whose first sheet was already chosen: the page moves to the sheet with findings once only.
  const placed = React.useRef(new Set<string>());
  // The first sheet's name, per document the page moved off it.
  const [movedFrom, setMovedFrom] = React.useState<Record<string, string>>({});

  // The host reads what is shown through a ref: it outlives renders, and after a fix it must see the
  // corrected copy at once, before React has rendered it.
  const shown = React.useRef<Shown | undefined>(undefined);
  shown.current = active && sheet ? { document: active, sheet } : undefined;
  const host = React.useMemo(
    () =>
      new WebHost({
        current: () => shown.current,
        update: (document) => {
          if (shown.current?.document.id === document.id) {
            const index = document.current.sheets.findIndex((s) => s.name === shown.current?.sheet.name);
            shown.current = { document, sheet: document.current.sheets[Math.max(0, index)] };
          }
          setDocuments((all) => all.map((d) => (d.id === document.id ? document : d)));
        },
        reveal: (_sheet, cells) => {
          const at = cells[0] ? parseCellAddress(cells[0]) : undefined;
          if (at) setSelected(at);
        },
        checked: (result, grid) => {
          const document = shown.current?.document;
          const options = document ? overridesRef.current(document, grid.name) : NO_OVERRIDES;
          sheetReports.current.set(grid, { overrides: options, report: result.report });
          setChecked({ result, sheet: grid });
        },
      }),
    [],
  );
  const overridesRef = React.useRef(overridesOf);
  overridesRef.current = overridesOf;

  // The other sheets of the shown workbook, checked in turn after the shown one.
  React.useEffect(() => {
    if (!active) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      if (cancelled) return;
      const sheet = active.current.sheets.find((s) => !reportOf(sheetReports.current, s, overridesOf(active, s.name)));
      if (!sheet) return;
      const options = overridesOf(active, sheet.name);
      sheetReports.current.set(sheet, { overrides: options, report: checkSheet(sheet, { overrides: options }) });
      setCheckedSheets((n) => n + 1);
      timer = setTimeout(next, 0);
    };
    // After the shown sheet's own check has had its turn.
    timer = setTimeout(next, 0);
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [active, overridesOf]);

  /** The reports of the shown workbook's sheets, in order; undefined for a sheet not checked yet. */
  const workbookReports = active ? active.current.sheets.map((s) => reportOf(sheetReports.current, s, overridesOf(active, s.name))) : [];
  const workbookDone = workbookReports.every((r) => r !== undefined);

  // A workbook whose first sheet has no finding opens on the first sheet that has, once all are checked,
  // unless the officer chose a sheet already.
  React.useEffect(() => {
    if (!active || !workbookDone || placed.current.has(active.id)) return;
    placed.current.add(active.id);
    if (sheetIndex[active.id] !== undefined || (workbookReports[0]?.findings.length ?? 0) > 0) return;
    const first = workbookReports.findIndex((r) => (r?.findings.length ?? 0) > 0);
    if (first <= 0) return;
    setSheetIndex((all) => ({ ...all, [active.id]: first }));
    setMovedFrom((all) => ({ ...all, [active.id]: active.current.sheets[0].name }));
    setSelected(undefined);
    setOpenCell(undefined);
  });

  // Every sheet or corrected copy that comes into view is checked at once, so nothing stale is shown.
  React.useEffect(() => {
    if (!sheet) return;
    host.check({ overrides: sheetOverrides }).catch((error: unknown) => setNotice({ intent: 'error', text: String(error) }));
  }, [host, sheet, sheetOverrides]);

  // A result is shown only with the very sheet it was computed from, never with a look-alike.
  const result = checked && checked.sheet === sheet ? checked.result : undefined;
  const findings = React.useMemo(() => result?.report.findings ?? [], [result]);
  const marks = React.useMemo(() => {
    const map = new Map<string, Severity>();
    for (const finding of findings) {
      const before = map.get(finding.cell);
      if (!before || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[before]) map.set(finding.cell, finding.severity);
    }
    return map;
  }, [findings]);

  const show = React.useCallback((id: string) => {
    setActiveId(id);
    setSelected(undefined);
    setOpenCell(undefined);
  }, []);

  const addDocument = React.useCallback(
    (document: WorkbookDocument, visible: boolean) => {
      setDocuments((all) => [...all, document]);
      if (visible) show(document.id);
    },
    [show],
  );

  const openBytes = React.useCallback(
    async (name: string, data: Uint8Array) => {
      setBusy(w.loading(name));
      setNotice(undefined);
      try {
        addDocument(await openDocument(name, data), true);
      } catch (error) {
        const text =
          error instanceof NotAWorkbookError
            ? w.notAWorkbook(name)
            : error instanceof UnreadableWorkbookError
              ? error.reason === 'encrypted'
                ? w.encrypted(name)
                : error.reason === 'tooLarge'
                  ? w.tooLarge(name)
                  : w.unreadable(name)
              : String(error);
        setNotice({ intent: 'error', text });
      } finally {
        setBusy(undefined);
      }
    },
    [addDocument, w],
  );

  const openFiles = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void file.arrayBuffer().then((buffer) => openBytes(file.name, new Uint8Array(buffer)));
  };

  // The samples open on arrival so a newcomer sees findings at once; the first one is shown.
  // exceljs and both samples are fetched at the same time; each sample opens as soon as it is in.
  React.useEffect(() => {
    let cancelled = false;
    setBusy(webStrings[lang].loadingSamples);
    preloadExcel();
    const fetched = SAMPLES.map((name) =>
      fetch(`assets/samples/${name}`).then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        return new Uint8Array(await response.arrayBuffer());
      }),
    );
    // A failed fetch is reported when its turn comes, not as an unhandled rejection before.
    fetched.forEach((promise) => promise.catch(() => undefined));
    void (async () => {
      for (const [index, name] of SAMPLES.entries()) {
        try {
          const document = await openDocument(name, await fetched[index], true);
          if (!cancelled) addDocument(document, index === 0);
        } catch {
          if (!cancelled) setNotice({ intent: 'error', text: webStrings[lang].sampleMissing(name) });
        }
      }
      if (!cancelled) setBusy(undefined);
    })();
    return () => {
      cancelled = true;
    };
    // Once, on arrival: switching the language does not reload the samples.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [addDocument]);

  // Drag and drop anywhere on the page.
  const openFilesRef = React.useRef(openFiles);
  openFilesRef.current = openFiles;
  React.useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      openFilesRef.current(event.dataTransfer?.files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const act = async (action: () => Promise<string>) => {
    setBusy(t.checking);
    try {
      setNotice({ intent: 'success', text: await action() });
    } catch (error) {
      const text = error instanceof HostError ? fillParams(t.errors[error.code], { detail: error.message, ...error.params }) : String(error);
      setNotice({ intent: 'error', text });
    } finally {
      setBusy(undefined);
    }
  };
  const fix = (list: Finding[], mode: FixMode) => act(async () => fixMessage(lang, await host.fix(list, mode)));
  const undo = () => act(async () => undoMessage(lang, await host.undo()));

  const goTo = (finding: Finding) => {
    setOpenCell(finding.cell);
    void host.select(finding.sheet, [finding.cell, ...finding.cells]);
  };
  const openAt = (cell: CellPosition) => {
    setSelected(cell);
    setOpenCell(cellAddress(cell.row, cell.col));
  };

  const override = (table: TableSummary, change: (current: TableOverride) => TableOverride) => {
    if (!active || !sheet) return;
    const key = `${active.id}\u0000${sheet.name}`;
    const list = overrides[key] ?? [];
    const before = list.find((o) => o.sheet === table.sheet && o.range === table.range) ?? { sheet: table.sheet, range: table.range };
    setOverrides({ ...overrides, [key]: [...list.filter((o) => o !== before), change(before)] });
  };
  const onRoleChange = (table: TableSummary, col: number, role: ColumnRole) =>
    override(table, (current) => ({ ...current, columns: [...(current.columns ?? []).filter((c) => c.col !== col), { col, role }] }));
  const onRangeChange = (table: TableSummary, range: string) => override(table, (current) => ({ ...current, range }));

  // The report covers the whole workbook: each sheet's findings in sheet order, a sheet not checked yet checked now.
  const reportInput = () => {
    const all: Finding[] = [];
    active?.current.sheets.forEach((s, index) => {
      const options = overridesOf(active, s.name);
      const report = workbookReports[index] ?? checkSheet(s, { overrides: options });
      for (const finding of report.findings) all.push(finding);
    });
    return { fileName: active?.name ?? '', findings: all, checkedAt: result?.checkedAt ?? new Date(), lang, changes: active?.current.changes ?? [] };
  };
  const workbookSummary = (() => {
    if (!active || active.current.sheets.length < 2) return undefined;
    const checkedCount = workbookReports.filter((r) => r !== undefined).length;
    if (!workbookDone) return { done: false, text: w.workbookChecking(checkedCount, workbookReports.length), errors: 0, warnings: 0, info: 0 };
    const total = { errors: 0, warnings: 0, info: 0 };
    const where: string[] = [];
    workbookReports.forEach((report, index) => {
      const { errors, warnings, info } = report!.summary;
      total.errors += errors;
      total.warnings += warnings;
      total.info += info;
      if (errors + warnings > 0) where.push(`“${active.current.sheets[index].name}” (${w.sheetCounts(errors, warnings)})`);
    });
    return { done: true, text: w.workbookSummary(workbookReports.length, t.summary(total.errors, total.warnings, total.info), where.join('; ')), ...total };
  })();

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <Title2 as="h1">{t.appTitle}</Title2>
          <Text block className={styles.muted}>
            {w.tagline} {w.privacy}
          </Text>
        </div>
        <RadioGroup layout="horizontal" aria-label={t.language} value={lang} onChange={(_, data) => props.onLangChange(data.value as Lang)}>
          <Radio value="vi" label="Tiếng Việt" lang="vi" />
          <Radio value="en" label="English" lang="en" />
        </RadioGroup>
      </header>

      <nav className={styles.bar} aria-label={w.samples}>
        <Button appearance="primary" onClick={() => fileInput.current?.click()} data-testid="open-file">
          {w.openFile}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPT}
          hidden
          data-testid="file-input"
          onChange={(event) => {
            openFiles(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
        <Text className={styles.muted}>{w.dropHint}</Text>
        <Text weight="semibold">{w.samples}:</Text>
        {SAMPLES.map((name) => (
          <Button
            key={name}
            size="small"
            data-sample={name}
            onClick={() => {
              const open = documents.find((d) => d.sample && d.name === name);
              if (open) show(open.id);
            }}
          >
            {w.sampleNames[name]}
          </Button>
        ))}
      </nav>

      <div role="status" aria-live="polite">
        {busy && <Spinner size="tiny" label={busy} labelPosition="after" />}
      </div>
      {notice && (
        <MessageBar intent={notice.intent} data-testid={`notice-${notice.intent}`}>
          <MessageBarBody data-testid="notice-text">{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={w.dismiss} onClick={() => setNotice(undefined)}>
                ×
              </Button>
            }
          />
        </MessageBar>
      )}

      {documents.length > 0 && (
        <Tabs label={w.documents} items={documents.map((d) => ({ value: d.id, label: d.name }))} selected={activeId} onSelect={show} testId="document-tabs" />
      )}

      {active && sheet && (
        <main className={styles.body}>
          <div>
            {active.current.sheets.length > 1 && (
              <Tabs
                label={w.sheets}
                items={active.current.sheets.map((s, index) => {
                  const summary = workbookReports[index]?.summary;
                  return {
                    value: String(index),
                    label: s.name,
                    detail: summary && w.sheetCounts(summary.errors, summary.warnings),
                    alert: summary !== undefined && summary.errors + summary.warnings > 0,
                  };
                })}
                selected={String(Math.min(sheetIndex[active.id] ?? 0, active.current.sheets.length - 1))}
                onSelect={(value) => {
                  setSheetIndex({ ...sheetIndex, [active.id]: Number(value) });
                  setSelected(undefined);
                  setOpenCell(undefined);
                }}
                testId="sheet-tabs"
              />
            )}
            <SheetPreview
              grid={sheet}
              marks={marks}
              selected={selected}
              onSelect={setSelected}
              onOpen={openAt}
              label={w.preview(sheet.name)}
              severityLabels={t.severity}
              shown={numberShown}
            />
            {openCell && <CellFindings cell={openCell} findings={findings.filter((f) => f.cell === openCell)} lang={lang} />}
          </div>
          <div className={styles.side}>
            {active.current.fixedCells > 0 && (
              <MessageBar intent="info" data-testid="corrected-copy">
                <MessageBarBody>
                  {w.correctedCopy(active.current.fixedCells)} {active.kind === 'csv' && w.csvFixNote}
                  {active.kind === 'xls' && w.xlsFixNote}
                </MessageBarBody>
              </MessageBar>
            )}
            <FixBar
              lang={lang}
              busy={Boolean(busy)}
              mode={fixMode}
              onModeChange={setFixMode}
              fixable={rootFixable(findings)}
              canUndo={active.history.length > 0}
              onFix={(list) => void fix(list, fixMode)}
              onUndo={() => void undo()}
              onDownloadCorrected={
                active.current.fixedCells > 0 && active.current.bytes
                  ? () => download(correctedName(active.name, w.correctedSuffix), active.current.bytes as BlobPart, XLSX_TYPE)
                  : undefined
              }
              onDownloadCsv={() => download(reportName(active.name, 'csv'), reportCsv(reportInput()), 'text/csv;charset=utf-8')}
              onDownloadHtml={() => download(reportName(active.name, 'html'), reportHtml(reportInput(), w.reportTitle(active.name)), 'text/html;charset=utf-8')}
            />
            {result?.report.notices.map((item, index) => (
              <MessageBar key={index} intent="info">
                <MessageBarBody>{renderNotice(item, lang)}</MessageBarBody>
              </MessageBar>
            ))}
            <div
              data-testid="findings-panel"
              data-ready={result !== undefined}
              data-file={active.name}
              data-sheet={sheet.name}
              data-count={findings.length}
              data-errors={result?.report.summary.errors ?? 0}
            >
              {workbookSummary && (
                <Text
                  as="p"
                  block
                  size={200}
                  weight="semibold"
                  data-testid="workbook-summary"
                  data-done={workbookSummary.done}
                  data-errors={workbookSummary.errors}
                  data-warnings={workbookSummary.warnings}
                  data-info={workbookSummary.info}
                >
                  {movedFrom[active.id] && sheet.name !== movedFrom[active.id] && `${w.openedOnFindings(movedFrom[active.id], sheet.name)} `}
                  {workbookSummary.text}
                </Text>
              )}
              {result && (
                <Text as="p" size={200}>
                  {t.scopeSheet(result.sheet, result.address)} · {t.checkedIn((result.elapsedMs / 1000).toFixed(2))} ·{' '}
                  {t.summary(result.report.summary.errors, result.report.summary.warnings, result.report.summary.info)}
                </Text>
              )}
              {result && (
                <FindingsPanel
                  findings={findings}
                  tables={result.report.tables}
                  lang={lang}
                  shown={shownSeverities}
                  onShownChange={setShownSeverities}
                  onSelect={goTo}
                  onFix={(finding) => void fix([finding], fixMode)}
                  busy={Boolean(busy)}
                />
              )}
            </div>
            {result && <TablesPanel tables={result.report.tables} lang={lang} onRoleChange={onRoleChange} onRangeChange={onRangeChange} busy={Boolean(busy)} />}
          </div>
        </main>
      )}
      {dragging && (
        <div className={styles.drop} aria-hidden>
          <Title2>{w.dropHere}</Title2>
        </div>
      )}
    </div>
  );
}

function reportName(file: string, extension: string): string {
  return `${file.replace(/\.[^.]+$/, '')} - soat-bieu.${extension}`;
}
