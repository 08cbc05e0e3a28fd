import { type Identity, type IdentityList, tableIdentitiesOf } from '../../identities';
import { lender } from '../../arrays';
import { Status } from '../../identities/values';
import { IdentityIndex } from '../../locate/identity-index';
import { Decimal, formatDecimal } from '../../numbers';
import type { Rule, RuleContext } from '../rule';
import { addresses, amountColumns, type BudgetReader, type Pos, posOfKey, readerOf } from './model';

/**
 * How far out of its peers an amount must lie to be read as typed in another unit: at least this
 * many times the largest of them (×1000), or this many times smaller than the smallest (÷1000).
 * A slip of a thousand puts the amount some 1000× off; a hundred leaves room for peers that vary
 * tenfold, while an item that is merely large among small ones stays well under it.
 */
const EXTREME = 100;

/**
 * How far past its peers' range the amount's thousandth (thousandfold) may fall and still fit
 * among them: the amount meant is as often the largest (or smallest) of its row and column as not,
 * so their range alone would miss it; twice the largest, half the smallest, is still their size.
 */
const FIT = 2;

/** Fewer peers than this (the cell's row and column neighbours together) say too little about what the amount should be. */
const MIN_PEERS = 4;

/** In a table of one amount column (its totals apart), the column alone must say it: with more peers. */
const MIN_COLUMN_PEERS = 5;

/** Past this many totals that depend on the cell, the chain of formulas is not followed (it says nothing more, and a table may hold thousands). */
const MAX_CHAIN = 256;

/** Which way the amount is off. */
const TIMES = 1;
const THOUSANDTH = 2;

/**
 * An amount typed in another unit (`90.000` where `90` belongs: đồng or nghìn đồng typed into a
 * triệu đồng table, or `0,09`: tỷ đồng) that breaks no total, because every total over it is a
 * formula and follows it. Localisation cannot see it (nothing breaks); where a typed total
 * disagrees, localisation finds it as a ×1000 slip (src/engine/locate/slips.ts), so only a cell
 * whose totals all hold and are all formulas, down to the last total that depends on it, is judged
 * here. The amount must be typed (not a formula, not a total), at least EXTREME times the largest
 * of its peers (the other amounts of its row and of its column that are no total; both must have
 * one, unless the table has one amount column, whose peers then say it alone) with its thousandth
 * of their size (FIT) and no more decimals than the table shows (thousandthShown) — or, typed
 * with decimals among whole peers, EXTREME times smaller than the smallest with its thousandfold of their size. A large project among small
 * ones is no slip: its thousandth does not fall among its peers, or its own row is large too.
 * Warning: the arithmetic holds; the amount is implausible. Fix: the amount ÷ 1000 (or × 1000); the
 * formula totals recompute.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/unit-outlier',
    severity: 'warning',
    kinds: ['budget'],
    messageIds: ['budgetUnitOutlierThousandTimes', 'budgetUnitOutlierThousandTimesNoUnit', 'budgetUnitOutlierThousandth', 'budgetUnitOutlierThousandthNoUnit'],
    description: 'An amount about 1000 times (or a thousandth of) its row and column neighbours, whose formula totals follow it, so no total breaks.',
  },
  check(context) {
    const reader = readerOf(context);
    const { list, runs } = tableIdentitiesOf(reader);
    const candidates = candidatesOf(reader, list);
    if (candidates.size === 0) return;
    // The index's arrays are lent for the judging (../../arrays.ts).
    lender.during(() => judgeAll(context, reader, list, new IdentityIndex(list, runs, NO_FLAGS), candidates));
  },
};

/** Judges each candidate and reports the slips. */
function judgeAll(context: RuleContext, reader: BudgetReader, list: IdentityList, index: IdentityIndex, candidates: Map<number, number>): void {
  for (const [key, direction] of candidates) {
    const pos = posOfKey(key);
    const judged = judge(reader, list, index, pos, direction);
    if (!judged) continue;
    const written = reader.amounts.decimal(pos.row, pos.col)!;
    const intended = direction === TIMES ? written.dividedBy(1000) : written.times(1000);
    const unit = context.table.unit?.text;
    context.report({
      messageId: `${direction === TIMES ? 'budgetUnitOutlierThousandTimes' : 'budgetUnitOutlierThousandth'}${unit ? '' : 'NoUnit'}`,
      at: pos,
      related: judged.totals,
      expected: formatDecimal(intended),
      actual: formatDecimal(written),
      params: {
        written: formatDecimal(written),
        intended: formatDecimal(intended),
        low: formatDecimal(new Decimal(judged.low)),
        high: formatDecimal(new Decimal(judged.high)),
        count: judged.peers,
        ...(unit ? { unit } : {}),
        totals: addresses(judged.totals),
      },
      fix: { value: intended.toFixed() },
    });
  }
}

