import { formatDecimal, type NumberQuantity } from '../../numbers';
import type { ColumnInfo } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { headerOf, itemRows, shownValue } from './cells';
import { comparable, directionOf, isWorse } from './direction';
import { baselineFor, directionExplanation } from './target-direction';

function numberAt(context: RuleContext, row: number, col: number): NumberQuantity | undefined {
  const quantity = context.quantity(row, col);
  return quantity.kind === 'number' ? quantity : undefined;
}

/** Whether `target` on this row is weaker than its baseline: values/target-direction reports that one. */
function weakerThanBaseline(context: RuleContext, row: { row: number; label: string }, columns: ColumnInfo[], target: ColumnInfo, planned: NumberQuantity): boolean {
  const baseline = baselineFor(columns, target);
  const before = baseline && numberAt(context, row.row, baseline.col);
  if (!before) return false;
  const [plannedValue, beforeValue] = comparable(planned, before);
  const direction = directionOf(row.label, target.year, { text: shownValue(context, row.row, target.col), quantity: planned });
  return direction !== undefined && isWorse(plannedValue, beforeValue, direction.better);
}

/**
 * A plan's targets for successive years (`Chỉ tiêu năm 2024 | Chỉ tiêu năm 2025`, or bare `Năm
 * 2024 | Năm 2025`) that go backwards on an indicator whose wording or the national catalogue says
 * which way is better: `Tỷ lệ nữ đại biểu HĐND` 30 % for 2024, 29 % for 2025. One finding per row,
 * at its first backward step; a target also weaker than the baseline is values/target-direction's.
 */
export const rule: Rule = {
  meta: {
    id: 'values/target-sequence',
    severity: 'warning',
    kinds: ['indicator'],
    messageIds: ['valuesTargetBackwardLower', 'valuesTargetBackwardHigher'],
    description: 'A target for a later year weaker than the target for the year before it, on an indicator whose wording or the national catalogue says which way is better.',
  },
  check(context) {
    const { columns } = context.table;
    const targets = columns.filter((c) => c.role === 'target' && c.year !== undefined).sort((a, b) => a.year! - b.year! || a.col - b.col);
    if (targets.length < 2) return;
    for (const row of itemRows(context.table)) {
      for (let t = 1; t < targets.length; t++) {
        const earlier = targets[t - 1];
        const later = targets[t];
        if (earlier.year === later.year) continue;
        const before = numberAt(context, row.row, earlier.col);
        const planned = numberAt(context, row.row, later.col);
        if (!before || !planned) continue;
        const [plannedValue, beforeValue] = comparable(planned, before);
        if (plannedValue.equals(beforeValue)) continue;
        const direction = directionOf(row.label, later.year, { text: shownValue(context, row.row, later.col), quantity: planned });
        if (!direction || !isWorse(plannedValue, beforeValue, direction.better)) continue;
        if (weakerThanBaseline(context, row, columns, later, planned)) break;
        context.report({
          messageId: direction.better === 'lower' ? 'valuesTargetBackwardLower' : 'valuesTargetBackwardHigher',
          at: { row: row.row, col: later.col },
          related: [{ row: row.row, col: earlier.col }],
          expected: formatDecimal(beforeValue),
          actual: formatDecimal(plannedValue),
          difference: formatDecimal(plannedValue.minus(beforeValue)),
          params: { target: shownValue(context, row.row, later.col), earlier: shownValue(context, row.row, earlier.col), targetHeader: headerOf(later), earlierHeader: headerOf(earlier) },
          explanation: directionExplanation(direction),
        });
        break;
      }
    }
  },
};
