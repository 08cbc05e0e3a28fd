import Decimal from 'decimal.js';
import { fold } from './text';
import type { Cell, NumberConvention } from './types';

Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export { Decimal };

/**
 * How a number was written:
 * - `typed`: Excel holds a real number;
 * - `plain`: text with no separator (`100`, `-5`), the same in every convention;
 * - `vi` / `en`: text that only one convention reads this way (`16,21`, `1.234,5`; `42.86`, `1,234.5`);
 * - `ambiguous`: text both conventions read, differently (`1.040`, `1,200`).
 */
export type Notation = 'typed' | 'plain' | 'vi' | 'en' | 'ambiguous';

export type BoundOperator = '<' | '<=' | '>' | '>=' | '~';

export interface NumberQuantity {
  kind: 'number';
  /** The value in the table's convention (or the only reading). */
  value: Decimal;
  notation: Notation;
  /** For `ambiguous`: the value in each convention. */
  readings?: Record<NumberConvention, Decimal>;
  /** Written with a `%` sign. */
  percent?: boolean;
  /** `113/100` → value 113, per 100. */
  per?: Decimal;
  /** `<52`, `>= 40`, `dưới 25`. */
  bound?: BoundOperator;
  /**
   * Written with a unit of money after it (`3.600.000đ`, `350 triệu`, `2,5 tỷ đồng`): the đồng one
   * unit of `value` is worth (1, 1e3, 1e6, 1e9). `value` is the figure as written; inTableUnit()
   * gives it in the table's unit.
   */
  money?: number;
  /** A footnote marker written after the figure (`1.401.700(1)`, `112.450(*)`), as published tables mark an amount. */
  footnote?: string;
}

export type Quantity =
  | NumberQuantity
  | { kind: 'empty' }
  | { kind: 'notAvailable' }
  | { kind: 'words'; text: string }
  | { kind: 'error'; error: string };

const NOT_AVAILABLE = new Set(['...', '…', '..', 'n/a', 'na', 'k/d', 'x']);
const NOTHING = new Set(['', '-', '–', '—', '--']);

const DIGIT = /\d/;
const SPACE = /[\s\u202f]/;
const NUMBER_START = /^[\d(\-−–+.,]/;
const FOOTNOTE_START = /^[\d(*]/;
/** The last letters of the trailing bound words below: only text ending so is searched for them. */
const TRAILING_END = /[negsw]$/i;

/** Vietnamese and English bound words, folded, longest first so `khong vuot qua` wins over `qua`. */
const BOUND_WORDS: [string, BoundOperator, string][] = ([
  ['khong vuot qua', '<='],
  ['khong qua', '<='],
  ['toi da', '<='],
  ['duoi', '<'],
  ['it hon', '<'],
  ['nho hon', '<'],
  ['below', '<'],
  ['under', '<'],
  ['less than', '<'],
  ['at most', '<='],
  ['no more than', '<='],
  ['it nhat', '>='],
  ['toi thieu', '>='],
  ['tu', '>='],
  ['tren', '>'],
  ['hon', '>'],
  ['over', '>'],
  ['above', '>'],
  ['more than', '>'],
  ['at least', '>='],
  ['khoang', '~'],
  ['about', '~'],
  ['around', '~'],
] as [string, BoundOperator][]).map(([word, op]) => [word, op, `${word} `]);

/** ASCII codes whose lower case begins a bound word. */
const BOUND_FIRST: boolean[] = (() => {
  const first: boolean[] = [];
  for (const [word] of BOUND_WORDS) {
    first[word.charCodeAt(0)] = true;
    first[word.toUpperCase().charCodeAt(0)] = true;
  }
  return first;
})();

const SYMBOL_BOUNDS: [string, BoundOperator][] = [
  ['<=', '<='],
  ['>=', '>='],
  ['≤', '<='],
  ['≥', '>='],
  ['=<', '<='],
  ['=>', '>='],
  ['<', '<'],
  ['>', '>'],
  ['~', '~'],
  ['≈', '~'],
];

/** `(1)`, `(*)`, `*`, `1/`, `(a)`: a footnote marker where a figure would stand (not −1). */
export function isFootnoteMarker(text: string): boolean {
  return /^(\(\d{1,2}\)|\(\*+\)|\*+|\d{1,2}\/|\([a-z]\))$/.test(text.trim());
}

/** How a table reads its text numbers: its convention, and the cells read the other way (key row × 20,000 + column). */
export interface Reading {
  convention?: NumberConvention;
  readAs?: ReadonlyMap<number, NumberConvention>;
  /** The table's unit: a figure written with a unit of money is read in it (inTableUnit). */
  unit?: { factor?: number };
}

/** The convention a table's cell is read in: its own if the totals chose one for it, else the table's. */
export function conventionAt(reading: Reading, row: number, col: number): NumberConvention | undefined {
  return reading.readAs?.get(row * 20_000 + col) ?? reading.convention;
}

/**
 * How many decimals a text number writes in the convention (`80,0` → 1 the Vietnamese way,
 * `24,000.0` → 1 the English way, `14.677.366` → 0): the digits after its last decimal mark, a
 * trailing zero counted (it is shown).
 */
export function writtenDecimals(text: string, convention?: NumberConvention): number {
  const mark = text.lastIndexOf(convention === 'en' ? '.' : ',');
  return mark < 0 ? 0 : /^\d*/.exec(text.slice(mark + 1))![0].length;
}

/** The value of one cell, in the table's convention when the text is ambiguous. */
export function readCell(cell: Cell | undefined, convention?: NumberConvention): Quantity {
  if (!cell || cell.value === null || cell.value === undefined) return { kind: 'empty' };
  const { value } = cell;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value: new Decimal(value), notation: 'typed' } : { kind: 'error', error: '#NUM!' };
  }
  if (typeof value === 'boolean') return { kind: 'words', text: String(value) };
  if (typeof value === 'object') return { kind: 'error', error: value.error };
  return readText(value, convention);
}

