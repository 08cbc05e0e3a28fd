import { fold } from '../text';
import type { NoteAmount } from '../types';
import type { SheetView } from './sheet-view';

/** Rows under a table read for its notes (`Ghi chú: (1) …`, `(2) Đã bao gồm …`). */
const NOTE_ROWS = 30;

/** Amounts a table's notes may name: more are not searched for a sum (a subset of each is tried). */
const MAX_AMOUNTS = 16;

/** đồng per unit word of a note's amount (`207 tỷ đồng`, `987.640 triệu đồng`, `200 billion dongs`). */
const UNIT_WORDS: Record<string, number> = { ty: 1e9, trieu: 1e6, nghin: 1e3, ngan: 1e3, billion: 1e9, million: 1e6, thousand: 1e3 };

/**
 * `38.895 tỷ đồng`, `987.640 triệu đồng`, `2,811 billion dongs`: a figure with grouping dots or
 * commas (a group of three digits after each) and an optional decimal part, then a unit word of
 * money, in folded text.
 */
const AMOUNT = /(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+|\d+)(?:([.,])(\d{1,2}|\d{4,}))?\s*(ty|trieu|nghin|ngan|billion|million|thousand)\b\s*(?:dong|d\b|vnd)/g;

/**
 * The amounts in money the notes under a table name, in the table's unit (`unitFactor` đồng per
 * unit): `Ghi chú: (1) Bao gồm 207 tỷ đồng bố trí để thu hồi …` under a table in triệu đồng gives
 * 207,000. The Ministry of Finance's estimates note amounts a total holds that no row lists (a
 * reserve not yet allocated, an advance repaid); a total off by exactly such amounts is not a slip.
 * Reads the text cells of the NOTE_ROWS rows under `bottom`, across the sheet (a note may run past
 * the table's last column); at most MAX_AMOUNTS amounts, in reading order. Empty when the unit is
 * unknown.
 */
export function noteAmountsBelow(view: SheetView, bottom: number, unitFactor: number | undefined): NoteAmount[] {
  const amounts: NoteAmount[] = [];
  if (!unitFactor) return amounts;
  const last = Math.min(view.bottom, bottom + NOTE_ROWS);
  for (let row = bottom + 1; row <= last && amounts.length < MAX_AMOUNTS; row++) {
    for (const col of view.filledColumns(row)) {
      const value = view.cell(row, col)?.value;
      if (typeof value !== 'string' || !/\d/.test(value)) continue;
      for (const match of fold(value).matchAll(AMOUNT)) {
        const figure = match[1].replace(/[.,]/g, '') + (match[2] ? `.${match[3]}` : '');
        amounts.push({ row, col, value: figure, factor: UNIT_WORDS[match[4]] / unitFactor });
        if (amounts.length >= MAX_AMOUNTS) break;
      }
    }
  }
  return amounts;
}
