import { identityListOf } from '../../identities';
import { Decimal } from '../../numbers';
import { readerOf } from '../budget/model';
import type { RuleContext } from '../rule';

/** Ambiguous cells in one sum beyond which their readings are not tried together (2ⁿ − 1 of them). */
const MAX_TOGETHER = 6;

/**
 * The cells of a budget table (keyed row × 20,000 + column) among `shifts` that stand in a sum that
 * holds exactly today and that no other reading of its ambiguous cells keeps: a total over them, or
 * one they total, adds up with the readings taken. `shifts`: per cell, its other reading minus the
 * one taken (`(1.200)`: −1.2 − (−1200)). The table's own arithmetic then settles the reading: the
 * officer has nothing to check. A sum that holds only within its rounding settles nothing (another
 * reading may be within it too).
 */
export function confirmedByTotals(context: RuleContext, shifts: ReadonlyMap<number, Decimal>): Set<number> {
  const confirmed = new Set<number>();
  if (shifts.size === 0 || context.table.kind !== 'budget') return confirmed;
  const reader = readerOf(context);
  const list = identityListOf(reader);
  const rows = new Set([...shifts.keys()].map((key) => Math.floor(key / 20_000)));
  for (let k = 0; k < list.length; k++) {
    const spec = list.spec(k);
    if (spec.relation !== '=') continue;
    // Only an identity on a row of an ambiguous cell can hold one: most are passed over here.
    const targetRow = list.targetRow(k);
    const termRows = list.termSheetRows(k);
    if (!rows.has(targetRow) && !termRows.some((row) => rows.has(row))) continue;
    // Each ambiguous cell of the sum with what its other reading would move the residual by (terms +, the total −).
    const inIt: { key: number; move: Decimal }[] = [];
    const targetKey = targetRow * 20_000 + list.targetCol(k);
    const targetShift = shifts.get(targetKey);
    if (targetShift) inIt.push({ key: targetKey, move: targetShift.negated() });
    for (const row of termRows) {
      spec.termCols.forEach((col, j) => {
        const shift = shifts.get(row * 20_000 + col);
        if (shift) inIt.push({ key: row * 20_000 + col, move: shift.times(spec.coefs?.[j] ?? 1) });
      });
    }
    if (inIt.length === 0 || inIt.length > MAX_TOGETHER) continue;
    const residual = list.residual(k, reader);
    if (residual === undefined || !(typeof residual === 'number' ? residual === 0 : residual.isZero())) continue;
    // Every other choice of readings (a non-empty set of the cells flipped) must break the sum.
    let settles = true;
    for (let mask = 1; mask < 1 << inIt.length && settles; mask++) {
      let moved = new Decimal(0);
      inIt.forEach((cell, i) => (mask & (1 << i) ? (moved = moved.plus(cell.move)) : undefined));
      if (moved.isZero()) settles = false;
    }
    if (settles) for (const cell of inIt) confirmed.add(cell.key);
  }
  return confirmed;
}
