import { fold } from '../../text';
import type { Rule } from '../rule';
import { itemRows, rangeOf, valueColumns } from './cells';
import { typedColumnsOf } from './typed';
import { unitOfRow } from './units';

/**
 * How plans write a target in words that still says a number (Vietnamese plans' usual wording),
 * besides a range (rangeOf): a change against the year before (`Giảm 5%`, `Tăng 10% so với năm
 * 2025`), keeping a level (`Duy trì 100%`, `Duy trì`), or no figure yet (`Chưa có số liệu`).
 */
const NUMBER = '\\d+(?:[.,]\\d+)*\\s*%?';
const TARGET_WORDING = new RegExp(
  `^(?:(?:giam|tang)(?:\\s+(?:them|it nhat|toi thieu|toi da|khoang|binh quan))?\\s+${NUMBER}(?:\\s*/\\s*nam)?(?:\\s+so voi\\b.*)?|duy tri(?:\\s+(?:o muc\\s+)?${NUMBER})?|(?:chua|khong) co so lieu)$`,
);

/** Whether words in a value cell still state a target (TARGET_WORDING, or a range). */
function statesTarget(text: string): boolean {
  const folded = fold(text).trim();
  return TARGET_WORDING.test(folded) || rangeOf(folded) !== undefined;
}

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
    const typed = typedColumnsOf(context, columns);
    for (const row of itemRows(context.table)) {
      // Made only for a row that has words: most rows have none.
      let cells: { at: { row: number; col: number }; text: string }[] | undefined;
      for (let c = 0; c < columns.length; c++) {
        const { col } = columns[c];
        // A typed number is never words, nor is an empty cell: only the others are read (holdsOther, in place).
        if (typed[c].other[row.row - typed[c].top] === 0) continue;
        const quantity = context.quantity(row.row, col);
        if (quantity.kind === 'words' && !statesTarget(quantity.text)) (cells ??= []).push({ at: { row: row.row, col }, text: quantity.text });
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