/** Reads a number typed as text: plain, Vietnamese or English separators, ratios, bounds, `%`. */
export function readText(raw: string, convention?: NumberConvention): Quantity {
  const simple = readSimple(raw, convention);
  if (simple !== undefined) return simple;
  const text = cleaned(raw);
  if (NOTHING.has(text)) return { kind: 'empty' };
  // Every mark of NOT_AVAILABLE is at most three characters, and a footnote marker starts with `(`, `*` or a digit.
  if (text.length <= 3 && NOT_AVAILABLE.has(text.toLowerCase())) return { kind: 'notAvailable' };
  if (FOOTNOTE_START.test(text) && isFootnoteMarker(text)) return { kind: 'notAvailable' };
  if (/^#[A-Z0-9/]+[!?]?$/.test(text) && /[!?]$|N\/A$/.test(text)) return { kind: 'error', error: text };
  // Every number has a digit: labels and words are told apart here, before any folding.
  if (!DIGIT.test(text)) return { kind: 'words', text };

  let rest = text;
  let bound: BoundOperator | undefined;
  // Indexed loops without destructuring: cold code would allocate for each pair.
  for (let i = 0; i < SYMBOL_BOUNDS.length; i++) {
    const symbol = SYMBOL_BOUNDS[i][0];
    const op = SYMBOL_BOUNDS[i][1];
    if (rest.startsWith(symbol)) {
      bound = op;
      rest = rest.slice(symbol.length).trim();
      break;
    }
  }
  // Only text whose first letter may begin a bound word is folded to look for one (not `12,5`, not `Cộng`).
  if (!bound && (rest.charCodeAt(0) >= 128 || BOUND_FIRST[rest.charCodeAt(0)])) {
    const folded = fold(rest);
    for (let i = 0; i < BOUND_WORDS.length; i++) {
      const [word, op, prefix] = BOUND_WORDS[i];
      if (folded.startsWith(prefix)) {
        bound = op;
        rest = rest.slice(rest.length - folded.length + word.length).trim();
        // `từ 40 trở lên` / `40% trở lên`: the trailing words only repeat the bound.
        break;
      }
    }
  }
  // A number (or a ratio's numerator) starts with a digit, a sign, a bracket or a separator: `Dự án 1` is words.
  if (!NUMBER_START.test(rest)) return { kind: 'words', text };
  // `từ 40 trở lên` / `40% trở lên` / `40 or more`: the trailing words are a bound of their own.
  const trailing = TRAILING_END.test(rest) ? /\s*(tro len|trở lên|or more|or above|tro xuong|trở xuống|or less|or below)$/i.exec(rest) : null;
  if (trailing) {
    bound ??= /len|lên|more|above/i.test(trailing[1]) ? '>=' : '<=';
    rest = rest.slice(0, trailing.index).trim();
  }

  // `3.600.000đ`, `350 triệu`, `1,5 tỷ đồng`: an amount written with its unit, as officers paste it from a text.
  let money: number | undefined;
  if (MONEY_END.test(rest)) {
    const unit = MONEY.exec(rest);
    if (unit && (unit[2] || unit[3])) {
      money = unit[2] ? MONEY_SCALE[fold(unit[2]).replace(/\.$/, '')] : 1;
      rest = unit[1];
    }
  }

  let percent = false;
  let perMille = false;
  if (/(%o|‰)$/i.test(rest)) {
    // `5‰` is five per thousand: a ratio like `5/1000`.
    perMille = true;
    rest = rest.replace(/(%o|‰)$/i, '').trim();
  } else if (/%$/.test(rest)) {
    percent = true;
    rest = rest.slice(0, -1).trim();
  }

  const slash = rest.indexOf('/');
  if (slash > 0) {
    const numerator = readPlainNumber(figureOf(rest.slice(0, slash)), convention);
    const denominator = readPlainNumber(figureOf(rest.slice(slash + 1)), convention ?? 'vi', true);
    if (numerator && denominator && !denominator.value.isZero()) {
      return { ...numerator, per: denominator.value, bound, percent: percent || undefined };
    }
    return { kind: 'words', text };
  }

  // `1.401.700(1)`, `112.450(*)`: the figure, and the footnote it is marked with (a bracket of digits
  // or of stars, or stars: never a figure's own bracket, `(1.234)`).
  const marked = !percent && !perMille && !bound ? TRAILING_FOOTNOTE.exec(rest) : null;
  if (marked && marked.index > 0) {
    const figure = readPlainNumber(rest.slice(0, marked.index), convention);
    if (figure) return { ...figure, footnote: marked[1] };
  }
  // `(1)     419.278.223`: the marker before the figure, spaced from it (a figure's own bracket, `(1.234)`, is not followed by one).
  const leading = !percent && !perMille && !bound ? LEADING_FOOTNOTE.exec(rest) : null;
  if (leading) {
    const figure = readPlainNumber(rest.slice(leading[0].length), convention);
    if (figure) return { ...figure, footnote: leading[1] };
  }
  const number = readPlainNumber(rest, convention);
  if (!number) return { kind: 'words', text };
  if (perMille) return { ...number, per: new Decimal(1000), bound };
  if (money !== undefined) return { ...number, bound, money };
  return { ...number, bound, percent: percent || undefined };
}

/** Text ending in a letter or `₫`: only it may carry a unit of money (MONEY). */
const MONEY_END = /[\p{L}₫.]$/u;
/** A figure, then a scale word (`nghìn`, `triệu`, `tr`, `tỷ`) and/or `đồng` (`đ`, `VNĐ`, `₫`). */
const MONEY = /^(.*?\d\)?)\s*(?:(nghìn|ngàn|triệu|trđ|tr\.?|tỷ|tỉ)\s*)?(đồng|đ|vnđ|vnd|₫)?\.?$/iu;
/** The đồng one unit of each scale word is worth, folded (`trđ` is triệu đồng). */
const MONEY_SCALE: Record<string, number> = { nghin: 1e3, ngan: 1e3, trieu: 1e6, trd: 1e6, tr: 1e6, ty: 1e9, ti: 1e9 };

