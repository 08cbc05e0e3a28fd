import type { Better } from '../../data/national-targets';
import type { Decimal, NumberQuantity } from '../../numbers';
import { comparable, directionOf, type Direction } from './direction';

/** How a result stands against its plan: beyond it, at it (or within its bound), or short of it. */
export type Achievement = 'exceeded' | 'met' | 'notMet';

export interface Judgement {
  /** Undefined when the direction is unknown and the result differs from the plan: no judgement. */
  achievement?: Achievement;
  /** Which way is better, from the plan's bound or the indicator's direction. */
  better?: Better;
  /** The plan is a bound (`<52`): a result within it is met, and "beyond the plan" has no meaning. */
  bounded?: boolean;
  /** Why that way (undefined when a bound on the plan decides, or nothing does). */
  direction?: Direction;
  /** Result and plan on one scale (`16/100.000` against `<52/100.000`: 16 and 52). */
  result: Decimal;
  plan: Decimal;
}

/**
 * Judges a result against its plan, direction-aware: a result equal to the plan is met whichever
 * way is better; a bound on the plan (`<52`, `>= 40`) decides by itself, met or not met; otherwise the indicator's
 * direction (directionOf) says whether a result above the plan beats it or falls short. With no
 * direction, a result that differs from the plan is not judged.
 */
export function judge(label: string, year: number | undefined, achieved: NumberQuantity, planned: NumberQuantity, planText: string): Judgement {
  const [result, plan] = comparable(achieved, planned);
  const bound = planned.bound && planned.bound !== '~' ? planned.bound : undefined;
  if (bound) {
    const better: Better = bound.startsWith('<') ? 'lower' : 'higher';
    const inside = { '<': result.lessThan(plan), '<=': result.lessThanOrEqualTo(plan), '>': result.greaterThan(plan), '>=': result.greaterThanOrEqualTo(plan) }[bound];
    return { achievement: inside ? 'met' : 'notMet', better, bounded: true, result, plan };
  }
  const direction = directionOf(label, year, { text: planText, quantity: planned });
  if (result.equals(plan)) return { achievement: 'met', better: direction?.better, direction, result, plan };
  if (!direction) return { result, plan };
  const beats = direction.better === 'higher' ? result.greaterThan(plan) : result.lessThan(plan);
  return { achievement: beats ? 'exceeded' : 'notMet', better: direction.better, direction, result, plan };
}
