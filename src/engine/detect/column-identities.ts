import { fold, hasPhrase } from '../text';
import { Decimal, isFootnoteMarker, readCell } from '../numbers';
import type { ColumnIdentity, ColumnInfo, ColumnNumbers, NumberConvention, ProductColumn, RatioColumn, TableModel } from '../types';
import { breakdownOf, ownLine } from './columns';
import { HEADER_WORDS } from './keywords';
import type { HeaderBlock } from './header';
import type { SheetView } from './sheet-view';

/** The labels of a column-number row, as written. */
export function readColumnNumbers(view: SheetView, row: number, block: HeaderBlock): ColumnNumbers {
  const labels = view.filledColumns(row, block.left, block.right).map((col) => ({ col, label: view.ownText(row, col) }));
  return { row, labels };
}

/** `3=4+5` → target 3, terms 4 and 5; `(3)=(1)-(2)` → 3 = 1 − 2. Products and quotients are not sums. */
function parseLabelFormula(label: string): { target: string; terms: { label: string; coef: number }[] } | undefined {
  const match = /^\(?(\d{1,2})\)?\s*=\s*(.+)$/.exec(label.trim());
  if (!match || /[*/x:]/i.test(match[2])) return undefined;
  const terms: { label: string; coef: number }[] = [];
  const pattern = /([+\-−]?)\s*\(?(\d{1,2})\)?/g;
  // `9=10+…+19` (or `...`) stands for every column from 10 to 19.
  const body = match[2].replace(/\s+/g, '').replace(/\(?(\d{1,2})\)?\+(?:…|\.\.\.?)\+\(?(\d{1,2})\)?/g, (_whole, from: string, to: string) => {
    const list: number[] = [];
    for (let n = Number(from); n <= Number(to) && list.length < 100; n++) list.push(n);
    return list.join('+');
  });
  let consumed = '';
  for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
    terms.push({ label: m[2], coef: m[1] === '-' || m[1] === '−' ? -1 : 1 });
    consumed += m[0];
  }
  if (terms.length < 2 || consumed.length !== body.length) return undefined;
  return { target: match[1], terms };
}

/** `5=4/3`, `(5)=(4)/(3)`, `5=4:3`, `5=4/3*100`, `5=4/3x100%` → target 5 = 4 ÷ 3 (× 100 or not: the rule reads it from the cells). */
function parseLabelQuotient(label: string): { target: string; numerator: string; denominator: string } | undefined {
  const match = /^\(?(\d{1,2})\)?\s*=\s*\(?\s*\(?(\d{1,2})\)?\s*[/:]\s*\(?(\d{1,2})\)?\s*\)?\s*(?:[*x×]\s*100\s*)?%?$/i.exec(label.trim());
  return match ? { target: match[1], numerator: match[2], denominator: match[3] } : undefined;
}

/**
 * `6=4x5`, `(6)=(4)*(5)`, `6=3×4×5`, `6=4x5/1000`, `6=(4x5):1.000` → target 6 = product of 4 and 5 (the
 * power of ten a unit change brings, the rule reads from the cells).
 */
function parseLabelProduct(label: string): { target: string; factors: string[] } | undefined {
  const match = /^\(?(\d{1,2})\)?\s*=\s*(.+)$/.exec(label.trim());
  if (!match) return undefined;
  const body = match[2].replace(/\s+/g, '').replace(/[/:]10*(?:[.,]000)*$/, '');
  if (!/^\(?\(?\d{1,2}\)?(?:[x×*.]\(?\d{1,2}\)?)+\)?$/i.test(body)) return undefined;
  const factors = body.split(/[x×*.]/i).map((f) => f.replace(/[()]/g, ''));
  return factors.length >= 2 ? { target: match[1], factors } : undefined;
}

/**
 * The columns the column-number row states to be quotients (`5=4/3` over them): ratios whatever
 * their header says (`Ước thực hiện 2024` over `5=4/3` compares, it adds nothing up).
 */
export function quotientColumns(numbers: ColumnNumbers): number[] {
  return numbers.labels.filter(({ label }) => parseLabelQuotient(label) !== undefined).map(({ col }) => col);
}

/**
 * The columns the column-number row states to be sums or differences of other columns (`3=2-1`,
 * `1=2+3`): amounts that add up down the table like any other, whatever their header says (`So
 * sánh` alone over `3=2-1` holds differences, not percentages).
 */
