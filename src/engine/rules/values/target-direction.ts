import { formatDecimal, type NumberQuantity } from '../../numbers';
import { fold } from '../../text';
import type { ColumnInfo, RowInfo } from '../../types';
import { emptyColumn, nearestAt, typedColumn, typedIn, type TypedColumn } from './typed';
import type { Rule, RuleContext } from '../rule';
import { headerOf, itemRows, numberShown, rangeOf, shownValue } from './cells';
import { comparable, directionOf, isWorse, type Direction } from './direction';
import { keepShapes } from '../../shapes';
import { unitKindOfRow } from './units';

/** The result column a target is held against: the latest baseline or result before the target's year. */
export function baselineFor(columns: ColumnInfo[], target: ColumnInfo): ColumnInfo | undefined {
  const earlier = columns.filter(
    (c) => (c.role === 'baseline' || c.role === 'result') && (c.year === undefined || target.year === undefined || c.year < target.year),
  );
  return earlier.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.col - b.col).pop();
}

/** The explanation of where a direction comes from, as a message id and its params. */
export function directionExplanation(direction: Direction): { messageId: string; params: Record<string, string> } {
  const side = direction.better === 'lower' ? 'Lower' : 'Higher';
  if (direction.reason === 'words') return { messageId: `valuesDirectionWords${side}`, params: { words: direction.words ?? '' } };
  if (direction.reason === 'topic') return { messageId: `valuesDirectionTopic${side}`, params: { words: direction.words ?? '' } };
  if (direction.reason === 'bound') return { messageId: `valuesDirectionBound${side}`, params: { bound: direction.bound ?? '' } };
  return { messageId: `valuesDirectionCatalogue${side}`, params: {} };
}

/**
 * The number a cell shows (numberShown): a share typed into a cell formatted as a percentage (0.53
 * shown 53%) compares with the 51 typed beside it as 53, and is reported so.
 */
export function numberAt(context: RuleContext, row: number, col: number): NumberQuantity | undefined {
  return numberShown(context, row, col);
}

/**
 * The direction in which the row's `target` is worse than `reference` (a baseline, or the target of
 * the year before), read from their numbers as written (bounds, denominators); undefined where it is
 * not worse, where either holds no number, or where nothing says which way is better.
 */
export function worseThan(context: RuleContext, row: RowInfo, target: ColumnInfo, reference: ColumnInfo): Direction | undefined {
  const planned = numberAt(context, row.row, target.col);
  const before = numberAt(context, row.row, reference.col);
  if (!planned && before) return rangeWorse(context, row, target, before);
  if (!planned || !before) return undefined;
  const [plannedValue, beforeValue] = comparable(planned, before);
  // An unchanged target is weaker in no direction: read the label only when the values differ.
  if (plannedValue.equals(beforeValue)) return undefined;
  // The target's text is quoted only when its bound gives the direction: written out only then.
  const text = planned.bound ? shownValue(context, row.row, target.col) : '';
  const direction = directionOf(row.label, target.year, { text, quantity: planned });
  return direction && isWorse(plannedValue, beforeValue, direction.better) ? direction : undefined;
}

/** A plain percentage no share can be: above 100 or below 0. */
function impossibleShare(quantity: NumberQuantity | undefined): boolean {
  return quantity !== undefined && !quantity.per && !quantity.bound && (quantity.value.greaterThan(100) || quantity.value.isNegative());
}

/**
 * A target written as a range (`35-37`, `35 - 37%`, `từ 35 đến 37`) against its reference: worse when
 * even its better end is (`35-37` after 38,4, where higher is better). The label alone gives the way.
 */
function rangeWorse(context: RuleContext, row: RowInfo, target: ColumnInfo, before: NumberQuantity): Direction | undefined {
  const quantity = context.quantity(row.row, target.col);
  if (quantity.kind !== 'words') return undefined;
  const range = before.per ? undefined : rangeOf(fold(quantity.text));
  if (!range) return undefined;
  const [low, high] = range;
  const direction = directionOf(row.label, target.year);
  if (!direction) return undefined;
  return isWorse(direction.better === 'higher' ? high : low, before.value, direction.better) ? direction : undefined;
}

/** A target column, the baseline it is held against, and their typed numbers. */
interface Pair {
  target: ColumnInfo;
  baseline: ColumnInfo;
  typedTarget: TypedColumn;
  typedBaseline: TypedColumn;
}

/** A Pair, made here only, and one kept (../../shapes.ts). */
function pairOf(target: ColumnInfo, baseline: ColumnInfo, typedTarget: TypedColumn, typedBaseline: TypedColumn): Pair {
  return { target, baseline, typedTarget, typedBaseline };
}
{
  const column: ColumnInfo = { col: 0, header: '', role: 'target' };
  keepShapes(pairOf(column, column, emptyColumn(0, 0), emptyColumn(0, 0)));
}

/**
 * The same judgement as the rule's for a target and a baseline that are both typed numbers,
 * compared as JS numbers (exact: typed.ts), with no Decimal read: the direction where the target is
 * weaker, undefined where it is not, `read` where either cell is not a typed number. A typed number
 * has no bound (so the label alone gives the direction) and no denominator (so no rescaling).
 */
