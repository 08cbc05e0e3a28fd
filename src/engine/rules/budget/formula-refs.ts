import type { CellRange } from '../../types';
import type { Pos } from './model';

/**
 * The ranges a total's formula adds up, in order, when it only adds cells of its own sheet:
 * `SUM(C5:C18)`, `C5+C8+C12`, `SUM(C5,C8)`, `$C$5+SUM(C6:C7)`. Undefined for anything else
 * (other sheets, other functions, subtraction, constants): those are not a plain sum to compare.
 * Read by hand, character by character: every total of a large table is read, and most hold.
 */
export function sumRanges(formula: string): CellRange[] | undefined {
  let text = SPACE.test(formula) ? formula.replace(/\s+/g, '') : formula;
  if (text.charCodeAt(0) === PLUS) text = text.slice(1);
  if (text === '') return undefined;
  const ranges: CellRange[] = [];
  for (const term of splitTopLevel(text, '+')) {
    if (isSumCall(term)) {
      for (const reference of splitTopLevel(term.slice(4, -1), ',;')) if (!pushReference(reference, ranges)) return undefined;
    } else if (!pushReference(term, ranges)) return undefined;
  }
  return ranges;
}

/** The cells of sumRanges(), one by one, in order (a cell added twice is listed twice). */
export function sumReferences(formula: string): Pos[] | undefined {
  const ranges = sumRanges(formula);
  if (!ranges) return undefined;
  const cells: Pos[] = [];
  for (const range of ranges) for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) cells.push({ row, col });
  return cells;
}

/**
 * The cells a total's formula adds and whether it skips hidden rows: `SUBTOTAL(109, C5:C9)` (and
 * 101–111) leaves out rows hidden by hand, `SUBTOTAL(9, …)` only rows hidden by a filter, `SUM`
 * none. Undefined for anything that is not a plain sum.
 */
export function formulaSum(formula: string): { cells: Pos[]; skipsHidden: boolean } | undefined {
  const subtotal = /^\+?SUBTOTAL\(\s*(9|109)\s*[,;](.*)\)$/i.exec(formula.replace(/\s+/g, ''));
  if (subtotal) {
    const cells = sumReferences(`SUM(${subtotal[2]})`);
    return cells ? { cells, skipsHidden: subtotal[1] === '109' } : undefined;
  }
  const cells = sumReferences(formula);
  return cells ? { cells, skipsHidden: false } : undefined;
}

const SPACE = /\s/;
const PLUS = 43;
const COLON = 58;
const DOLLAR = 36;

/** `SUM(…)`, any case: the whole term is one call (`SUM(C5)+…` was split on `+` before). */
function isSumCall(term: string): boolean {
  return term.length >= 5 && term.charCodeAt(3) === 40 && term.charCodeAt(term.length - 1) === 41 && term.slice(0, 3).toUpperCase() === 'SUM';
}

/** Reads `C5`, `$C$5` or `C5:D9` (the whole text, no sheet name) and pushes its range; false when it is anything else. */
function pushReference(text: string, ranges: CellRange[]): boolean {
  const first = readCell(text, 0);
  if (!first) return false;
  let second = first;
  if (first.end < text.length) {
    if (text.charCodeAt(first.end) !== COLON) return false;
    const other = readCell(text, first.end + 1);
    if (!other || other.end !== text.length) return false;
    second = other;
  }
  ranges.push({
    top: Math.min(first.row, second.row),
    left: Math.min(first.col, second.col),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.col, second.col),
  });
  return true;
}

/** `$?` 1–3 letters `$?` digits from `start`: the 0-based cell and where it ends. */
function readCell(text: string, start: number): { row: number; col: number; end: number } | undefined {
  let i = start;
  if (text.charCodeAt(i) === DOLLAR) i++;
  let col = 0;
  const lettersStart = i;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20; // lower case for letters
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  const letters = i - lettersStart;
  if (letters < 1 || letters > 3) return undefined;
  if (text.charCodeAt(i) === DOLLAR) i++;
  const digitsStart = i;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === digitsStart) return undefined;
  return { row: Number(text.slice(digitsStart, i)) - 1, col: col - 1, end: i };
}

/** Splits on separators outside parentheses. */
function splitTopLevel(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && separators.includes(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
