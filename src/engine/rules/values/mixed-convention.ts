import { formatDecimal } from '../../numbers';
import type { Rule } from '../rule';
import { quoted, swapSeparators, textNumbers, writtenAs } from './cells';

/**
 * Text numbers written in the other convention than the rest of the table (`11,8/100` among
 * `42.86`): the table's convention comes from its unambiguous text numbers, so these are the
 * minority; typed numbers are never "mixed".
 */
export const rule: Rule = {
  meta: {
    id: 'values/mixed-convention',
    severity: 'warning',
    kinds: ['indicator', 'budget'],
    messageIds: ['valuesMixedConventionVi', 'valuesMixedConventionEn'],
    description: 'Text numbers written with the other decimal separator than the rest of the table (16,21 beside 42.86).',
  },
  check(context) {
    const { convention } = context.table;
    if (!convention) return;
    for (const { column, found: cells } of textNumbers(context)) {
      for (const found of cells) {
        if (writtenAs(found.quantity, convention) !== 'mixed') continue;
        const { quantity, text } = found;
        const value = formatDecimal(quantity.value);
        // Only a bare number can be written back as a number; a ratio or bound stays text.
        const plain = !quantity.per && !quantity.bound;
        context.report({
          // The message names the convention the cell uses, the opposite of the table's.
          messageId: convention === 'en' ? 'valuesMixedConventionVi' : 'valuesMixedConventionEn',
          at: { row: found.row, col: column.col },
          params: { text: quoted(text), value, rewritten: quoted(swapSeparators(text)) },
          ...(plain ? { fix: { value } } : {}),
        });
      }
    }
  },
};
