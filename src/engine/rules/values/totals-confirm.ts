import { identityListOf } from '../../identities';
import { Decimal } from '../../numbers';
import { readerOf } from '../budget/model';
import type { RuleContext } from '../rule';

/** Ambiguous cells in one sum beyond which their readings are not tried together (2ⁿ − 1 of them). */
const MAX_TOGETHER = 6;
/** Passes over a table's sums while they settle more cells (each pass settles a level of totals). */
const MAX_PASSES = 4;

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
  // A cell a sum settles is read one way in every reading of the table that holds: in the other sums
  // it stands in, it is no longer a choice. So the sums are gone through again while they settle
  // more (`2.450` = `1.200` + `1.250`, each settled by its row's `700` + `500`), a few times at most.
  for (let pass = 0, grew = true; grew && pass < MAX_PASSES; pass++) {
    grew = false;
    for (let k = 0; k < list.length; k++) {
      const spec = list.spec(k);
      if (spec.relation !== '=') continue;
      // Only an identity on a row of an ambiguous cell can hold one: most are passed over here.
      const targetRow = list.targetRow(k);
      const termRows = list.termSheetRows(k);
      if (!rows.has(targetRow) && !termRows.some((row) => rows.has(row))) continue;
      // Each ambiguous cell of the sum not settled yet, with what its other reading would move the residual by (terms +, the total −).
      const inIt: { key: number; move: Decimal }[] = [];
      const targetKey = targetRow * 20_000 + list.targetCol(k);
      const targetShift = confirmed.has(targetKey) ? undefined : shifts.get(targetKey);
      if (targetShift) inIt.push({ key: targetKey, move: targetShift.negated() });
      for (const row of termRows) {
        spec.termCols.forEach((col, j) => {
          const key = row * 20_000 + col;
          const shift = confirmed.has(key) ? undefined : shifts.get(key);
          if (shift) inIt.push({ key, move: shift.times(spec.coefs?.[j] ?? 1) });
        });
      }
      if (inIt.length === 0 || inIt.length > MAX_TOGETHER || !holds(list.residual(k, reader)) || !settles(inIt)) continue;
      for (const cell of inIt) confirmed.add(cell.key);
      grew = true;
    }
  }
  return confirmed;
}

/** Whether a sum holds exactly today (one that holds within its rounding settles nothing). */
function holds(residual: Decimal | number | undefined): boolean {
  return residual !== undefined && (typeof residual === 'number' ? residual === 0 : residual.isZero());
}

/** Whether every other choice of readings of a holding sum's cells (a non-empty set of them flipped) breaks it. */
function settles(inIt: { move: Decimal }[]): boolean {
  for (let mask = 1; mask < 1 << inIt.length; mask++) {
    let moved = new Decimal(0);
    inIt.forEach((cell, i) => (mask & (1 << i) ? (moved = moved.plus(cell.move)) : undefined));
    if (moved.isZero()) return false;
  }
  return true;
}
