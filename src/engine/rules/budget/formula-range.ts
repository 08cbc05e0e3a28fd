import type { TableModel } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { cellCount, readSumRanges, sumReferences } from './formula-refs';
import { type Identity, identityListOf } from '../../identities';
import { type BudgetReader, readerOf, rowName, sumFormula } from './model';

/**
 * A total or parent written as a formula: does it add the rows that belong? A range that stops
 * short leaves rows out; a range over a parent and its children counts them twice. The cached
 * value may still be right (the rows left out are empty today), hence a warning, not an error.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/formula-range',
    severity: 'warning',
    kinds: ['budget'],
    messageIds: ['budgetFormulaLeavesOut', 'budgetFormulaCountsTwice'],
    description: 'A total’s formula must add exactly the rows that belong: none left out, no parent with its children.',
  },
  check(context) {
    const reader = readerOf(context);
    let indexOfRow: Map<number, number> | undefined;
    const ranges: number[] = [];
    // Packed: a table that holds makes no identity object here.
    const list = identityListOf(reader);
    for (let k = 0; k < list.length; k++) {
      const spec = list.spec(k);
      if (spec.across !== 'rows') continue;
      // A total that is wrong today is located and fixed with the arithmetic; this rule is for formulas right by chance.
      const residual = list.residual(k, reader);
      if (residual === undefined || list.breaks(k, residual, reader)) continue;
      // The usual case: the formula adds exactly the identity's cells.
      if (list.addsItsTerms(k, reader, ranges)) continue;
      const targetRow = list.targetRow(k);
      const formula = reader.cell(targetRow, spec.col)?.formula;
      if (!formula) continue;
      const count = readSumRanges(formula, ranges);
      if (count < 0) continue;
      const rows = list.termSheetRows(k);
      // `=+D22`: a link to one cell, not a sum over a range that could leave rows out.
      if (cellCount(ranges, count) === 1 && !hasTerm(rows, spec.termCols, ranges[0], ranges[1])) continue;
      // A sum across its own row (a period total over the years) is checked by budget/row-total.
      if (onRow(ranges, count, targetRow)) continue;
      indexOfRow ??= new Map(context.table.rows.map((row, index) => [row.row, index]));
      const identity = list.at(k);
      checkRange(context, reader, identity, sumReferences(formula)!, indexOfRow);
    }
  },
};

function onRow(ranges: number[], end: number, row: number): boolean {
  for (let i = 0; i < end; i += 4) if (ranges[i] !== row || ranges[i + 2] !== row) return false;
  return true;
}

function hasTerm(rows: readonly number[], cols: readonly number[], row: number, col: number): boolean {
  return rows.includes(row) && cols.includes(col);
}



function checkRange(
  context: RuleContext,
  reader: BudgetReader,
  identity: Identity,
  references: { row: number; col: number }[],
  indexOfRow: Map<number, number>,
): void {
  const { table } = context;
  const columns = [...new Set(identity.terms.map((t) => t.col))];
  const referenced = new Set(references.map((r) => r.row * 20_000 + r.col));
  if (referenced.size === identity.terms.length && identity.terms.every((t) => referenced.has(t.row * 20_000 + t.col))) return;
  const inFormula = (index: number) => columns.every((col) => referenced.has(table.rows[index].row * 20_000 + col));
  // A formula that adds another total row's cells (`Tổng cộng` = the `Cộng` row) is a sum of subtotals.
  const referencedRows = [...new Set(references.map((r) => indexOfRow.get(r.row)))].filter((i): i is number => i !== undefined);
  if (referencedRows.length > 0 && referencedRows.every((i) => table.rows[i].kind === 'total' || table.rows[i].kind === 'grandTotal')) return;

  const termRows = new Set(identity.termRows);
  // `Tổng số (A+B+C+D)` = `Tổng số (A+B+C)` + D: a total row in the formula stands for its members.
  const viaTotals = new Set<number>();
  const addMembers = (index: number) => {
    for (const child of table.rows[index].children) if (!viaTotals.has(child)) (viaTotals.add(child), table.rows[child].kind === 'total' && addMembers(child));
  };
  for (const index of referencedRows) if (table.rows[index].kind === 'total' || table.rows[index].kind === 'grandTotal') addMembers(index);
  const covered = (index: number): boolean =>
    viaTotals.has(index) || inFormula(index) || (table.rows[index].children.length > 0 && table.rows[index].children.every(covered));
  const missing = identity.termRows.filter((index) => !covered(index));

  const holdsAmount = (index: number) => columns.some((col) => reader.amounts.number(table.rows[index].row, col) !== 0);
  const twice = referencedRows.filter((index) => {
    if (termRows.has(index) || index === identity.rowIndex || !holdsAmount(index)) return false;
    if ((table.rows[index].kind === 'total' || table.rows[index].kind === 'grandTotal') && !table.rows[index].children.some(inFormula)) return false;
    const ancestors = ancestorsOf(table, index);
    const termAncestor = ancestors.find((a) => termRows.has(a));
    // A child standing in for its parent is fine; a child added beside its parent, or a row from elsewhere, is not.
    return termAncestor === undefined || ancestors.some((a) => inFormula(a));
  });

  if (missing.length === 0 && twice.length === 0) return;
  // The corrected formula is built only for a formula that is reported.
  const fix = { formula: sumFormula(identity.terms) };
  const base = { at: identity.target, params: { rowName: rowName(table.rows[identity.rowIndex]), formula: fix.formula, written: formulaOf(context, identity) }, fix };
  if (missing.length > 0) {
    context.report({
      ...base,
      messageId: 'budgetFormulaLeavesOut',
      related: missing.map((index) => ({ row: table.rows[index].row, col: identity.target.col })),
      params: { ...base.params, rows: missing.map((index) => rowName(table.rows[index])).join(', ') },
    });
  }
  if (twice.length > 0) {
    context.report({
      ...base,
      messageId: 'budgetFormulaCountsTwice',
      related: twice.map((index) => ({ row: table.rows[index].row, col: identity.target.col })),
      params: { ...base.params, rows: twice.map((index) => rowName(table.rows[index])).join(', ') },
    });
  }
}

function formulaOf(context: RuleContext, identity: Identity): string {
  return context.cell(identity.target.row, identity.target.col)?.formula ?? '';
}

function ancestorsOf(table: TableModel, index: number): number[] {
  const ancestors: number[] = [];
  for (let parent = table.rows[index].parent; parent !== undefined; parent = table.rows[parent].parent) ancestors.push(parent);
  return ancestors;
}