/**
 * A quantity's value in the table's unit: a figure written with its unit of money (`350 triệu` in a
 * table of đồng) is converted by the two units' ratio; any other, or where the table states no unit
 * (factor undefined), is its value as written.
 */
export function inTableUnit(quantity: NumberQuantity, factor: number | undefined): Decimal {
  if (quantity.money === undefined || factor === undefined || quantity.money === factor) return quantity.value;
  return quantity.value.times(quantity.money).dividedBy(factor);
}

/** Characters a copy from a web page or a PDF leaves unseen in a cell: zero-width spaces and joiners, a stray byte-order mark. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * The text as a figure is read from: no-break spaces as spaces, invisible characters gone, trimmed,
 * and without the apostrophe Excel's "text" prefix leaves in the value when a cell is pasted as
 * text (`'1.500`).
 */
function cleaned(raw: string): string {
  let text = raw.includes('\u00a0') ? raw.replace(/\u00a0/g, ' ') : raw;
  if (INVISIBLE.test(text)) text = text.replace(INVISIBLES, '');
  text = text.trim();
  return text.charCodeAt(0) === 0x27 && /^'\s*[-−(+]?\d/.test(text) ? text.slice(1).trim() : text;
}
/** A footnote marker closing a figure's text: `(1)`, `(12)`, `(*)`, `(**)`, `*`, `(a)`. */
const TRAILING_FOOTNOTE = /\s*(\(\d{1,2}\)|\(\*{1,3}\)|\*{1,3}|\([a-z]\))$/;
/** The same marker before a figure, with at least a space between them. */
const LEADING_FOOTNOTE = /^(\(\d{1,2}\)|\(\*{1,3}\)|\([a-z]\))\s+(?=[-−(]?\d)/;

/**
 * One side of a ratio without the words that name what it counts: `112 trẻ trai` → `112`,
 * `100.000 trẻ đẻ sống` → `100.000`, as plans write the sex ratio at birth (`111 trẻ trai/100 trẻ
 * gái`, DOMAIN.md) and maternal mortality. Only letters may follow the figure: `2 lớp` is a figure
 * and its unit, `năm` (in `2 lớp/năm`) no figure at all, so that text stays words.
 */
function figureOf(side: string): string {
  const trimmed = side.trim();
  const counted = COUNTED.exec(trimmed);
  return counted ? counted[1] : trimmed;
}

/** A figure, then words of letters only (`112 trẻ trai`). */
const COUNTED = /^([-−(]?\d[\d.,]*\)?)\s+\p{L}[\p{L}\s]*$/u;

/**
 * Digits with at most one `.` or `,` between them (`45`, `45,23`, `1.040`), the text numbers grids
 * hold most, read as the general path reads them (same readings, same object shape) without its
 * patterns; undefined for any other text.
 */
function readSimple(text: string, convention: NumberConvention | undefined): NumberQuantity | undefined {
  const mark = simpleMark(text);
  if (mark === NOT_SIMPLE) return undefined;
  if (mark < 0) return { kind: 'number', value: new Decimal(text), notation: 'plain', bound: undefined, percent: undefined };
  const whole = text.slice(0, mark);
  const fraction = text.slice(mark + 1);
  // The mark read as the decimal mark, and as grouping thousands where it can (`1.040`).
  const asDecimal = new Decimal(`${whole}.${fraction}`);
  const asGroup = mayGroup(text, mark) ? new Decimal(whole + fraction) : undefined;
  const vi = text.charCodeAt(mark) === 0x2c ? asDecimal : asGroup;
  const en = text.charCodeAt(mark) === 0x2e ? asDecimal : asGroup;
  if (vi && en && !vi.equals(en)) {
    const value = convention === 'en' ? en : vi;
    return { kind: 'number', value, notation: 'ambiguous', readings: { vi, en }, bound: undefined, percent: undefined };
  }
  const notation: Notation = vi && en ? 'plain' : vi ? 'vi' : 'en';
  return { kind: 'number', value: (vi ?? en) as Decimal, notation, bound: undefined, percent: undefined };
}

/** simpleMark() of a text that is not digits with at most one `.` or `,` between them. */
const NOT_SIMPLE = -2;

/**
 * readSimple's shape: the index of the one `.` or `,` between digits (`45,23`, `1.040`), -1 for
 * digits alone (`45`), NOT_SIMPLE for any other text (or one over 30 characters).
 */
function simpleMark(text: string): number {
  const length = text.length;
  if (length === 0 || length > 30) return NOT_SIMPLE;
  let mark = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) continue;
    if ((code !== 0x2c && code !== 0x2e) || mark >= 0 || i === 0 || i === length - 1) return NOT_SIMPLE;
    mark = i;
  }
  return mark;
}

