import { formatNumber, render, renderFinding, renderNotice } from '../engine';
import type { Finding, Lang, Severity, TableSummary } from '../engine/types';
import type { CheckedFile } from './checked-file';
import { roleName, sourceName, text } from './messages';

const INDENT = '  ';

/** The report of one file for a person reading a terminal. */
export function formatText({ file, report }: CheckedFile, lang: Lang): string {
  const lines: string[] = [text(lang, 'file', { file })];
  for (const notice of report.notices) lines.push(`${INDENT}${renderNotice(notice, lang)}`);
  const tableIds = new Set(report.tables.map((table) => table.id));
  for (const table of report.tables) {
    lines.push('', tableHeading(table, lang), `${INDENT}${text(lang, 'columns', { columns: columnList(table, lang) })}`);
    const findings = report.findings.filter((finding) => finding.tableId === table.id);
    lines.push(...(findings.length > 0 ? findingLines(findings, lang) : [`${INDENT}${text(lang, 'noFindings')}`]));
  }
  const loose = report.findings.filter((finding) => !finding.tableId || !tableIds.has(finding.tableId));
  if (loose.length > 0) lines.push('', ...findingLines(loose, lang));
  lines.push('', text(lang, 'summary', report.summary));
  return lines.join('\n');
}

function tableHeading(table: TableSummary, lang: Lang): string {
  const kind = render(`tableKind${table.kind[0].toUpperCase()}${table.kind.slice(1)}`, {}, lang);
  const heading = text(lang, 'table', { kind, sheet: table.sheet, range: table.range });
  const unit = table.unit ? ` · ${text(lang, 'unit', { unit: table.unit })}` : '';
  return table.title ? `${heading}${unit}\n${INDENT}${table.title}` : `${heading}${unit}`;
}

function columnList(table: TableSummary, lang: Lang): string {
  return table.columns
    .map((column) => {
      // Amount columns are most of a budget table: their year and source say enough.
      const words = [column.address];
      if (column.role !== 'amount') words.push(roleName(lang, column.role));
      if (column.year !== undefined) words.push(String(column.year));
      if (column.scope === 'period') words.push(text(lang, 'period'));
      if (column.source) words.push(sourceName(lang, column.source));
      return words.join(' ');
    })
    .join(', ');
}

/** Findings in report order; a finding whose cause is in the list goes under it, one level deeper. */
function findingLines(findings: Finding[], lang: Lang): string[] {
  const ids = new Set(findings.map((finding) => finding.id));
  const consequences = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.causeId && ids.has(finding.causeId) && finding.causeId !== finding.id) {
      consequences.set(finding.causeId, [...(consequences.get(finding.causeId) ?? []), finding]);
    }
  }
  const lines: string[] = [];
  const shown = new Set<string>();
  const show = (finding: Finding, depth: number) => {
    if (shown.has(finding.id)) return;
    shown.add(finding.id);
    lines.push(...oneFinding(finding, lang, INDENT.repeat(depth + 1)));
    for (const consequence of consequences.get(finding.id) ?? []) show(consequence, depth + 1);
  };
  for (const finding of findings) {
    if (!finding.causeId || !ids.has(finding.causeId)) show(finding, 0);
  }
  // A cycle of causes would leave findings unshown; show them flat rather than lose them.
  for (const finding of findings) show(finding, 0);
  return lines;
}

function oneFinding(finding: Finding, lang: Lang, indent: string): string[] {
  const rendered = renderFinding(finding, lang);
  const cells = finding.cells.length > 0 ? ` (${finding.cells.join(', ')})` : '';
  const cause = finding.causeId ? ` [${text(lang, 'consequence', { cause: finding.causeId })}]` : '';
  const lines = [`${indent}${severityLabel(finding.severity, lang)} ${finding.sheet}!${finding.cell}${cells}: ${rendered.message}${cause}`];
  const detail = indent + INDENT;
  if (finding.expected !== undefined || finding.actual !== undefined) {
    let comparison = text(lang, 'expectedActual', { expected: number(finding.expected, lang), actual: number(finding.actual, lang) });
    if (finding.difference !== undefined) comparison += text(lang, 'difference', { difference: number(finding.difference, lang) });
    lines.push(detail + comparison);
  }
  if (rendered.explanation) lines.push(detail + rendered.explanation);
  if (finding.fix) {
    const fix = finding.fix.formula !== undefined ? `=${finding.fix.formula}` : number(finding.fix.value, lang);
    lines.push(detail + text(lang, 'fix', { fix: `${finding.fix.cell} ← ${fix}` }));
  }
  return lines;
}

function severityLabel(severity: Severity, lang: Lang): string {
  const label = render(`severity${severity[0].toUpperCase()}${severity.slice(1)}`, {}, lang);
  return `[${label}]`;
}

/** Plain decimal strings are shown in the reader's convention; anything else as it is. */
function number(value: string | undefined, lang: Lang): string {
  if (value === undefined) return '—';
  return /^-?\d+(\.\d+)?$/.test(value) ? formatNumber(value, lang) : value;
}
