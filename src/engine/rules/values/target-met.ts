import { formatDecimal } from '../../numbers';
import type { Rule } from '../rule';
import { judge } from './achievement';
import { itemRows, numberShown, shownValue } from './cells';
import { directionExplanation } from './target-direction';
import { pairFor } from '../indicator/evaluation';
import { ownText } from '../indicator/grid-reading';
import { verdictOf } from '../indicator/verdicts';
import type { RuleContext } from '../rule';

/**
 * Where a result and a target of the same year stand side by side (`TH 2017 | KH 2017`), says
 * whether the target was met (đạt / chưa đạt): a bound on the target (`<52`, `>= 40`) decides,
 * else the indicator's direction. A result equal to the target is met; where nothing says which
 * way is better, a different result is reported without a verdict ("direction unknown"). A target
 * not met is a warning, unless the sheet's own verdict column already says so (`Không đạt`,
 * `Chưa đạt`, `Cơ bản đạt`): then a note.
 */
export const rule: Rule = {
  meta: {
    id: 'values/target-met',
    severity: 'info',
    comparesToReference: true,
    kinds: ['indicator'],
    messageIds: ['valuesTargetMet', 'valuesTargetNotMetHigher', 'valuesTargetNotMetLower', 'valuesTargetDirectionUnknown'],
    description: 'Whether each target was met, where a result and a target of the same year stand side by side.',
  },
  check(context) {
    const { columns } = context.table;
    const pairs = columns
      .filter((c) => c.role === 'result' && c.year !== undefined)
      .map((result) => ({ result, target: columns.find((c) => c.role === 'target' && c.year === result.year) }))
      .filter((p) => p.target !== undefined);
    // The sheet's own verdict column, by the result it judges: a shortfall it records is no news.
    const verdicts = new Map<number, number>();
    for (const column of columns) {
      const pair = column.role === 'evaluation' ? pairFor(context.table, column) : undefined;
      if (pair && !verdicts.has(pair.result.col)) verdicts.set(pair.result.col, column.col);
    }
    for (const row of itemRows(context.table)) {
      for (const { result, target } of pairs) {
        const achieved = numberShown(context, row.row, result.col);
        const planned = numberShown(context, row.row, target!.col);
        if (!achieved || !planned) continue;
        const targetText = shownValue(context, row.row, target!.col);
        const { achievement, better, direction, result: got, plan: wanted } = judge(row.label, target!.year, achieved, planned, targetText);
        const met = achievement === 'met' || achievement === 'exceeded';
        const messageId = !achievement ? 'valuesTargetDirectionUnknown' : met ? 'valuesTargetMet' : better === 'lower' ? 'valuesTargetNotMetLower' : 'valuesTargetNotMetHigher';
        context.report({
          messageId,
          severity: achievement === 'notMet' && !recorded(context, row.row, verdicts.get(result.col)) ? 'warning' : 'info',
          at: { row: row.row, col: result.col },
          related: [{ row: row.row, col: target!.col }],
          expected: formatDecimal(wanted),
          actual: formatDecimal(got),
          difference: formatDecimal(got.minus(wanted)),
          params: { year: String(result.year), result: shownValue(context, row.row, result.col), target: targetText },
          ...(direction && achievement && !got.equals(wanted) ? { explanation: directionExplanation(direction) } : {}),
        });
      }
    }
  },
};

/** Whether the row's verdict in the evaluation column (if any) already says the target was not met. */
function recorded(context: RuleContext, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  const verdict = verdictOf(ownText(context, row, col));
  return verdict === 'notMet' || verdict === 'partly';
}
