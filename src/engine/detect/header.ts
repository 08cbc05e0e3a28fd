import { fold, hasPhrase } from '../text';
import { HEADER_WORDS, sourceOf, yearsOf } from './keywords';
import type { SheetView } from './sheet-view';

export interface HeaderBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const MAX_HEADER_ROWS = 4;
const MAX_HEADER_TEXT = 90;

/** How many header words a row holds, and of how many kinds. Prose rows score nothing. */
export function headerScore(view: SheetView, row: number, left = view.left, right = view.right): { hits: number; kinds: number } {
  const kinds = new Set<string>();
  let hits = 0;
  let numbers = 0;
  const filled = view.filledColumns(row, left, right);
  // A row of amounts is data: no need to read its words.
  if (filled.filter((col) => typeof view.cell(row, col)?.value === 'number').length * 2 >= filled.length) return { hits: 0, kinds: 0 };
  for (const col of filled) {
    const cell = view.cell(row, col);
    if (typeof cell?.value === 'number') {
      numbers++;
      continue;
    }
    const text = view.ownText(row, col);
    if (text.length > MAX_HEADER_TEXT) continue;
    const kind = headerKind(fold(text));
    if (kind) {
      hits++;
      kinds.add(kind);
    }
  }
  if (numbers > hits) return { hits: 0, kinds: 0 };
  return { hits, kinds: kinds.size };
}

function headerKind(folded: string): string | undefined {
  if ((HEADER_WORDS.number as readonly string[]).includes(folded)) return 'number';
  if (hasPhrase(folded, HEADER_WORDS.unit)) return 'unit';
  if (hasPhrase(folded, HEADER_WORDS.agency)) return 'agency';
  if (yearsOf(folded).length > 0 && folded.length <= 40) return 'year';
  if (sourceOf(folded) && folded.length <= 40) return 'source';
  if (hasPhrase(folded, HEADER_WORDS.name)) return 'name';
  if (hasPhrase(folded, HEADER_WORDS.note)) return 'note';
  return undefined;
}

export function isHeaderRow(view: SheetView, row: number, left?: number, right?: number): boolean {
  const { hits, kinds } = headerScore(view, row, left, right);
  return (hits >= 2 && kinds >= 2) || hits >= 3;
}

/** The header that starts at `top`: rows spanned by its merged cells, then rows of sub-headers. */
export function headerBlockAt(view: SheetView, top: number, limit?: { left: number; right: number }): HeaderBlock {
  let bottom = top;
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  const minLeft = limit?.left ?? view.left;
  const maxRight = limit?.right ?? view.right;
  const take = (row: number) => {
    for (const col of view.filledColumns(row, minLeft, maxRight)) {
      const merge = view.merge(row, col);
      left = Math.min(left, Math.max(minLeft, merge?.left ?? col));
      right = Math.max(right, Math.min(maxRight, merge?.right ?? col));
      if (merge && merge.top === row) bottom = Math.max(bottom, Math.min(merge.bottom, top + MAX_HEADER_ROWS - 1));
    }
  };
  take(top);
  for (let row = top + 1; row <= bottom; row++) take(row);
  // Sub-headers (`Trung ương | Địa phương | Khác` under `Năm 2013`) that are not merged down.
  while (bottom - top + 1 < MAX_HEADER_ROWS && bottom < view.bottom && isSubHeaderRow(view, bottom + 1, left, right)) {
    bottom++;
    take(bottom);
  }
  return { top, bottom, left, right };
}

function isSubHeaderRow(view: SheetView, row: number, left: number, right: number): boolean {
  const filled = view.filledColumns(row, left, right);
  if (filled.length === 0) return false;
  let words = 0;
  for (const col of filled) {
    if (typeof view.cell(row, col)?.value === 'number') return false;
    const folded = fold(view.ownText(row, col));
    if (folded.length <= 40 && (sourceOf(folded) || yearsOf(folded).length > 0 || headerKind(folded))) words++;
  }
  return words >= Math.max(2, Math.ceil(filled.length * 0.6));
}

/** `TT | Nội dung | 1 | 2 | 3 | 4=1+2`: the numbered row some tables put under the header. */
export function isColumnNumberRow(view: SheetView, row: number, left: number, right: number): boolean {
  const filled = view.filledColumns(row, left, right);
  if (filled.length < 3) return false;
  return filled.every((col) => {
    const text = view.ownText(row, col);
    return /^\(?\d{1,2}\)?$/.test(text) || /^\(?[A-Z]\)?$/.test(text) || /^\(?\d{1,2}\s*=\s*[\d\s+\-*/()]+\)?$/.test(text);
  }) && isIncreasing(filled.map((col) => view.ownText(row, col)));
}

function isIncreasing(texts: string[]): boolean {
  const numbers = texts.map((t) => /^\(?(\d{1,2})/.exec(t)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  return numbers.every((n, i) => i === 0 || n > numbers[i - 1]);
}

/** Each column's header lines from top to bottom, merged cells repeated once. */
export function headerPath(view: SheetView, block: HeaderBlock, col: number): string[] {
  const lines: string[] = [];
  let previousMerge: unknown;
  for (let row = block.top; row <= block.bottom; row++) {
    const merge = view.merge(row, col);
    const text = view.text(row, col);
    if (text === '' || (merge && merge === previousMerge)) continue;
    if (lines[lines.length - 1] !== text || merge !== previousMerge) lines.push(text);
    previousMerge = merge;
  }
  return lines;
}
