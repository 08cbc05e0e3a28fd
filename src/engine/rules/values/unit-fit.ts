import { formatDecimal } from '../../numbers';
import type { Rule } from '../rule';
import { itemRows, quoted, valueColumns } from './cells';
import { typedColumnsOf } from './typed';
import { unitMismatches, unitOfRow, type UnitMismatch } from './units';

const MESSAGES: Record<UnitMismatch['reason'], string> = {
  perNotPercent: 'valuesUnitFitPerNotPercent',
  ratioNotPercent: 'valuesUnitFitRatioNotPercent',
  perNotPerMille: 'valuesUnitFitPerNotPerMille',
  perNotUnitPer: 'valuesUnitFitPerNotUnitPer',
  percentSign: 'valuesUnitFitPercentSign',
};

/**
 * A value that does not fit its row's unit: `113/100` (boys per 100 girls) under `(%)`,
 * `16/ 100.000` under `(%o)`, `45%` under `lần`. One finding per row, at its first such value.
 */
export const rule: Rule = {
  meta: {
    id: 'values/unit-fit',
    severity: 'warning',
    kinds: ['indicator'],
    messageIds: Object.values(MESSAGES),
    description: 'A value that does not fit its unit: a ratio per 100,000 under ‰, a sex ratio under %, a % under “times”.',
  },
  check(context) {
    const typed = typedColumnsOf(context, valueColumns(context.table));
    for (const row of itemRows(context.table)) {
      // Most rows hold only typed numbers and empty cells, neither a ratio nor a `%` sign, and
      // nothing can misfit their unit: it is not read (the columns' arrays read in place, typed.ts).
      let other = false;
      for (let c = 0; c < typed.length && !other; c++) other = typed[c].other[row.row - typed[c].top] !== 0;
      if (!other) continue;
      const unit = unitOfRow(context, row);
      if (!unit) continue;
      const mismatches = unitMismatches(context, row, unit);
      if (mismatches.length === 0) continue;
      const [first, ...others] = mismatches;
      const params: Record<string, string> = { unit: unit.text, text: quoted(first.text) };
      if (first.per) params.per = formatDecimal(first.per);
      if (unit.per) params.unitPer = formatDecimal(unit.per);
      context.report({
        messageId: MESSAGES[first.reason],
        at: first.at,
        related: [...(unit.at ? [unit.at] : []), ...others.map((m) => m.at)],
        params,
      });
    }
  },
};