export function combinationColumns(numbers: ColumnNumbers): number[] {
  return numbers.labels.filter(({ label }) => parseLabelFormula(label) !== undefined).map(({ col }) => col);
}

/** The label's number: `3=4+5` → `3`, `(2)` → `2`, `A` → undefined. */
export function labelNumber(label: string): number | undefined {
  const match = /^\(?(\d{1,2})\)?/.exec(label.trim());
  return match ? Number(match[1]) : undefined;
}

/** The table's data rows, first and last: where a column shows whether it holds figures. */
export interface DataRows {
  top: number;
  bottom: number;
}

/** Rows read to tell whether a column holds figures: enough for any table's first figure. */
const FIGURE_ROWS = 400;

/** Whether a column holds a number (or a numeric text) in the table's first data rows. */
function holdsFigures(view: SheetView, col: number, data: DataRows): boolean {
  const last = Math.min(data.bottom, data.top + FIGURE_ROWS - 1);
  for (let row = data.top; row <= last; row++) {
    const value = view.cell(row, col)?.value;
    if (typeof value === 'number' || (typeof value === 'string' && /\d/.test(value) && !isFootnoteMarker(value.trim()))) return true;
  }
  return false;
}

/**
 * The column a label stands for: its own column when that holds amounts, else the amount column
 * under the same merged header (`NSTW` merged over a marker column and the amounts). A label over
 * an empty column beside the figures (`3` over F where `Ngân sách huyện` spans F:G and only G is
 * filled) stands for the column of figures: offices number the merged header, not the column.
 */
function amountColumnOf(view: SheetView, block: HeaderBlock, col: number, columns: ColumnInfo[], data: DataRows): number | undefined {
  const own = columns.find((c) => c.col === col)?.role === 'amount';
  const merge = view.merge(block.bottom, col);
  if (!merge) return own ? col : undefined;
  if (own && holdsFigures(view, col, data)) return col;
  const under = columns.filter((c) => c.role === 'amount' && c.col >= merge.left && c.col <= merge.right && c.col !== col);
  return under.find((c) => holdsFigures(view, c.col, data))?.col ?? (own ? col : under[0]?.col);
}

/** The column identities the column-number row states (`6=7+8+9`). */
export function statedIdentities(view: SheetView, block: HeaderBlock, numbers: ColumnNumbers, columns: ColumnInfo[], data: DataRows, convention?: NumberConvention): ColumnIdentity[] {
  const byLabel = new Map<string, number>();
  for (const { col, label } of numbers.labels) {
    const n = labelNumber(label);
    const target = amountColumnOf(view, block, col, columns, data);
    if (n !== undefined && target !== undefined && !byLabel.has(String(n))) byLabel.set(String(n), target);
  }
  const identities: ColumnIdentity[] = [];
  for (const { col, label } of numbers.labels) {
    const formula = parseLabelFormula(label);
    if (!formula) continue;
    const target = byLabel.get(formula.target);
    const terms = formula.terms.map((t) => ({ col: byLabel.get(t.label), coef: t.coef }));
    if (target === undefined || terms.some((t) => t.col === undefined || t.col === target)) continue;
    const stated: ColumnIdentity = { target, terms: terms as { col: number; coef: number }[], relation: '=', stated: true, origin: 'columnNumbers' };
    identities.push(completed(view, stated, columns, data, convention, { col, label }) ?? stated);
  }
  return identities;
}

/** Rows a stated formula is tried on: enough to tell a formula the figures follow from one they do not. */
const TRIED_ROWS = 400;

/**
 * The identity the figures follow where the column-number row's formula leaves out a column (`1=2+3`
 * copied from a two-source form over `Tổng số | NSTW | NSĐP | Nguồn khác`): rows break the formula as
 * written and every row holds it with one more amount column added. The template, not
 * every row, is wrong; `statedAs` keeps what the row says for its own finding. Undefined when the
 * formula holds, or when no one column makes the rows add up.
 */
