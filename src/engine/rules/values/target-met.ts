import { formatDecimal } from '../../numbers';
import type { Rule } from '../rule';
import { itemRows, shownValue } from './cells';
import { comparable, directionOf } from './direction';
import { directionExplanation } from './target-direction';

/**
 * Where a result and a target of the same year stand side by side (`TH 2017 | KH 2017`), says
 * whether the target was met (đạt / chưa đạt): a bound on the target (`<52`, `>= 40`) decides,
 * else the indicator's direction, else higher is taken as better.
 */
export const rule: Rule = {
  meta: {
    id: 'values/target-met',
    severity: 'info',
    kinds: ['indicator'],
    messageIds: ['valuesTargetMet', 'valuesTargetNotMetHigher', 'valuesTargetNotMetLower', 'valuesDirectionAssumedHigher'],
    description: 'Whether each target was met, where a result and a target of the same year stand side by side.',
  },
  check(context) {
    const { columns } = context.table;
    const pairs = columns
      .filter((c) => c.role === 'result' && c.year !== undefined)
      .map((result) => ({ result, target: columns.find((c) => c.role === 'target' && c.year === result.year) }))
      .filter((p) => p.target !== undefined);
    for (const row of itemRows(context.table)) {
      for (const { result, target } of pairs) {
        const achieved = context.quantity(row.row, result.col);
        const planned = context.quantity(row.row, target!.col);
        if (achieved.kind !== 'number' || planned.kind !== 'number') continue;
        const [got, wanted] = comparable(achieved, planned);
        const targetText = shownValue(context, row.row, target!.col);
        const direction = directionOf(row.label, target!.year, { text: targetText, quantity: planned });
        const bound = planned.bound && planned.bound !== '~' ? planned.bound : undefined;
        const better = bound ? (bound.startsWith('<') ? 'lower' : 'higher') : direction?.better ?? 'higher';
        const met = {
          '<': got.lessThan(wanted),
          '<=': got.lessThanOrEqualTo(wanted),
          '>': got.greaterThan(wanted),
          '>=': got.greaterThanOrEqualTo(wanted),
          lower: got.lessThanOrEqualTo(wanted),
          higher: got.greaterThanOrEqualTo(wanted),
        }[bound ?? better];
        const explanation = direction && !bound ? directionExplanation(direction) : bound ? undefined : { messageId: 'valuesDirectionAssumedHigher', params: {} };
        context.report({
          messageId: met ? 'valuesTargetMet' : better === 'lower' ? 'valuesTargetNotMetLower' : 'valuesTargetNotMetHigher',
          severity: met ? 'info' : 'warning',
          at: { row: row.row, col: result.col },
          related: [{ row: row.row, col: target!.col }],
          expected: formatDecimal(wanted),
          actual: formatDecimal(got),
          difference: formatDecimal(got.minus(wanted)),
          params: { year: String(result.year), result: shownValue(context, row.row, result.col), target: targetText },
          ...(explanation ? { explanation } : {}),
        });
      }
    }
  },
};
