import { formatDecimal } from '../../numbers';
import type { Rule } from '../rule';
import { headerOf, itemRows, shownValue } from './cells';
import { comparable } from './direction';
import { baselineFor, directionExplanation, numberAt, worseThan } from './target-direction';

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
    comparesToReference: true,
    kinds: ['indicator'],
    messageIds: ['valuesTargetBackwardLower', 'valuesTargetBackwardHigher'],
    description: 'A target for a later year weaker than the target for the year before it, on an indicator whose wording or the national catalogue says which way is better.',
  },
  check(context) {
    const { columns } = context.table;
    // A target over the whole period (`Giai đoạn 2026-2030`) is no year's: it stands in no sequence of years.
    const targets = columns.filter((c) => c.role === 'target' && c.year !== undefined && c.scope !== 'period').sort((a, b) => a.year! - b.year! || a.col - b.col);
    if (targets.length < 2) return;
    for (const row of itemRows(context.table)) {
      for (let t = 1; t < targets.length; t++) {
        const earlier = targets[t - 1];
        const later = targets[t];
        if (earlier.year === later.year) continue;
        const direction = worseThan(context, row, later, earlier);
        if (!direction) continue;
        const baseline = baselineFor(columns, later);
        if (baseline && worseThan(context, row, later, baseline)) break;
        const [plannedValue, beforeValue] = comparable(numberAt(context, row.row, later.col)!, numberAt(context, row.row, earlier.col)!);
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
