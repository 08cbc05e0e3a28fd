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
    const columns = valueColumns(context.table);
    const typed = typedColumnsOf(context, columns);
    for (const row of itemRows(context.table)) {
      // Only a ratio or a `%` sign can misfit a unit, and most rows hold neither (typed numbers,
      // empty cells and plain text numbers): their unit is not read (the columns' arrays read in place, typed.ts).
      let misfit = false;
      for (let c = 0; c < columns.length && !misfit; c++) {
        if (typed[c].other[row.row - typed[c].top] === 0) continue;
        const quantity = context.quantity(row.row, columns[c].col);
        misfit = quantity.kind === 'number' && (quantity.per !== undefined || quantity.percent === true);
      }
      if (!misfit) continue;
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
