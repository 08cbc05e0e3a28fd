import { Decimal } from '../numbers';
import { fold } from '../text';
import { amountColumns, blockAt, type BudgetReader, isDataRow, type Pos, rowHasAmounts } from '../rules/budget/model';
import type { CellRange, ColumnIdentity, ColumnInfo, TableModel } from '../types';
import { allowanceOf } from './rounding';
import { isZero, toDecimal } from './values';

/**
 * The arithmetic a budget table promises, as data (the *edits* of data editing): `target` =
 * Σ coef × `terms` (or, for `Trong đó` breakdowns, Σ terms ≤ `target`). Built once per table from
 * its reading; the rules report the ones that fail and localisation (src/engine/locate) decides
 * over all of them at once which cells are wrong.
 */
export type IdentityKind =
  | 'sourcePeriod' // a source's period total = that source over the years
  | 'yearTotal' // a year's total column = its sources
  | 'periodTotal' // the period total column = the period sources, or the year totals
  | 'children' // a parent = its children
  | 'childrenOfWhich' // `Trong đó` children ≤ their parent
  | 'totalRow' // a total row = the top-level rows
  | 'mergedYear' // a grand total merged over a year's sources = those sources over the top-level rows
  | 'mergedPeriod' // the same over the period's sources
  | 'columnFormula' // the column-number row's `3=4+5`, on every row
  | 'columnBreakdown'; // a `Tổng số` column over its sub-columns, or a column over its `Chia ra` / `Trong đó` columns

export type IdentityRule = 'budget/row-total' | 'budget/children-sum' | 'budget/total-rows';

/**
 * One identity. Its terms are kept as the rows × columns they span (each row's columns in turn,
 * arrays shared between the identities of a row or a column, never modified): a table of 200,000
 * amounts holds tens of thousands of identities, and a table that holds needs no term as an object.
 */
export class Identity {
  /** Index in the table's identity list. */
  id = 0;
  /** The residual, worked out once (null: a cell has no value). */
  residual: Decimal | number | null | undefined = undefined;
  private termList: Pos[] | undefined = undefined;

  constructor(
    public rule: IdentityRule,
    public kind: IdentityKind,
    public target: Pos,
    /** Sheet rows of the terms. */
    readonly termSheetRows: readonly number[],
    /** Columns of the terms, on each of those rows. */
    readonly termCols: readonly number[],
    /** Coefficient of each term; all 1 when absent. */
    public coefs: number[] | undefined,
    /** `=`, or `<=` for a part (`Trong đó`): Σ terms ≤ target. */
    public relation: '=' | '<=',
    /** Said by the table itself (numbering, `Tổng`/`Cộng` rows, the column-number row); else implied by the reading. */
    public stated: boolean,
    /** Implied identities of one family (one column pattern over all rows) are kept or dropped together. */
    public family: string | undefined,
    /** `rows`: the terms are cells of other rows (a vertical sum); `columns`: cells of the same row. */
    public across: 'rows' | 'columns',
    /** Index into table.rows of the target's row. */
    public rowIndex: number,
    /** The target's column. */
    public column: ColumnInfo,
    /** The table rows (indexes) whose cells are the terms, for vertical sums. */
    public termRows: number[],
  ) {}

  /** The terms as cells, in order (built on first use: localisation and findings ask, a table that holds does not). */
  get terms(): Pos[] {
    if (!this.termList) {
      const list: Pos[] = [];
      for (const row of this.termSheetRows) for (const col of this.termCols) list.push({ row, col });
      this.termList = list;
    }
    return this.termList;
  }
}

export interface Evaluation {
  expected: Decimal;
  actual: Decimal;
}

/** The identities of a table, with the implied families the numbers did not bear out. */
export interface TableIdentities {
  identities: Identity[];
  /** Those whose residual breaks them (every cell has a value, and they disagree), in order: few, and the only ones a rule reports. */
  breaking: Identity[];
  /**
   * Where each run of identities starts that share their terms' rows array and their totals' row (a
   * row's identities, a parent's children in every column), and the list's length last: localisation
   * indexes the identities by run (src/engine/locate/identity-index.ts), found here in the pass every
   * identity gets anyway.
   */
  runs: number[];
  /** Implied families dropped because they fail on most of their rows: a misreading, not slips. */
  dropped: { family: string; kind: IdentityKind; column: ColumnInfo; failing: number; total: number }[];
}