function completed(view: SheetView, identity: ColumnIdentity, columns: ColumnInfo[], data: DataRows, convention: NumberConvention | undefined, label: { col: number; label: string }): ColumnIdentity | undefined {
  // Rows that break it by exactly one column's amount, on two rows or more, while every row holds
  // the formula with that column: no chance of slips (rows without the column's amount hold both).
  const { broken } = tried(view, identity.target, identity.terms, data, convention);
  if (broken < 2) return undefined;
  const used = new Set([identity.target, ...identity.terms.map((t) => t.col)]);
  const last = Math.max(...identity.terms.map((t) => t.col));
  // The column beside the named ones first: a form's sources stand together.
  const candidates = columns.filter((c) => c.role === 'amount' && !used.has(c.col)).sort((a, b) => Math.abs(a.col - last) - Math.abs(b.col - last));
  for (const column of candidates) {
    const terms = [...identity.terms, { col: column.col, coef: 1 }];
    const again = tried(view, identity.target, terms, data, convention);
    if (again.broken === 0) {
      return { target: identity.target, terms: terms.sort((a, b) => a.col - b.col), relation: '=', stated: false, origin: 'header', statedAs: { ...label, added: column.col } };
    }
  }
  return undefined;
}

/**
 * On how many of the first data rows `target = Σ coef × terms` holds and breaks, the cells read as
 * the rules read them (text numbers in the table's `convention`), counting rows whose target is a
 * number and whose terms are numbers or empty (`-`); each figure may be rounded by half a unit of
 * the last digit it shows.
 */
export function tried(view: SheetView, target: number, terms: { col: number; coef: number }[], data: DataRows, convention: NumberConvention | undefined): { held: number; broken: number } {
  let held = 0;
  let broken = 0;
  const last = Math.min(data.bottom, data.top + TRIED_ROWS - 1);
  rows: for (let row = data.top; row <= last; row++) {
    const total = readCell(view.cell(row, target), convention);
    if (total.kind !== 'number' || total.value.isZero()) continue;
    let sum = total.value.negated();
    let decimals = total.value.decimalPlaces();
    for (const { col, coef } of terms) {
      const value = readCell(view.cell(row, col), convention);
      if (value.kind === 'number') {
        sum = sum.plus(value.value.times(coef));
        decimals = Math.max(decimals, value.value.decimalPlaces());
      } else if (value.kind !== 'empty') continue rows;
    }
    if (sum.abs().lessThanOrEqualTo(new Decimal(10).pow(-decimals).times((terms.length + 1) / 2))) held++;
    else broken++;
  }
  return { held, broken };
}

/** The ratio columns the column-number row states (`5=4/3`): a ratio column over two amount columns. */
export function statedRatios(view: SheetView, block: HeaderBlock, numbers: ColumnNumbers, columns: ColumnInfo[], data: DataRows): RatioColumn[] {
  const amounts = new Map<string, number>();
  const ratios = new Map<string, number>();
  for (const { col, label } of numbers.labels) {
    const n = labelNumber(label);
    if (n === undefined) continue;
    const amount = amountColumnOf(view, block, col, columns, data);
    if (amount !== undefined && !amounts.has(String(n))) amounts.set(String(n), amount);
    if (columns.some((c) => c.col === col && c.role === 'ratio') && !ratios.has(String(n))) ratios.set(String(n), col);
  }
  const found: RatioColumn[] = [];
  for (const { label } of numbers.labels) {
    const quotient = parseLabelQuotient(label);
    if (!quotient) continue;
    const target = ratios.get(quotient.target);
    const numerator = amounts.get(quotient.numerator);
    const denominator = amounts.get(quotient.denominator);
    if (target !== undefined && numerator !== undefined && denominator !== undefined && numerator !== denominator) found.push({ target, numerator, denominator });
  }
  return found;
}

/**
 * The product columns the column-number row states (`6=4x5`): an amount column over two or more
 * columns of figures (quantities, unit prices, or amounts), each named once.
 */
export function statedProducts(view: SheetView, block: HeaderBlock, numbers: ColumnNumbers, columns: ColumnInfo[], data: DataRows): ProductColumn[] {
  const byLabel = new Map<string, number>();
  for (const { col, label } of numbers.labels) {
    const n = labelNumber(label);
    const column = columns.find((c) => c.col === col);
    if (n === undefined || byLabel.has(String(n)) || !column) continue;
    if (column.role === 'amount' || column.measure) byLabel.set(String(n), col);
    else {
      const amount = amountColumnOf(view, block, col, columns, data);
      if (amount !== undefined) byLabel.set(String(n), amount);
    }
  }
  const found: ProductColumn[] = [];
  for (const { label } of numbers.labels) {
    const product = parseLabelProduct(label);
    if (!product) continue;
    const target = byLabel.get(product.target);
    const factors = product.factors.map((f) => byLabel.get(f));
    if (target === undefined || !columns.some((c) => c.col === target && c.role === 'amount')) continue;
    if (factors.some((f) => f === undefined || f === target) || new Set(factors).size !== factors.length) continue;
    found.push({ target, factors: factors as number[] });
  }
  return found;
}

