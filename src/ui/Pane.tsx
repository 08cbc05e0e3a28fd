/**
 * The pane: check, tables, findings, and the actions the host offers. Host-agnostic: Excel and
 * the web page pass a CheckHost; controls for capabilities a host lacks are not shown.
 * Render it inside a FluentProvider.
 */
import { Button, Divider, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Switch, Text, tokens, Field } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { renderNotice } from '../engine';
import type { ColumnRole, Finding, Lang, Severity, TableOverride, TableSummary } from '../engine';
import { FindingsPanel, SEVERITIES } from './FindingsPanel';
import { HostError } from './host';
import type { CheckHost, CheckResult, FixMode, TemplateSpec } from './host';
import { rootFixable } from './fix-plan';
import { fixMessage, fixStrings, undoMessage } from './fix-strings';
import { fillParams, strings } from './strings';
import { TablesPanel } from './TablesPanel';
import { TemplateForm } from './TemplateForm';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', rowGap: '10px', padding: '10px', color: tokens.colorNeutralForeground1 },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' },
  actions: { display: 'flex', flexDirection: 'column', rowGap: '6px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
});

export interface PaneProps {
  host: CheckHost;
  lang?: Lang;
  onLangChange?(lang: Lang): void;
}

export function Pane({ host, lang: initialLang = 'vi', onLangChange }: PaneProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [result, setResult] = useState<CheckResult>();
  const [running, setRunning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const [error, setError] = useState<HostError>();
  const [status, setStatus] = useState('');
  const [shown, setShown] = useState<Set<Severity>>(new Set(SEVERITIES));
  const [fixMode, setFixMode] = useState<FixMode>('value');
  const [highlightOn, setHighlightOn] = useState(false);
  const [liveOn, setLiveOn] = useState(false);
  const [showTemplate, setShowTemplate] = useState(false);
  const [canUndo, setCanUndo] = useState(() => host.canUndo?.() ?? false);
  const [waiting, setWaiting] = useState(false);
  useEffect(() => host.onWaiting?.(setWaiting), [host]);
  const overrides = useRef(new Map<string, TableOverride>());
  const s = strings[lang];

  const fail = (caught: unknown) => setError(caught instanceof HostError ? caught : new HostError('unexpected', { detail: caught instanceof Error ? caught.message : String(caught) }));

  /** `keepStatus` when re-checking after an action, so its message (“Fixed 3 cells.”) stays. */
  const runCheck = useCallback(async (keepStatus = false) => {
    setRunning(true);
    setError(undefined);
    if (!keepStatus) setStatus('');
    try {
      const checked = await host.check({ overrides: [...overrides.current.values()] });
      setResult(checked);
      if (highlightOn && host.highlight) await host.highlight(checked.report.findings);
    } catch (caught) {
      fail(caught);
    } finally {
      setRunning(false);
    }
  }, [host, highlightOn]);

  // Live re-checks call the latest runCheck, with the latest overrides and highlight choice.
  const latestCheck = useRef(runCheck);
  latestCheck.current = runCheck;

  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const timer = setInterval(() => setElapsed(Date.now() - started), 100);
    return () => clearInterval(timer);
  }, [running]);

  /** Runs a host action with the pane marked busy; errors go to the message bar. */
  const act = async (action: () => Promise<string | void>, recheck = false) => {
    setBusy(true);
    setError(undefined);
    try {
      const message = await action();
      if (message) setStatus(message);
      if (recheck) await runCheck(true);
    } catch (caught) {
      fail(caught);
    } finally {
      setCanUndo(host.canUndo?.() ?? false);
      setBusy(false);
    }
  };

  const changeLang = (next: Lang) => {
    setLang(next);
    onLangChange?.(next);
  };

  const override = (table: TableSummary, change: (current: TableOverride) => TableOverride) => {
    const current = overrides.current.get(table.id) ?? { sheet: table.sheet, range: table.range };
    overrides.current.set(table.id, change(current));
    void runCheck();
  };
  const onRoleChange = (table: TableSummary, col: number, role: ColumnRole) =>
    override(table, (current) => ({ ...current, columns: [...(current.columns ?? []).filter((c) => c.col !== col), { col, role }] }));
  const onRangeChange = (table: TableSummary, range: string) => override(table, (current) => ({ ...current, range }));

  const findings = result?.report.findings ?? [];
  const fixable = rootFixable(findings);
  const fix = host.fix && ((list: Finding[]) => act(async () => fixMessage(lang, await host.fix!(list, fixMode)), true));
  const undoInHost = host.undoInHost?.() ?? false;

  return (
    <div className={styles.pane} lang={lang}>
      <div className={styles.header}>
        <Text as="h1" size={500} weight="semibold">{s.appTitle}</Text>
        <RadioGroup layout="horizontal" aria-label={s.language} value={lang} onChange={(_, data) => changeLang(data.value as Lang)}>
          <Radio value="vi" label="Tiếng Việt" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </div>

      <div>
        <Button appearance="primary" onClick={() => void runCheck()} disabled={running || busy}>{s.check}</Button>
        <div role="status" aria-live="polite">
          {running && <Spinner size="tiny" label={`${s.checking} ${(elapsed / 1000).toFixed(1)}`} />}
          {!running && result && (
            <Text as="p" size={200}>
              {(result.scope === 'selection' ? s.scopeSelection : s.scopeSheet)(result.sheet, result.address)} · {s.checkedIn((result.elapsedMs / 1000).toFixed(1))} ·{' '}
              {s.summary(result.report.summary.errors, result.report.summary.warnings, result.report.summary.info)}
            </Text>
          )}
          {status && <Text as="p" size={200}>{status}</Text>}
        </div>
      </div>

      {error && (
        <MessageBar intent="error">
          {/* Excel does not say which sheet refused a write; it is the one checked. */}
          <MessageBarBody>{fillParams(s.errors[error.code], { ...error.params, sheet: error.params.sheet || result?.sheet || '' })}</MessageBarBody>
        </MessageBar>
      )}
      {result?.report.notices.map((notice, i) => (
        <MessageBar key={i} intent="info">
          <MessageBarBody>{renderNotice(notice, lang)}</MessageBarBody>
        </MessageBar>
      ))}

      {(host.fix || host.undo || host.highlight || host.setLive || host.writeReport) && (
        <section className={styles.actions} aria-label={s.fixMode}>
          {host.fix && (
            <Field label={s.fixMode}>
              <RadioGroup layout="horizontal" value={fixMode} onChange={(_, data) => setFixMode(data.value as FixMode)}>
                <Radio value="value" label={s.fixModeValue} />
                <Radio value="formula" label={s.fixModeFormula} />
              </RadioGroup>
            </Field>
          )}
          <div className={styles.buttons}>
            {fix && <Button onClick={() => void fix(fixable)} disabled={busy || running || fixable.length === 0}>{s.fixAll(fixable.length)}</Button>}
            {host.undo && !undoInHost && (
              <Button onClick={() => void act(async () => undoMessage(lang, await host.undo!()), Boolean(result))} disabled={busy || running || !canUndo}>{s.undo}</Button>
            )}
            {host.writeReport && result && (
              <Button onClick={() => void act(async () => s.reportWritten(await host.writeReport!(result, lang)))} disabled={busy || running}>{s.report}</Button>
            )}
          </div>
          {undoInHost && <Text size={200}>{fixStrings[lang].undoInExcel}</Text>}
          {waiting && (
            <MessageBar intent="warning">
              <MessageBarBody>{fixStrings[lang].waitingForExcel}</MessageBarBody>
            </MessageBar>
          )}
          {host.highlight && (
            <Switch
              label={s.highlight}
              checked={highlightOn}
              disabled={busy || running}
              onChange={(_, data) => {
                setHighlightOn(data.checked);
                void act(() => host.highlight!(data.checked ? findings : null));
              }}
            />
          )}
          {host.setLive && (
            <Switch
              label={s.live}
              checked={liveOn}
              disabled={busy}
              onChange={(_, data) => {
                setLiveOn(data.checked);
                void act(() => host.setLive!(data.checked, () => void latestCheck.current()));
              }}
            />
          )}
        </section>
      )}

      {result && (
        <TablesPanel tables={result.report.tables} lang={lang} onRoleChange={onRoleChange} onRangeChange={onRangeChange} busy={running || busy} />
      )}
      {result && (
        <FindingsPanel
          findings={findings}
          tables={result.report.tables}
          lang={lang}
          shown={shown}
          onShownChange={setShown}
          onSelect={host.select && ((finding) => void act(() => host.select!(finding.sheet, [finding.cell, ...finding.cells])))}
          onFix={fix ? (finding) => void fix([finding]) : undefined}
          busy={busy || running}
        />
      )}

      {host.insertTemplate && (
        <section aria-label={s.template}>
          <Divider />
          <Button appearance="subtle" aria-expanded={showTemplate} onClick={() => setShowTemplate(!showTemplate)}>{s.template}</Button>
          {showTemplate && (
            <TemplateForm lang={lang} busy={busy} onInsert={(spec: TemplateSpec) => void act(async () => s.templateInserted(await host.insertTemplate!(spec)))} />
          )}
        </section>
      )}
    </div>
  );
}