function typedWeaker(context: RuleContext, row: RowInfo, pair: Pair): Direction | undefined | 'read' {
  const { target, baseline, typedTarget, typedBaseline } = pair;
  // The columns' arrays read in place (typed.ts), a function called only outside them.
  const planned = typedTarget.values[row.row - typedTarget.top] ?? typedIn(typedTarget, context, row.row, target.col);
  const before = typedBaseline.values[row.row - typedBaseline.top] ?? typedIn(typedBaseline, context, row.row, baseline.col);
  if (Number.isNaN(planned) || Number.isNaN(before)) return 'read';
  // One formatted as a percentage and the other not (0.53 shown 53% beside 51): compared as shown, on the general path.
  if (typedTarget.percentFormatted[row.row - typedTarget.top] !== typedBaseline.percentFormatted[row.row - typedBaseline.top]) return 'read';
  if (planned === before) return undefined;
  const direction = directionOf(row.label, target.year);
  const worse = direction && (direction.better === 'higher' ? planned < before : planned > before);
  return worse ? direction : undefined;
}

/**
 * typedWeaker's judgement for a typed target against a baseline read from text (`45,23`), without
 * the target's Decimal: a typed target has no denominator, so the two compare as they stand
 * (comparable), and no bound, so the label alone gives the direction. The baseline's nearest JS
 * number, where it differs from the target, orders the two as their Decimals do (typed.ts);
 * `read` where it does not, or where the target is not typed or the baseline holds no number.
 */
function typedAgainstText(context: RuleContext, row: RowInfo, pair: Pair): Direction | undefined | 'read' {
  const { target, baseline } = pair;
  const planned = typedIn(pair.typedTarget, context, row.row, target.col);
  // A target formatted as a percentage shows 100 times what it holds: compared as shown, on the general path.
  if (Number.isNaN(planned) || pair.typedTarget.percentFormatted[row.row - pair.typedTarget.top] === 1) return 'read';
  const before = numberAt(context, row.row, baseline.col);
  if (!before) return undefined;
  const nearest = nearestAt(pair.typedBaseline, row.row, before.value);
  if (nearest === planned) return 'read';
  const direction = directionOf(row.label, target.year);
  const worse = direction && (direction.better === 'higher' ? planned < nearest : planned > nearest);
  return worse ? direction : undefined;
}

/**
 * A target weaker than the baseline where the indicator's text or the national catalogue says
 * which way is better: `Giảm tỷ lệ phá thai` from 11,8/100 to 25/100. One finding per row, at its
 * first weaker target; other targets of the row that are weaker too are related.
 */
export const rule: Rule = {
  meta: {
    id: 'values/target-direction',
    severity: 'warning',
    comparesToReference: true,
    kinds: ['indicator'],
    messageIds: [
      'valuesTargetWeakerLower',
      'valuesTargetWeakerHigher',
      'valuesDirectionWordsLower',
      'valuesDirectionWordsHigher',
      'valuesDirectionCatalogueLower',
      'valuesDirectionCatalogueHigher',
      'valuesDirectionTopicLower',
      'valuesDirectionTopicHigher',
      'valuesDirectionBoundLower',
      'valuesDirectionBoundHigher',
    ],
    description: 'A target weaker than the baseline on an indicator whose wording or the national catalogue says which way is better.',
  },
  check(context) {
    const { columns } = context.table;
    // Each target's baseline, found once for every row.
    const pairs = columns
      .filter((c) => c.role === 'target')
      .map((target) => ({ target, baseline: baselineFor(columns, target) }))
      .filter((pair): pair is { target: ColumnInfo; baseline: ColumnInfo } => pair.baseline !== undefined)
      .map(({ target, baseline }) => pairOf(target, baseline, typedColumn(context, target.col), typedColumn(context, baseline.col)));
    for (const row of itemRows(context.table)) {
      // Made only for a row with a weaker target: most rows have none.
      let weaker: { target: ColumnInfo; baseline: ColumnInfo; direction: Direction }[] | undefined;
      for (let p = 0; p < pairs.length; p++) {
        const pair = pairs[p];
        const { target, baseline } = pair;
        const typed = typedWeaker(context, row, pair);
        if (typed !== 'read') {
          if (typed) (weaker ??= []).push({ target, baseline, direction: typed });
          continue;
        }
        const typedPlan = typedAgainstText(context, row, pair);
        if (typedPlan !== 'read') {
          if (typedPlan) (weaker ??= []).push({ target, baseline, direction: typedPlan });
          continue;
        }
        const direction = worseThan(context, row, target, baseline);
        if (direction) (weaker ??= []).push({ target, baseline, direction });
      }
      if (weaker === undefined) continue;
      // A share past 100 % (`1.040` read as a thousand in a `%` row) is values/percent-range's finding: set against it, a plan says nothing.
      if (unitKindOfRow(context, row) === 'percent') weaker = weaker.filter((w) => !impossibleShare(numberAt(context, row.row, w.target.col)) && !impossibleShare(numberAt(context, row.row, w.baseline.col)));
      if (weaker.length === 0) continue;
      const [{ target, baseline, direction }, ...others] = weaker;
      const planned = numberAt(context, row.row, target.col);
      const before = numberAt(context, row.row, baseline.col)!;
      // A range (`35-37`) is set against the baseline as written, with no one figure of its own.
      const [plannedValue, beforeValue] = planned ? comparable(planned, before) : [undefined, undefined];
      context.report({
        messageId: direction.better === 'lower' ? 'valuesTargetWeakerLower' : 'valuesTargetWeakerHigher',
        at: { row: row.row, col: target.col },
        related: [{ row: row.row, col: baseline.col }, ...others.map((w) => ({ row: row.row, col: w.target.col }))],
        ...(plannedValue && beforeValue ? { expected: formatDecimal(beforeValue), actual: formatDecimal(plannedValue), difference: formatDecimal(plannedValue.minus(beforeValue)) } : {}),
        params: {
          target: shownValue(context, row.row, target.col),
          baseline: shownValue(context, row.row, baseline.col),
          targetHeader: headerOf(target),
          baselineHeader: headerOf(baseline),
        },
        explanation: directionExplanation(direction),
      });
    }
  },
};