/** Rules and localisation ask for the same table's identities in turn: build them once. */
const built = new WeakMap<TableModel, TableIdentities>();

/** Every identity of a budget table that its numbers bear out. Rows without any amount are not checked. */
export function identitiesOf(reader: BudgetReader): Identity[] {
  return tableIdentitiesOf(reader).identities;
}

export function tableIdentitiesOf(reader: BudgetReader): TableIdentities {
  let identities = built.get(reader.table);
  if (!identities) {
    identities = accept(reader, buildIdentities(reader));
    const { identities: list, breaking, runs } = identities;
    for (let index = 0; index < list.length; index++) {
      const identity = list[index];
      identity.id = index;
      const previous = index > 0 ? list[index - 1] : undefined;
      if (previous?.termSheetRows !== identity.termSheetRows || previous.target.row !== identity.target.row) runs.push(index);
      const residual = residualOf(identity, reader);
      if (residual !== undefined && breaks(identity, residual)) breaking.push(identity);
    }
    runs.push(list.length);
    built.set(reader.table, identities);
  }
  return identities;
}

function buildIdentities(reader: BudgetReader): Identity[] {
  const { table } = reader;
  const columns = amountColumns(table);
  if (columns.length === 0) return [];
  const hasAmounts = table.rows.map((row) => isDataRow(row) && rowHasAmounts(reader, row.row, columns));
  const plan = planOf(reader, columns);
  const identities: Identity[] = [];
  // Which target columns a row's earlier identities took: row index + 1 where taken.
  const taken = new Int32Array(table.range.right + 1);
  for (let index = 0; index < table.rows.length; index++) {
    if (!hasAmounts[index]) continue;
    const row = table.rows[index];
    const sheetRow = [row.row];
    // The column-number row's formulas first, then the years × sources plan, then what the header implies.
    takeFresh(identities, columnSums(reader, plan, index, sheetRow, true, identities), taken, index + 1);
    takeFresh(identities, rowTotals(reader, plan, index, sheetRow, identities), taken, index + 1);
    takeFresh(identities, columnSums(reader, plan, index, sheetRow, false, identities), taken, index + 1);
    // A heading row of zeros or dashes over its items is a heading, not a total of them.
    let nonZero = false;
    for (let c = 0; c < columns.length && !nonZero; c++) nonZero = reader.amounts.number(row.row, columns[c].col) !== 0;
    if ((row.kind === 'item' || row.kind === 'goal') && row.children.length > 0 && nonZero) childSums(reader, plan, index, hasAmounts, identities);
    if ((row.kind === 'total' || row.kind === 'grandTotal') && nonZero) totalRowSums(reader, plan, index, hasAmounts, identities);
  }
  return identities;
}

/**
 * Keeps, of the identities pushed since `start`, those whose target column no earlier list of the
 * row took (`taken[col] === stamp`), then marks their columns taken.
 */
function takeFresh(identities: Identity[], start: number, taken: Int32Array, stamp: number): void {
  let kept = start;
  for (let i = start; i < identities.length; i++) {
    if (taken[identities[i].target.col] !== stamp) identities[kept++] = identities[i];
  }
  if (kept < identities.length) identities.length = kept;
  for (let i = start; i < kept; i++) taken[identities[i].target.col] = stamp;
}

/**
 * Σ coef × terms − target, exactly (the shortfall of the target when positive); undefined when a
 * cell holds words, an error, `...` or a formula without a result.
 */
export function residualOf(identity: Identity, reader: BudgetReader): Decimal | number | undefined {
  if (identity.residual === undefined) {
    identity.residual = reader.amounts.residual(identity.target.row, identity.target.col, identity.termSheetRows, identity.termCols, identity.coefs) ?? null;
  }
  return identity.residual ?? undefined;
}

/** Whether a residual breaks the identity (an exact comparison; rounding is judged by localisation). */
export function breaks(identity: Identity, residual: Decimal | number): boolean {
  if (identity.relation === '<=') return typeof residual === 'number' ? residual > 0 : residual.greaterThan(0);
  return typeof residual === 'number' ? residual !== 0 : !residual.isZero();
}