/** The index's flags are not used here. */
const NO_FLAGS = { flagOf: () => 0 };

/**
 * The cells worth judging (sheet row × 20,000 + column → TIMES or THOUSANDTH), found in one pass
 * over the table's typed amounts: the largest of its row and of its column, at least EXTREME times
 * the next largest of each, whose thousandth has no more decimals than the table shows (thousandthShown); or the smallest, with decimals, EXTREME times
 * smaller than the next smallest of each. Typed amounts only: a formula total holds the cell and
 * more. None where no sum that holds has a formula total (most typed tables): nothing can hide there.
 */
function candidatesOf(reader: BudgetReader, list: IdentityList): Map<number, number> {
  const found = new Map<number, number>();
  if (!hidesSlips(reader, list)) return found;
  const { amounts, table } = reader;
  const cols = amountColumns(table).map((column) => column.col);
  // Per column: its two largest and two smallest non-zero typed sizes, and the rows of the first.
  const columnBig = new ExtremePairs(cols.length);
  // The row's, in one slot, with the column indexes of the first.
  const rowBig = new ExtremePairs(1);
  // The cells extreme in their row, checked against their column once every row is read.
  const rowWise: { row: number; k: number; direction: number }[] = [];
  // The most decimals a typed amount of the table shows: the figure meant by a ×1000 slip has no more.
  let decimals = 0;
  for (const info of table.rows) {
    if (info.kind !== 'item' && info.kind !== 'goal') continue;
    const { row } = info;
    rowBig.clear(0);
    for (let k = 0; k < cols.length; k++) {
      const size = amounts.typedSizeAt(row, cols[k]);
      if (size === 0) continue;
      columnBig.add(k, size, row);
      rowBig.add(0, size, k);
      const scale = amounts.scaleAt(row, cols[k]);
      if (scale > decimals) decimals = scale;
    }
    const bigAt = rowBig.bigAt[0];
    const smallAt = rowBig.smallAt[0];
    if (bigAt < 0) continue;
    if (rowBig.big[0] >= EXTREME * rowBig.nextBig[0]) rowWise.push({ row, k: bigAt, direction: TIMES });
    if (rowBig.small[0] * EXTREME <= rowBig.nextSmall[0] && thousandfoldWhole(amounts.scaleAt(row, cols[smallAt]))) rowWise.push({ row, k: smallAt, direction: THOUSANDTH });
  }
  for (const { row, k, direction } of rowWise) {
    const extreme =
      direction === TIMES
        ? columnBig.bigAt[k] === row && columnBig.big[k] >= EXTREME * columnBig.nextBig[k] && thousandthShown(columnBig.big[k], decimals)
        : columnBig.smallAt[k] === row && columnBig.small[k] * EXTREME <= columnBig.nextSmall[k];
    if (extreme) found.set(row * 20_000 + cols[k], direction);
  }
  return found;
}

/**
 * Whether an amount's thousandth has no more decimals than the table's figures show (`decimals`):
 * `90.000` in a table of whole triệu (90), or `950` in a table of tỷ đồng written to three
 * decimals (0,950: a figure typed in triệu). `1.250,5` there is no slip of a thousand.
 */
