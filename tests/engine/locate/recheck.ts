import { cellAddress, parseRangeAddress } from '../../../src/engine/address';
import { checkSheet } from '../../../src/engine/check';
import { formulaSum } from '../../../src/engine/rules/budget/formula-refs';
import type { Cell, CheckOptions, Finding, Report, SheetGrid } from '../../../src/engine/types';

/** The arithmetic rules: after the root fixes, none of them may report an error. */
const ARITHMETIC = new Set(['budget/row-total', 'budget/children-sum', 'budget/total-rows', 'budget/root-cause']);

/** Root fixes only: a consequence (`causeId`) never writes, as every front end's "fix all". */
export const rootFixes = (report: Report) => report.findings.filter((f) => f.fix && !f.causeId).map((f) => f.fix!);

/**
 * Applies the root fixes to a copy of the grid as Excel would (a value typed as a number, a
 * formula computed from the cells it adds: SUM skips text, SUBTOTAL(109) skips hidden rows),
 * then recomputes every plain-sum formula of the sheet.
 */
export function applyRootFixes(grid: SheetGrid, report: Report): SheetGrid {
  const cells = grid.cells.map((row) => (row ? row.map((cell) => (cell ? { ...cell } : cell)) : row));
  const rowAt = (row: number) => {
    cells[row - grid.origin.row] ??= [];
    return cells[row - grid.origin.row];
  };
  for (const fix of rootFixes(report)) {
    const pos = parseRangeAddress(fix.cell)!;
    const row = rowAt(pos.top);
    const cell: Cell = fix.formula ? { value: null, formula: fix.formula } : { value: Number(fix.value) };
    row[pos.left - grid.origin.col] = cell;
  }
  const hidden = new Set(grid.hiddenRows ?? []);
  const valueOf = (row: number, col: number): number => {
    const cell = cells[row - grid.origin.row]?.[col - grid.origin.col];
    if (!cell) return 0;
    if (cell.formula) return compute(cell);
    return typeof cell.value === 'number' ? cell.value : 0;
  };
  const compute = (cell: Cell): number => {
    const sum = formulaSum(cell.formula!);
    if (!sum) return typeof cell.value === 'number' ? cell.value : 0;
    return sum.cells.filter((p) => !(sum.skipsHidden && hidden.has(p.row))).reduce((total, p) => total + valueOf(p.row, p.col), 0);
  };
  for (const row of cells) for (const cell of row ?? []) if (cell?.formula && formulaSum(cell.formula)) cell.value = Math.round(compute(cell) * 1e9) / 1e9;
  return { ...grid, cells };
}

/**
 * The localisation invariant (issue: "apply all fixes, check again"): after the root fixes no
 * arithmetic error is left, and no cell but the fixed ones changed value or formula.
 */
export function expectFixesResolve(grid: SheetGrid, options: CheckOptions = {}): { before: Report; after: Report } {
  const before = checkSheet(grid, options);
  const fixed = applyRootFixes(grid, before);
  const after = checkSheet(fixed, options);
  const errors = after.findings.filter((f: Finding) => ARITHMETIC.has(f.rule) && f.severity === 'error');
  // "One of these N cells" leaves its findings: nothing was written for them.
  const unresolved = before.findings.filter((f) => f.messageId === 'budgetRootOneOf' || f.explanation?.messageId === 'budgetCauseOneOf' || f.messageId === 'budgetRootUnlocated' || f.explanation?.messageId === 'budgetCauseUnlocated');
  if (unresolved.length === 0) expect(errors.map((f) => `${f.cell} ${f.messageId}`)).toEqual([]);
  const written = new Set(rootFixes(before).map((f) => f.cell));
  grid.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      const address = cellAddress(r + grid.origin.row, c + grid.origin.col);
      if (written.has(address)) return;
      const now = fixed.cells[r]?.[c];
      if (!cell?.formula) expect([address, now?.value ?? null]).toEqual([address, cell?.value ?? null]);
      else expect([address, now?.formula]).toEqual([address, cell.formula]);
    }),
  );
  return { before, after };
}
