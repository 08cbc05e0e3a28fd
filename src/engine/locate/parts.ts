import { Decimal } from '../numbers';
import type { Pos } from '../rules/budget/model';
import { type Change, carryUp, type Hypothesis } from './hypotheses';
import type { Location, LocateContext, Violation } from './index';
import { slipOfWhole } from './slips';

/** The factors an amount typed in another unit is off by: the units of money go by thousands (đồng, nghìn, triệu, tỷ). */
const FACTORS = [1000, 1_000_000];

/**
 * How many times its whole a part must be to be taken for one typed in another unit (or each part,
 * its whole): a unit slip makes an outlier by an order of magnitude or more, while a whole typed a
 * digit short leaves its largest part only a little above it (and that part is right).
 */
const OUTLIER = 10;
/** Or, past its whole, how many times every other part (a small item typed ×1000 under a large whole). */
const SIBLINGS = 10;
/**
 * Or how many times a whole the totals confirm: a digit slip leaves a part near its whole, a zero
 * too many takes it well past (`3.120.450` typed `31.204.500` under a `Chi thường xuyên` of 5.262.190).
 */
const CONFIRMED = 2;

/**
 * Parts (`Trong đó`) past their whole pin no value, but a part larger than its whole on its own is
 * wrong for certain, and one that is also an outlier (many times its whole, or many times every
 * other part) was typed in another unit: where exactly one such part, read in another unit of money (÷ 1,000 or
 * 1,000,000), brings every broken ≤ relation back within its whole and breaks nothing that holds,
 * it is located with that fix (the formulas that add it, such as a row's `Tổng số`, follow it: their
 * broken relations are its too); failing a part, a whole that each of its parts is many times, read
 * × 1,000. Otherwise undefined: the relations are reported as they are. Whole amounts only.
 */
export function unitSlipInParts(context: LocateContext, violations: Violation[]): Location | undefined {
  const { reader } = context;
  const parts: Hypothesis[] = [];
  const wholes: Hypothesis[] = [];
  const seen = new Set<number>();
  const typedWhole = (pos: Pos) => !reader.amounts.formulaAt(pos.row, pos.col) && context.isAmountCell(pos) && reader.amounts.scaleAt(pos.row, pos.col) === 0;
  for (const { identity } of violations) {
    const { target } = identity;
    const whole = reader.amounts.number(target.row, target.col);
    // The whole's smallest and largest part (of those it has: empty cells are none).
    let smallest = Number.POSITIVE_INFINITY;
    let largest = Number.NEGATIVE_INFINITY;
    let second = 0;
    for (const term of identity.terms) {
      const part = reader.amounts.number(term.row, term.col);
      if (part === 0) continue;
      smallest = Math.min(smallest, part);
      if (part > largest) [second, largest] = [Math.max(second, largest), part];
      else second = Math.max(second, part);
    }
    // The part an order of magnitude past its whole, or past its whole and far past every other part,
    // or well past a whole that the totals it is an item of confirm (the part, not the whole, is off;
    // a lone part has no siblings to be far past).
    const pinned = (part: number) => part >= CONFIRMED * whole && wholeConfirmed(context, target);
    const outlier = (part: number) => part >= OUTLIER * whole || (part > whole && ((second > 0 && part >= SIBLINGS * second) || pinned(part)));
    if (whole < 0 || !outlier(largest)) continue;
    for (const pos of [target, ...identity.terms]) {
      const key = pos.row * 20_000 + pos.col;
      if (seen.has(key) || !typedWhole(pos)) continue;
      seen.add(key);
      const written = reader.amounts.number(pos.row, pos.col);
      const isWhole = pos === target;
      // A part many times its whole; or a whole each of its parts is many times.
      if (isWhole ? written <= 0 || smallest < OUTLIER * written : written !== largest || !outlier(written)) continue;
      const hypothesis = isWhole ? firstUnit(context, violations, pos, written, false) : partRead(context, violations, pos, written);
      if (hypothesis) (isWhole ? wholes : parts).push(hypothesis);
    }
  }
  // The part that alone exceeds its whole is the suspect: the whole read ×1000 would take in any part.
  const found = parts.length > 0 ? parts : wholes;
  return found.length === 1 ? { kind: 'located', violations, hypotheses: found } : undefined;
}

