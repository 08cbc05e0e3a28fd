import { cellAddress, columnLetters, rangeAddress } from './address';
import { forgetCells, indexCells } from './cell-index';
import { detectTables } from './detect';
import { SheetView } from './detect/sheet-view';
import { EMPTY_GRID, EMPTY_TABLE, keepShapes } from './shapes';
import { tableIdentitiesOf } from './identities';
import { locate } from './locate';
import { forgetLastEntries } from './memo';
import { applyLocations } from './locate/findings';
import { conventionAt, Decimal, readCell, type Quantity } from './numbers';
import { clearsErrors, jointReadings, otherReadings } from './other-readings';
import { decodeLegacySheet, LEGACY_NAMES, type LegacyDecoding, LegacyEvidence } from './read/legacy-text';
import { allRules } from './rules';
import { readerOf } from './rules/budget/model';
import { settleRatios } from './rules/budget/ratio';
import type { FindingDraft, Rule, RuleContext } from './rules/rule';
import type { Cell, CheckOptions, Finding, Notice, Report, SheetGrid, TableModel, TableSummary } from './types';

/** Checks every sheet and merges the reports; finding ids are unique across the workbook. */
export function checkWorkbook(sheets: SheetGrid[], options: CheckOptions = {}): Report {
  const report: Report = { tables: [], findings: [], notices: [], summary: { errors: 0, warnings: 0, info: 0 } };
  for (const sheet of sheets) {
    const part = checkSheet(sheet, options);
    // Appended one by one: a spread of a large array overflows the call stack.
    for (const table of part.tables) report.tables.push(table);
    for (const notice of part.notices) report.notices.push(notice);
    for (const finding of part.findings) report.findings.push(finding);
  }
  return finish(report);
}

/** Reads legacy-encoded text as Unicode, finds the tables of one sheet, runs every rule that applies to each, and explains the findings. */
export function checkSheet(input: SheetGrid, options: CheckOptions = {}, rules: Rule[] = allRules): Report {
  // One pass over every cell (../cell-index.ts) for this check, forgotten after it (a caller may change the grid before the
  // next); it weighs the texts' encoding on the way.
  const evidence = new LegacyEvidence();
  indexCells(input, evidence);
  const decoded = decodeLegacySheet(input, evidence);
  if (decoded.grid !== input) indexCells(decoded.grid);
  try {
    return checkDecoded(decoded, options, rules);
  } finally {
    forgetCells(input);
    forgetCells(decoded.grid);
    forgetLastEntries();
  }
}

function checkDecoded({ grid, encoding, converted }: LegacyDecoding, options: CheckOptions, rules: Rule[]): Report {
  const tolerance = new Decimal(options.tolerance ?? 0).abs();
  const notices: Notice[] = [];
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
  const { timings } = options;
  const summaries: TableSummary[] = [];
  for (const table of tables) {
    let checked = checkTable(view, table, tolerance, rules, timings);
    // The table as its figures were finally read: its summary tells which cells were read the other way.
    let read = table;
    if (table.kind === 'budget') {
      // An ambiguous cell (`1.040`) whose located fix is its own other reading was simply read the wrong way.
      const readAs = otherReadings(view, table, checked.findings);
      if (readAs) checked = checkTable(view, (read = { ...table, readAs }), tolerance, rules, timings);
      else {
        // Several pasted together under one total: read the other way together, kept if that clears totals and breaks none.
        const joint = jointReadings(view, table, checked.findings);
        const again = joint && checkTable(view, { ...table, readAs: joint }, tolerance, rules, timings);
        if (again && clearsErrors(checked.findings, again.findings)) {
          checked = again;
          read = { ...table, readAs: joint };
        }
      }
    }
    summaries.push(summarise(read));
    for (const notice of checked.notices) notices.push(notice);
    for (const finding of checked.findings) findings.push(finding);
  }
  return finish({ tables: summaries, findings, notices, summary: { errors: 0, warnings: 0, info: 0 } });
}

/**
 * Runs the rules that apply to one table and, for a budget table, locates what its broken
 * identities say is wrong; adds the time each takes to `timings` when given (CheckOptions).
 */
