import { cellAddress, columnLetters, parseCellAddress } from '../../address';
import { cellIndexOf } from '../../cell-index';
import { errorOf, type ErrorCode } from '../../error-values';
import type { RowInfo } from '../../types';
import { formulaSum } from '../budget/formula-refs';
import { rowName } from '../budget/model';
import type { FindingDraft, Rule, RuleContext } from '../rule';
import { headerOf } from './cells';

/**
 * What each of Excel's error values says about the formula that produced it (Microsoft's "How to
 * correct a #… error" pages). A cell holding one has no amount: every total over it is an error
 * too, and the officer cannot check anything that depends on it.
 */
const MEANINGS: Record<ErrorCode, string> = {
  '#REF!': 'valuesErrorMeaningRef',
  '#VALUE!': 'valuesErrorMeaningValue',
  '#DIV/0!': 'valuesErrorMeaningDiv0',
  '#N/A': 'valuesErrorMeaningNa',
  '#NAME?': 'valuesErrorMeaningName',
  '#NUM!': 'valuesErrorMeaningNum',
  '#NULL!': 'valuesErrorMeaningNull',
};

/** Runs of this many error cells in one column (or row) are reported as one finding. */
const GROUP = 3;

interface ErrorCell {
  row: number;
  col: number;
  error: string;
}

/**
 * Error values (`#REF!`, `#VALUE!`, `#DIV/0!`, `#N/A`, `#NAME?`, `#NUM!`, `#NULL!`) below a
 * table's header. A total row of them comes first: it is the first thing an officer must see.
 * A run down a column, or along a row, is one finding with its cells as related cells, so a
 * column of `#VALUE!` reads as one problem, not sixty.
 */
export const rule: Rule = {
  meta: {
    id: 'values/error-value',
    severity: 'error',
    kinds: ['indicator', 'budget', 'other'],
    messageIds: ['valuesErrorValue', 'valuesErrorValueRatio', 'valuesErrorValueDivByZero', 'valuesErrorValueTotal', 'valuesErrorValueColumn', 'valuesErrorValueRow', ...Object.values(MEANINGS), 'valuesErrorValuePlusText', 'valuesErrorValuePlusTextNumber', 'valuesErrorValueFrom'],
    description: 'An Excel error value (#REF!, #VALUE!, #DIV/0!, #N/A, …) where the table holds its data.',
  },
  check(context) {
    const { table } = context;
    const errors = errorCells(context);
    if (errors.length === 0) return;
    const rowInfo = new Map(table.rows.map((r) => [r.row, r]));
    const reported = new Set<ErrorCell>();

    // Total rows first, one finding per row.
    const byRow = groupBy(errors, (e) => e.row);
    for (const [row, cells] of byRow) {
      const info = rowInfo.get(row);
      if (info?.kind !== 'total' && info?.kind !== 'grandTotal') continue;
      context.report(explained(context, draft('valuesErrorValueTotal', cells, { rowName: nameOf(info, row), count: cells.length }), cells, errors));
      cells.forEach((c) => reported.add(c));
    }

    // Runs down a column: consecutive error cells with only empty cells between them.
    const byCol = groupBy(errors.filter((e) => !reported.has(e)), (e) => e.col);
    for (const [col, cells] of [...byCol].sort((a, b) => a[0] - b[0])) {
      for (const run of runs(context, cells, col)) {
        if (run.length < GROUP) continue;
        const column = table.columns.find((c) => c.col === col);
        context.report(
          draft('valuesErrorValueColumn', run, {
            column: column ? headerOf(column) : columnLetters(col),
            count: run.length,
            from: run[0].row + 1,
            to: run[run.length - 1].row + 1,
          }),
        );
        run.forEach((c) => reported.add(c));
      }
    }

    // What is left: a row of them together, else each cell alone.
    for (const [row, all] of byRow) {
      const cells = all.filter((c) => !reported.has(c));
      if (cells.length >= GROUP) {
        context.report(draft('valuesErrorValueRow', cells, { rowName: nameOf(rowInfo.get(row), row), count: cells.length }));
        continue;
      }
      for (const cell of cells) {
        // A ratio (`So sánh (%)`) feeds no total: its error only leaves the cell without a figure (a warning).
        const ratio = table.columns.find((c) => c.col === cell.col)?.role === 'ratio';
        const found = explained(context, draft(ratio ? 'valuesErrorValueRatio' : 'valuesErrorValue', [cell], {}), [cell], errors);
        // No amount of the table is wrong for it: the printout is, a warning.
        context.report(ratio ? { ...found, severity: 'warning' } : found);
      }
    }
  },
};

/**
 * Error cells below the header, in reading order: the sheet's cells that may hold one (an error
 * value, a text with `#`) are indexed once for all its tables (../../cell-index.ts); a hit is
 * confirmed through the context, which hides the cells a merged area covers.
 */
function errorCells(context: RuleContext): ErrorCell[] {
  const { grid, table } = context;
  const { range, headerBottom } = table;
  const { markedRows, markedCols } = cellIndexOf(grid);
  const found: ErrorCell[] = [];
  const top = Math.max(headerBottom + 1, grid.origin.row);
  for (let k = 0; k < markedRows.length; k++) {
    const row = markedRows[k];
    const col = markedCols[k];
    if (row < top || row > range.bottom || col < range.left || col > range.right) continue;
    if (!errorOf(grid.cells[row - grid.origin.row][col - grid.origin.col])) continue;
    const error = errorOf(context.cell(row, col));
    if (error) found.push({ row, col, error });
  }
  return found;
}

