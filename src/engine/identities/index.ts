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

export interface Identity {
  /** Index in the table's identity list. */
  id: number;
  rule: IdentityRule;
  kind: IdentityKind;
  target: Pos;
  terms: Pos[];
  /** Coefficient of each term; all 1 when absent. */
  coefs?: number[];
  /** `=`, or `<=` for a part (`Trong đó`): Σ terms ≤ target. */
  relation: '=' | '<=';
  /** Said by the table itself (numbering, `Tổng`/`Cộng` rows, the column-number row); else implied by the reading. */
  stated: boolean;
  /** Implied identities of one family (one column pattern over all rows) are kept or dropped together. */
  family?: string;
  /** The residual, worked out once (null: a cell has no value). */
  residual?: Decimal | number | null;
  /** `rows`: the terms are cells of other rows (a vertical sum); `columns`: cells of the same row. */
  across: 'rows' | 'columns';
  /** Index into table.rows of the target's row. */
  rowIndex: number;
  /** The target's column. */
  column: ColumnInfo;
  /** The table rows (indexes) whose cells are the terms, for vertical sums. */
  termRows: number[];
}

export interface Evaluation {
  expected: Decimal;
  actual: Decimal;
}

/** The identities of a table, with the implied families the numbers did not bear out. */
export interface TableIdentities {
  identities: Identity[];
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
    identities.identities.forEach((identity, index) => (identity.id = index));
    built.set(reader.table, identities);
  }
  return identities;
}

function buildIdentities(reader: BudgetReader): Identity[] {
  const { table } = reader;
  const columns = amountColumns(table);
  if (columns.length === 0) return [];
  const hasAmounts = table.rows.map((row) => isDataRow(row) && rowHasAmounts(reader, row.row, columns));
  const identities: Identity[] = [];
  const push = (list: Identity[]) => {
    for (const identity of list) identities.push(identity);
  };
  table.rows.forEach((row, index) => {
    if (!hasAmounts[index]) return;
    // The column-number row's formulas first, then the years × sources plan, then what the header implies.
    const columnIdentities = columnSums(reader, index, table.columnIdentities ?? []);
    const taken = new Set<number>();
    const take = (list: Identity[]) => {
      const fresh = list.filter((i) => !taken.has(i.target.col));
      for (const identity of fresh) taken.add(identity.target.col);
      push(fresh);
    };
    take(columnIdentities.filter((i) => i.kind === 'columnFormula'));
    take(rowTotals(reader, index, columns));
    take(columnIdentities.filter((i) => i.kind !== 'columnFormula'));
    // A heading row of zeros or dashes over its items is a heading, not a total of them.
    const nonZero = columns.some((c) => reader.amounts.number(row.row, c.col) !== 0);
    if ((row.kind === 'item' || row.kind === 'goal') && row.children.length > 0 && nonZero) push(childSums(reader, index, columns, hasAmounts));
    if ((row.kind === 'total' || row.kind === 'grandTotal') && nonZero) push(totalRowSums(reader, index, columns, hasAmounts));
  });
  return identities;
}

/**
 * Σ coef × terms − target, exactly (the shortfall of the target when positive); undefined when a
 * cell holds words, an error, `...` or a formula without a result.
 */
export function residualOf(identity: Identity, reader: BudgetReader): Decimal | number | undefined {
  if (identity.residual === undefined) identity.residual = reader.amounts.residual(identity.target, identity.terms, identity.coefs) ?? null;
  return identity.residual ?? undefined;
}

/** Whether a residual breaks the identity (an exact comparison; rounding is judged by localisation). */
export function breaks(identity: Identity, residual: Decimal | number): boolean {
  if (identity.relation === '<=') return typeof residual === 'number' ? residual > 0 : residual.greaterThan(0);
  return !isZero(residual);
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
  for (const identity of identities) {
    if (identity.stated || !identity.family) continue;
    const residual = residualOf(identity, reader);
    if (residual === undefined) continue;
    const entry = tally.get(identity.family) ?? { holds: 0, fails: 0, sample: identity };
    if (!breaks(identity, residual) || toDecimal(residual).abs().lessThanOrEqualTo(allowanceOf(identity, reader))) entry.holds++;
    else entry.fails++;
    tally.set(identity.family, entry);
  }
  const droppedFamilies = new Set<string>();
  const dropped: TableIdentities['dropped'] = [];
  for (const [family, { holds, fails: failing, sample }] of tally) {
    // Two rows are too few to tell a misreading from slips.
    if (holds > failing || holds + failing < 3) continue;
    droppedFamilies.add(family);
    dropped.push({ family, kind: sample.kind, column: sample.column, failing, total: holds + failing });
  }
  return { identities: identities.filter((i) => !i.family || !droppedFamilies.has(i.family)), dropped };
}