/** The words a total column's header starts with (TOTAL_LINE), or is alone (BARE_TOTAL). */
const TOTAL_WORDS = '(tong so|tong cong|tong|cong|total|grand total)';
const TOTAL_LINE = new RegExp(`^${TOTAL_WORDS}\\b`);

/**
 * Column identities a header implies: a `Tổng số` column under a spanning header is the sum of
 * the other columns under it; a `Chia ra` / `Trong đó` header breaks down the column to its left
 * (complete, or a part: ≤). Sub-groups count by their own total column when they have one.
 */
export function headerIdentities(view: SheetView, block: HeaderBlock, columns: ColumnInfo[]): ColumnIdentity[] {
  const amount = new Set(columns.filter((c) => c.role === 'amount').map((c) => c.col));
  const owner = ownerGrid(view, block);
  const identities: ColumnIdentity[] = [];
  const textOf = (key: string) => owner.texts.get(key) ?? '';
  const linesBelow = (col: number, row: number) => {
    const parts: string[] = [];
    let last = '';
    for (let r = row + 1; r <= block.bottom; r++) {
      const key = owner.at(r, col);
      if (key && key !== last) parts.push(textOf(key));
      if (key) last = key;
    }
    return fold(parts.join(' '));
  };

  /** The columns that stand for a group in a sum: its total column, or each of its parts. */
  const representatives = (cols: number[], row: number): { cols: number[]; partial: boolean } => {
    const total = cols.find((c) => amount.has(c) && TOTAL_LINE.test(linesBelow(c, row)));
    if (total !== undefined && cols.length > 1) return { cols: [total], partial: false };
    const result: number[] = [];
    let partial = false;
    for (const sub of subgroups(cols, row)) {
      if (sub.cols.length === 1) {
        if (amount.has(sub.cols[0])) result.push(sub.cols[0]);
        continue;
      }
      const inner = representatives(sub.cols, sub.row);
      if (breakdownOf(textOf(sub.key)) === 'ofWhich') partial = true;
      result.push(...inner.cols);
      partial ||= inner.partial;
    }
    return { cols: result, partial };
  };

  /** Columns of `cols` grouped by their first header cell below `row`. */
  const subgroups = (cols: number[], row: number) => {
    const groups: { key: string; row: number; cols: number[] }[] = [];
    for (const col of cols) {
      let r = row + 1;
      while (r <= block.bottom && !owner.at(r, col)) r++;
      const key = r <= block.bottom ? owner.at(r, col)! : `leaf${col}`;
      const last = groups[groups.length - 1];
      if (last && last.key === key) last.cols.push(col);
      else groups.push({ key, row: r, cols: [col] });
    }
    return groups;
  };

  const add = (target: number, terms: number[], partial: boolean) => {
    const useful = terms.filter((t) => t !== target && amount.has(t));
    if (!amount.has(target) || useful.length < (partial ? 1 : 2)) return;
    if (identities.some((i) => i.target === target)) return;
    identities.push({ target, terms: useful.map((col) => ({ col, coef: 1 })), relation: partial ? '<=' : '=', stated: false, origin: 'header' });
  };

  // `TR.ĐÓ: CHI …` in a column's own header: a part of the amount column to its left.
  for (const column of columns) {
    const lines = column.header.split(' / ');
    if (column.role !== 'amount' || !/^(trong do|tr\.? ?do)\s*:?\s*\S/.test(fold(lines[lines.length - 1]))) continue;
    const left = columns.filter((c) => c.col < column.col && c.role === 'amount').pop();
    if (left && left.col === column.col - 1) add(left.col, [column.col], true);
  }

  for (const group of owner.groups) {
    if (group.cols.length < 2) continue;
    const breakdown = breakdownOf(group.text);
    if (breakdown) {
      // `Chia ra` / `Trong đó` over these columns breaks down the column just left of it.
      const parent = group.cols[0] - 1;
      const reps = representatives(group.cols, group.row);
      if (parent >= block.left && owner.at(group.row, parent) !== owner.at(group.row, group.cols[0])) add(parent, reps.cols, breakdown === 'ofWhich' || reps.partial);
      continue;
    }
    const total = group.cols.find((c) => amount.has(c) && TOTAL_LINE.test(linesBelow(c, group.row)));
    if (total === undefined) continue;
    const rest = group.cols.filter((c) => c !== total);
    const reps = representatives(rest, group.row);
    // `Tổng số | Trong đó: …` under one header: the rest is a part.
    const partial = reps.partial || subgroups(rest, group.row).some((s) => breakdownOf(textOf(s.key)) === 'ofWhich');
    add(total, reps.cols, partial);
  }
  // `Tổng số | Chi sự nghiệp giáo dục | Chi sự nghiệp khác` side by side: the total of the columns of
  // categories after it (no source, no year: the year × source plan covers those). Implied, not
  // stated: the rows bear it out, or it is dropped (identities/index.ts accept).
  for (const column of columns) {
    // A bare `Tổng số`, not a total of something named (`Tổng chi cân đối NSĐP` beside its parts' neighbours).
    if (column.role !== 'amount' || !BARE_TOTAL.test(lastLineOf(column))) continue;
    const rest: number[] = [];
    for (const next of columns) {
      if (next.col <= column.col) continue;
      if (next.role !== 'amount' || (next.source !== undefined && next.source !== 'other') || next.year !== undefined || TOTAL_LINE.test(lastLineOf(next))) break;
      rest.push(next.col);
    }
    add(column.col, rest, false);
  }
  return identities;
}

