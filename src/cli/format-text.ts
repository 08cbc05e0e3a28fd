import { parseCellAddress } from '../engine/address';
import { comparesToReference, formatNumber, render, renderFinding, renderNotice } from '../engine';
import type { Finding, Lang, Severity, TableSummary } from '../engine/types';
import type { CheckedFile } from './checked-file';
import { roleName, sourceName, text } from './messages';

const INDENT = '  ';
/** Consequences deeper than this are indented no further: a long chain must not grow each line. */
const MAX_DEPTH = 6;

/** The report of one file for a person reading a terminal, as one string (see formatTextLines). */
export function formatText(checked: CheckedFile, lang: Lang): string {
  return Array.from(formatTextLines(checked, lang)).join('\n');
}

/**
 * The same report line by line, so that a report of any size is written as it is made: 100,000
 * findings give some 400,000 lines, which one string or one spread into `push` would not hold.
 */
export function* formatTextLines({ file, report }: CheckedFile, lang: Lang): Generator<string> {
  yield text(lang, 'file', { file });
  for (const notice of report.notices) yield `${INDENT}${renderNotice(notice, lang)}`;
  const byTable = new Map<string, Finding[]>(report.tables.map((table) => [table.id, []]));
  const loose: Finding[] = [];
  for (const finding of report.findings) {
    const list = finding.tableId ? byTable.get(finding.tableId) : undefined;
    (list ?? loose).push(finding);
  }
  for (const table of report.tables) {
    yield '';
    yield tableHeading(table, lang);
    yield `${INDENT}${text(lang, 'columns', { columns: columnList(table, lang) })}`;
    const findings = byTable.get(table.id) ?? [];
    if (findings.length === 0) yield `${INDENT}${text(lang, 'noFindings')}`;
    else yield* findingLines(findings, lang);
  }
  if (loose.length > 0) {
    yield '';
    yield* findingLines(loose, lang);
  }
  yield '';
  // English counts take their plural (`1 error`, `2 errors`); Vietnamese nouns have none.
  const { errors, warnings } = report.summary;
  yield text(lang, 'summary', { ...report.summary, errorWord: errors === 1 ? 'error' : 'errors', warningWord: warnings === 1 ? 'warning' : 'warnings' });
}

function tableHeading(table: TableSummary, lang: Lang): string {
  const kind = render(`tableKind${table.kind[0].toUpperCase()}${table.kind.slice(1)}`, {}, lang);
  const heading = text(lang, 'table', { kind, sheet: table.sheet, range: table.range });
  const unit = table.unit ? ` · ${text(lang, 'unit', { unit: table.unit })}` : '';
  return table.title ? `${heading}${unit}\n${INDENT}${oneLine(table.title)}` : `${heading}${unit}`;
}

/**
 * A text of the sheet's (a row label, a title) quoted in a line of the report, on that line: a
 * bilingual cell (`TỔNG SỐ⏎TOTAL`) would otherwise break it. Line breaks and the spaces around them
 * become one space.
 */
function oneLine(value: string): string {
  return value.includes('\n') || value.includes('\r') ? value.replace(/\s*[\r\n]+\s*/g, ' ') : value;
}

function columnList(table: TableSummary, lang: Lang): string {
  // A plan of one year or of none has no period to name (`Tổng số | NSTW | NSĐP` of a yearly estimate).
  const years = table.columns.some((column) => column.year !== undefined);
  return table.columns
    .map((column) => {
      // Amount columns are most of a budget table: their year and source say enough (else that they are amounts).
      const words = [column.address];
      if (column.measure) words.push(text(lang, 'measure'));
      else if (column.code) words.push(text(lang, 'code'));
      else if (column.partner) words.push(text(lang, 'partner'));
      else if (column.role !== 'amount' || (column.year === undefined && !column.source)) words.push(roleName(lang, column.role));
      if (column.year !== undefined) words.push(String(column.year));
      if (column.scope === 'period' && years) words.push(text(lang, 'period'));
      if (column.source) words.push(sourceName(lang, column.source));
      return words.join(' ');
    })
    .join(', ');
}