function thousandthShown(size: number, decimals: number): boolean {
  const units = size * 10 ** Math.min(decimals, 6);
  const whole = Math.round(units);
  return Math.abs(units - whole) < 1e-6 * Math.max(1, units) && whole % 1000 === 0;
}

/** Whether some sum that holds has a formula total: only a sum that follows its terms can hide one. */
function hidesSlips(reader: BudgetReader, list: IdentityList): boolean {
  for (let i = 0; i < list.length; i++) {
    if (!reader.amounts.formulaAt(list.targetRow(i), list.targetCol(i))) continue;
    const residual = list.residual(i, reader);
    if (residual !== undefined && !list.breaks(i, residual, reader)) return true;
  }
  return false;
}

/**
 * Per slot (a column, or the row being read): the two largest and the two smallest sizes added, and
 * where the first of each is (a row, or a column index). Flat arrays: a table of 200,000 amounts adds
 * each once.
 */
class ExtremePairs {
  readonly big: Float64Array;
  readonly nextBig: Float64Array;
  readonly bigAt: Int32Array;
  readonly small: Float64Array;
  readonly nextSmall: Float64Array;
  readonly smallAt: Int32Array;

  constructor(slots: number) {
    this.big = new Float64Array(slots);
    this.nextBig = new Float64Array(slots);
    this.bigAt = new Int32Array(slots);
    this.small = new Float64Array(slots);
    this.nextSmall = new Float64Array(slots);
    this.smallAt = new Int32Array(slots);
    for (let slot = 0; slot < slots; slot++) this.clear(slot);
  }

  /** Empties the slot: nothing added yet. */
  clear(slot: number): void {
    this.big[slot] = this.nextBig[slot] = 0;
    this.small[slot] = this.nextSmall[slot] = Infinity;
    this.bigAt[slot] = this.smallAt[slot] = -1;
  }

  add(slot: number, size: number, at: number): void {
    if (size > this.big[slot]) (this.nextBig[slot] = this.big[slot]), (this.big[slot] = size), (this.bigAt[slot] = at);
    else if (size > this.nextBig[slot]) this.nextBig[slot] = size;
    if (size < this.small[slot]) (this.nextSmall[slot] = this.small[slot]), (this.small[slot] = size), (this.smallAt[slot] = at);
    else if (size < this.nextSmall[slot]) this.nextSmall[slot] = size;
  }
}

/** Whether an amount of this many decimals has a whole thousandfold that its decimals show: `0,09`, not `0,0937` or `1`. */
function thousandfoldWhole(scale: number): boolean {
  return scale >= 1 && scale <= 3;
}

/** What judge() found: the range of the peers, how many, and the totals that recompute once the cell is fixed. */
interface Judged {
  low: number;
  high: number;
  peers: number;
  totals: Pos[];
}

/**
 * Whether the candidate at `pos` is an amount in another unit: a term (never a total) of sums that
 * all hold, with formula totals, and so every total that depends on them in turn; with peers (the
 * other amounts of its row and of its column that are no total: what the officer's eye compares it
 * with) in its row and in its column, MIN_PEERS in all (in a table of one amount column,
 * MIN_COLUMN_PEERS in it), among which it is extreme and whose size its thousandth (thousandfold)
 * has. Undefined when it is not.
 */
