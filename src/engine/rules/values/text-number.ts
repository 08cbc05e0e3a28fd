import { formatDecimal } from '../../numbers';
import type { Rule } from '../rule';
import { quoted, textNumbers, writtenAs } from './cells';

/**
 * A number stored as text in a value column: Excel's SUM skips it, so a total over it comes out
 * short. A warning where the column otherwise holds real numbers; a note where the whole column is
 * text (nothing is skipped yet, but the first typed number beside it will be).
 */
export const rule: Rule = {
  meta: {
    id: 'values/text-number',
    severity: 'warning',
    kinds: ['indicator', 'budget'],
    messageIds: ['valuesTextNumber', 'valuesTextNumberColumn'],
    description: 'A number stored as text in a value column, which SUM and other formulas skip.',
  },
  check(context) {
    // A CSV file has no types: every number in it is text, and none is "stored as text".
    if (context.grid.textOnly) return;
    // `45%` typed as text beside cells formatted as percentages (0.45 shown as 45%) is 0.45 to Excel: `percentFormatted`.
    for (const { column, typed, percentFormatted, found: cells } of textNumbers(context)) {
      for (const found of cells) {
        const { quantity, text } = found;
        // Ratios, bounds and the other conventions' cells belong to other rules.
        if (quantity.per || quantity.bound || writtenAs(quantity, context.table.convention) !== 'text') continue;
        const value = formatDecimal(quantity.percent && percentFormatted ? quantity.value.div(100) : quantity.value);
        context.report({
          messageId: typed ? 'valuesTextNumber' : 'valuesTextNumberColumn',
          at: { row: found.row, col: column.col },
          severity: typed ? 'warning' : 'info',
          params: { text: quoted(text), value },
          fix: { value },
        });
      }
    }
  },
};
