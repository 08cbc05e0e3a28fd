import { formatDecimal } from '../../numbers';
import { fold, hasPhrase } from '../../text';
import type { ColumnInfo, TableModel } from '../../types';
import { HEADER_WORDS } from '../../detect/keywords';
import type { Rule } from '../rule';
import { judge, type Judgement } from '../values/achievement';
import { numberShown, shownValue } from '../values/cells';
import { directionExplanation } from '../values/target-direction';
import { isIndicatorRow, ownText } from './grid-reading';
import { verdictOf, VerdictWords, type Verdict } from './verdicts';

const RELATIONS = ['Equal', 'AboveBetter', 'BelowBetter', 'BelowWorse', 'AboveWorse', 'WithinBound', 'OutsideBound'] as const;
type Relation = (typeof RELATIONS)[number];

/** Plan and result columns an evaluation column judges. */
interface Pair {
  plan: ColumnInfo;
  result: ColumnInfo;
}

/**
 * The officer's own verdict (`Đạt`, `Không đạt`, `Vượt`, `Cơ bản đạt`) set against the result and
 * the plan beside it, direction-aware: a result equal to the plan is met; one that beats it is met
 * (`Vượt` where the column uses that word); one that falls short is not. A plan written as a bound
 * (`<52`) is met by any result within it. Where nothing says which way the indicator improves and
 * the result differs from the plan, no verdict is judged. The fix is the right verdict in the
 * column's own words.
 */
export const rule: Rule = {
  meta: {
    id: 'indicator/evaluation',
    severity: 'warning',
    kinds: ['indicator'],
    messageIds: RELATIONS.map((relation) => `indicatorEvaluation${relation}`),
    description: 'An evaluation (Đạt / Không đạt / Vượt) that contradicts the result against the plan, the direction of the indicator taken into account.',
  },
  check(context) {
    const { table } = context;
    for (const column of table.columns) {
      if (column.role !== 'evaluation') continue;
      const pair = pairFor(table, column);
      if (!pair) continue;
      const rows = table.rows.filter(isIndicatorRow);
      const words = new VerdictWords(column.header, rows.map((row) => ownText(context, row.row, column.col)));
      for (const row of rows) {
        const written = ownText(context, row.row, column.col);
        const verdict = verdictOf(written);
        if (!verdict) continue;
        const achieved = numberShown(context, row.row, pair.result.col);
        const planned = numberShown(context, row.row, pair.plan.col);
        if (!achieved || !planned) continue;
        const planText = shownValue(context, row.row, pair.plan.col);
        const judgement = judge(row.label, pair.plan.year ?? pair.result.year, achieved, planned, planText);
        const right = rightVerdict(verdict, judgement, words.usesExceeded);
        if (!right) continue;
        const { result, plan, direction } = judgement;
        const fix = words.textFor(right.verdict);
        context.report({
          messageId: `indicatorEvaluation${relationOf(judgement)}`,
          severity: right.severity,
          at: { row: row.row, col: column.col },
          related: [{ row: row.row, col: pair.result.col }, { row: row.row, col: pair.plan.col }],
          expected: formatDecimal(plan),
          actual: formatDecimal(result),
          difference: formatDecimal(result.minus(plan)),
          params: { verdict: written, fix, result: shownValue(context, row.row, pair.result.col), plan: planText },
          ...(direction && !result.equals(plan) ? { explanation: directionExplanation(direction) } : {}),
          fix: { value: fix },
        });
      }
    }
  },
};

/**
 * The verdict the officer should have written, when the written one contradicts the judgement;
 * undefined when it stands. Writing `Đạt` for a result beyond the plan is only a note, and only
 * where the column tells `Vượt` from `Đạt`.
 */
function rightVerdict(written: Verdict, judgement: Judgement, usesExceeded: boolean): { verdict: 'exceeded' | 'met' | 'notMet'; severity: 'warning' | 'info' } | undefined {
  const { achievement, bounded } = judgement;
  if (!achievement) return undefined;
  if (achievement === 'notMet') return written === 'notMet' || written === 'partly' ? undefined : { verdict: 'notMet', severity: 'warning' };
  const best = achievement === 'exceeded' && usesExceeded ? 'exceeded' : 'met';
  if (written === 'notMet' || written === 'partly') return { verdict: best, severity: 'warning' };
  if (written === 'exceeded') return achievement === 'met' && !bounded ? { verdict: 'met', severity: 'warning' } : undefined;
  return best === 'exceeded' ? { verdict: 'exceeded', severity: 'info' } : undefined;
}

function relationOf({ result, plan, better, bounded, achievement }: Judgement): Relation {
  if (bounded) return achievement === 'notMet' ? 'OutsideBound' : 'WithinBound';
  if (result.equals(plan)) return 'Equal';
  const above = result.greaterThan(plan);
  if (above) return better === 'higher' ? 'AboveBetter' : 'AboveWorse';
  return better === 'lower' ? 'BelowBetter' : 'BelowWorse';
}

/**
 * The plan and result an evaluation column speaks of: those of its own year when its header names
 * one; else the result column nearest before it that has a plan of the same year (`KH 2023 | TH
 * 2023 | KH 2024 | TH 2024 | Đánh giá` judges 2024), else the nearest after it; else, in a report
 * whose headers name no year, the `Kế hoạch` and `Thực hiện` columns nearest before it.
 */
export function pairFor(table: TableModel, evaluation: ColumnInfo): Pair | undefined {
  const { columns } = table;
  const planOf = (result: ColumnInfo) => columns.find((c) => c.role === 'target' && c.year === result.year);
  const results = columns.filter((c) => c.role === 'result' && c.year !== undefined && planOf(c));
  const ofYear = evaluation.year !== undefined ? results.find((c) => c.year === evaluation.year) : undefined;
  const before = results.filter((c) => c.col < evaluation.col).pop();
  const after = results.find((c) => c.col > evaluation.col);
  const result = ofYear ?? before ?? after;
  if (result) return { plan: planOf(result)!, result };
  const earlier = columns.filter((c) => c.col < evaluation.col && c.role === 'other' && c.year === undefined).reverse();
  const plan = earlier.find((c) => hasPhrase(lastLine(c), HEADER_WORDS.target));
  const done = earlier.find((c) => hasPhrase(lastLine(c), HEADER_WORDS.result));
  return plan && done && plan !== done ? { plan, result: done } : undefined;
}

function lastLine(column: ColumnInfo): string {
  const parts = column.header.split(' / ');
  return fold(parts[parts.length - 1]);
}