/**
 * The mark of a simple text number may also group thousands: one to three digits before it, three
 * after (`1.040`), the first of them no 0 (`0,630` is 0.63 in either way of writing) unless all are.
 */
function mayGroup(text: string, mark: number): boolean {
  return mark <= 3 && text.length - mark - 1 === 3 && (text.charCodeAt(0) !== 0x30 || !/[1-9]/.test(text));
}

/**
 * What a text tells of the convention it is written in, as readText(text) reads it: `vi` or `en`
 * where only that convention reads it as a number (`16,21`, `42.86`), `ambiguous` where both do,
 * as two numbers (`1.040`), undefined where it tells neither (a plain number, or no number). The
 * detector asks it of every text number of a table before the rules read them in the table's
 * convention; readSimple's shapes, most of them, are told without making readText's Decimals.
 */
export function conventionTold(text: string): 'vi' | 'en' | 'ambiguous' | undefined {
  const mark = simpleMark(text);
  if (mark === NOT_SIMPLE) {
    const quantity = readText(text);
    if (quantity.kind !== 'number') return undefined;
    if (quantity.notation === 'vi' || quantity.notation === 'en') return quantity.notation;
    return quantity.notation === 'ambiguous' && quantity.readings ? 'ambiguous' : undefined;
  }
  if (mark < 0) return undefined;
  // Read as a decimal (w + f/1000) and as grouped thousands (1000w + f), the two differ unless
  // every digit is 0, where readSimple finds them equal and the text plain.
  if (mayGroup(text, mark)) return /[1-9]/.test(text) ? 'ambiguous' : undefined;
  return text.charCodeAt(mark) === 0x2c ? 'vi' : 'en';
}

