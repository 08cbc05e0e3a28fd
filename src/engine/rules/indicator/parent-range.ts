import { Decimal, formatDecimal, type NumberQuantity } from '../../numbers';
import type { RowInfo, TableModel } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { isRateUnit, rowClasses, unitOf, valueColumns } from './grid-reading';
import { sharePairs } from './shares';
import { wordsOf } from './sex-words';
import { nearestAt, typedColumn, typedIn, type TypedColumn } from '../values/typed';

/**
 * Words that name a part of a whole population: an administrative level or area, a sex. A child
 * is a part when the words that set it apart from its siblings include one of these.
 */
const PART_WORDS = new Set([
  'tinh', 'huyen', 'xa', 'phuong', 'thi', 'tran', 'thanh', 'pho', 'thon', 'ban', 'trung', 'uong', 'nong', 'mien', 'nui',
  'vung', 'khu', 'dong', 'bang', 'nam', 'nu', 'gioi', 'trai', 'gai',
  'province', 'provincial', 'district', 'commune', 'ward', 'village', 'central', 'national', 'urban', 'rural', 'region',
  'city', 'town', 'men', 'women', 'male', 'female', 'boys', 'girls',
]);

const RATE_LABEL = /^(ty le|ti le|ty so|ti so|rate|ratio|share|percentage|proportion)\b/;

export const rule: Rule = {
  meta: {
    id: 'indicator/parent-range',
    severity: 'warning',
    kinds: ['indicator'],
    messageIds: ['indicatorParentOutsideRange'],
    description: 'A rate over levels or areas cannot lie outside the range of its parts’ rates.',
  },
  check(context) {
    const { table } = context;
    const shareParents = new Set(sharePairs(table).map((pair) => pair.parent));
    const { indicator } = rowClasses(table);
    const columns = valueColumns(table);
    const typed = columns.map((column) => typedColumn(context, column.col));
    // An indexed loop, no closure: it runs over every row before it is optimised.
    for (let index = 0; index < table.rows.length; index++) {
      const parent = table.rows[index];
      if (indicator[index] === 0 || parent.childrenMode !== 'all' || parent.children.length < 2) continue;
      if (shareParents.has(index)) continue;
      const children = childRows(table, parent, indicator);
      if (children === undefined) continue;
      let parts: boolean | undefined; // read from the labels only when a value may be out of range
      const unit = commonUnit(context, table, parent, children);
      if (unit === undefined) continue;
      for (let c = 0; c < columns.length; c++) {
        const column = columns[c];
        if (withinRange(context, parent, children, column.col, typed[c])) continue;
        // Children that are not parts of their parent give no finding: their labels are read before their values.
        if (!(parts ??= areParts(children))) continue;
        const parentValue = exactValue(context, parent.row, column.col);
        const childValues = children.map((child) => exactValue(context, child.row, column.col));
        if (!parentValue || childValues.some((v) => !v || !samePer(v, parentValue))) continue;
        const isRate = isRateUnit(unit) || parentValue.per !== undefined || RATE_LABEL.test(wordsOf(parent.label).join(' '));
        if (!isRate) continue;
        const { min, max } = rangeOf(childValues.map((v) => v!.value));
        const value = parentValue.value;
        const bound = value.lessThan(low(min, context.tolerance)) ? min : value.greaterThan(high(max, context.tolerance)) ? max : undefined;
        if (!bound) continue;
        context.report({
          messageId: 'indicatorParentOutsideRange',
          at: { row: parent.row, col: column.col },
          related: children.map((child) => ({ row: child.row, col: column.col })),
          expected: formatDecimal(bound),
          actual: formatDecimal(value),
          difference: formatDecimal(value.minus(bound)),
          params: { min: formatDecimal(min), max: formatDecimal(max), header: column.header },
        });
      }
    }
  },
};

/** The parent's children, undefined when one is not an indicator row (`indicator`: rowClasses(table).indicator). */
function childRows(table: TableModel, parent: RowInfo, indicator: Uint8Array): RowInfo[] | undefined {
  for (let i = 0; i < parent.children.length; i++) if (indicator[parent.children[i]] === 0) return undefined;
  const children: RowInfo[] = [];
  for (let i = 0; i < parent.children.length; i++) children.push(table.rows[parent.children[i]]);
  return children;
}

/** The least and the greatest of some values (Decimal.min and max copy every argument first). */
function rangeOf(values: Decimal[]): { min: Decimal; max: Decimal } {
  let min = values[0];
  let max = values[0];
  for (const value of values) {
    if (value.lessThan(min)) min = value;
    else if (value.greaterThan(max)) max = value;
  }
  return { min, max };
}