function checkTable(view: SheetView, table: TableModel, tolerance: Decimal, rules: Rule[], timings?: Record<string, number>): { findings: Finding[]; notices: Notice[] } {
  const notices: Notice[] = [];
  const tableFindings: Finding[] = [];
  // One context for the table's rules; what each reports is filed under the rule running then.
  let context: TableContext | undefined;
  for (const rule of rules) {
    if (!rule.meta.kinds.includes(table.kind)) continue;
    context ??= new TableContext(view, table, tolerance, tableFindings);
    context.rule = rule;
    const start = timings ? performance.now() : 0;
    rule.check(context);
    if (timings) addTime(timings, rule.meta.id, start);
  }
  if (table.kind !== 'budget' || !context) return { findings: tableFindings, notices };
  const reader = readerOf(context);
  const identities = tableIdentitiesOf(reader);
  for (const family of identities.dropped) {
    if (family.total >= 3) notices.push({ messageId: 'identityNotBorneOut', sheet: view.grid.name, params: { column: family.column.header, failing: family.failing, total: family.total } });
  }
  // Nothing breaks in most tables: localisation, and the identities as objects it reads, only where something does.
  if (identities.breaking.length === 0) return { findings: settleRatios(tableFindings), notices };
  const start = timings ? performance.now() : 0;
  const findings = applyLocations(reader, tableFindings, locate(reader, identities, tolerance));
  if (timings) addTime(timings, 'locate', start);
  return { findings: settleRatios(findings), notices };
}

function addTime(timings: Record<string, number>, key: string, start: number): void {
  timings[key] = (timings[key] ?? 0) + performance.now() - start;
}

/**
 * The context the rules of one table share: each cell is read once into a quantity, whichever
 * rules ask; what a rule reports is filed under the rule running (`rule`). A class built once per
 * table, not an object of closures per rule: the helpers the rules share see one call target, and
 * nothing is allocated per rule.
 */
class TableContext implements RuleContext {
  readonly grid: SheetGrid;
  /** The rule running now (set in the constructor, so that every context has one hidden class). */
  rule: Rule | undefined = undefined;
  private readonly quantities = new Map<number, Quantity>();

  constructor(
    private readonly view: SheetView,
    readonly table: TableModel,
    readonly tolerance: Decimal,
    private readonly sink: Finding[],
  ) {
    this.grid = view.grid;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.view.cell(row, col);
  }

  quantity(row: number, col: number): Quantity {
    const key = row * 20_000 + col;
    let quantity = this.quantities.get(key);
    if (!quantity) {
      quantity = readCell(this.view.cell(row, col), conventionAt(this.table, row, col));
      this.quantities.set(key, quantity);
    }
    return quantity;
  }

  report(draft: FindingDraft): void {
    this.sink.push(toFinding(draft, this.rule!, this.grid, this.table));
  }
}

// Its optimised readers outlive every check (shapes.ts).
keepShapes(new TableContext(new SheetView(EMPTY_GRID), EMPTY_TABLE, new Decimal(0), []));

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
  const { findings } = report;
  // The old ids by sheet are kept only where a cause links to one: most reports link none, and a
  // grid's thousand findings each made a key (and run twice: per sheet, then for the workbook).
  const renamed = findings.some((finding) => finding.causeId) ? new Map<string, string>() : undefined;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i];
    const id = `F${i + 1}`;
    if (renamed && finding.id) renamed.set(`${finding.sheet}\u0000${finding.id}`, id);
    finding.id = id;
  }
  if (renamed) {
    for (const finding of findings) {
      if (finding.causeId) finding.causeId = renamed.get(`${finding.sheet}\u0000${finding.causeId}`) ?? finding.causeId;
    }
  }
  const summary = { errors: 0, warnings: 0, info: 0 };
  for (const finding of report.findings) {
    if (finding.severity === 'error') summary.errors++;
    else if (finding.severity === 'warning') summary.warnings++;
    else summary.info++;
  }
  report.summary = summary;
  return report;
}

function summarise(table: TableModel): TableSummary {
  const summary: TableSummary = {
    id: table.id,
    sheet: table.sheet,
    range: rangeAddress(table.range),
    kind: table.kind,
    dataTop: table.dataTop,
    columns: table.columns.map((column) => ({ ...column, address: columnLetters(column.col) })),
  };
  if (table.unit) summary.unit = table.unit.text;
  if (table.title) summary.title = table.title;
  if (table.convention) summary.convention = table.convention;
  if (table.readAs && table.readAs.size > 0) {
    summary.readAs = {};
    for (const [key, convention] of table.readAs) summary.readAs[cellAddress(Math.floor(key / 20_000), key % 20_000)] = convention;
  }
  return summary;
}
