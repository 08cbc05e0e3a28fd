import { cellAddress, rangeAddress } from './address';
import { detectTables } from './detect';
import { SheetView } from './detect/sheet-view';
import { explainFindings } from './explain';
import { Decimal, readCell, type Quantity } from './numbers';
import { decodeLegacySheet, LEGACY_NAMES } from './read/legacy-text';
import { allRules } from './rules';
import type { FindingDraft, Rule, RuleContext } from './rules/rule';
import type { CheckOptions, Finding, Notice, Report, SheetGrid, TableModel, TableSummary } from './types';

/** Checks every sheet and merges the reports; finding ids are unique across the workbook. */
export function checkWorkbook(sheets: SheetGrid[], options: CheckOptions = {}): Report {
  const report: Report = { tables: [], findings: [], notices: [], summary: { errors: 0, warnings: 0, info: 0 } };
  for (const sheet of sheets) {
    const part = checkSheet(sheet, options);
    report.tables.push(...part.tables);
    report.notices.push(...part.notices);
    report.findings.push(...part.findings);
  }
  return finish(report);
}

/** Reads legacy-encoded text as Unicode, finds the tables of one sheet, runs every rule that applies to each, and explains the findings. */
export function checkSheet(input: SheetGrid, options: CheckOptions = {}, rules: Rule[] = allRules): Report {
  const tolerance = new Decimal(options.tolerance ?? 0).abs();
  const notices: Notice[] = [];
  const { grid, encoding, converted } = decodeLegacySheet(input);
  if (encoding) notices.push({ messageId: 'legacyEncoding', sheet: grid.name, params: { encoding: LEGACY_NAMES[encoding], count: converted } });
  const findings: Finding[] = [];
  if (!grid.cells.some((row) => row && row.some((cell) => cell && cell.value !== null && cell.value !== ''))) {
    notices.push({ messageId: 'emptySheet', sheet: grid.name, params: {} });
    return finish({ tables: [], findings, notices, summary: { errors: 0, warnings: 0, info: 0 } });
  }
  const overrides = (options.overrides ?? []).filter((o) => o.sheet === grid.name);
  const view = new SheetView(grid);
  const tables = detectTables(grid, overrides, view);
  if (tables.length === 0) notices.push({ messageId: 'noTable', sheet: grid.name, params: {} });
  for (const table of tables) {
    const tableFindings: Finding[] = [];
    const quantities = new Map<number, Quantity>();
    for (const rule of rules) {
      if (!rule.meta.kinds.includes(table.kind)) continue;
      rule.check(contextFor(view, table, tolerance, rule, tableFindings, quantities));
    }
    findings.push(...explainFindings(grid, table, tableFindings));
  }
  return finish({ tables: tables.map(summarise), findings, notices, summary: { errors: 0, warnings: 0, info: 0 } });
}

/** `quantities` is shared by the rules of one table: each cell is read once, whichever rules ask. */
function contextFor(view: SheetView, table: TableModel, tolerance: Decimal, rule: Rule, sink: Finding[], quantities: Map<number, Quantity>): RuleContext {
  const { grid } = view;
  const cell = (row: number, col: number) => view.cell(row, col);
  return {
    grid,
    table,
    tolerance,
    cell,
    quantity: (row, col) => {
      const key = row * 20_000 + col;
      let quantity = quantities.get(key);
      if (!quantity) {
        quantity = readCell(cell(row, col), table.convention);
        quantities.set(key, quantity);
      }
      return quantity;
    },
    report: (draft: FindingDraft) => sink.push(toFinding(draft, rule, grid, table)),
  };
}

function toFinding(draft: FindingDraft, rule: Rule, grid: SheetGrid, table: TableModel): Finding {
  const cell = cellAddress(draft.at.row, draft.at.col);
  const finding: Finding = {
    id: '',
    rule: rule.meta.id,
    severity: draft.severity ?? rule.meta.severity,
    messageId: draft.messageId,
    sheet: grid.name,
    tableId: table.id,
    cell,
    cells: (draft.related ?? []).map((r) => cellAddress(r.row, r.col)),
    params: draft.params ?? {},
  };
  if (draft.expected !== undefined) finding.expected = draft.expected;
  if (draft.actual !== undefined) finding.actual = draft.actual;
  if (draft.difference !== undefined) finding.difference = draft.difference;
  if (draft.explanation) finding.explanation = draft.explanation;
  if (draft.fix) finding.fix = { cell, ...draft.fix };
  return finding;
}

/** Numbers the findings `F1`, `F2`, ... keeping cause links, and counts them by severity. */
function finish(report: Report): Report {
  const renamed = new Map<string, string>();
  report.findings.forEach((finding, index) => {
    const id = `F${index + 1}`;
    if (finding.id) renamed.set(`${finding.sheet}\u0000${finding.id}`, id);
    finding.id = id;
  });
  for (const finding of report.findings) {
    if (finding.causeId) finding.causeId = renamed.get(`${finding.sheet}\u0000${finding.causeId}`) ?? finding.causeId;
  }
  const count = (severity: Finding['severity']) => report.findings.filter((f) => f.severity === severity).length;
  report.summary = { errors: count('error'), warnings: count('warning'), info: count('info') };
  return report;
}

function summarise(table: TableModel): TableSummary {
  const summary: TableSummary = {
    id: table.id,
    sheet: table.sheet,
    range: rangeAddress(table.range),
    kind: table.kind,
    columns: table.columns.map((column) => ({ ...column, address: cellAddress(table.headerTop, column.col).replace(/\d+$/, '') })),
  };
  if (table.unit) summary.unit = table.unit.text;
  if (table.title) summary.title = table.title;
  if (table.convention) summary.convention = table.convention;
  return summary;
}
