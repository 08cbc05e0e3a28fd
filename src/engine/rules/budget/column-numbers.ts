import { labelNumber } from '../../detect/column-identities';
import { mergeIndexOf } from '../../merges';
import { columnLetters } from '../../address';
import type { ColumnNumbers } from '../../types';
import type { Rule, RuleContext } from '../rule';

/**
 * The column-number row (`A B 1 2 3=4+5 6 7`) numbers the columns one by one; a number written
 * twice (`… 6 6 7 …`) or skipped (`… 6 8 9 …`) shifts every column after it, so `(8)=(6)+(7)` no
 * longer says what it means. Letters (`A`, `B`) and cells without a number are passed over; where
 * the row starts does not matter.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/column-numbers',
    severity: 'info',
    kinds: ['budget'],
    messageIds: ['budgetColumnNumberRepeated', 'budgetColumnNumberRepeatedOnly', 'budgetColumnNumberSkipped', 'budgetColumnNumberSkippedOnly', 'budgetColumnFormulaIncomplete'],
    description: 'The column-number row repeats, skips back or skips over a number, or states a formula the rows do not follow: the columns after it are numbered off.',
  },
  check(context) {
    const numbers = context.table.columnNumbers;
    if (!numbers) return;
    const { row } = numbers;
    reportIncompleteFormulas(context, numbers);
    const merges = mergeIndexOf(context.grid);
    const merged = merges.inRow(row);
    // The numbered labels, each with the last column it covers (a label may be merged over several).
    const labels = numbers.labels.flatMap(({ col, label }) => {
      const n = labelNumber(label);
      return n === undefined ? [] : [{ col, right: (merged && merges.find(merged, col)?.right) ?? col, n }];
    });
    // The row's sums (`3=4+5`): their own numbers and the numbers they name.
    const sums = numbers.labels.flatMap(({ label }) => {
      const [own, terms] = label.split('=');
      return terms === undefined ? [] : [{ own: labelNumber(own) ?? 0, terms: (terms.match(/\d{1,2}/g) ?? []).map(Number) }];
    });
    // What the last label said and, after a slip, what it should have said: the next label may count
    // on from either (`6 6 7`: the row was shifted; `2 2 4`: one cell was mistyped), and one slip is
    // reported once.
    let previous: number[] = [];
    for (let i = 0; i < labels.length; i++) {
      const { col, n } = labels[i];
      const before = labels[i - 1];
      if (!before || previous.some((p) => n === p + 1)) {
        previous = [n];
        continue;
      }
      const expected = previous[previous.length - 1] + 1;
      // The labels after it that count on from it (`6 6 7 8`: shifted, each one off) and not from what
      // it should say (`2 2 4`: this cell alone mistyped); the last of them, named in the message.
      let after = 0;
      while (i + after + 1 < labels.length && labels[i + after + 1].n === n + after + 1) after++;
      const last = String(labels[i + after].n);
      if (previous.some((p) => n <= p)) {
        context.report({
          messageId: after > 0 ? 'budgetColumnNumberRepeated' : 'budgetColumnNumberRepeatedOnly',
          at: { row, col },
          related: [{ row, col: before.col }],
          expected: String(expected),
          actual: String(n),
          params: { label: String(n), previous: String(before.n), after, last },
        });
      } else if (before.right + 1 === col && !gapNamed(sums, labels, expected, n)) {
        // A jump over a column with no number (`1 2 | | 4`) may be that column's own number left blank:
        // only a jump between neighbouring columns is surely a skipped number.
        context.report({
          messageId: after > 0 ? 'budgetColumnNumberSkipped' : 'budgetColumnNumberSkippedOnly',
          at: { row, col },
          related: [{ row, col: before.col }],
          expected: String(expected),
          actual: String(n),
          params: { label: String(n), previous: String(before.n), missing: n - 1 === expected ? String(expected) : `${expected}–${n - 1}`, after, last },
        });
      } else {
        previous = [n];
        continue;
      }
      previous = [n, expected];
    }
  },
};

/**
 * Whether the row's sums show a gap `expected`…`n − 1` to be the form's own: a sum names a number
 * written past the gap (`1=2+7+8+18` over `… 14 | 16 | 17 | 18`: the columns are referred to as
 * numbered), or a sum past the gap names the missing numbers (`8 | 11=4+9+10`: a form printed with
 * columns 9 and 10 left out). Renumbering would break either; a sum before the gap naming a missing
 * number (`1=2+3+4` over `2 | 3 | 5`) is the slip's victim, not its reason.
 */
function gapNamed(sums: { own: number; terms: number[] }[], labels: { n: number }[], expected: number, n: number): boolean {
  return sums.some(({ own, terms }) => terms.some((m) => (m >= n && labels.some((l) => l.n === m)) || (m >= expected && m < n && own >= n)));
}

/**
 * A formula of the column-number row that the figures do not follow (`1=2+3` where every row adds
 * column 4 too: the label was copied from a form with fewer sources). The rows are checked against
 * what they follow (detect/column-identities.ts `completed`); the label is reported here, once.
 */
function reportIncompleteFormulas(context: RuleContext, numbers: ColumnNumbers): void {
  const numberOf = (col: number) => {
    const found = numbers.labels.find((l) => l.col === col);
    const n = found && labelNumber(found.label);
    return n === undefined ? columnLetters(col) : String(n);
  };
  for (const identity of context.table.columnIdentities ?? []) {
    if (!identity.statedAs) continue;
    const { col, label, added } = identity.statedAs;
    const formula = `${numberOf(identity.target)}=${identity.terms.map((t, i) => `${i === 0 ? (t.coef < 0 ? '-' : '') : t.coef < 0 ? '-' : '+'}${numberOf(t.col)}`).join('')}`;
    context.report({
      messageId: 'budgetColumnFormulaIncomplete',
      severity: 'warning',
      at: { row: numbers.row, col },
      related: [{ row: numbers.row, col: added }],
      expected: formula,
      actual: label,
      params: { label, formula, columns: numberOf(added) },
    });
  }
}
