import type { Cell } from './types';

/**
 * Excel's error values (Microsoft's "How to correct a #… error" pages), as a cell holds them and
 * as a CSV export writes them.
 */
export const ERROR_CODES = ['#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#NULL!'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/**
 * The error a cell holds: an error value, or its text as a CSV export writes it (`#REF!`). Other
 * error codes newer Excel has (`#SPILL!`, `#CALC!`) count as values; as text they are not told
 * from words.
 */
export function errorOf(cell: Cell | undefined): string | undefined {
  const value = cell?.value;
  if (value !== null && typeof value === 'object') return value.error;
  if (typeof value === 'string' && value.length <= 16 && value.includes('#')) {
    const text = value.trim().toUpperCase();
    if (CODES.has(text)) return text;
  }
  return undefined;
}
