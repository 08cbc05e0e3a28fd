import type { Rule } from '../rule';
import { itemRows, valueColumns } from './cells';
import { statesFigure } from './target-wording';
import { typedColumnsOf } from './typed';
import { unitOfRow } from './units';

/**
 * Words (`Giảm thiểu tối đa`) where the row's unit says a number: `%`, `lần`, `người`. Words that
 * still state a figure (`Đạt 100%`, `Giảm bình quân 0,6–0,8%/năm`: target-wording.ts) are no such
 * words. One finding per row.
 */
export const rule: Rule = {
  meta: {
    id: 'values/words-under-numeric-unit',
    severity: 'warning',
    kinds: ['indicator'],
    messageIds: ['valuesWordsUnderNumericUnit'],
    description: 'Words written where the unit (%, times, persons) calls for a number.',
  },
  check(context) {
    const columns = valueColumns(context.table);
    const typed = typedColumnsOf(context, columns);
    for (const row of itemRows(context.table)) {
      // Made only for a row that has words: most rows have none.
      let cells: { at: { row: number; col: number }; text: string }[] | undefined;
      for (let c = 0; c < columns.length; c++) {
        const { col } = columns[c];
        // A typed number is never words, nor is an empty cell: only the others are read (holdsOther, in place).
        if (typed[c].other[row.row - typed[c].top] === 0) continue;
        const quantity = context.quantity(row.row, col);
        if (quantity.kind === 'words' && !statesFigure(quantity.text)) (cells ??= []).push({ at: { row: row.row, col }, text: quantity.text });
      }
      if (cells === undefined) continue;
      const unit = unitOfRow(context, row);
      if (!unit) continue;
      const [first, ...others] = cells;
      context.report({
        messageId: 'valuesWordsUnderNumericUnit',
        at: first.at,
        related: others.map((c) => c.at),
        params: { text: first.text, unit: unit.text },
      });
    }
  },
};