/** `Cả năm` beside `Quý I … Quý IV` too: bare, the rows bear it out or it is dropped (under a spanning header it is not said to total its neighbours: `Thực hiện năm 2025` over `6 tháng | Ước cả năm`). */
const BARE_TOTAL = new RegExp(`^(${TOTAL_WORDS.slice(1, -1)}|ca nam|tong ca nam)$`);

function lastLineOf(column: ColumnInfo): string {
  return fold(ownLine(column.header)).replace(/[\s:.*()\d]+$/, '').trim();
}

interface OwnerGrid {
  /** The header cell that covers (row, col): a merged area, an own cell, or a header spanning to its right. */
  at(row: number, col: number): string | undefined;
  texts: Map<string, string>;
  /** Runs of columns under one header cell, by row, top first. */
  groups: { row: number; key: string; text: string; cols: number[] }[];
}

function ownerGrid(view: SheetView, block: HeaderBlock): OwnerGrid {
  const keys = new Map<number, string>();
  const texts = new Map<string, string>();
  const width = block.right - block.left + 1;
  const index = (row: number, col: number) => (row - block.top) * width + (col - block.left);
  for (let row = block.top; row <= block.bottom; row++) {
    let spanning: string | undefined;
    for (let col = block.left; col <= block.right; col++) {
      const merge = view.merge(row, col);
      let key: string | undefined;
      if (merge) {
        key = `m${merge.top},${merge.left}`;
        texts.set(key, view.text(row, col));
        spanning = undefined;
      } else if (view.ownText(row, col) !== '') {
        key = `c${row},${col}`;
        texts.set(key, view.ownText(row, col));
        spanning = key;
      } else if (spanning && row < block.bottom && row > block.top && view.merge(row - 1, col) === view.merge(row - 1, col - 1) && view.merge(row - 1, col)) {
        key = spanning;
      } else {
        spanning = undefined;
      }
      if (key) keys.set(index(row, col), key);
    }
  }
  const groups: OwnerGrid['groups'] = [];
  for (let row = block.top; row <= block.bottom; row++) {
    for (let col = block.left; col <= block.right; col++) {
      const key = keys.get(index(row, col));
      if (!key) continue;
      const last = groups[groups.length - 1];
      if (last && last.row === row && last.key === key) last.cols.push(col);
      else groups.push({ row, key, text: texts.get(key) ?? '', cols: [col] });
    }
  }
  return { at: (row, col) => keys.get(index(row, col)), texts, groups };
}

const differences = new WeakMap<TableModel, Set<number>>();

/**
 * The table's columns of differences: headed so (`Chênh lệch`, `Tăng, giảm`: keywords.ts) or stated
 * so by the column-number row (`3=2-1`) or by its figures (difference-identities.ts). Worked out once per table.
 */
export function differenceColumns(table: TableModel): Set<number> {
  let cols = differences.get(table);
  if (!cols) {
    cols = new Set();
    for (const column of table.columns) if (column.role === 'amount' && hasPhrase(fold(column.header), HEADER_WORDS.difference)) cols.add(column.col);
    for (const stated of table.columnIdentities ?? []) if (stated.origin !== 'header' && stated.terms.some((t) => t.coef < 0)) cols.add(stated.target);
    differences.set(table, cols);
  }
  return cols;
}