/** The range's ends widened by the tolerance; no arithmetic where there is none (the default). */
const low = (min: Decimal, tolerance: Decimal) => (tolerance.isZero() ? min : min.minus(tolerance));
const high = (max: Decimal, tolerance: Decimal) => (tolerance.isZero() ? max : max.plus(tolerance));

/**
 * The parent's value lies within its children's range, known from JS numbers before any Decimal is
 * read: typed numbers compare exactly so (../values/typed.ts), and a number read from text by its
 * nearest JS number wherever that differs from the other's (rounding never reverses an order). False
 * where that does not settle it (a tie with text, a ratio, a bound, a tolerance), for the Decimals to.
 */
function withinRange(context: RuleContext, parent: RowInfo, children: RowInfo[], col: number, typed: TypedColumn): boolean {
  if (!context.tolerance.isZero()) return false;
  const value = nearestNumber(context, parent.row, col, typed);
  if (Number.isNaN(value)) return false;
  const valueTyped = !Number.isNaN(typedIn(typed, context, parent.row, col));
  let below = false;
  let above = false;
  for (let c = 0; c < children.length; c++) {
    const { row } = children[c];
    const childValue = nearestNumber(context, row, col, typed);
    if (Number.isNaN(childValue)) return false;
    const tie = childValue === value && valueTyped && !Number.isNaN(typedIn(typed, context, row, col));
    if (childValue < value || tie) below = true;
    if (childValue > value || tie) above = true;
  }
  return below && above;
}

/**
 * A plain number (no ratio, no bound) as a JS number: the typed number itself, or the nearest to
 * one read from text; NaN for none (a number, not an object, for each cell).
 */
function nearestNumber(context: RuleContext, row: number, col: number, typedCells: TypedColumn): number {
  // The column's arrays read in place (../values/typed.ts), a function called only outside them.
  const i = row - typedCells.top;
  const typed = typedCells.values[i] ?? typedIn(typedCells, context, row, col);
  if (!Number.isNaN(typed)) return typed;
  // An empty cell holds no number: its quantity is not looked up.
  if (typedCells.other[i] === 0) return NaN;
  const quantity = context.quantity(row, col);
  if (quantity.kind !== 'number' || quantity.bound || quantity.per) return NaN;
  return nearestAt(typedCells, row, quantity.value);
}

/** An exact value: a number with no bound (`<52` says only where the value lies). */
function exactValue(context: RuleContext, row: number, col: number): NumberQuantity | undefined {
  const quantity = context.quantity(row, col);
  return quantity.kind === 'number' && !quantity.bound ? quantity : undefined;
}

function samePer(a: NumberQuantity, b: NumberQuantity): boolean {
  return a.per === undefined ? b.per === undefined : b.per !== undefined && a.per.equals(b.per);
}

/** The unit parent and children share (a child with no unit takes its parent's); undefined when they differ. */
function commonUnit(context: RuleContext, table: TableModel, parent: RowInfo, children: RowInfo[]): string | undefined {
  // Loops, no closures: asked for every parent of a grid. unitOf keeps each text's unit, so reading a child's twice costs a look-up.
  let unit = unitOf(context, table, parent);
  for (let c = 0; c < children.length && unit === ''; c++) unit = unitOf(context, table, children[c]);
  for (let c = 0; c < children.length; c++) {
    const own = unitOf(context, table, children[c]);
    if (own !== '' && own !== unit) return undefined;
  }
  return unit;
}

/**
 * Children are parts of their parent when the words that tell each from its siblings name a
 * level, an area or a sex (`cấp tỉnh`, `cấp huyện`, `cấp xã`). Counting words, not sets, so the
 * `xã` of `cấp xã` still tells apart a label that also says `xã hội`.
 */
function areParts(children: RowInfo[]): boolean {
  // Each child's part words, as often as it says them: a few words, in small arrays rather than maps.
  const words: string[][] = [];
  for (let c = 0; c < children.length; c++) {
    const own: string[] = [];
    const all = wordsOf(children[c].label);
    for (let w = 0; w < all.length; w++) if (PART_WORDS.has(all[w])) own.push(all[w]);
    // A child that names no level, area or sex is told apart by none.
    if (own.length === 0) return false;
    words.push(own);
  }
  for (let c = 0; c < words.length; c++) {
    let told = false;
    for (let w = 0; w < words[c].length && !told; w++) told = countOf(words[c], words[c][w]) > fewest(words, words[c][w]);
    if (!told) return false;
  }
  return true;
}

/** How many times the word is in the list. */
function countOf(list: readonly string[], word: string): number {
  let n = 0;
  for (let i = 0; i < list.length; i++) if (list[i] === word) n++;
  return n;
}

/** The fewest times the word is in any of the lists. */
function fewest(lists: readonly string[][], word: string): number {
  let n = Infinity;
  for (let i = 0; i < lists.length && n > 0; i++) n = Math.min(n, countOf(lists[i], word));
  return n;
}