/**
 * A parent above its listed items in most columns, each by its own amount, while it agrees with
 * everything else: the list is a part (units not listed, as the Ministry leaves out Defence and
 * Public Security), a `Trong đó` nobody wrote. Read as such: parts ≤ the parent.
 */
function partialLists(reader: BudgetReader, identities: Identity[]): void {
  const families = new Map<string, Identity[]>();
  for (const identity of identities) {
    if (identity.kind !== 'children' || !identity.family) continue;
    const list = families.get(identity.family);
    if (list) list.push(identity);
    else families.set(identity.family, [identity]);
  }
  for (const family of families.values()) {
    let above = 0;
    let below = 0;
    let evaluable = 0;
    for (const identity of family) {
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

/** The column identities of the column-number row and the header, on one row. */
function columnSums(reader: BudgetReader, rowIndex: number, stated: ColumnIdentity[]): Identity[] {
  const { table } = reader;
  const row = table.rows[rowIndex].row;
  const identities: Identity[] = [];
  for (const source of stated) {
    const target = { row, col: source.target };
    if (blockAt(reader, target) !== undefined || source.terms.some((t) => blockAt(reader, { row, col: t.col }) !== undefined)) continue;
    const column = table.columns.find((c) => c.col === source.target)!;
    identities.push({
      id: 0,
      rule: 'budget/row-total',
      kind: source.origin === 'columnNumbers' ? 'columnFormula' : 'columnBreakdown',
      target,
      terms: source.terms.map((t) => ({ row, col: t.col })),
      ...(source.terms.some((t) => t.coef !== 1) ? { coefs: source.terms.map((t) => t.coef) } : {}),
      relation: source.relation,
      stated: source.stated,
      ...(source.stated ? {} : { family: `column:${source.target}` }),
      across: 'columns',
      rowIndex,
      column,
      termRows: [],
    });
  }
  return identities;
}

interface ColumnPlan {
  /** Year → that year's source columns. */
  yearSources: Map<number, ColumnInfo[]>;
  yearTotals: Map<number, ColumnInfo>;
  /** Source key → the period column of that source. */
  periodSources: Map<string, ColumnInfo>;
  periodTotal?: ColumnInfo;
  /** Worked out once per table, not per row: each source's year columns, the years whose sources are a `Trong đó` part, every year, every year source. */
  sourceYears: Map<string, ColumnInfo[]>;
  partialYears: Set<number>;
  years: number[];
  allSources: ColumnInfo[];
}

const plans = new WeakMap<TableModel, ColumnPlan>();

function planOf(table: TableModel, columns: ColumnInfo[]): ColumnPlan {
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
  const sourceYears = new Map<string, ColumnInfo[]>();
  for (const key of periodSources.keys()) sourceYears.set(key, allSources.filter((c) => sourceKey(c) === key));
  const partialYears = new Set<number>();
  for (const [year, sources] of yearSources) if (sources.some((c) => /(^|\/ )(trong do|of which)\b/.test(fold(c.header)))) partialYears.add(year);
  const years = [...new Set([...yearSources.keys(), ...yearTotals.keys()])];
  plan = { yearSources, yearTotals, periodSources, periodTotal, sourceYears, partialYears, years, allSources };
  plans.set(table, plan);
  return plan;
}

function sourceKey(column: ColumnInfo): string {
  return column.source ?? 'unnamed';
}

/** Each row: the period total of a source, a year's total, the period total. */
function rowTotals(reader: BudgetReader, rowIndex: number, columns: ColumnInfo[]): Identity[] {
  const plan = planOf(reader.table, columns);
  const row = reader.table.rows[rowIndex].row;
  const at = (column: ColumnInfo): Pos => ({ row, col: column.col });
  const own = (column: ColumnInfo) => blockAt(reader, at(column)) === undefined;
  const make = (kind: IdentityKind, target: Pos, column: ColumnInfo, terms: Pos[]): Identity => ({
    id: 0,
    rule: 'budget/row-total',
    kind,
    target,
    terms,
    relation: '=',
    stated: false,
    family: `${kind}:${column.col}`,
    across: 'columns',
    rowIndex,
    column,
    termRows: [],
  });
  const identities: Identity[] = [];

  for (const [key, period] of plan.periodSources) {
    if (!own(period)) continue;
    const years = plan.sourceYears.get(key)!;
    if (years.length < 2 || !years.every(own)) continue;
    identities.push(make('sourcePeriod', at(period), period, years.map(at)));
  }

  // A year's total: its total column, or a cell merged over all its sources (`Tổng cộng` rows).
  const yearTotalCells = new Map<number, Pos>();
  for (const [year, sources] of plan.yearSources) {
    const totalColumn = plan.yearTotals.get(year);
    if (totalColumn && own(totalColumn)) {
      yearTotalCells.set(year, at(totalColumn));
      if (sources.length > 1 && sources.every(own)) {
        const identity = make('yearTotal', at(totalColumn), totalColumn, sources.map(at));
        // `Tổng số | Trong đó: NSTW | NSĐP`: the sources listed are a part of the year's total.
        if (plan.partialYears.has(year)) identity.relation = '<=';
        identities.push(identity);
      }
    } else {
      const block = blockAt(reader, at(sources[0]));
      if (block && block !== 'inside' && covers(block, sources)) yearTotalCells.set(year, at(sources[0]));
    }
  }
  for (const [year, column] of plan.yearTotals) {
    if (!plan.yearSources.has(year) && own(column)) yearTotalCells.set(year, at(column));
  }

  const periodSources = [...plan.periodSources.values()];
  let periodTarget: { pos: Pos; column: ColumnInfo } | undefined;
  if (plan.periodTotal && own(plan.periodTotal)) periodTarget = { pos: at(plan.periodTotal), column: plan.periodTotal };
  else if (periodSources.length > 1) {
    const block = blockAt(reader, at(periodSources[0]));
    if (block && block !== 'inside' && covers(block, periodSources)) periodTarget = { pos: at(periodSources[0]), column: periodSources[0] };
  }
  if (periodTarget) {
    const years = plan.years;
    let terms: Pos[] | undefined;
    if (periodSources.length > 1 && periodSources.every(own)) terms = periodSources.map(at);
    else if (years.length > 0 && years.every((y) => yearTotalCells.has(y))) terms = years.map((y) => yearTotalCells.get(y) as Pos);
    else {
      const sources = plan.allSources;
      if (sources.length > 0 && sources.every(own)) terms = sources.map(at);
    }
    if (terms) identities.push(make('periodTotal', periodTarget.pos, periodTarget.column, terms));
  }
  return identities;
}

function covers(block: CellRange, columns: ColumnInfo[]): boolean {
  return columns.every((c) => c.col >= block.left && c.col <= block.right);
}

/** The rows whose amounts make up a row: itself when it has amounts, else its children's. */
function contributors(table: TableModel, index: number, hasAmounts: boolean[]): number[] {
  const row = table.rows[index];
  if (!isDataRow(row)) return [];
  if (hasAmounts[index]) return [index];
  return row.children.flatMap((child) => contributors(table, child, hasAmounts));
}

/** A parent row against its children, column by column. */
function childSums(reader: BudgetReader, rowIndex: number, columns: ColumnInfo[], hasAmounts: boolean[]): Identity[] {
  const { table } = reader;
  const parent = table.rows[rowIndex];
  const termRows = parent.children.flatMap((child) => contributors(table, child, hasAmounts));
  if (termRows.length === 0) return [];
  const kind: IdentityKind = parent.childrenMode === 'ofWhich' ? 'childrenOfWhich' : 'children';
  const identities: Identity[] = [];
  for (const column of columns) {
    const target = { row: parent.row, col: column.col };
    if (blockAt(reader, target) !== undefined) continue;
    const terms = termRows.map((t) => ({ row: table.rows[t].row, col: column.col }));
    identities.push({ id: 0, rule: 'budget/children-sum', kind, target, terms, relation: kind === 'childrenOfWhich' ? '<=' : '=', stated: true, family: `children:${rowIndex}`, across: 'rows', rowIndex, column, termRows });
  }
  return identities;
}

/** A total row against the top-level rows; a cell merged over several columns sums them all. */
function totalRowSums(reader: BudgetReader, rowIndex: number, columns: ColumnInfo[], hasAmounts: boolean[]): Identity[] {
  const { table } = reader;
  const totalRow = table.rows[rowIndex];
  const tops = totalRow.children.length > 0 ? totalRow.children : topLevelRows(table);
  const termRows = tops.flatMap((t) => contributors(table, t, hasAmounts));
  if (termRows.length === 0) return [];
  const identities: Identity[] = [];
  for (const column of columns) {
    const target = { row: totalRow.row, col: column.col };
    const block = blockAt(reader, target);
    if (block === 'inside') continue;
    const spanned = block ? columns.filter((c) => c.col >= block.left && c.col <= block.right) : [column];
    const kind: IdentityKind = !block ? 'totalRow' : column.scope === 'period' ? 'mergedPeriod' : 'mergedYear';
    const terms = termRows.flatMap((t) => spanned.map((c) => ({ row: table.rows[t].row, col: c.col })));
    const implied = totalRow.impliedTotal ? { stated: false, family: `total:${rowIndex}` } : { stated: true };
    identities.push({ id: 0, rule: 'budget/total-rows', kind, target, terms, relation: '=', ...implied, across: 'rows', rowIndex, column, termRows });
  }
  return identities;
}

function topLevelRows(table: TableModel): number[] {
  const indexes: number[] = [];
  table.rows.forEach((row, index) => {
    if ((row.kind === 'item' || row.kind === 'goal') && row.level === 0) indexes.push(index);
  });
  return indexes;
}