/** Expected and actual of an identity, or undefined when a cell has no value. */
export function evaluate(identity: Identity, reader: BudgetReader): Evaluation | undefined {
  const residual = residualOf(identity, reader);
  if (residual === undefined) return undefined;
  const actual = reader.amounts.decimal(identity.target.row, identity.target.col) as Decimal;
  return { expected: actual.plus(toDecimal(residual)), actual };
}

/** Whether the identity fails by more than the tolerance the officer allows. */
export function fails(identity: Identity, residual: Decimal | number, tolerance: Decimal): boolean {
  if (!breaks(identity, residual)) return false;
  if (tolerance.isZero()) return true;
  const value = toDecimal(residual);
  return identity.relation === '<=' ? value.greaterThan(tolerance) : value.abs().greaterThan(tolerance);
}

/**
 * Implied identities stand only where the numbers bear them out: a family that fails (beyond
 * rounding) on most of its rows is a misreading of the table, dropped whole (TaCLe's principle:
 * a constraint is learnt where it holds; a slip is an exception to it).
 */
function accept(reader: BudgetReader, identities: Identity[]): TableIdentities {
  partialLists(reader, identities);
  const tally = new Map<string, { holds: number; fails: number; sample: Identity }>();
  for (let i = 0; i < identities.length; i++) {
    const identity = identities[i];
    if (identity.stated || !identity.family) continue;
    const residual = residualOf(identity, reader);
    if (residual === undefined) continue;
    let entry = tally.get(identity.family);
    if (!entry) tally.set(identity.family, (entry = { holds: 0, fails: 0, sample: identity }));
    if (!breaks(identity, residual) || toDecimal(residual).abs().lessThanOrEqualTo(allowanceOf(identity, reader))) entry.holds++;
    else entry.fails++;
  }
  const droppedFamilies = new Set<string>();
  const dropped: TableIdentities['dropped'] = [];
  for (const [family, { holds, fails: failing, sample }] of tally) {
    // Two rows are too few to tell a misreading from slips.
    if (holds > failing || holds + failing < 3) continue;
    droppedFamilies.add(family);
    dropped.push({ family, kind: sample.kind, column: sample.column, failing, total: holds + failing });
  }
  const kept = droppedFamilies.size === 0 ? identities : identities.filter((i) => !i.family || !droppedFamilies.has(i.family));
  return { identities: kept, breaking: [], runs: [], dropped };
}

/**
 * A parent above its listed items in most columns, each by its own amount, while it agrees with
 * everything else: the list is a part (units not listed, as the Ministry leaves out Defence and
 * Public Security), a `Trong đó` nobody wrote. Read as such: parts ≤ the parent.
 */
function partialLists(reader: BudgetReader, identities: Identity[]): void {
  const families = new Map<string, Identity[]>();
  for (let i = 0; i < identities.length; i++) {
    const identity = identities[i];
    if (identity.kind !== 'children' || !identity.family) continue;
    const list = families.get(identity.family);
    if (list) list.push(identity);
    else families.set(identity.family, [identity]);
  }
  for (const family of families.values()) {
    let above = 0;
    let below = 0;
    let evaluable = 0;
    for (let i = 0; i < family.length; i++) {
      const identity = family[i];
      const residual = residualOf(identity, reader);
      if (residual === undefined) continue;
      evaluable++;
      // Most families hold exactly: the rounding allowance is worked out only for a difference.
      if (isZero(residual)) continue;
      const value = toDecimal(residual);
      const allowance = allowanceOf(identity, reader);
      // Σ children − parent < 0 beyond rounding: the parent holds more than its items.
      if (value.negated().greaterThan(allowance)) above++;
      else if (value.greaterThan(allowance)) below++;
    }
    if (evaluable >= 3 && below === 0 && above * 2 > evaluable) {
      for (const identity of family) {
        identity.kind = 'childrenOfWhich';
        identity.relation = '<=';
      }
    }
  }
}

