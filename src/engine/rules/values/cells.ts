import { type NumberQuantity, Decimal, isPercentFormat } from '../../numbers';
import { escapeRegExp } from '../../text';
import type { Cell, ColumnInfo, NumberConvention, RowInfo, TableModel } from '../../types';
import type { RuleContext } from '../rule';
import { mergeAt } from '../../merges';
import { cellIndexOf } from '../../cell-index';
import { WeakMemo } from '../../memo';

/** Columns that hold the table's values: results, baselines, targets and budget amounts. */
const VALUE_ROLES = new Set<ColumnInfo['role']>(['baseline', 'target', 'result', 'amount']);

/**
 * Rules ask for these per row: each table's are found once. The arrays are shared: callers do not
 * change them.
 */
export function valueColumns(table: TableModel): readonly ColumnInfo[] {
  let columns = valueColumnsByTable.get(table);
  if (columns === undefined) valueColumnsByTable.set(table, (columns = table.columns.filter((column) => VALUE_ROLES.has(column.role))));
  return columns;
}

const valueColumnsByTable = new WeakMemo<TableModel, readonly ColumnInfo[]>();

/** Rows that carry values: items, headings with amounts, totals. */
export function valueRows(table: TableModel): RowInfo[] {
  return table.rows.filter((row) => row.kind === 'item' || row.kind === 'goal' || row.kind === 'total' || row.kind === 'grandTotal');
}

/** Indicator rows: the ones whose values a unit and a direction apply to. Found once per table (shared: callers do not change it). */
export function itemRows(table: TableModel): readonly RowInfo[] {
  let rows = itemRowsByTable.get(table);
  if (rows === undefined) itemRowsByTable.set(table, (rows = table.rows.filter((row) => row.kind === 'item')));
  return rows;
}

const itemRowsByTable = new WeakMemo<TableModel, readonly RowInfo[]>();

/** The cell the officer sees at (row, col): inside a merged area, its top-left cell. */
export function shownCell(context: RuleContext, row: number, col: number): Cell | undefined {
  const merge = mergeAt(context.grid, row, col);
  return merge ? context.cell(merge.top, merge.left) : context.cell(row, col);
}