/** The cell read in the first unit of money (÷ or × 1,000, then 1,000,000) under which every broken relation holds. */
function firstUnit(context: LocateContext, violations: Violation[], pos: Pos, written: number, divide: boolean): Hypothesis | undefined {
  for (const factor of FACTORS) {
    const hypothesis = unitHypothesis(context, violations, pos, written, factor, divide);
    if (hypothesis) return hypothesis;
  }
  return undefined;
}

/** Zeros typed too many: any power of ten, not only a unit of money. */
const POWERS = [10, 100, 1000, 10_000, 100_000, 1_000_000];

/**
 * A part read in another unit of money (firstUnit), unless that leaves it far (ten times or more)
 * from every other amount of its row while another power of ten brings it near one (`Dự toán`
 * 4,200,000 beside `Quyết toán` 398,150: a zero too many, 420,000, not 4,200 typed in đồng): then
 * the nearest such power under which every broken relation holds.
 */
function partRead(context: LocateContext, violations: Violation[], pos: Pos, written: number): Hypothesis | undefined {
  const { reader } = context;
  const others: number[] = [];
  for (const column of reader.table.columns) {
    if (column.role !== 'amount' || column.col === pos.col) continue;
    const value = reader.amounts.number(pos.row, column.col);
    if (value > 0) others.push(Math.log10(value));
  }
  const unit = firstUnit(context, violations, pos, written, true);
  if (others.length === 0) return unit;
  const distance = (value: number) => Math.min(...others.map((other) => Math.abs(Math.log10(value) - other)));
  if (unit && distance(unit.changes[0].value.toNumber()) < 1) return unit;
  let best: { hypothesis: Hypothesis; distance: number } | undefined;
  for (const factor of POWERS) {
    const near = distance(written / factor);
    if (near >= 1 || (best && near >= best.distance)) continue;
    const hypothesis = unitHypothesis(context, violations, pos, written, factor, true);
    if (hypothesis) best = { hypothesis, distance: near };
  }
  return best?.hypothesis ?? unit;
}

/** The cell read `factor` times smaller (`divide`) or larger, if every broken relation is one it stands in and all hold after it. */
function unitHypothesis(context: LocateContext, violations: Violation[], pos: Pos, written: number, factor: number, divide: boolean): Hypothesis | undefined {
  const intended = divide ? written / factor : written * factor;
  if (!Number.isSafeInteger(intended) || intended === 0) return undefined;
  const value = new Decimal(intended);
  const change: Change = { pos, delta: value.minus(written), value };
  const hypothesis: Hypothesis = { kind: 'value', key: `parts:${pos.row}:${pos.col}`, explains: new Set(violations.map((v) => v.identity.id)), changes: [change], at: pos, slip: slipOfWhole(written, intended) };
  if (explainsAll(context, violations, [change])) return hypothesis;
  // A part's typed `Tổng số` across the row, added up from it: wrong by as much, and one mistake with it.
  if (divide) {
    carryUp(context, hypothesis);
    if (hypothesis.carried && explainsAll(context, violations, hypothesis.changes)) return hypothesis;
  }
  return undefined;
}

/**
 * Whether the changes stand in every broken relation and, made, leave every relation holding. The
 * cells they move include the formulas that follow them (`Tổng số` = `=D21+E21` beside a part typed
 * in NS huyện): a broken relation of such a formula's column is one the part stands in too.
 */
function explainsAll(context: LocateContext, violations: Violation[], changes: Change[]): boolean {
  const touched = new Set<number>();
  for (const moved of context.movedBy(changes).values()) for (const identity of context.identitiesAt(moved.pos)) touched.add(identity.id);
  return violations.every((v) => touched.has(v.identity.id)) && context.satisfies([changes]);
}

/**
 * Whether a whole stands as an item in a total down its column that adds up today (the `Chi thường
 * xuyên` of a `Chi cân đối` that holds): a part past it is then the cell that is off, not the whole.
 * A row's own `Tổng số` confirms nothing: it may have been added up from the whole.
 */
function wholeConfirmed(context: LocateContext, whole: Pos): boolean {
  return context
    .identitiesAt(whole)
    .some((identity) => identity.relation === '=' && identity.across === 'rows' && !context.violationOf(identity) && context.coefficientAt(identity, whole) > 0 && !(identity.target.row === whole.row && identity.target.col === whole.col));
}
