import { errorOf } from '../error-values';
import { readText } from '../numbers';
import { fold, hasPhrase } from '../text';
import { HEADER_WORDS, moneyUnitOf, namesPlaces, sourceOf, yearsOf } from './keywords';
import type { SheetView } from './sheet-view';
import { keepShapes } from '../shapes';

export interface HeaderBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A header block, made here only: every block has this literal's hidden class, and one is kept (../shapes.ts). */
function headerBlock(top: number, bottom: number, left: number, right: number): HeaderBlock {
  return { top, bottom, left, right };
}
keepShapes(headerBlock(0, 0, 0, 0));

/** Published forms stack up to eight header lines (`TỔNG THU` / `NSNN TRÊN` / `ĐỊA BÀN`). */
const MAX_HEADER_ROWS = 8;
const MAX_HEADER_TEXT = 120;

/** How many header words a row holds, and of how many kinds. Prose rows score nothing. */
export function headerScore(view: SheetView, row: number, left = view.left, right = view.right): { hits: number; kinds: number } {
  // Asked of every row a table may end at (a million on a full sheet): a row of amounts, the common
  // case, is counted without an array or a set.
  let filled = 0;
  let numbers = 0;
  for (let col = view.nextFilled(row, left, right); col >= 0; col = view.nextFilled(row, col + 1, right)) {
    filled++;
    if (typeof view.cell(row, col)?.value === 'number') numbers++;
  }
  // A row of amounts is data: no need to read its words. Years typed as numbers head columns.
  // (The run stops at a row's first number that is no year, nearly always its first number.)
  const yearCells = numbers >= 2 && isYearRun(view, row, left, right) ? numbers : 0;
  if (yearCells === 0 && numbers * 2 >= filled) return NO_HEADER;
  let hits = 0;
  let kinds = 0;
  for (let col = view.nextFilled(row, left, right); col >= 0; col = view.nextFilled(row, col + 1, right)) {
    if (typeof view.cell(row, col)?.value === 'number') continue;
    const text = view.ownText(row, col);
    if (text.length > MAX_HEADER_TEXT) continue;
    const kind = headerKind(fold(text));
    if (kind) {
      hits++;
      kinds |= KIND_BITS[kind];
    }
  }
  // The years count only beside a label header of their line (`STT`, `Nội dung`, `Ghi chú`): alone,
  // or beside a total word (`Tổng cộng | 2010 | 2011`), they may be amounts that happen to rise
  // through 1990–2100.
  if (yearCells > 0 && (kinds & LABEL_BITS) !== 0) return { hits: hits + yearCells, kinds: bitCount(kinds | KIND_BITS.year) };
  if (numbers > hits) return NO_HEADER;
  return { hits, kinds: bitCount(kinds) };
}

/** Years a header may name: the programmes' plans run from the 1990s (MoF's forms from 2003) to 2030 and beyond. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
/** The widest step between two year columns seen: a plan's milestones (`2025 | 2030`). */
const MAX_YEAR_STEP = 10;

/**
 * Whether `value` may follow `previous` (0 before the first) in a line of year headers typed as
 * numbers: a whole year in FIRST_YEAR–LAST_YEAR, later than the one before by at most MAX_YEAR_STEP.
 */
function nextYear(previous: number, value: number): boolean {
  if (!Number.isInteger(value) || value < FIRST_YEAR || value > LAST_YEAR) return false;
  return previous === 0 || (value > previous && value - previous <= MAX_YEAR_STEP);
}

/**
 * Whether every number on a line (own cells from `left` to `right`) is a year of a rising run of two
 * or more (`2022 | 2023 | 2024 | 2025`, `2025 | 2030`): year headers typed as numbers. A line
 * without numbers is not one.
 */
function isYearRun(view: SheetView, row: number, left: number, right: number): boolean {
  let count = 0;
  let last = 0;
  for (let col = view.nextFilled(row, left, right); col >= 0; col = view.nextFilled(row, col + 1, right)) {
    const value = view.cell(row, col)?.value;
    if (typeof value !== 'number') continue;
    if (!nextYear(last, value)) return false;
    last = value;
    count++;
  }
  return count >= 2;
}

/** A row without header words (shared: callers only read it). */
const NO_HEADER: { readonly hits: number; readonly kinds: number } = Object.freeze({ hits: 0, kinds: 0 });

type HeaderKind = 'number' | 'unit' | 'agency' | 'year' | 'amount' | 'source' | 'name' | 'note';
const KIND_BITS: Record<HeaderKind, number> = { number: 1, unit: 2, agency: 4, year: 8, amount: 16, source: 32, name: 64, note: 128 };

/** Headers of the label columns, beside which a line's numbers may be year headers. */
const LABEL_BITS = KIND_BITS.number | KIND_BITS.name | KIND_BITS.unit | KIND_BITS.agency | KIND_BITS.note;

function bitCount(bits: number): number {
  let count = 0;
  for (; bits !== 0; bits &= bits - 1) count++;
  return count;
}

