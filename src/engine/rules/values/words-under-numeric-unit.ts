import type { Rule } from '../rule';
import { itemRows, valueColumns } from './cells';
import { typedNumber } from './typed';
import { unitOfRow } from './units';

/** Words (`Giảm thiểu tối đa`) where the row's unit says a number: `%`, `lần`, `người`. One finding per row. */
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
    for (const row of itemRows(context.table)) {
      const cells: { at: { row: number; col: number }; text: string }[] = [];
      for (const column of columns) {
        // A typed number is never words: only other cells are read.
        if (typedNumber(context, row.row, column.col) !== undefined) continue;
        const quantity = context.quantity(row.row, column.col);
        if (quantity.kind === 'words') cells.push({ at: { row: row.row, col: column.col }, text: quantity.text });
      }
      if (cells.length === 0) continue;
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
