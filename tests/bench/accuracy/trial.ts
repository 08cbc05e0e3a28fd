/**
 * One trial of the accuracy benchmark, rebuilt from its coordinates: the same seed, layout, slip kind
 * and table number give the same table and the same slip (run.ts runs them all; one.ts shows one).
 */
import { LAYOUTS } from './layouts';
import { injectSlip, type Slip, SLIP_KINDS } from './slips';
import { buildTable, seeded, type BudgetTable } from './table';

/** The clean table `n` of layout `l`. */
export function cleanTable(seed: number, l: number, n: number): BudgetTable {
  const random = seeded(seed * 7919 + l * 1009 + n);
  return buildTable(LAYOUTS[l](random), random);
}

/** Table `n` of layout `l` with a slip of kind `k` (index into SLIP_KINDS); no slip when no cell can take it. */
export function slippedTable(seed: number, l: number, k: number, n: number): { table: BudgetTable; slip: Slip | undefined } {
  const random = seeded(seed * 104729 + l * 7919 + k * 1009 + n);
  const table = buildTable(LAYOUTS[l](random), random);
  return { table, slip: injectSlip(table, SLIP_KINDS[k], random) };
}
