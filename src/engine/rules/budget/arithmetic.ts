import { cellAddress, columnLetters } from '../../address';
import { type Identity, type IdentityKind, type IdentityRule, evaluate, fails, residualOf, tableIdentitiesOf } from '../../identities';
import { invisible } from '../../identities/rounding';
import { toDecimal } from '../../identities/values';
import { formatDecimal } from '../../numbers';
import type { ColumnInfo, Params } from '../../types';
import type { RuleContext } from '../rule';
import { headerTail, readerOf, rowName, sumFormula, sumFormulaOfGrid } from './model';

export const MESSAGE_OF: Record<IdentityKind, string> = {
  sourcePeriod: 'budgetRowTotalSource',
  yearTotal: 'budgetRowTotalYear',
  periodTotal: 'budgetRowTotalPeriod',
  children: 'budgetChildrenSum',
  childrenOfWhich: 'budgetChildrenOfWhichExceed',
  totalRow: 'budgetTotalRow',
  mergedYear: 'budgetTotalRowMergedYear',
  mergedPeriod: 'budgetTotalRowMergedPeriod',
  columnFormula: 'budgetRowColumnFormula',
  columnBreakdown: 'budgetRowColumnBreakdown',
  columnDifference: 'budgetRowColumnDifference',
};

/**
 * Reports every identity of this rule that does not hold, with what it should say. No fix here:
 * which cell is wrong is decided over all identities at once (src/engine/locate), and only that
 * cell's finding carries one.
 */
export function checkIdentities(context: RuleContext, rule: IdentityRule): void {
  const reader = readerOf(context);
  // Only an identity that breaks can fail: the rest hold, whatever the tolerance.
  const { breaking, noted } = tableIdentitiesOf(reader);
  for (let i = 0; i < breaking.length; i++) {
    const identity = breaking[i];
    if (identity.rule !== rule) continue;
    const residual = residualOf(identity, reader);
    if (residual === undefined || !fails(identity, residual, context.tolerance) || invisible(identity, toDecimal(residual), reader)) continue;
    const { expected, actual } = evaluate(identity, reader)!;
    const partial = identity.relation === '<=';
    context.report({
      // Parts of a row's total (`Tổng số | Trong đó: NSTW, NSĐP`) past it: said so, not "must equal".
      messageId: partial && identity.across === 'columns' ? 'budgetRowBreakdownExceeds' : messageOf(context, identity),
      at: identity.target,
      related: identity.terms,
      severity: partial ? 'warning' : 'error',
      expected: formatDecimal(expected),
      actual: formatDecimal(actual),
      difference: formatDecimal(actual.minus(expected)),
      params: { ...paramsOf(context, identity), formula: formulaOf(identity) },
    });
  }
  // A total off by exactly what the notes under the table say it holds besides its rows (a reserve
  // not yet allocated): told beside the notes, as the officer reads them on the printed form.
  for (const { identity, amounts, sum } of noted) {
    if (identity.rule !== rule) continue;
    const { expected, actual } = evaluate(identity, reader)!;
    context.report({
      messageId: 'budgetTotalRowNoted',
      severity: 'info',
      at: identity.target,
      related: [...new Map(amounts.map((a) => [a.row * 20_000 + a.col, { row: a.row, col: a.col }])).values()],
      expected: formatDecimal(expected),
      actual: formatDecimal(actual),
      difference: formatDecimal(actual.minus(expected)),
      params: { ...paramsOf(context, identity), amount: formatDecimal(sum), notes: [...new Set(amounts.map((a) => cellAddress(a.row, a.col)))].join(', ') },
    });
  }
}

/**
 * A total over a row's sources in a table of no year is no period's: `Tổng số = NSTW + NSĐP` of one plan.
 * A total row that closes one group (`Cộng` under the rows of I, `Cộng vùng II`) adds that group's
 * rows, not the table's top-level items.
 */
function messageOf(context: RuleContext, identity: Identity): string {
  if (identity.kind === 'periodTotal' && !context.table.columns.some((c) => c.year !== undefined)) return 'budgetRowTotalSources';
  if (identity.kind === 'totalRow' && identity.termRows.length > 0 && identity.termRows.every((i) => context.table.rows[i].level > 0)) return 'budgetTotalRowGroup';
  return MESSAGE_OF[identity.kind];
}

/** The formula that would make the identity hold: `SUM(C5:C9)`, `F13+G13-H13`. */
export function formulaOf(identity: Identity): string {
  // From the terms' rows and columns where they ascend, as they mostly do: no cell object for each of a parent's items.
  if (!identity.coefs) return sumFormulaOfGrid(identity.termSheetRows, identity.termCols) ?? sumFormula(identity.terms);
  return identity.terms.map((t, i) => `${i === 0 ? (identity.coefs![i] < 0 ? '-' : '') : identity.coefs![i] < 0 ? '-' : '+'}${cellAddress(t.row, t.col)}`).join('');
}

function paramsOf(context: RuleContext, identity: Identity): Params {
  const { table } = context;
  const row = table.rows[identity.rowIndex];
  const params: Params = { rowName: rowName(row), column: identity.column.header, source: headerTail(identity.column) };
  if (identity.column.year !== undefined) params.year = String(identity.column.year);
  if (identity.kind === 'totalRow' || identity.kind === 'mergedYear' || identity.kind === 'mergedPeriod') {
    params.rows = identity.termRows.map((t) => rowName(table.rows[t])).join(', ');
  }
  if (identity.kind === 'columnFormula' || identity.kind === 'columnBreakdown' || identity.kind === 'periodTotal' || identity.relation === '<=') {
    params.columns = columnsNamed(identity.terms.map((t) => table.columns.find((c) => c.col === t.col)!));
  }
  if (identity.kind === 'columnDifference') {
    // The terms are in column order; the one added is what the other is taken from.
    const named = (sign: number) => headerTail(table.columns.find((c) => c.col === identity.terms[identity.coefs!.findIndex((k) => k * sign > 0)].col)!);
    params.minuend = named(1);
    params.subtrahend = named(-1);
  }
  return params;
}

/** Most headers a message names in full; past it (or past MAX_NAMED_TEXT), the columns are named by their letters. */
const MAX_NAMED = 3;
const MAX_NAMED_TEXT = 120;

/**
 * The columns a message lists: by their headers' last parts when they are few and short (`Trung
 * ương, Địa phương`), else by their letters, each run of adjacent ones as one (`L–T`): nine
 * bilingual headers in full would fill ten lines.
 */
export function columnsNamed(columns: readonly ColumnInfo[]): string {
  const names = columns.map(headerTail);
  const joined = names.join(', ');
  if (names.length <= MAX_NAMED && joined.length <= MAX_NAMED_TEXT) return joined;
  const parts: string[] = [];
  for (let i = 0; i < columns.length; i++) {
    let j = i;
    while (j + 1 < columns.length && columns[j + 1].col === columns[j].col + 1) j++;
    const first = columnLetters(columns[i].col);
    parts.push(j === i ? first : j === i + 1 ? `${first}, ${columnLetters(columns[j].col)}` : `${first}–${columnLetters(columns[j].col)}`);
    i = j;
  }
  return parts.join(', ');
}