/** Findings in report order; a finding whose cause is in the list goes under it, one level deeper. */
function* findingLines(findings: Finding[], lang: Lang): Generator<string> {
  const byId = new Map(findings.map((finding) => [finding.id, finding]));
  const ids = new Set(byId.keys());
  const consequences = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.causeId && ids.has(finding.causeId) && finding.causeId !== finding.id) {
      const list = consequences.get(finding.causeId);
      if (list) list.push(finding);
      else consequences.set(finding.causeId, [finding]);
    }
  }
  const shown = new Set<string>();
  // An explicit stack rather than recursion: a long chain of causes must not overflow the call stack.
  function* show(root: Finding): Generator<string> {
    const stack: { finding: Finding; depth: number }[] = [{ finding: root, depth: 0 }];
    while (stack.length > 0) {
      const { finding, depth } = stack.pop() as { finding: Finding; depth: number };
      if (shown.has(finding.id)) continue;
      shown.add(finding.id);
      yield* oneFinding(finding, lang, INDENT.repeat(Math.min(depth, MAX_DEPTH) + 1), finding.causeId ? byId.get(finding.causeId) : undefined);
      const children = consequences.get(finding.id) ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ finding: children[i], depth: depth + 1 });
    }
  }
  // Rounding-only notes past the first few are summed up in one line (the JSON keeps each): a
  // published table may hold forty ±1 differences, three lines each, over its real findings.
  const rounding = findings.filter((finding) => isRoundingNote(finding) && !consequences.has(finding.id) && (!finding.causeId || !ids.has(finding.causeId)));
  const folded = rounding.length > ROUNDING_SHOWN + 1 ? rounding.slice(ROUNDING_SHOWN) : [];
  for (const finding of folded) shown.add(finding.id);
  for (const finding of findings) {
    if (!finding.causeId || !ids.has(finding.causeId)) yield* show(finding);
  }
  // A cycle of causes would leave findings unshown; show them flat rather than lose them.
  for (const finding of findings) yield* show(finding);
  if (folded.length > 0) {
    // A cell may be off two totals (its row's and its column's): named once.
    const cells = [...new Set(folded.map((finding) => (finding.sheet === folded[0].sheet ? finding.cell : `${finding.sheet}!${finding.cell}`)))];
    yield `${INDENT}${severityLabel('info', lang)} ${text(lang, 'moreRounding', { count: folded.length, cells: cellRuns(byColumn(cells)) })}`;
  }
}

/** Rounding notes a table shows in full before the rest are summed up. */
const ROUNDING_SHOWN = 3;

/** A note that a figure is off its total by no more than rounding explains. */
function isRoundingNote(finding: Finding): boolean {
  return finding.messageId === 'budgetRounding' && finding.severity === 'info';
}

/** Cell addresses column by column, each down its rows, so that cellRuns makes ranges of them (`F20:F22, H22`); another sheet's (`Sheet2!F20`) after. */
function byColumn(cells: readonly string[]): string[] {
  const key = (cell: string) => (cell.includes('!') ? undefined : parseCellAddress(cell));
  return [...cells].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (!x || !y) return x ? -1 : y ? 1 : a < b ? -1 : a > b ? 1 : 0;
    return x.col - y.col || x.row - y.row;
  });
}

/** One finding's lines; `cause`: the finding it is a consequence of, named by its cell (a finding's id, `F27`, reads as one). */
function oneFinding(finding: Finding, lang: Lang, indent: string, cause?: Finding): string[] {
  const rendered = renderFinding(finding, lang);
  const cells = finding.cells.length > 0 ? ` (${cellRuns(finding.cells)})` : '';
  const causeText = cause ? ` [${text(lang, 'consequence', { cause: cause.sheet === finding.sheet ? cause.cell : `${cause.sheet}!${cause.cell}` })}]` : '';
  const lines = [`${indent}${severityLabel(finding.severity, lang)} ${finding.sheet}!${finding.cell}${cells}: ${oneLine(rendered.message)}${causeText}`];
  const detail = indent + INDENT;
  if (finding.expected !== undefined || finding.actual !== undefined) {
    // A plan or a baseline is a reference the figure is set against, not what the cell should hold.
    let comparison = text(lang, comparesToReference(finding) ? 'referenceActual' : 'expectedActual', { expected: number(finding.expected, lang), actual: number(finding.actual, lang) });
    if (finding.difference !== undefined) comparison += text(lang, 'difference', { difference: number(finding.difference, lang) });
    lines.push(detail + comparison);
  }
  if (rendered.explanation) lines.push(detail + oneLine(rendered.explanation));
  if (finding.fix) {
    const fix = finding.fix.formula !== undefined ? `=${finding.fix.formula}` : number(finding.fix.value, lang);
    lines.push(detail + text(lang, 'fix', { fix: `${finding.fix.cell} ← ${fix}` }));
  }
  return lines;
}

/**
 * Cell addresses with each run of consecutive rows in one column written as a range, in their
 * order: `C19, C20, …, C79` → `C19:C79` (a total's 61 terms in one line).
 */
export function cellRuns(cells: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < cells.length; ) {
    const first = parseCellAddress(cells[i]);
    let end = i;
    // `Sheet2!F20` and other text are no address here: each stands alone.
    while (first && !cells[i].includes('!') && end + 1 < cells.length && !cells[end + 1].includes('!')) {
      const next = parseCellAddress(cells[end + 1]);
      if (!next || next.col !== first.col || next.row !== first.row + (end + 1 - i)) break;
      end++;
    }
    parts.push(end === i ? cells[i] : `${cells[i]}:${cells[end]}`);
    i = end + 1;
  }
  return parts.join(', ');
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
