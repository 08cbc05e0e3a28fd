import { formatDecimal } from '../../numbers';
import type { Rule } from '../rule';
import { quoted, textNumbers, writtenAs } from './cells';
import { readByFormula } from './formula-readers';

/**
 * A number stored as text in a value column: Excel's SUM skips it, so a total over it comes out
 * short. A warning where the column otherwise holds real numbers; a note where the whole column is
 * text (nothing is skipped yet, but the first typed number beside it will be). Nothing adds up an
 * indicator grid: there a text number is a warning only where a formula of the sheet reads it, else
 * a note (the grid reads the same either way).
 */
export const rule: Rule = {
  meta: {
    id: 'values/text-number',
    severity: 'warning',
    kinds: ['indicator', 'budget'],
    messageIds: ['valuesTextNumber', 'valuesTextNumberColumn', 'valuesTextNumberUnread'],
    description: 'A number stored as text in a value column, which SUM and other formulas skip.',
  },
  check(context) {
    // A CSV file has no types: every number in it is text, and none is "stored as text".
    if (context.grid.textOnly) return;
    const indicator = context.table.kind === 'indicator';
    // `45%` typed as text beside cells formatted as percentages (0.45 shown as 45%) is 0.45 to Excel: `percentFormatted`.
    for (const { column, typed, percentFormatted, found: cells } of textNumbers(context)) {
      for (const found of cells) {
        const { quantity, text } = found;
        // Ratios, bounds and the other conventions' cells belong to other rules.
        if (quantity.per || quantity.bound || writtenAs(quantity, context.table.convention) !== 'text') continue;
        const value = formatDecimal(quantity.percent && percentFormatted ? quantity.value.div(100) : quantity.value);
        const unread = typed && indicator && !readByFormula(context.grid, context.table, found.row, column.col);
        context.report({
          messageId: unread ? 'valuesTextNumberUnread' : typed ? 'valuesTextNumber' : 'valuesTextNumberColumn',
          at: { row: found.row, col: column.col },
          severity: typed && !unread ? 'warning' : 'info',
          params: { text: quoted(text), value },
          fix: { value },
        });
      }
    }
  },
};