function headerKind(folded: string): HeaderKind | undefined {
  if ((HEADER_WORDS.number as readonly string[]).includes(folded) || /^(so )?(tt|stt)\b/.test(folded)) return 'number';
  if (hasPhrase(folded, HEADER_WORDS.unit)) return 'unit';
  if (hasPhrase(folded, HEADER_WORDS.agency)) return 'agency';
  if (yearsOf(folded).length > 0 && folded.length <= 60) return 'year';
  if (hasPhrase(folded, HEADER_WORDS.amount) && folded.length <= 60) return 'amount';
  if (sourceOf(folded) && folded.length <= 60) return 'source';
  if (hasPhrase(folded, HEADER_WORDS.name) || namesPlaces(folded)) return 'name';
  if (hasPhrase(folded, HEADER_WORDS.note)) return 'note';
  return undefined;
}

export function isHeaderRow(view: SheetView, row: number, left?: number, right?: number): boolean {
  const { hits, kinds } = headerScore(view, row, left, right);
  return (hits >= 2 && kinds >= 2) || hits >= 3;
}

/**
 * The header that holds row `top`: rows above it that continue it (`TỔNG THU` over `NSNN TRÊN`),
 * rows spanned by its merged cells, then sub-header lines, up to six rows in all.
 */
export function headerBlockAt(view: SheetView, top: number, limit?: { left: number; right: number }, floor = view.top): HeaderBlock {
  const minLeft = limit?.left ?? view.left;
  const maxRight = limit?.right ?? view.right;
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  const spanOf = (row: number) => {
    for (const col of view.filledColumns(row, minLeft, maxRight)) {
      const merge = view.merge(row, col);
      left = Math.min(left, Math.max(minLeft, merge?.left ?? col));
      right = Math.max(right, Math.min(maxRight, merge?.right ?? col));
    }
  };
  spanOf(top);
  while (top > floor && isHeaderLine(view, top - 1, left, right, true)) {
    top--;
    spanOf(top);
  }
  let bottom = top;
  for (let row = top; row <= bottom; row++) {
    for (const col of view.filledColumns(row, minLeft, maxRight)) {
      const merge = view.merge(row, col);
      if (merge && merge.top === row) bottom = Math.max(bottom, Math.min(merge.bottom, top + MAX_HEADER_ROWS - 1));
    }
    spanOf(row);
  }
  while (bottom - top + 1 < MAX_HEADER_ROWS && bottom < view.bottom && isHeaderLine(view, bottom + 1, left, right, false)) {
    bottom++;
    spanOf(bottom);
  }
  return headerBlock(top, bottom, left, right);
}

/**
 * A line that continues a header: short words only, no amounts, several cells (a title or the unit
 * line is one wide cell), and no row number in front (a numbered row is data).
 */
function isHeaderLine(view: SheetView, row: number, left: number, right: number, above: boolean): boolean {
  const filled = view.filledColumns(row, left, right);
  if (filled.length === 0) return false;
  if (isColumnNumberRow(view, row, left, right)) return false;
  let words = 0;
  const years = isYearRun(view, row, left, right);
  for (const col of filled) {
    const cell = view.cell(row, col);
    // Years typed as numbers (`2022 | 2023` under `Kinh phí các năm`) head their columns.
    if (years && typeof cell?.value === 'number') {
      words++;
      continue;
    }
    // Amounts, and error values (a total row of `#REF!`, as a value or as a CSV writes it), are data.
    if (typeof cell?.value === 'number' || typeof cell?.value === 'boolean' || errorOf(cell)) return false;
    const text = view.ownText(row, col);
    if (amountText(text)) return false;
    const folded = fold(text);
    if (text.length > MAX_HEADER_TEXT || moneyUnitOf(text, folded) || /^(kem theo|phu luc|bieu|mau so)\b/.test(folded)) return false;
    const merge = view.merge(row, col);
    if (above && merge && merge.right - merge.left + 1 >= (right - left + 1) * 0.8) return false;
    if (headerKind(folded) || text.length <= 40) words++;
  }
  const first = fold(view.ownText(row, filled[0]));
  if (!above) {
    // A numbered line is data (`1 | Hằng năm …`, a goal row `I | Mục tiêu 1…`); a lone letter may be
    // STT split over rows (`S` / `T` / `T`) when the rest of the line is short words too.
    if (filled[0] === left && (/^(\d+(\.\d+)*|[ivxlc]+)[.)]?$/.test(first) || (/^[a-z][.)]?$/.test(first) && filled.length < 3))) return false;
    if (filled.length === 1 && filled[0] === left) return false;
    // A long text is a data row's label, unless the line heads three columns or more (a bilingual
    // form's English line: `Ratio of shared revenues between central and local budgets`).
    if (filled.length < 3 && filled.some((col) => view.ownText(row, col).length > 60)) return false;
  }
  return above ? filled.length >= 2 && words === filled.length : words >= Math.max(1, Math.ceil(filled.length * 0.6));
}

