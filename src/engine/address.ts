import type { CellRange } from './types';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetters(col: number): string {
  // Most tables end before column AA: one letter, without the loop (a finding may list 20,000 cells).
  if (col >= 0 && col < 26) return LETTERS[col];
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `A` → 0, `AA` → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column → `B3`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeAddress(range: CellRange): string {
  const start = cellAddress(range.top, range.left);
  const end = cellAddress(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

const CELL_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** `B3` or `$B$3` → { row: 2, col: 1 }; undefined when it is not a cell address. */
export function parseCellAddress(address: string): { row: number; col: number } | undefined {
  const match = CELL_PATTERN.exec(address.trim());
  if (!match) return undefined;
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** `A3:R20`, `B5` (a single cell), with or without `$` and a sheet prefix. */
export function parseRangeAddress(address: string): CellRange | undefined {
  const withoutSheet = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second = first] = withoutSheet.split(':');
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