/** What every row of a table shares: its columns by role, each identity family's name, the column arrays of the terms. */
interface ColumnPlan {
  columns: ColumnInfo[];
  /** Column → `[column]`, the terms' columns of a vertical sum. */
  single: Map<number, number[]>;
  /** The column identities of the column-number row and the header, with their term columns and family. */
  stated: { source: ColumnIdentity; column: ColumnInfo; cols: number[]; coefs: number[] | undefined; family: string | undefined }[];
  /** Each period source column with its year columns. */
  sourcePeriods: { period: ColumnInfo; years: ColumnInfo[]; cols: number[]; family: string }[];
  /** Each year (in the order of first appearance) with its source columns and total column. */
  years: { year: number; sources: ColumnInfo[]; cols: number[]; total?: ColumnInfo; family?: string; partial: boolean }[];
  /** Years with a total column and no source column. */
  yearsTotalOnly: { year: number; total: ColumnInfo }[];
  periodSources: ColumnInfo[];
  periodSourceCols: number[];
  periodTotal?: ColumnInfo;
  /** Every year, in order: years with sources first, then years with only a total. */
  yearOrder: number[];
  allSources: ColumnInfo[];
  allSourceCols: number[];
  /** The period total's family name, by its target column. */
  periodFamilies: Map<number, string>;
}

const plans = new WeakMap<TableModel, ColumnPlan>();

function planOf(reader: BudgetReader, columns: ColumnInfo[]): ColumnPlan {
  const { table } = reader;
  let plan = plans.get(table);
  if (plan) return plan;
  const yearSources = new Map<number, ColumnInfo[]>();
  const yearTotals = new Map<number, ColumnInfo>();
  const periodSources = new Map<string, ColumnInfo>();
  let periodTotal: ColumnInfo | undefined;
  for (const column of columns) {
    if (column.scope === 'period') {
      if (column.source === 'total') periodTotal ??= column;
      else if (!periodSources.has(sourceKey(column))) periodSources.set(sourceKey(column), column);
    } else if (column.year !== undefined) {
      if (column.source === 'total') {
        if (!yearTotals.has(column.year)) yearTotals.set(column.year, column);
      } else {
        const list = yearSources.get(column.year) ?? [];
        list.push(column);
        yearSources.set(column.year, list);
      }
    }
  }
  const allSources = [...yearSources.values()].flat();
  const colsOf = (list: ColumnInfo[]) => numbersOf(list, (c) => c.col);
  const sourcePeriods: ColumnPlan['sourcePeriods'] = [];
  for (const [key, period] of periodSources) {
    const years = allSources.filter((c) => sourceKey(c) === key);
    sourcePeriods.push({ period, years, cols: colsOf(years), family: `sourcePeriod:${period.col}` });
  }
  const years: ColumnPlan['years'] = [];
  for (const [year, sources] of yearSources) {
    const total = yearTotals.get(year);
    // `Tổng số | Trong đó: NSTW | NSĐP`: the sources listed are a part of the year's total.
    const partial = sources.some((c) => /(^|\/ )(trong do|of which)\b/.test(fold(c.header)));
    years.push({ year, sources, cols: colsOf(sources), total, family: total ? `yearTotal:${total.col}` : undefined, partial });
  }
  const yearsTotalOnly = [...yearTotals].filter(([year]) => !yearSources.has(year)).map(([year, total]) => ({ year, total }));
  const stated = (table.columnIdentities ?? []).map((source) => ({
    source,
    column: table.columns.find((c) => c.col === source.target)!,
    cols: numbersOf(source.terms, (t) => t.col),
    coefs: source.terms.some((t) => t.coef !== 1) ? numbersOf(source.terms, (t) => t.coef) : undefined,
    family: source.stated ? undefined : `column:${source.target}`,
  }));
  const single = new Map<number, number[]>();
  for (const column of columns) single.set(column.col, [column.col]);
  const periodFamilies = new Map<number, string>();
  for (const column of columns) periodFamilies.set(column.col, `periodTotal:${column.col}`);
  plan = {
    columns,
    single,
    stated,
    sourcePeriods,
    years,
    yearsTotalOnly,
    periodSources: [...periodSources.values()],
    periodSourceCols: colsOf([...periodSources.values()]),
    periodTotal,
    yearOrder: [...new Set([...yearSources.keys(), ...yearTotals.keys()])],
    allSources,
    allSourceCols: colsOf(allSources),
    periodFamilies,
  };
  plans.set(table, plan);
  return plan;
}

function sourceKey(column: ColumnInfo): string {
  return column.source ?? 'unnamed';
}