function judge(reader: BudgetReader, list: IdentityList, index: IdentityIndex, pos: Pos, direction: number): Judged | undefined {
  const { amounts, table } = reader;
  const own = index.identitiesAt(pos);
  if (own.length === 0 || own.some((identity) => isTarget(identity, pos))) return undefined;
  const totals = followingTotals(reader, list, index, own);
  if (!totals) return undefined;
  const peers = new PeerRange();
  const scratch: number[] = [];
  // A total (which the cell's own totals are) sums its peers: it is no peer.
  const isTotal = (row: number, col: number) => index.targetIndexesAt(row, col, scratch) > 0;
  // The row's other amount columns that are no total: where none is, the table has one column of amounts to compare.
  let rowSlots = 0;
  for (const column of amountColumns(table)) {
    if (column.col === pos.col || isTotal(pos.row, column.col)) continue;
    rowSlots++;
    peers.add(amounts, pos.row, column.col);
  }
  const rowPeers = peers.count;
  for (const info of table.rows) if ((info.kind === 'item' || info.kind === 'goal') && info.row !== pos.row && !isTotal(info.row, pos.col)) peers.add(amounts, info.row, pos.col);
  const { low, high, count } = peers;
  const columnPeers = count - rowPeers;
  // A row with other amount columns that are all empty says nothing of its size: not judged.
  if (rowSlots > 0 ? rowPeers === 0 || columnPeers === 0 || count < MIN_PEERS : columnPeers < MIN_COLUMN_PEERS) return undefined;
  const size = Math.abs(amounts.number(pos.row, pos.col));
  if (direction === TIMES) {
    const intended = size / 1000;
    if (size < EXTREME * high || !fits(intended, low, high)) return undefined;
  } else {
    // Decimals are this cell's alone: in a table that shows them elsewhere, a small one is no sign of another unit.
    const intended = size * 1000;
    if (!peers.whole || size * EXTREME > low || !fits(intended, low, high)) return undefined;
  }
  return { low, high, peers: count, totals };
}

/** Whether an amount is of its peers' size: within FIT times their range. */
function fits(amount: number, low: number, high: number): boolean {
  return amount * FIT >= low && amount <= high * FIT;
}

/** The non-zero amounts a cell is compared with: how many, their least and greatest size, and whether all are whole. */
class PeerRange {
  count = 0;
  low = Infinity;
  high = 0;
  whole = true;

  /** Adds the cell's amount, if it has one that is not zero. */
  add(amounts: BudgetReader['amounts'], row: number, col: number): void {
    if (amounts.statusAt(row, col) !== Status.Amount) return;
    const size = Math.abs(amounts.number(row, col));
    if (size === 0) return;
    this.count++;
    if (size < this.low) this.low = size;
    if (size > this.high) this.high = size;
    if (amounts.scaleAt(row, col) !== 0) this.whole = false;
  }
}

/**
 * The totals that follow the cell, through every sum it stands in and every sum those totals stand
 * in, in turn; undefined when one of them breaks, is typed (a typed total carries the slip too, and
 * fixing the cell alone would break it: localisation's case once it disagrees), or the chain runs
 * past MAX_CHAIN.
 */
function followingTotals(reader: BudgetReader, list: IdentityList, index: IdentityIndex, own: readonly Identity[]): Pos[] | undefined {
  const totals: Pos[] = [];
  const seenTotals = new Set<number>();
  const seenIdentities = new Set<number>();
  const queue: Identity[] = [...own];
  while (queue.length > 0) {
    const identity = queue.pop()!;
    if (seenIdentities.has(identity.id)) continue;
    seenIdentities.add(identity.id);
    if (seenIdentities.size > MAX_CHAIN) return undefined;
    const residual = list.residual(identity.id, reader);
    if (residual === undefined || list.breaks(identity.id, residual, reader)) return undefined;
    const { target } = identity;
    if (!reader.amounts.formulaAt(target.row, target.col)) return undefined;
    const key = target.row * 20_000 + target.col;
    if (seenTotals.has(key)) continue;
    seenTotals.add(key);
    totals.push(target);
    for (const next of index.identitiesAt(target)) if (!isTarget(next, target)) queue.push(next);
  }
  totals.sort((a, b) => a.row - b.row || a.col - b.col);
  return totals;
}

function isTarget(identity: Identity, pos: Pos): boolean {
  return identity.target.row === pos.row && identity.target.col === pos.col;
}
