import { fold, hasPhrase } from '../text';
import type { ColumnIdentity, ColumnInfo, NumberConvention } from '../types';
import { tried, type DataRows } from './column-identities';
import { HEADER_WORDS } from './keywords';
import type { SheetView } from './sheet-view';

/** Rows a difference must hold on before its other rows are judged by it. */
const MIN_HELD = 3;

/**
 * The row identities of the table's columns of differences that no column-number row states:
 * `Tăng (+), giảm (-)` after `Kế hoạch đã giao | Kế hoạch sau điều chỉnh`, `Chênh lệch` after
 * `Dự toán | Quyết toán`, `So sánh: Tuyệt đối`. A header names a difference but not its two
 * amounts, so the pair is read from the figures (as an unstated ratio is, rules/budget/ratio.ts):
 * the two amount columns to its left whose difference (either way round) the column shows on most
 * of its rows, three at least; where two pairs do equally, none is taken. Each identity is
 * `difference = minuend − subtrahend` on every row, a row identity the localisation reads like any
 * other (a wrong `Tăng, giảm` on one row is then that cell, not "one of" the column's cells).
 *
 * `columns`: the table's settled columns; `data`: its data rows (sheet rows); `stated`: targets a
 * column-number row or a header already gives an identity to, left as they are.
 */
export function differenceIdentities(view: SheetView, columns: ColumnInfo[], data: DataRows, convention: NumberConvention | undefined, stated: ReadonlySet<number>): ColumnIdentity[] {
  const amounts = columns.filter((c) => c.role === 'amount');
  const identities: ColumnIdentity[] = [];
  for (const column of amounts) {
    if (stated.has(column.col) || !namesDifference(column)) continue;
    let best: { terms: { col: number; coef: number }[]; held: number; broken: number } | undefined;
    let tie = false;
    // A difference stands after the two amounts it compares: only the columns to its left are tried.
    const before = amounts.filter((c) => c.col < column.col);
    for (const minuend of before) {
      for (const subtrahend of before) {
        if (minuend === subtrahend) continue;
        const terms = [
          { col: minuend.col, coef: 1 },
          { col: subtrahend.col, coef: -1 },
        ];
        const { held, broken } = tried(view, column.col, terms, data, convention);
        if (held < MIN_HELD || held <= broken) continue;
        if (!best || held > best.held) {
          best = { terms, held, broken };
          tie = false;
        } else if (held === best.held) tie = true;
      }
    }
    if (best && !tie) identities.push({ target: column.col, terms: best.terms.sort((a, b) => a.col - b.col), relation: '=', stated: false, origin: 'difference' });
  }
  return identities;
}

/**
 * A column headed as a difference in amounts: its lowest header line opens with the word
 * (`Chênh lệch QT/DT`, `Tăng (+), giảm (-)`, `Số tăng, giảm`, `Tuyệt đối`, `Difference`), not a
 * relative one (`Tương đối (%)`). A word inside a name is no heading of the kind: `Chi cấp bù chênh
 * lệch lãi suất` is an expenditure, a part of its group's total, not a difference.
 */
function namesDifference(column: ColumnInfo): boolean {
  const lines = column.header.split(' / ');
  const lowest = fold(lines[lines.length - 1]).replace(/^[\s\d.)(:-]*(?:so\s+)?/, '');
  return HEADER_WORDS.difference.some((word) => lowest.startsWith(word)) && !hasPhrase(lowest, HEADER_WORDS.ratio) && !/%|tuong doi|relative/.test(lowest);
}