/** Whether the cell is its own amount: not a merged area over several columns, nor inside one. */
function own(reader: BudgetReader, row: number, col: number): boolean {
  return !reader.mergedRow(row) || blockAt(reader, row, col) === undefined;
}

function ownAll(reader: BudgetReader, row: number, columns: ColumnInfo[]): boolean {
  if (!reader.mergedRow(row)) return true;
  for (let i = 0; i < columns.length; i++) if (!own(reader, row, columns[i].col)) return false;
  return true;
}

/**
 * The column identities of the column-number row (`formulas`) or the header (the others), on one
 * row; pushed onto `out`. Returns where they start in it.
 */
function columnSums(reader: BudgetReader, plan: ColumnPlan, rowIndex: number, sheetRow: number[], formulas: boolean, out: Identity[]): number {
  const start = out.length;
  const row = sheetRow[0];
  for (let i = 0; i < plan.stated.length; i++) {
    const { source, column, cols, coefs, family } = plan.stated[i];
    if ((source.origin === 'columnNumbers') !== formulas) continue;
    if (reader.mergedRow(row) && (!own(reader, row, source.target) || !cols.every((col) => own(reader, row, col)))) continue;
    const kind: IdentityKind = formulas ? 'columnFormula' : 'columnBreakdown';
    out.push(new Identity('budget/row-total', kind, { row, col: source.target }, sheetRow, cols, coefs, source.relation, source.stated, family, 'columns', rowIndex, column, NO_ROWS));
  }
  return start;
}

/** Shared by every horizontal identity (never modified). */
const NO_ROWS: number[] = [];

/** Each row: the period total of a source, a year's total, the period total; pushed onto `out`. Returns where they start in it. */
function rowTotals(reader: BudgetReader, plan: ColumnPlan, rowIndex: number, sheetRow: number[], out: Identity[]): number {
  const start = out.length;
  const row = sheetRow[0];
  for (let i = 0; i < plan.sourcePeriods.length; i++) {
    const { period, years, cols, family } = plan.sourcePeriods[i];
    if (!own(reader, row, period.col)) continue;
    if (years.length < 2 || !ownAll(reader, row, years)) continue;
    out.push(rowTotal('sourcePeriod', row, period, sheetRow, cols, family, rowIndex));
  }

  for (let i = 0; i < plan.years.length; i++) {
    const { sources, cols, total, family, partial } = plan.years[i];
    if (!total || !own(reader, row, total.col) || sources.length < 2 || !ownAll(reader, row, sources)) continue;
    const identity = rowTotal('yearTotal', row, total, sheetRow, cols, family!, rowIndex);
    if (partial) identity.relation = '<=';
    out.push(identity);
  }
  const periodSources = plan.periodSources;
  let periodTarget: ColumnInfo | undefined;
  if (plan.periodTotal && own(reader, row, plan.periodTotal.col)) periodTarget = plan.periodTotal;
  else if (periodSources.length > 1) {
    const block = blockAt(reader, row, periodSources[0].col);
    if (block && block !== 'inside' && covers(block, periodSources)) periodTarget = periodSources[0];
  }
  if (!periodTarget) return start;
  let cols: number[] | undefined;
  if (periodSources.length > 1 && ownAll(reader, row, periodSources)) cols = plan.periodSourceCols;
  else if (plan.yearOrder.length > 0) cols = yearTotalsOf(reader, plan, row);
  if (!cols) {
    const sources = plan.allSources;
    if (sources.length > 0 && ownAll(reader, row, sources)) cols = plan.allSourceCols;
  }
  if (cols) out.push(rowTotal('periodTotal', row, periodTarget, sheetRow, cols, plan.periodFamilies.get(periodTarget.col)!, rowIndex));
  return start;
}

/**
 * Each year's total cell on a row (its total column, or a cell merged over all its sources, as
 * `Tổng cộng` rows have), in plan.yearOrder, when every year has one.
 */
function yearTotalsOf(reader: BudgetReader, plan: ColumnPlan, row: number): number[] | undefined {
  const byYear = new Map<number, number>();
  for (const { year, sources, total } of plan.years) {
    if (total && own(reader, row, total.col)) byYear.set(year, total.col);
    else {
      const block = blockAt(reader, row, sources[0].col);
      if (block && block !== 'inside' && covers(block, sources)) byYear.set(year, sources[0].col);
    }
  }
  for (const { year, total } of plan.yearsTotalOnly) if (own(reader, row, total.col)) byYear.set(year, total.col);
  const cols: number[] = [];
  for (const year of plan.yearOrder) {
    const col = byYear.get(year);
    if (col === undefined) return undefined;
    cols.push(col);
  }
  return cols;
}

