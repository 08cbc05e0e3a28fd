import { Decimal } from '../numbers';
import type { Pos } from '../rules/budget/model';
import type { Change, Hypothesis } from './hypotheses';
import type { Location, LocateContext, Violation } from './index';
import type { SlipKind } from './slips';

/** The factors an amount typed in another unit is off by, the thousand first (đồng for triệu đồng). */
const FACTORS = [1000, 10, 100, 10_000, 100_000, 1_000_000];

/**
 * Parts (`Trong đó`) past their whole pin no value, but a part larger than its whole on its own is
 * wrong for certain: where exactly one cell of the broken ≤ relations, read in the unit a factor of
 * ten makes it (a part ÷ 10ⁿ, or the whole × 10ⁿ), brings every one of them back within its whole
 * and breaks nothing that holds, it is located with that fix. Otherwise undefined: the relations
 * are reported as they are. Whole amounts only.
 */
export function unitSlipInParts(context: LocateContext, violations: Violation[]): Location | undefined {
  const { reader } = context;
  const parts: Hypothesis[] = [];
  const wholes: Hypothesis[] = [];
  const seen = new Set<number>();
  const typedWhole = (pos: Pos) => reader.cell(pos.row, pos.col)?.formula === undefined && context.isAmountCell(pos) && reader.amounts.scaleAt(pos.row, pos.col) === 0;
  for (const { identity } of violations) {
    const { target } = identity;
    const whole = reader.amounts.number(target.row, target.col);
    let largest = Number.NEGATIVE_INFINITY;
    for (const term of identity.terms) largest = Math.max(largest, reader.amounts.number(term.row, term.col));
    if (whole < 0 || largest <= whole) continue;
    for (const pos of [target, ...identity.terms]) {
      const key = pos.row * 20_000 + pos.col;
      if (seen.has(key) || !typedWhole(pos)) continue;
      seen.add(key);
      const written = reader.amounts.number(pos.row, pos.col);
      const isWhole = pos === target;
      // A part larger than its whole on its own; or that whole, typed in too large a unit.
      if (isWhole ? written <= 0 : written <= whole) continue;
      for (const factor of FACTORS) {
        const hypothesis = unitHypothesis(context, violations, pos, written, factor, !isWhole);
        if (!hypothesis) continue;
        (isWhole ? wholes : parts).push(hypothesis);
        break;
      }
    }
  }
  // The part that alone exceeds its whole is the suspect: the whole read ×1000 would take in any part.
  const found = parts.length > 0 ? parts : wholes;
  return found.length === 1 ? { kind: 'located', violations, hypotheses: found } : undefined;
}

/** The cell read `factor` times smaller (`divide`) or larger, if every broken relation is one it stands in and all hold after it. */
function unitHypothesis(context: LocateContext, violations: Violation[], pos: Pos, written: number, factor: number, divide: boolean): Hypothesis | undefined {
  const intended = divide ? written / factor : written * factor;
  if (!Number.isSafeInteger(intended) || intended === 0) return undefined;
  const value = new Decimal(intended);
  const change: Change = { pos, delta: value.minus(written), value };
  const touched = context.identitiesAt(pos);
  if (!violations.every((v) => touched.includes(v.identity)) || !context.satisfies([change])) return undefined;
  const slip: SlipKind = factor === 1000 ? (divide ? 'ThousandTimes' : 'Thousandth') : 'PowerOfTen';
  return { kind: 'value', key: `parts:${pos.row}:${pos.col}`, explains: new Set(violations.map((v) => v.identity.id)), changes: [change], at: pos, slip };
}
