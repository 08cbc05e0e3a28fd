/** The findings, grouped by table and severity, consequences nested under their cause. */
import { Badge, Button, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { comparesToReference, formatNumber, renderFinding } from '../engine';
import type { Finding, Lang, Severity, TableSummary } from '../engine';
import { strings } from './strings';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, paddingLeft: 0, display: 'flex', flexDirection: 'column', rowGap: '6px' },
  nested: { listStyleType: 'none', margin: '4px 0 0 0', paddingLeft: '16px', borderLeft: `2px solid ${tokens.colorNeutralStroke2}` },
  item: { padding: '6px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  message: { textAlign: 'left', justifyContent: 'flex-start', fontWeight: tokens.fontWeightRegular, height: 'auto', padding: '2px 4px' },
  details: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: '8px', margin: '4px 0 0 4px', fontSize: tokens.fontSizeBase200 },
  filters: { display: 'flex', flexWrap: 'wrap', columnGap: '8px' },
  group: { marginTop: '8px' },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export interface FindingsPanelProps {
  findings: Finding[];
  tables: TableSummary[];
  lang: Lang;
  shown: Set<Severity>;
  onShownChange(shown: Set<Severity>): void;
  onSelect?(finding: Finding): void;
  onFix?(finding: Finding): void;
  busy?: boolean;
}

export function FindingsPanel({ findings, tables, lang, shown, onShownChange, onSelect, onFix, busy }: FindingsPanelProps) {
  const styles = useStyles();
  const s = strings[lang];
  const ids = new Set(findings.map((f) => f.id));
  const consequencesOf = (cause: Finding) => findings.filter((f) => f.causeId === cause.id);
  // A finding whose cause is in the report is shown under that cause, not on its own.
  const roots = findings.filter((f) => !f.causeId || !ids.has(f.causeId));
  const tableIds = [...new Set(roots.map((f) => f.tableId ?? ''))];
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;

  const toggle = (severity: Severity, on: boolean) => {
    const next = new Set(shown);
    if (on) next.add(severity);
    else next.delete(severity);
    onShownChange(next);
  };

  const renderItem = (finding: Finding) => {
    const text = renderFinding(finding, lang);
    const consequences = consequencesOf(finding);
    return (
      <li key={finding.id} className={styles.item} aria-label={`${s.severity[finding.severity]} ${finding.cell}: ${text.message}`}>
        <Badge appearance="tint" color={BADGE[finding.severity]}>{s.severity[finding.severity]}</Badge>{' '}
        <Button appearance="transparent" className={styles.message} onClick={() => onSelect?.(finding)} aria-label={`${s.goToCell(finding.cell)}: ${text.message}`} disabled={!onSelect}>
          {finding.cell}: {text.message}
        </Button>
        <dl className={styles.details}>
          {finding.cells.length > 0 && (<><dt>{s.cells}</dt><dd>{[finding.cell, ...finding.cells].join(', ')}</dd></>)}
          {finding.expected !== undefined && (<><dt>{comparesToReference(finding) ? s.reference : s.expected}</dt><dd>{formatPlain(finding.expected, lang)}</dd></>)}
          {finding.actual !== undefined && (<><dt>{comparesToReference(finding) ? s.figure : s.actual}</dt><dd>{formatPlain(finding.actual, lang)}</dd></>)}
          {finding.difference !== undefined && (<><dt>{s.difference}</dt><dd>{formatPlain(finding.difference, lang)}</dd></>)}
        </dl>
        {text.explanation && <Text as="p" size={200}>{text.explanation}</Text>}
        {finding.fix && !finding.causeId && onFix && (
          <Button size="small" onClick={() => onFix(finding)} disabled={busy} aria-label={s.fixLabel(finding.fix.cell)}>
            {s.fix}
          </Button>
        )}
        {consequences.length > 0 && (
          <ul className={styles.nested} role="list" aria-label={s.consequences(consequences.length)}>
            {consequences.map(renderItem)}
          </ul>
        )}
      </li>
    );
  };

  return (
    <section aria-labelledby="findings-heading">
      <Text as="h2" id="findings-heading" weight="semibold" size={400}>{s.findings}</Text>
      <div role="group" aria-label={s.filter} className={styles.filters}>
        {SEVERITIES.map((severity) => (
          <Checkbox key={severity} checked={shown.has(severity)} onChange={(_, data) => toggle(severity, data.checked === true)} label={`${s.severityPlural[severity]} (${count(severity)})`} />
        ))}
      </div>
      {findings.length === 0 && <Text as="p">{s.noFindings}</Text>}
      {tableIds.map((tableId) => {
        const table = tables.find((t) => t.id === tableId);
        const inTable = roots.filter((f) => (f.tableId ?? '') === tableId);
        const heading = table ? `${table.title ?? s.tableKind[table.kind]} (${table.range})` : s.findings;
        return (
          <div key={tableId || 'none'} className={styles.group}>
            <Text as="h3" weight="semibold">{heading}</Text>
            {SEVERITIES.filter((severity) => shown.has(severity)).map((severity) => {
              const group = inTable.filter((f) => f.severity === severity);
              if (group.length === 0) return null;
              return (
                <div key={severity}>
                  <Text as="h4" size={300}>{`${s.severityPlural[severity]}: ${group.length}`}</Text>
                  <ul className={styles.list} role="list" aria-label={`${heading} – ${s.severityPlural[severity]}`}>
                    {group.map(renderItem)}
                  </ul>
                </div>
              );
            })}
          </div>
        );
      })}
    </section>
  );
}

/** Plain decimal strings in the reader's convention; other text as it is. */
const formatPlain = (text: string, lang: Lang) => (/^-?\d+(\.\d+)?$/.test(text) ? formatNumber(text, lang) : text);