export function shownText(context: RuleContext, row: number, col: number): string {
  const value = shownCell(context, row, col)?.value;
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** A number typed as text, read in the table's convention. */
export interface TextNumber {
  text: string;
  quantity: NumberQuantity;
}

/** A value column's text numbers, in row order, and what its typed cells are. */
export interface ColumnTexts {
  column: ColumnInfo;
  /** Some cell of the column holds a typed number. */
  typed: boolean;
  /** Some typed number of the column is formatted with a `%`. */
  percentFormatted: boolean;
  found: (TextNumber & { row: number })[];
}

/** Three rules read the same text numbers of a table: each cell is read once for all. */
const scanned = new WeakMap<TableModel, { grid: RuleContext['grid']; columns: ColumnTexts[] }>();

/**
 * The text numbers of the value columns of a table (valueColumns() × valueRows(), column by
 * column), read in the table's convention. Only the columns' text cells are read, from the sheet's
 * index of them (../../cell-index.ts), and of the numbers only as many as tell whether the column
 * holds typed numbers, and those formatted as percentages.
 */
export function textNumbers(context: RuleContext): ColumnTexts[] {
  const { table, grid } = context;
  const cached = scanned.get(table);
  if (cached && cached.grid === grid) return cached.columns;
  const rows = valueRows(table);
  const columns: ColumnTexts[] = [];
  const index = cellIndexOf(grid);
  // The value rows, by sheet row from the table's top.
  const { top, bottom } = table.range;
  const isValueRow = new Uint8Array(Math.max(0, bottom - top + 1));
  for (let i = 0; i < rows.length; i++) isValueRow[rows[i].row - top] = 1;
  const inValueRow = (row: number) => row >= top && row <= bottom && isValueRow[row - top] === 1;
  const { cells } = grid;
  const originRow = grid.origin.row;
  for (const column of valueColumns(table)) {
    const entry: ColumnTexts = { column, typed: false, percentFormatted: false, found: [] };
    const gridCol = column.col - grid.origin.col;
    // The grid's own cell first; the context (which hides what a merged area covers) confirms what counts.
    for (let i = 0; i < rows.length && !entry.typed; i++) {
      const row = rows[i].row;
      if (typeof cells[row - originRow]?.[gridCol]?.value === 'number' && typeof context.cell(row, column.col)?.value === 'number') entry.typed = true;
    }
    if (entry.typed) {
      for (const row of index.percentRows(column.col)) {
        if (inValueRow(row) && typeof context.cell(row, column.col)?.value === 'number') {
          entry.percentFormatted = true;
          break;
        }
      }
    }
    for (const row of index.textRows(column.col)) {
      if (!inValueRow(row)) continue;
      const value = context.cell(row, column.col)?.value;
      if (typeof value !== 'string') continue;
      // The context reads the cell as readText(value, table.convention) does, once for every rule.
      const quantity = context.quantity(row, column.col);
      if (quantity.kind === 'number') entry.found.push({ row, text: value.trim(), quantity });
    }
    columns.push(entry);
  }
  scanned.set(table, { grid, columns });
  return columns;
}

/**
 * Which of the three "how it is written" rules owns a text number, so that each cell is reported
 * once: ambiguous text (`1.040`), text against the table's convention (`16,21` in an English
 * table), or else a plain text number. These findings carry no expected / actual: the cell's
 * text is the point, and as a plain decimal it would be shown reformatted, as if it were a number;
 * the message quotes it and the fix holds the number to write.
 */
export function writtenAs(quantity: NumberQuantity, convention: NumberConvention | undefined): 'ambiguous' | 'mixed' | 'text' {
  if (quantity.notation === 'ambiguous') return 'ambiguous';
  if (convention && (quantity.notation === 'vi' || quantity.notation === 'en') && quantity.notation !== convention) return 'mixed';
  return 'text';
}

/** The column's header as the officer reads it: its last part (`KH năm 2017`). */
export function headerOf(column: ColumnInfo): string {
  const parts = column.header.split(' / ');
  return parts[parts.length - 1].trim();
}

/**
 * Text as written, in quotes, as a param: the quotes also keep render() from reformatting a text
 * number (`42.86` must stay `42.86` in a Vietnamese message; it is the point of the finding).
 */
export function quoted(text: string): string {
  return `“${text.trim()}”`;
}

/**
 * The number a cell shows, as a quantity: a typed number in a percentage format is the percentage
 * Excel shows (0.25 formatted `0%` is 25, with `percent`), so that it compares with 25 typed
 * under a `%` unit. Undefined when the cell holds no number.
 */
export function numberShown(context: RuleContext, row: number, col: number): NumberQuantity | undefined {
  const quantity = context.quantity(row, col);
  if (quantity.kind !== 'number') return undefined;
  if (quantity.notation !== 'typed' || !isPercentFormat(context.cell(row, col)?.numberFormat)) return quantity;
  // A typed quantity is kind, value and notation only: built field by field, as a spread costs more than the rest.
  return { kind: 'number', value: quantity.value.times(100), notation: 'typed', percent: true };
}

/**
 * What a cell shows, as a param: text as written (quoted), or a typed number as a plain decimal
 * (in percent where its format shows a percentage: 0.25 as `25`).
 */
export function shownValue(context: RuleContext, row: number, col: number): string {
  const cell = context.cell(row, col);
  const value = cell?.value;
  if (typeof value === 'number') return (isPercentFormat(cell?.numberFormat) ? new Decimal(value).times(100) : new Decimal(value)).toFixed();
  return typeof value === 'string' ? quoted(value) : '';
}

/** The text rewritten in the other convention: `11,8/100` → `11.8/100`, `1.234,5` → `1,234.5`. */
export function swapSeparators(text: string): string {
  const slash = text.indexOf('/');
  const head = slash >= 0 ? text.slice(0, slash) : text;
  const tail = slash >= 0 ? text.slice(slash) : '';
  return head.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.')) + tail;
}

/** hasPhrase() with its pattern compiled once: rules test every row of grids of thousands of rows. */
export function phraseMatcher(phrases: readonly string[]): (folded: string) => boolean {
  const pattern = new RegExp(`(^|[^a-z0-9])(${phrases.map(escapeRegExp).join('|')})($|[^a-z0-9])`);
  return (folded) => pattern.test(folded);
}

/**
 * A target written as a range (`35-37`, `35 – 37 %`, `từ 25 đến 30`, `1.200-1.500`; folded text),
 * its ends read the Vietnamese way (`12,5`); undefined for any other text.
 */
export function rangeOf(folded: string): [Decimal, Decimal] | undefined {
  const range = RANGE.exec(folded.trim());
  if (!range) return undefined;
  const [low, high] = [range[1] ?? range[3], range[2] ?? range[4]].map((n) => new Decimal(n.replace(/\./g, '').replace(',', '.')));
  return low.lessThan(high) ? [low, high] : undefined;
}

const RANGE_END = '(\\d+(?:\\.\\d{3})*(?:,\\d+)?)';
const RANGE = new RegExp(`^(?:${RANGE_END}\\s*%?\\s*[-–—]\\s*${RANGE_END}|tu\\s+${RANGE_END}\\s*%?\\s+(?:den|toi)\\s+${RANGE_END})\\s*%?$`);
