import { Decimal } from '../../numbers';
import type { CellRange, ColumnInfo, TableModel } from '../../types';
import { amountColumns, blockAt, type BudgetReader, isAmount, isDataRow, type Pos, rowHasAmounts } from './model';

/**
 * The arithmetic a budget table promises, as data: `target` = sum of `terms` (or, for `Trong đó`
 * children, sum of `terms` ≤ `target`). The rules evaluate these; the explainer re-evaluates them
 * with one cell changed to find the cell that restores them all.
 */
export type IdentityKind =
  | 'sourcePeriod' // a source's period total = that source over the years
  | 'yearTotal' // a year's total column = its sources
  | 'periodTotal' // the period total column = the period sources, or the year totals
  | 'children' // a parent = its children
  | 'childrenOfWhich' // `Trong đó` children ≤ their parent
  | 'totalRow' // a total row = the top-level rows
  | 'mergedYear' // a grand total merged over a year's sources = those sources over the top-level rows
  | 'mergedPeriod'; // the same over the period's sources

export type IdentityRule = 'budget/row-total' | 'budget/children-sum' | 'budget/total-rows';

export interface Identity {
  rule: IdentityRule;
  kind: IdentityKind;
  target: Pos;
  terms: Pos[];
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

/** Rules and the explainer ask for the same table's identities in turn: build them once. */
const built = new WeakMap<TableModel, Identity[]>();

/** Every identity of a budget table. Rows without any amount are not checked. */
export function identitiesOf(reader: BudgetReader): Identity[] {
  let identities = built.get(reader.table);
  if (!identities) {
    identities = buildIdentities(reader);
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
  table.rows.forEach((row, index) => {
    if (!hasAmounts[index]) return;
    identities.push(...rowTotals(reader, index, columns));
    if ((row.kind === 'item' || row.kind === 'goal') && row.children.length > 0) {
      identities.push(...childSums(reader, index, columns, hasAmounts));
    }
    if (row.kind === 'total' || row.kind === 'grandTotal') identities.push(...totalRowSums(reader, index, columns, hasAmounts));
  });
  return identities;
}

/** Expected and actual of an identity, or undefined when a cell holds words, an error or `...`. */
export function evaluate(identity: Identity, reader: BudgetReader, override?: { pos: Pos; value: Decimal }): Evaluation | undefined {
  const valueAt = (pos: Pos): Decimal | undefined => {
    if (override && override.pos.row === pos.row && override.pos.col === pos.col) return override.value;
    const quantity = reader.quantity(pos.row, pos.col);
    if (quantity.kind === 'empty') return new Decimal(0);
    return isAmount(quantity) ? quantity.value : undefined;
  };
  const actual = valueAt(identity.target);
  if (!actual) return undefined;
  let expected = new Decimal(0);
  for (const term of identity.terms) {
    const value = valueAt(term);
    if (!value) return undefined;
    expected = expected.plus(value);
  }
  return { expected, actual };
}

/** Whether the identity fails by more than the tolerance. */
export function fails(identity: Identity, evaluation: Evaluation, tolerance: Decimal): boolean {
  const excess = evaluation.actual.minus(evaluation.expected);
  if (identity.kind === 'childrenOfWhich') return excess.negated().greaterThan(tolerance);
  return excess.abs().greaterThan(tolerance);
}

interface ColumnPlan {
  /** Year → that year's source columns. */
  yearSources: Map<number, ColumnInfo[]>;
  yearTotals: Map<number, ColumnInfo>;
  /** Source key → the period column of that source. */
  periodSources: Map<string, ColumnInfo>;
  periodTotal?: ColumnInfo;
}

const plans = new WeakMap<TableModel, ColumnPlan>();

function planOf(table: TableModel, columns: ColumnInfo[]): ColumnPlan {
  let plan = plans.get(table);
  if (plan) return plan;
  plan = { yearSources: new Map(), yearTotals: new Map(), periodSources: new Map() };
  for (const column of columns) {
    if (column.scope === 'period') {
      if (column.source === 'total') plan.periodTotal ??= column;
      else if (!plan.periodSources.has(sourceKey(column))) plan.periodSources.set(sourceKey(column), column);
    } else if (column.year !== undefined) {
      if (column.source === 'total') {
        if (!plan.yearTotals.has(column.year)) plan.yearTotals.set(column.year, column);
      } else {
        const list = plan.yearSources.get(column.year) ?? [];
        list.push(column);
        plan.yearSources.set(column.year, list);
      }
    }
  }
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
    rule: 'budget/row-total',
    kind,
    target,
    terms,
    across: 'columns',
    rowIndex,
    column,
    termRows: [],
  });
  const identities: Identity[] = [];

  for (const [key, period] of plan.periodSources) {
    if (!own(period)) continue;
    const years = [...plan.yearSources.values()].flatMap((list) => list.filter((c) => sourceKey(c) === key));
    if (years.length === 0 || !years.every(own)) continue;
    identities.push(make('sourcePeriod', at(period), period, years.map(at)));
  }

  // A year's total: its total column, or a cell merged over all its sources (`Tổng cộng` rows).
  const yearTotalCells = new Map<number, Pos>();
  for (const [year, sources] of plan.yearSources) {
    const totalColumn = plan.yearTotals.get(year);
    if (totalColumn && own(totalColumn)) {
      yearTotalCells.set(year, at(totalColumn));
      if (sources.length > 0 && sources.every(own)) identities.push(make('yearTotal', at(totalColumn), totalColumn, sources.map(at)));
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
    const years = [...new Set([...plan.yearSources.keys(), ...plan.yearTotals.keys()])];
    let terms: Pos[] | undefined;
    if (periodSources.length > 0 && periodSources.every(own)) terms = periodSources.map(at);
    else if (years.length > 0 && years.every((y) => yearTotalCells.has(y))) terms = years.map((y) => yearTotalCells.get(y) as Pos);
    else {
      const sources = [...plan.yearSources.values()].flat();
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
    identities.push({ rule: 'budget/children-sum', kind, target, terms, across: 'rows', rowIndex, column, termRows });
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
    identities.push({ rule: 'budget/total-rows', kind, target, terms, across: 'rows', rowIndex, column, termRows });
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