function rowTotal(kind: IdentityKind, row: number, column: ColumnInfo, sheetRow: number[], cols: readonly number[], family: string, rowIndex: number): Identity {
  return new Identity('budget/row-total', kind, { row, col: column.col }, sheetRow, cols, undefined, '=', false, family, 'columns', rowIndex, column, NO_ROWS);
}

function covers(block: CellRange, columns: ColumnInfo[]): boolean {
  return columns.every((c) => c.col >= block.left && c.col <= block.right);
}

/** The rows whose amounts make up each of these rows (itself when it has amounts, else its children's), in order. */
function contributors(table: TableModel, indexes: number[], hasAmounts: boolean[], out: number[] = []): number[] {
  for (let i = 0; i < indexes.length; i++) {
    const index = indexes[i];
    if (!isDataRow(table.rows[index])) continue;
    if (hasAmounts[index]) out.push(index);
    else contributors(table, table.rows[index].children, hasAmounts, out);
  }
  return out;
}

/** A parent row against its children, column by column; pushed onto `out`. */
function childSums(reader: BudgetReader, plan: ColumnPlan, rowIndex: number, hasAmounts: boolean[], out: Identity[]): void {
  const { table } = reader;
  const parent = table.rows[rowIndex];
  const termRows = contributors(table, parent.children, hasAmounts);
  if (termRows.length === 0) return;
  const sheetRows = numbersOf(termRows, (t) => table.rows[t].row);
  const kind: IdentityKind = parent.childrenMode === 'ofWhich' ? 'childrenOfWhich' : 'children';
  const relation = kind === 'childrenOfWhich' ? '<=' : '=';
  const family = `children:${rowIndex}`;
  for (let i = 0; i < plan.columns.length; i++) {
    const column = plan.columns[i];
    if (!own(reader, parent.row, column.col)) continue;
    out.push(new Identity('budget/children-sum', kind, { row: parent.row, col: column.col }, sheetRows, plan.single.get(column.col)!, undefined, relation, true, family, 'rows', rowIndex, column, termRows));
  }
}

/** A total row against the top-level rows; a cell merged over several columns sums them all. Pushed onto `out`. */
function totalRowSums(reader: BudgetReader, plan: ColumnPlan, rowIndex: number, hasAmounts: boolean[], out: Identity[]): void {
  const { table } = reader;
  const { columns } = plan;
  const totalRow = table.rows[rowIndex];
  const tops = totalRow.children.length > 0 ? totalRow.children : topLevelRows(table);
  const termRows = contributors(table, tops, hasAmounts);
  if (termRows.length === 0) return;
  const sheetRows = numbersOf(termRows, (t) => table.rows[t].row);
  const stated = !totalRow.impliedTotal;
  const family = stated ? undefined : `total:${rowIndex}`;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const block = blockAt(reader, totalRow.row, column.col);
    if (block === 'inside') continue;
    const cols = block ? numbersOf(columns.filter((c) => c.col >= block.left && c.col <= block.right), (c) => c.col) : plan.single.get(column.col)!;
    const kind: IdentityKind = !block ? 'totalRow' : column.scope === 'period' ? 'mergedPeriod' : 'mergedYear';
    out.push(new Identity('budget/total-rows', kind, { row: totalRow.row, col: column.col }, sheetRows, cols, undefined, '=', stated, family, 'rows', rowIndex, column, termRows));
  }
}

/**
 * `list.map(f)` as a packed array (map() makes a holey one): every array of terms then has the same
 * elements kind, and residual() stays optimised for one kind of array.
 */
function numbersOf<T>(list: readonly T[], f: (item: T) => number): number[] {
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) out.push(f(list[i]));
  return out;
}

function topLevelRows(table: TableModel): number[] {
  const indexes: number[] = [];
  table.rows.forEach((row, index) => {
    if ((row.kind === 'item' || row.kind === 'goal') && row.level === 0) indexes.push(index);
  });
  return indexes;
}