/**
 * An amount written as text, as every figure of a CSV is (`2.000`, `1,234.5`, `(105.000)`, `4500`):
 * data, never a header. A year (`2025`) or a one-digit number (a column number, a footnote) may
 * head a column.
 */
function amountText(text: string): boolean {
  const trimmed = text.trim();
  if (!/^\(?[-−]?\d[\d.,\s]*\)?$/.test(trimmed)) return false;
  const quantity = readText(trimmed);
  if (quantity.kind !== 'number') return false;
  if (/[.,]/.test(trimmed)) return true;
  const digits = trimmed.replace(/\D/g, '');
  return digits.length >= 2 && !/^(19|20)\d\d$/.test(digits);
}

/** One label of a column-number row: `1`, `(2)`, `A`, `3=4+5`, `(3)=(1)+(2)`, `5=4/3`, `5=4:3` (`:` divides in Vietnamese), `5=4/3x100%`. */
export const COLUMN_NUMBER = /^\(?([A-Z]|\d{1,2})\)?(\s*=\s*[\d\s+\-*/:()x×.…%]+)?$/;

/** `TT | Nội dung | 1 | 2 | 3 | 4=1+2`: the numbered row some tables put under the header. */
export function isColumnNumberRow(view: SheetView, row: number, left: number, right: number): boolean {
  const filled = view.filledColumns(row, left, right);
  if (filled.length < 3) return false;
  // Asked of every row the header search passes, most of them data: the first text that is not a
  // column number ends it.
  const texts: string[] = [];
  for (let i = 0; i < filled.length; i++) {
    // An error value (`#REF!` over a broken column) stands in a column-number row too.
    if (errorOf(view.cell(row, filled[i]))) continue;
    const text = view.ownText(row, filled[i]);
    if (!COLUMN_NUMBER.test(text)) return false;
    texts.push(text);
  }
  if (texts.length < 3) return false;
  const numbers = texts.map((t) => /^\(?(\d{1,2})/.exec(t)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  // Never decreasing: a repeated number (`6 6`) is a slip the column-numbers rule reports.
  return numbers.length >= 2 && numbers.every((n, i) => i === 0 || n >= numbers[i - 1]) && numbers[0] <= 2;
}

/**
 * Each column's header lines from top to bottom. A merged cell counts once; a header alone in one
 * cell, with empty cells to its right on its line and sub-headers below them, stands over those
 * columns too (`BỔ SUNG CÓ MỤC TIÊU` over `TỔNG SỐ | dự án | nhiệm vụ`).
 */
export function headerPath(view: SheetView, block: HeaderBlock, col: number): string[] {
  const lines: string[] = [];
  let previousMerge: unknown;
  // Words of one header split over several rows of its own column (`TỔNG THU` / `NSNN TRÊN` /
  // `ĐỊA BÀN`) are one line; a cell that covers other columns too starts a line of its own.
  let joinable = false;
  for (let row = block.top; row <= block.bottom; row++) {
    const merge = view.merge(row, col);
    let text = view.text(row, col);
    let spans = !!merge && merge.left !== merge.right;
    if (text === '' && !merge) {
      text = spanningText(view, block, row, col);
      spans = text !== '';
    } else if (!merge && col < block.right && view.ownText(row, col + 1) === '' && spanningText(view, block, row, col + 1) === text) {
      spans = true;
    }
    if (text === '' || (merge && merge === previousMerge)) continue;
    const single = !spans && (!merge || merge.left === merge.right);
    if (single && joinable && lines.length > 0) lines[lines.length - 1] = `${lines[lines.length - 1]} ${text}`;
    else if (lines[lines.length - 1] !== text || merge !== previousMerge) lines.push(text);
    joinable = single;
    previousMerge = merge;
  }
  return lines;
}

/**
 * The unmerged header to the left on the same line that stands over this empty cell, if any: both
 * under the same header above (a merged cell, or none at the top line), both with sub-headers below.
 */
function spanningText(view: SheetView, block: HeaderBlock, row: number, col: number): string {
  if (row === block.bottom) return '';
  const parentOf = (c: number) => (row === block.top ? 'top' : (view.merge(row - 1, c) ?? `col${c}`));
  // On the top line only a group header spans unmerged (`Năm 2013`, `Chia ra`, `Tổng cộng giai đoạn`); other words there are split words.
  const groupLike = (text: string) => row > block.top || yearsOf(fold(text)).length > 0 || /^(trong do|chia ra|bao gom|tong cong|giai doan|of which|by source)\b/.test(fold(text));
  const hasBelow = (c: number) => {
    for (let r = row + 1; r <= block.bottom; r++) if (view.text(r, c) !== '') return true;
    return false;
  };
  const parent = parentOf(col);
  if (!hasBelow(col)) return '';
  for (let c = col - 1; c >= block.left; c--) {
    if (view.merge(row, c) || parentOf(c) !== parent) return '';
    const text = view.ownText(row, c);
    if (text === '') continue;
    return hasBelow(c) && groupLike(text) ? text : '';
  }
  return '';
}