function draft(messageId: string, cells: ErrorCell[], params: Record<string, string | number>): FindingDraft {
  const kinds = [...new Set(cells.map((c) => c.error))];
  const meaning = kinds.length === 1 ? MEANINGS[kinds[0] as ErrorCode] : undefined;
  const result: FindingDraft = {
    messageId,
    at: { row: cells[0].row, col: cells[0].col },
    related: cells.slice(1).map((c) => ({ row: c.row, col: c.col })),
    params: { ...params, error: kinds.join(', ') },
  };
  if (meaning) result.explanation = { messageId: meaning, params: {} };
  return result;
}

/**
 * Where the error of these cells (one finding's) comes from, when their formulas tell it:
 * - `=D11+E11` over a cell typed `-` (or other text): `+` meets text and gives #VALUE!, where SUM
 *   would skip it (officers type `-` for nil);
 * - a total over another error cell of the table: it is that cell's error, carried up.
 * The draft keeps Excel's general meaning otherwise.
 */
function explained(context: RuleContext, result: FindingDraft, cells: ErrorCell[], errors: ErrorCell[]): FindingDraft {
  const own = new Set(cells.map((c) => `${c.row}:${c.col}`));
  const texts: string[] = [];
  const numbers: string[] = [];
  const sources: string[] = [];
  for (const cell of cells) {
    const formula = context.cell(cell.row, cell.col)?.formula;
    const refs = formula ? formulaSum(formula)?.cells : undefined;
    if (!refs) continue;
    const plus = cell.error === '#VALUE!' && !/^\s*=?\s*(SUM|SUBTOTAL)\s*\(/i.test(formula!);
    for (const ref of refs) {
      const value = context.cell(ref.row, ref.col)?.value;
      const text = typeof value === 'string' && !errorOf({ value }) ? `${cellAddress(ref.row, ref.col)} “${value.trim()}”` : undefined;
      if (plus && text && !/\d/.test(value as string)) texts.push(text);
      // A number as text that Excel's + could not read (`1 834`, `1,234.5` in a Vietnamese Excel): it needs retyping, not a 0.
      else if (plus && text && context.quantity(ref.row, ref.col).kind === 'number') numbers.push(text);
      else if (!own.has(`${ref.row}:${ref.col}`) && errors.some((e) => e.row === ref.row && e.col === ref.col)) sources.push(cellAddress(ref.row, ref.col));
    }
  }
  const divisor = cells.length === 1 && cells[0].error === '#DIV/0!' ? zeroDivisor(context, cells[0]) : undefined;
  if (divisor) result.explanation = { messageId: 'valuesErrorValueDivByZero', params: divisor };
  else if (texts.length > 0) result.explanation = { messageId: 'valuesErrorValuePlusText', params: { cells: [...new Set(texts)].join(', ') } };
  else if (numbers.length > 0) result.explanation = { messageId: 'valuesErrorValuePlusTextNumber', params: { cells: [...new Set(numbers)].join(', ') } };
  else if (sources.length > 0) result.explanation = { messageId: 'valuesErrorValueFrom', params: { cells: [...new Set(sources)].join(', ') } };
  return result;
}

/**
 * The cell a `#DIV/0!` formula divides by (`=D9/C9`, `=D9/C9*100`), when it is 0 or empty: the
 * ratio of a row with nothing to compare with (a new item, no plan last year). Undefined otherwise.
 */
function zeroDivisor(context: RuleContext, cell: ErrorCell): { formula: string; divisor: string } | undefined {
  const formula = context.cell(cell.row, cell.col)?.formula;
  const match = formula ? DIVIDED_BY.exec(formula) : null;
  const at = match ? parseCellAddress(match[1].replace(/\$/g, '')) : undefined;
  if (!formula || !at) return undefined;
  const value = context.cell(at.row, at.col)?.value;
  const zero = value === null || value === undefined || value === 0 || (typeof value === 'string' && context.quantity(at.row, at.col).kind === 'empty');
  return zero ? { formula: formula.replace(/^=/, ''), divisor: cellAddress(at.row, at.col) } : undefined;
}

/** `/C9` (or `/$C$9`) in a formula: the cell it divides by. */
const DIVIDED_BY = /\/\s*(\$?[A-Z]{1,3}\$?\d+)(?![\d(:!])/i;

/** Splits a column's error cells where a value other than an error stands between two of them. */
function runs(context: RuleContext, cells: ErrorCell[], col: number): ErrorCell[][] {
  const result: ErrorCell[][] = [];
  let current: ErrorCell[] = [];
  for (const cell of cells) {
    const last = current[current.length - 1];
    if (last && !onlyEmptyBetween(context, col, last.row, cell.row)) {
      result.push(current);
      current = [];
    }
    current.push(cell);
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** Whether only empty cells, or errors already reported with their row (a total row), lie between. */
function onlyEmptyBetween(context: RuleContext, col: number, from: number, to: number): boolean {
  for (let row = from + 1; row < to; row++) {
    const cell = context.cell(row, col);
    const value = cell?.value;
    if (value !== null && value !== undefined && value !== '' && !errorOf(cell)) return false;
  }
  return true;
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * How messages name the row: `I “Thành phố”`, or its sheet row number when the table has no row
 * there or its label is itself an error value.
 */
function nameOf(info: RowInfo | undefined, row: number): string {
  return info && !errorOf({ value: info.label }) ? rowName(info) : String(row + 1);
}
