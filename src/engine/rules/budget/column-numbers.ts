import { labelNumber } from '../../detect/column-identities';
import type { Rule } from '../rule';

/**
 * The column-number row (`A B 1 2 3=4+5 6 7`) numbers the columns one by one; a number written
 * twice (`… 6 6 7 …`) shifts every column after it, so `(8)=(6)+(7)` no longer says what it means.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/column-numbers',
    severity: 'info',
    kinds: ['budget'],
    messageIds: ['budgetColumnNumberRepeated'],
    description: 'The column-number row repeats or skips back a number: the columns after it are numbered one off.',
  },
  check(context) {
    const numbers = context.table.columnNumbers;
    if (!numbers) return;
    let previous: { col: number; n: number } | undefined;
    for (const { col, label } of numbers.labels) {
      const n = labelNumber(label);
      if (n === undefined) continue;
      if (previous && n <= previous.n) {
        const after = numbers.labels.filter((l) => l.col > col && labelNumber(l.label) !== undefined).length;
        context.report({
          messageId: 'budgetColumnNumberRepeated',
          at: { row: numbers.row, col },
          related: [{ row: numbers.row, col: previous.col }],
          expected: String(previous.n + 1),
          actual: String(n),
          params: { label: String(n), previous: String(previous.n), after },
        });
        // Count on from what it should have been: one slip is reported once.
        previous = { col, n: previous.n + 1 };
        continue;
      }
      previous = { col, n };
    }
  },
};