/**
 * `1.040` and `1,200` are ambiguous; `16,21`, `1.234,5`, `1.234.567` are Vietnamese; `42.86`,
 * `1,234.5`, `1,234,567` are English. A denominator (`100.000`) is read as a whole number.
 */
function readPlainNumber(text: string, convention?: NumberConvention, wholeNumber = false): NumberQuantity | undefined {
  let body = SPACE.test(text) ? text.replace(/[\s\u202f]/g, '') : text;
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1);
  }
  if (/^[-−–+]/.test(body)) {
    negative = body[0] !== '+';
    body = body.slice(1);
  }
  if (!/^\d[\d.,]*$/.test(body) && !/^[.,]\d+$/.test(body)) return undefined;

  const readings = readingsOf(body);
  if (!readings) return undefined;
  const sign = (d: Decimal) => (negative ? d.negated() : d);
  const { vi, en } = readings;
  if (vi && en && !vi.equals(en)) {
    const chosen = wholeNumber ? pickWhole(readings) : convention === 'en' ? en : vi;
    return {
      kind: 'number',
      value: sign(chosen),
      notation: wholeNumber ? 'plain' : 'ambiguous',
      readings: { vi: sign(vi), en: sign(en) },
    };
  }
  const only = readings.vi ?? readings.en;
  if (!only) return undefined;
  const notation: Notation = readings.vi && readings.en ? 'plain' : readings.vi ? 'vi' : 'en';
  return { kind: 'number', value: sign(only), notation };
}

/**
 * A denominator is a whole number; when both readings are (`100,000` is 100 or 100000), the mark
 * groups thousands: nobody writes a denominator with three trailing decimal zeros.
 */
function pickWhole(readings: { vi?: Decimal; en?: Decimal }): Decimal {
  const whole = [readings.vi, readings.en].filter((d): d is Decimal => d !== undefined && d.isInteger());
  if (whole.length > 0) return Decimal.max(...whole);
  return (readings.vi ?? readings.en) as Decimal;
}

/** The value of `body` (digits, `.` and `,` only) under each convention that can read it. */
function readingsOf(body: string): { vi?: Decimal; en?: Decimal } | undefined {
  const vi = readWith(body, '.', ',');
  const en = readWith(body, ',', '.');
  if (!vi && !en) return undefined;
  return { vi, en };
}

/** Grouping every three digits with `group`, and at most one `decimal` mark after the groups. */
function readWith(body: string, group: string, decimal: string): Decimal | undefined {
  const parts = body.split(decimal);
  if (parts.length > 2) return undefined;
  const [whole, fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
  if (whole.includes(group)) {
    const groups = whole.split(group);
    // A leading group of 0 groups nothing (`0,630` is no 630): only a decimal mark reads it.
    if (!/^\d{1,3}$/.test(groups[0]) || (/^0/.test(groups[0]) && /[1-9]/.test(body)) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return undefined;
  } else if (!/^\d*$/.test(whole) || (whole === '' && fraction === undefined)) {
    return undefined;
  }
  const digits = whole.split(group).join('') || '0';
  return new Decimal(fraction === undefined ? digits : `${digits}.${fraction}`);
}

/** The number a cell holds, or undefined; `-` and empty cells are zero only where the caller says so. */
export function numberOf(cell: Cell | undefined, convention?: NumberConvention): Decimal | undefined {
  const quantity = readCell(cell, convention);
  return quantity.kind === 'number' && !quantity.per && !quantity.bound ? quantity.value : undefined;
}

/** A decimal as plain text with no exponent and no trailing zeros: `1770`, `0.5`. */
export function formatDecimal(value: Decimal): string {
  return value.toFixed();
}

/** A number format that shows a percentage (`0%`, `0.0%`), a `%` inside quotes or escaped aside. */
export function isPercentFormat(format: string | undefined): boolean {
  return !!format && format.includes('%') && /%/.test(format.replace(/"[^"]*"|\\./g, ''));
}
