import { parseRangeAddress } from '../../address';
import type { Pos } from './model';

const REFERENCE = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i;

/**
 * The cells a total's formula adds up, when it only adds cells of its own sheet:
 * `SUM(C5:C18)`, `C5+C8+C12`, `SUM(C5,C8)`, `$C$5+SUM(C6:C7)`. Undefined for anything else
 * (other sheets, other functions, subtraction, constants): those are not a plain sum to compare.
 */
export function sumReferences(formula: string): Pos[] | undefined {
  const text = formula.replace(/\s+/g, '').replace(/^\+/, '');
  if (text === '') return undefined;
  const cells: Pos[] = [];
  for (const term of splitTopLevel(text, '+')) {
    const inner = /^SUM\((.*)\)$/i.exec(term);
    const references = inner ? splitTopLevel(inner[1], ',;') : [term];
    for (const reference of references) {
      if (!REFERENCE.test(reference)) return undefined;
      const range = parseRangeAddress(reference);
      if (!range) return undefined;
      for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) cells.push({ row, col });
    }
  }
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
