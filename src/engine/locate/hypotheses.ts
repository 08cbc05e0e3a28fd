import { cellAddress } from '../address';
import { lender } from '../arrays';
import type { Identity } from '../identities';
import { allowanceOf, decimalsShownAt } from '../identities/rounding';
import { Status } from '../identities/values';
import { Decimal } from '../numbers';
import { formulaOf } from '../rules/budget/arithmetic';
import { formulaSum } from '../rules/budget/formula-refs';
import { type Pos, posOfKey } from '../rules/budget/model';
import { AdjointWalk, BREAKS, TYPED } from './adjoint';
import type { LocateContext, Violation } from './index';
import { type SlipKind, slipNearWhole, slipOf, slipOfWhole, WholeSlipSieve } from './slips';

/** One cell's new value; `formula` when the fix is a formula; `toNumber` for a number stored as text. */
export interface Change {
  pos: Pos;
  delta: Decimal;
  value: Decimal;
  formula?: string;
  toNumber?: boolean;
}

export type HypothesisKind = 'value' | 'rowLeftOut' | 'rowTwice' | 'parentWithChildren' | 'columnLeftOut' | 'columnTwice' | 'textSkipped' | 'formula' | 'blockScaled';

/** One slip and what it explains: the broken identities it accounts for, the cells it changes. */
export interface Hypothesis {
  kind: HypothesisKind;
  key: string;
  /** Ids of the identities it explains. */
  explains: Set<number>;
  changes: Change[];
  /** Where the mistake itself is: the wrong cell, the row left out, the text cell, the formula. */
  at: Pos;
  /** For `value`: the typing slip that explains the written value, if one does. */
  slip?: SlipKind;
  /** Row-based slips: the table row index of the row left out or counted twice. */
  rowIndex?: number;
  /** For `formula`: rows the formula leaves out (hidden ones among them) or adds. */
  missing?: number[];
  extra?: number[];
  skipsHidden?: boolean;
  /**
   * For `formula`: it adds none of the identity's cells (`=D22`, a link to the figure elsewhere), so
   * no range slip tells its story: it weighs as a bare value does, and a typing slip beats it.
   */
  linksElsewhere?: boolean;
  /**
   * For a row-based compound slip: the same row explains the same total row's difference in another
   * column too (LocateContext.sameRowElsewhere). Among equally small answers it beats a story told in
   * one column alone: a copied value or a coincidence does not repeat across the columns.
   */
  corroborated?: boolean;
  /** For `value`: the effect on the identities its cell (or cells) share; one group, one cell changed. */
  group?: string;
  /**
   * For `value`: every cell with the same effect on every identity (this one among them), keyed
   * row × 20,000 + column, in the walk's order (sorted into sheet order when listed): a group under
   * one total may hold thousands, and only the few a slip explains or that are listed become positions.
   */
  members?: readonly number[];
  /** Members no typing slip tells apart: the officer chooses (the first few of `ambiguousCount`). */
  ambiguous?: Hypothesis[];
  ambiguousCount?: number;
  resolved?: boolean;
  /**
   * For `value`: the identities among `explains` its change leaves within their rounding rather than
   * exact (a table rounded elsewhere: the shift that zeroes one identity leaves another the residue).
   */
  roughly?: Set<number>;
  /**
   * For a compound slip: the typed totals above its totals that agree with them today, added up from
   * the wrong figure (carryUp); among `changes` too, each corrected with it.
   */
  carried?: Change[];
}

const key = (pos: Pos) => pos.row * 20_000 + pos.col;

/** Slips that wrong several totals at once: a row left out or counted twice, text skipped by SUM, a formula's range. */
export function compoundHypotheses(context: LocateContext, component: Violation[]): Hypothesis[] {
  const byKey = new Map<string, Hypothesis>();
  const add = (hypothesisKey: string, make: () => Omit<Hypothesis, 'explains' | 'changes' | 'key'>, violation: Violation, change: Change) => {
    let hypothesis = byKey.get(hypothesisKey);
    if (!hypothesis) {
      hypothesis = { ...make(), key: hypothesisKey, explains: new Set(), changes: [] };
      byKey.set(hypothesisKey, hypothesis);
    }
    hypothesis.explains.add(violation.identity.id);
    hypothesis.changes.push(change);
  };
  const { reader } = context;
  const { table } = reader;
  for (const violation of component) {
    const { identity, residual } = violation;
    if (identity.relation !== '=') continue;
    const target = identity.target;
    const targetCell = reader.cell(target.row, target.col);
    const actual = context.valueAt(target) ?? new Decimal(0);
    const expected = actual.plus(residual);
    const fixTotal = (formula?: string): Change => ({ pos: target, delta: residual, value: expected, ...(formula ? { formula } : {}) });

    const sum = targetCell?.formula ? formulaSum(targetCell.formula, context.nestedSubtotal) : undefined;
    if (sum) {
      // A SUM skips numbers stored as text: the formula's result lacks exactly them. Only where the
      // identity adds those cells too: a total column's SUM down its rows says nothing of the same
      // cell's identity across its row (`C7 = D7 + E7`), which that skip, counted again, would wrong.
      let texts = sum.cells.filter((pos) => typeof reader.cell(pos.row, pos.col)?.value === 'string' && reader.amounts.statusAt(pos.row, pos.col) === Status.Amount);
      if (texts.length > 0) {
        const termKeys = new Set(identity.terms.map(key));
        texts = texts.filter((pos) => termKeys.has(key(pos)));
      }
      const skipped = texts.reduce((total, pos) => total.plus(context.valueAt(pos) ?? 0), new Decimal(0));
      if (texts.length > 0 && !skipped.isZero() && sameSum(skipped, residual, sum.cells.length)) {
        const cells = texts.map((p) => cellAddress(p.row, p.col)).join(',');
        add(`text:${cells}`, () => ({ kind: 'textSkipped', at: texts[0] }), violation, { pos: target, delta: residual, value: expected });
        continue;
      }
      // The formula computes what it says, over the wrong cells (a row left out, a parent with its children, SUBTOTAL(109) skipping a hidden row).
      const hidden = reader.hiddenRows;
      const counted = sum.cells.filter((pos) => !(sum.skipsHidden && hidden.has(pos.row)));
      const computed = typedSum(context, counted);
      // Only a sum down rows is told by the rows its formula adds: a row's own identity (`C7 = D7 + E7`)
      // over a total column's `SUM(C8:C10)` has no row "left out" (the skipped cell is elsewhere).
      if (identity.across === 'rows' && sameSum(computed, actual, counted.length)) {
        const termKeys = new Set(identity.terms.map(key));
        const refKeys = new Set(counted.map(key));
        const missingRows = [...new Set(identity.terms.filter((t) => !refKeys.has(key(t))).map((t) => t.row))];
        const extraRows = [...new Set(counted.filter((r) => !termKeys.has(key(r)) && r.row !== target.row).map((r) => r.row))];
        if (missingRows.length + extraRows.length > 0) {
          const linksElsewhere = !counted.some((ref) => termKeys.has(key(ref)));
          // One formula filled across a row (`=C7+C11+C14` → D, E) is one mistake in every column it reaches.
          add(`formula:${target.row}:${missingRows.join(',')}:${extraRows.join(',')}:${sum.skipsHidden ? 1 : 0}`, () => ({ kind: 'formula', at: target, missing: missingRows, extra: extraRows, skipsHidden: sum.skipsHidden, ...(linksElsewhere ? { linksElsewhere } : {}) }), violation, fixTotal(formulaOf(identity)));
          continue;
        }
      }
    }

    const formula = targetCell?.formula ? formulaOf(identity) : undefined;
    if (identity.across === 'rows') {
      for (const { row, sign } of rowsOfSize(context, identity, residual)) {
        // The row's index is looked for only for a row that explains the difference.
        const rowIndex = () => table.rows.findIndex((r) => r.row === row);
        if (sign === 1) add(`left:${row}`, () => ({ kind: 'rowLeftOut', at: { row, col: target.col }, rowIndex: rowIndex() }), violation, fixTotal(formula));
        else add(`twice:${row}`, () => ({ kind: 'rowTwice', at: { row, col: target.col }, rowIndex: rowIndex() }), violation, fixTotal(formula));
      }
      // A parent added together with its own children: the excess is the parent's amount (each
      // parent looked at once, however many of its children the total adds).
      const seen = new Set<number>();
      for (const termRow of identity.termRows) {
        for (let parent = table.rows[termRow].parent; parent !== undefined && parent !== identity.rowIndex && !seen.has(parent); parent = table.rows[parent].parent) {
          seen.add(parent);
          const value = context.valueAt({ row: table.rows[parent].row, col: target.col });
          if (value && !value.isZero() && value.equals(residual.negated())) {
            add(`parent:${parent}`, () => ({ kind: 'parentWithChildren', at: { row: table.rows[parent].row, col: target.col }, rowIndex: parent }), violation, fixTotal(formula));
          }
        }
      }
      const block = scaledBlock(context, identity, residual);
      if (block) {
        let hypothesis = byKey.get(`block:${target.row}`);
        if (!hypothesis) byKey.set(`block:${target.row}`, (hypothesis = { kind: 'blockScaled', key: `block:${target.row}`, explains: new Set(), changes: [], at: block[0].pos, rowIndex: identity.rowIndex }));
        hypothesis.explains.add(identity.id);
        hypothesis.changes.push(...block);
      }
      // A row added again beside the parent that already holds it (a typed `Tổng cộng` = 1 + 2 + 3 +
      // 2.1): the excess is that descendant's amount. Only where no term row's own amount tells it.
      if (residual.isNegative()) {
        for (const row of descendantsOfSize(context, identity, residual.negated())) {
          const rowIndex = () => table.rows.findIndex((r) => r.row === row);
          add(`twice:${row}`, () => ({ kind: 'rowTwice', at: { row, col: target.col }, rowIndex: rowIndex() }), violation, fixTotal(formula));
        }
      }
      subtotalsWithRows(context, identity, residual, (subtotals) =>
        add(`subtotals:${target.row}`, () => ({ kind: 'parentWithChildren', at: { row: table.rows[subtotals[0]].row, col: target.col }, rowIndex: subtotals[0], extra: subtotals.map((i) => table.rows[i].row) }), violation, fixTotal(formula)),
      );
    } else {
      // A whole residual within the safe integers is compared as a double with the whole amounts (no decimal made per term).
      const size = residual.isInteger() ? residual.toNumber() : Number.NaN;
      const safe = Number.isSafeInteger(size);
      const { termSheetRows: rows, termCols: cols } = identity;
      for (let r = 0; r < rows.length; r++) {
        for (let c = 0; c < cols.length; c++) {
          const whole = reader.amounts.wholeAt(rows[r], cols[c]);
          // 0: no amount, or a zero; NaN: decimals.
          if (whole === 0) continue;
          let sign = 0;
          if (safe && Number.isSafeInteger(whole)) sign = whole === size ? 1 : whole === -size ? -1 : 0;
          else {
            const value = context.valueAt({ row: rows[r], col: cols[c] });
            if (!value || value.isZero()) continue;
            sign = value.equals(residual) ? 1 : value.equals(residual.negated()) ? -1 : 0;
          }
          if (sign === 0) continue;
          const term = { row: rows[r], col: cols[c] };
          if (sign === 1) add(`colLeft:${term.col}`, () => ({ kind: 'columnLeftOut', at: term }), violation, fixTotal(formula));
          else add(`colTwice:${term.col}`, () => ({ kind: 'columnTwice', at: term }), violation, fixTotal(formula));
        }
      }
    }
  }
  const hypotheses = [...byKey.values()];
  for (const hypothesis of hypotheses) dropFollowers(context, hypothesis);
  for (const hypothesis of hypotheses) carryUp(context, hypothesis);
  return hypotheses;
}

/**
 * Drops a compound slip's change at a formula cell that its other changes already move by as much:
 * a row formula that follows the wrong total (`So sánh` `=D8-C8` beside a `Tổng` that left out a
 * row) is right once that total is, and is no second total of the slip. Kept, the change would move
 * it twice (once itself, once through its formula), and the story would fail its own check.
 */
function dropFollowers(context: LocateContext, hypothesis: Hypothesis): void {
  const { changes } = hypothesis;
  if (changes.length < 2) return;
  const kept = changes.filter((change) => {
    if (!context.reader.cell(change.pos.row, change.pos.col)?.formula) return true;
    const others = changes.filter((other) => other !== change);
    const moved = context.movedBy(others).get(key(change.pos));
    return !(moved && moved.delta.equals(change.delta));
  });
  if (kept.length > 0 && kept.length < changes.length) hypothesis.changes = kept;
}

/**
 * One wrong typed cell whose typed totals above it agree with it today (carryUp): the officer added
 * them up from the wrong figure. Made of the single cells among `values` (those that break an
 * identity holding today), kept where the totals carried explain more violations of the component.
 */
export function carriedValues(context: LocateContext, values: Hypothesis[], component: Violation[]): Hypothesis[] {
  const carried: Hypothesis[] = [];
  // Bounded time: each is carried up through the identities around it, and a typed table of 20,000
  // rows has 20,000 cells under its grand total; past this many, none is carried.
  if (values.length > MAX_CARRIED_VALUES) return carried;
  for (const value of values) {
    if (value.kind !== 'value' || value.members || value.changes.length !== 1) continue;
    const hypothesis: Hypothesis = { ...value, key: `${value.key}:carried`, explains: new Set(value.explains), changes: [{ ...value.changes[0] }] };
    carryUp(context, hypothesis);
    if (!hypothesis.carried) continue;
    context.extendExplains(hypothesis, component);
    if (hypothesis.explains.size > value.explains.size) carried.push(hypothesis);
  }
  return carried;
}

/** How many value hypotheses carriedValues carries up at most. */
const MAX_CARRIED_VALUES = 2_000;

/** How many typed totals a compound slip carries up at most. */
const MAX_CARRIED = 64;

/**
 * The typed totals above a compound slip's totals (a subtotal that counted a row twice, left one
 * out, took a parent with its children), or above one wrong figure (carriedValues), that add them and
 * agree with them today: the officer added them up from the wrong figure, so they are wrong by as
 * much, and the slip is still one mistake.
 * Each moves by what its identity's moved terms add up to (the first identity to reach a total
 * decides it: the others must agree, or the slip fails the search's check); repeated until nothing
 * more moves. Their changes join the slip's, and are listed in `carried`.
 */
export function carryUp(context: LocateContext, hypothesis: Hypothesis): void {
  const moved = new Map<number, Change>(hypothesis.changes.map((c) => [key(c.pos), c]));
  const own = new Set(moved.keys());
  const carried = new Map<number, { change: Change; by: number }>();
  for (let round = 0, growing = true; growing && round < 8 && carried.size < MAX_CARRIED; round++) {
    growing = false;
    const asked = new Set<number>();
    for (const change of [...moved.values()]) {
      for (const identity of context.identitiesAt(change.pos)) {
        const targetKey = key(identity.target);
        if (asked.has(identity.id) || identity.relation !== '=' || own.has(targetKey) || !context.holdsTyped(identity.id)) continue;
        asked.add(identity.id);
        const known = carried.get(targetKey);
        if (known && known.by !== identity.id) continue;
        let shift = new Decimal(0);
        for (const [cellKey, term] of moved) {
          if (cellKey === targetKey) continue;
          const coefficient = context.coefficientAt(identity, term.pos);
          if (coefficient !== 0) shift = shift.plus(term.delta.times(coefficient));
        }
        if (shift.isZero() || known?.change.delta.equals(shift)) continue;
        const value = (context.valueAt(identity.target) ?? new Decimal(0)).plus(shift);
        if (known) Object.assign(known.change, { delta: shift, value });
        else {
          const added: Change = { pos: identity.target, delta: shift, value };
          carried.set(targetKey, { change: added, by: identity.id });
          moved.set(targetKey, added);
        }
        growing = true;
      }
    }
  }
  if (carried.size === 0) return;
  hypothesis.carried = [...carried.values()].map((c) => c.change);
  hypothesis.changes.push(...hypothesis.carried);
}

export interface ValueHypotheses {
  /** Cells whose change breaks no identity that holds today with a typed total: each a slip on its own. */
  hypotheses: Hypothesis[];
  /**
   * Every cell's hypotheses, in the walk's order, built when asked: the others need a second slip to
   * compensate what they break, so they take part only in minima of two slips or more (a table of
   * 20,000 rows with typed row totals has 20,000 of them under its grand total).
   */
  all: () => Hypothesis[];
  /** The walk through formula precedents stopped at its bound: the candidates are not all there. */
  truncated: boolean;
}

/**
 * One wrong typed cell: the value it must have for the broken identities it reaches to hold. The
 * candidates are the typed cells of the broken identities and the typed cells their formula totals
 * add up (transitively): a slip in a detail row that SUM formulas carry up to a typed grand total is
 * in that detail row, not in the grand total.
 *
 * Cells with the same effect on every identity (the detail rows under one typed grand total) are
 * indistinguishable to the identities: they form one hypothesis, whose `members` are told apart
 * afterwards by the typing slip each would be (resolveMembers). A cell whose broken identities need
 * different shifts gives one hypothesis per shift: with a second slip beside it, the identities
 * they share are explained together (the search checks their joint residual).
 *
 * `truncated`: the walk through formula precedents stopped at its bound, so the candidates are not
 * all there and no answer may be called unique.
 */
export function valueHypotheses(context: LocateContext, component: Violation[]): ValueHypotheses {
  const walk = new AdjointWalk(context.cellGraph(), component);
  const { truncated } = walk;
  const width = component.length;
  const unitShifts = new Map<number, { delta: Decimal; text: string }>();
  const shiftOf = (index: number, coefficient: 1 | -1) => {
    const slot = index * 2 + (coefficient === 1 ? 0 : 1);
    let shift = unitShifts.get(slot);
    if (!shift) {
      const delta = coefficient === 1 ? component[index].residual.negated() : component[index].residual;
      unitShifts.set(slot, (shift = { delta, text: delta.toString() }));
    }
    return shift;
  };
  // `breaking`: only the cells whose change breaks a holding identity, or only the others. Each
  // hypothesis's first member's slot goes into `firstSlots`, for the walk's order. The first pass
  // (the others) lists the breaking cells' slots in `breakingSlots`, and the second reads them alone.
  const breakingSlots: number[] = [];
  const build = (breaking: boolean, firstSlots: number[]): Hypothesis[] => {
    const groups = cellGroups(context, walk, width, breaking, breakingSlots);
    const hypotheses: Hypothesis[] = [];
    // A group's keys stay in the walk's order: only the few listed are put in sheet order (firstPositions).
    for (const { signature, effect, keys: members, slot } of groups.values()) {
      const first = posOfKey(smallestKey(members));
      const byShift = new Map<string, Shift>();
      const parts: number[] = [];
      effect.forEach((coefficient, index) => {
        if (coefficient === 0) return;
        const violation = component[index];
        if (violation.identity.relation !== '=') {
          parts.push(violation.identity.id);
          return;
        }
        // The residual moves by coefficient × δ: δ = −residual / coefficient puts it at zero
        // (worked out once per violation for ±1, the coefficient of nearly every cell).
        const delta = coefficient === 1 || coefficient === -1 ? shiftOf(index, coefficient).delta : violation.residual.negated().dividedBy(coefficient);
        const shift = coefficient === 1 || coefficient === -1 ? shiftOf(index, coefficient).text : delta.toString();
        const entry = byShift.get(shift);
        if (entry) entry.explains.add(violation.identity.id);
        else byShift.set(shift, { delta, explains: new Set([violation.identity.id]) });
      });
      for (const [shift, { delta, explains, roughly }] of byShift.size > 1 ? withinRounding(context, component, effect, byShift) : byShift) {
        for (const id of parts) explains.add(id);
        const hypothesis = memberHypothesis(context, first, delta, explains, `cell:${signature}:${shift}`, true, members.length === 1);
        if (roughly) hypothesis.roughly = hypothesis.roughly ? new Set([...hypothesis.roughly, ...roughly]) : roughly;
        hypothesis.group = signature;
        if (members.length > 1) hypothesis.members = members;
        hypotheses.push(hypothesis);
        firstSlots.push(slot);
      }
    }
    return hypotheses;
  };
  const singleSlots: number[] = [];
  const single = build(false, singleSlots);
  let all: Hypothesis[] | undefined;
  const allInOrder = () => {
    // The others merged in by their first cell's place in the walk; the ones built stay (already resolved).
    const otherSlots: number[] = [];
    const others = build(true, otherSlots);
    const merged: Hypothesis[] = [];
    for (let i = 0, j = 0; i < single.length || j < others.length; ) {
      if (j >= others.length || (i < single.length && singleSlots[i] < otherSlots[j])) merged.push(single[i++]);
      else merged.push(others[j++]);
    }
    return merged;
  };
  return { hypotheses: single, all: () => (all ??= allInOrder()), truncated };
}

/** Cells with the same effect on every identity, the same `Trong đó` relations held and (`breaking`) the same holding identities broken. */
interface CellGroup {
  signature: string;
  effect: number[];
  /** The members, keyed row × 20,000 + column. */
  keys: number[];
  /** The first member's slot in the walk. */
  slot: number;
}

/**
 * The walk's typed amount cells that touch the component, grouped by what a change of them does
 * (CellGroup); only the cells whose change breaks a holding identity (`breaking`), or only the
 * others. Apart from the hypotheses built of them: this loop runs over every cell a walk reaches.
 * `breakingSlots`: the pass over the others (made first) lists in it the slots of the breaking ones,
 * which the pass over those then reads alone.
 */
function cellGroups(context: LocateContext, walk: AdjointWalk, width: number, breaking: boolean, breakingSlots: number[]): Map<number | string, CellGroup> {
  const { amounts } = context.reader;
  const { effects, count } = walk;
  // Keyed by the effects packed in a number where they are small (most cells), else by their text.
  const groups = new Map<number | string, CellGroup>();
  const wanted = TYPED | (breaking ? BREAKS : 0);
  // The cells of one group mostly follow one another in the walk: the last one is tried first.
  let lastKey: number | string | undefined;
  let last: CellGroup | undefined;
  for (let k = 0, end = breaking ? breakingSlots.length : count; k < end; k++) {
    const slot = breaking ? breakingSlots[k] : k;
    const bits = walk.bitsOf(slot) & (TYPED | BREAKS);
    if (!breaking && bits === (TYPED | BREAKS)) breakingSlots.push(slot);
    if (bits !== wanted) continue;
    const base = slot * width;
    let packed = 0;
    let small = width <= 4;
    let touches = false;
    for (let k = 0; k < width; k++) {
      const coefficient = effects[base + k];
      if (coefficient !== 0) touches = true;
      if (small && Number.isInteger(coefficient) && Math.abs(coefficient) < 512) packed = packed * 1024 + coefficient + 512;
      else small = false;
    }
    if (!touches) continue;
    // A leaf block's cells (the typed cells under one SUM) are amounts, with no `Trong đó` relation held.
    const leaves = walk.leafCount(slot);
    const row = leaves > 0 ? -1 : walk.rowOf(slot);
    const col = leaves > 0 ? -1 : walk.colOf(slot);
    if (leaves === 0 && amounts.statusAt(row, col) === Status.Unknown) continue;
    const parts = walk.heldAt(slot);
    // The identities a breaking cell would break are listed only for the cells built as candidates.
    const broken = breaking ? context.holdingBroken({ row, col }) : '';
    const key = small && parts === '' && !breaking ? packed : signatureOf(effects, base, width, parts, broken);
    let group = key === lastKey ? last : groups.get(key);
    if (!group) {
      const signature = typeof key === 'string' ? key : signatureOf(effects, base, width, parts, broken);
      // Copied element by element: Array.from over a view goes through the iterator protocol, and most groups of a typed table have one cell.
      const effect: number[] = [];
      for (let k = 0; k < width; k++) effect.push(effects[base + k]);
      groups.set(key, (group = { signature, effect, keys: [], slot }));
    }
    if (leaves > 0) walk.addLeafKeys(slot, group.keys);
    else group.keys.push(row * 20_000 + col);
    lastKey = key;
    last = group;
  }
  return groups;
}

/** How many times too large a block of items typed in a smaller unit is: đồng or nghìn đồng in a table of nghìn or triệu đồng. */
const BLOCK_FACTOR = 1000;

/**
 * The items of one parent all typed in a unit a thousand times smaller than the table's (a
 * sub-table pasted from a file in đồng into one in nghìn đồng, or in nghìn into triệu): their sum is
 * exactly 1000 × the parent, two of them at least are amounts, every one typed, and the parent
 * agrees with a typed total above it (confirmedAbove) or is of its siblings' size (amongPeers), so
 * it is the items that are off, not the parent (with neither, the parent may as well be the row
 * typed in another unit). Each item's change to its thousandth, or undefined. One
 * mistake however many cells: the search weighs it as one slip, and checks that the items' own
 * row totals still hold once every column of the block is scaled.
 */
function scaledBlock(context: LocateContext, identity: Identity, residual: Decimal): Change[] | undefined {
  const { reader } = context;
  // Asked of every broken total: a whole parent and difference are compared as doubles first.
  const whole = reader.amounts.wholeAt(identity.target.row, identity.target.col);
  if (whole === 0 || (whole === whole && residual.isInteger() && whole + residual.toNumber() !== whole * BLOCK_FACTOR)) return undefined;
  const parent = context.valueAt(identity.target);
  if (!parent || parent.isZero() || !parent.plus(residual).equals(parent.times(BLOCK_FACTOR))) return undefined;
  if (!confirmedAbove(context, identity.target) && !amongPeers(context, identity)) return undefined;
  const changes: Change[] = [];
  for (const pos of identity.terms) {
    const value = context.valueAt(pos);
    if (!value || value.isZero()) continue;
    if (reader.cell(pos.row, pos.col)?.formula || reader.amounts.statusAt(pos.row, pos.col) !== Status.Amount) return undefined;
    const intended = value.dividedBy(BLOCK_FACTOR);
    changes.push({ pos, delta: intended.minus(value), value: intended });
  }
  return changes.length >= 2 ? changes : undefined;
}

/** How far from its siblings' median a parent may be and still be of their size: its thousandfold is then well out of it. */
const PEER_SPAN = 30;

/**
 * Whether the parent's amount is of its siblings' size (the other rows under the same parent, two
 * at least with an amount in the column): within PEER_SPAN of their median either way.
 */
function amongPeers(context: LocateContext, identity: Identity): boolean {
  const { rows } = context.reader.table;
  const own = rows[identity.rowIndex];
  const sizes: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (r === identity.rowIndex || row.parent !== own.parent || (row.kind !== 'item' && row.kind !== 'goal')) continue;
    const value = context.valueAt({ row: row.row, col: identity.target.col });
    if (value && !value.isZero()) sizes.push(Math.abs(value.toNumber()));
  }
  if (sizes.length < 2) return false;
  sizes.sort((a, b) => a - b);
  const median = sizes[sizes.length >> 1];
  const size = Math.abs(context.valueAt(identity.target)!.toNumber());
  return size * PEER_SPAN >= median && size <= median * PEER_SPAN;
}

/** Whether the cell is a term of a column's total above it (a parent's, the total row's) that holds today and is typed. */
function confirmedAbove(context: LocateContext, pos: Pos): boolean {
  return context.identitiesAt(pos).some((above) => above.across === 'rows' && above.relation === '=' && above.target.row !== pos.row && !context.violationOf(above) && context.holdsTyped(above.id));
}

/**
 * A total typed as the sum of every line above it: each of two or more subtotals it adds was added
 * together with its own rows, so the excess is the subtotals' sum (`found` gets their table row
 * indexes). With subtotals under subtotals (I / 1 / a), every level below the total's terms was
 * added again, and the excess is the sum of every subtotal in the block, the nested ones too (each
 * row's amount counts once per subtotal above it: I's sub-rows sum to I, 1's sub-rows to 1…); the
 * terms' own subtotals alone are tried first. One subtotal alone is a row counted twice, found as such.
 */
function subtotalsWithRows(context: LocateContext, identity: Identity, residual: Decimal, found: (subtotals: number[]) => void): void {
  const { table } = context.reader;
  const col = identity.target.col;
  const excess = residual.negated();
  const top: number[] = [];
  let sum = new Decimal(0);
  for (const termRow of identity.termRows) {
    const row = table.rows[termRow];
    if (row.children.length === 0 || row.childrenMode === 'ofWhich') continue;
    const value = context.valueAt({ row: row.row, col });
    if (!value || value.isZero()) continue;
    top.push(termRow);
    sum = sum.plus(value);
  }
  if (top.length >= 2 && sum.equals(excess)) {
    found(top);
    return;
  }
  if (top.length === 0 || !excess.greaterThan(sum)) return;
  // The nested subtotals under the terms' own, depth first (bounded: a subtotal is its children's parent once).
  const all = [...top];
  const stack = [...top];
  while (stack.length > 0 && all.length <= MAX_NESTED_SUBTOTALS) {
    for (const child of table.rows[stack.pop()!].children) {
      const row = table.rows[child];
      if (row.children.length === 0 || row.childrenMode === 'ofWhich') continue;
      const value = context.valueAt({ row: row.row, col });
      if (!value || value.isZero()) continue;
      all.push(child);
      stack.push(child);
      sum = sum.plus(value);
    }
  }
  if (all.length > top.length && all.length <= MAX_NESTED_SUBTOTALS && sum.equals(excess)) found(all.sort((a, b) => a - b));
}

/** How many subtotals subtotalsWithRows names at most (a typed grand total over thousands of groups is no one slip to list). */
const MAX_NESTED_SUBTOTALS = 64;

/** One shift of a cell (or group) and the broken identities it explains (`roughly`: up to their rounding). */
interface Shift {
  delta: Decimal;
  explains: Set<number>;
  roughly?: Set<number>;
}

/**
 * The shifts of one cell (or group) whose broken identities need different ones: each also explains
 * the identities it leaves within their rounding allowance (`roughly`); a shift whose identities
 * another explains as well is dropped. In a table rounded elsewhere, a slip's identities carry that
 * rounding's residue, so no one shift zeroes them all; without this no single cell would explain them.
 */
function withinRounding(
  context: LocateContext,
  component: Violation[],
  effect: number[],
  byShift: Map<string, Shift>,
): [string, Shift][] {
  const entries = [...byShift];
  for (const [, entry] of entries) {
    effect.forEach((coefficient, index) => {
      const { identity, residual } = component[index];
      if (coefficient === 0 || identity.relation !== '=' || entry.explains.has(identity.id)) return;
      if (residual.plus(entry.delta.times(coefficient)).abs().greaterThan(allowanceOf(identity, context.reader))) return;
      entry.explains.add(identity.id);
      (entry.roughly ??= new Set()).add(identity.id);
    });
  }
  // The ones that explain most first (in their order otherwise); a shift explaining no more than one kept is dropped.
  const kept: typeof entries = [];
  for (const candidate of [...entries].sort((a, b) => b[1].explains.size - a[1].explains.size)) {
    if (!kept.some(([, other]) => [...candidate[1].explains].every((id) => other.explains.has(id)))) kept.push(candidate);
  }
  return entries.filter((entry) => kept.includes(entry));
}

/** A cell's effects on the violations, and the holding identities it would break, as text. */
function signatureOf(effects: Float64Array, base: number, width: number, parts: string, broken: string): string {
  let text = '';
  for (let k = 0; k < width; k++) text += `${effects[base + k]},`;
  return `${text}|${parts}|${broken}`;
}

/** How many of the cells a typing slip cannot tell apart are built to be listed. */
export const LISTED_MEMBERS = 24;

/**
 * Settles a hypothesis whose members the identities cannot tell apart: the one member whose change
 * undoes a typing slip becomes its cell; with none or several, `ambiguous` lists the cells the
 * officer must choose from (the slipped ones when several are).
 */
export function resolveMembers(context: LocateContext, hypothesis: Hypothesis): void {
  if (!hypothesis.members || hypothesis.ambiguous || hypothesis.resolved) return;
  hypothesis.resolved = true;
  const delta = hypothesis.changes[0].delta;
  const step = delta.toNumber();
  const sieve = Number.isSafeInteger(step) ? new WholeSlipSieve(step) : undefined;
  const { members } = hypothesis;
  let keys: number[] = [];
  const products: number[] = [];
  for (let m = 0; m < members.length; m++) {
    const row = Math.floor(members[m] / 20_000);
    const col = members[m] - row * 20_000;
    const slip = memberSlip(context, row, col, delta, step, sieve);
    if (slip !== undefined) keys.push(members[m]);
    if (slip === 'Product' || (slip !== undefined && byProduct(context, row, col, delta))) products.push(members[m]);
  }
  // An amount its own row gives (quantity × unit price) is surer than a digit a slip would explain.
  if (products.length === 1) keys = products;

  // No typing slip exactly: one within the table's rounding, where it rounds (a whole change of a
  // whole amount in a table that shows no rounding needs no digit a format hides: nearSlip).
  if (keys.length === 0 && (context.rounded || !Number.isInteger(step))) for (let m = 0; m < members.length; m++) if (nearSlip(context, posOfKey(members[m]), step, hypothesis.explains) !== undefined) keys.push(members[m]);
  const slipped = firstPositions(keys, LISTED_MEMBERS);
  if (keys.length === 1) {
    const member = memberHypothesis(context, slipped[0], delta, hypothesis.explains, hypothesis.key);
    Object.assign(hypothesis, { at: member.at, changes: member.changes, slip: member.slip, ...(member.roughly ? { roughly: member.roughly } : {}) });
    return;
  }
  // Listed for the officer to choose from (the first few built; the rest only counted).
  const listed = plausibleKeys(context, keys.length > 1 ? keys : members, delta);
  hypothesis.ambiguous = firstPositions(listed, LISTED_MEMBERS).map((pos) => memberHypothesis(context, pos, delta, hypothesis.explains, hypothesis.key, keys.length > 1));
  hypothesis.ambiguousCount = listed.length;
  // Several slipped members still make this a typing-slip story for the preference between minima.
  if (keys.length > 1) hypothesis.slip = hypothesis.ambiguous[0].slip;
}

/** Fewer formulas than this beside a typed total is no pattern it breaks. */
const MIN_FORMULA_PEERS = 2;

/**
 * The explained identity whose total is the typed cell at `pos` while every other total of its kind
 * in the table (its spec: the same column's row totals, a column's children sums) is a formula, at
 * least MIN_FORMULA_PEERS of them; undefined otherwise. Asked only of a few cells that tie.
 */
export function overwrittenFormula(context: LocateContext, pos: Pos, explains: Set<number>): Identity | undefined {
  const { amounts } = context.reader;
  if (amounts.formulaAt(pos.row, pos.col)) return undefined;
  let identity: Identity | undefined;
  for (const id of explains) {
    const candidate = context.violationById(id)?.identity;
    if (candidate && candidate.relation === '=' && candidate.target.row === pos.row && candidate.target.col === pos.col) identity = candidate;
  }
  if (!identity) return undefined;
  const list = context.identityList;
  const spec = list.specIndex(identity.id);
  let formulas = 0;
  for (let i = 0; i < list.length; i++) {
    if (i === identity.id || list.specIndex(i) !== spec) continue;
    if (!amounts.formulaAt(list.targetRow(i), list.targetCol(i))) return undefined;
    formulas++;
  }
  return formulas >= MIN_FORMULA_PEERS ? identity : undefined;
}

/** The first `limit` members of a hypothesis as hypotheses of their own (itself when it has no members). */
export function membersOf(context: LocateContext, hypothesis: Hypothesis, limit: number): Hypothesis[] {
  if (!hypothesis.members) return [hypothesis];
  const delta = hypothesis.changes[0].delta;
  return firstPositions(plausibleKeys(context, hypothesis.members, delta), limit).map((pos) => memberHypothesis(context, pos, delta, hypothesis.explains, hypothesis.key));
}

/**
 * The cells (keyed row × 20,000 + column) to list for the officer among those a change by `delta`
 * would explain: those that stay an amount of their column's sign (LocateContext.staysNonNegative:
 * no amount turned negative where its column holds none), while two or more do; else all of them.
 * A listing only: which cell is wrong is decided over the identities alone, and a sign slipped the
 * other way (−61.000 typed 61.000, the column's only negative) must still be found.
 */
export function plausibleKeys(context: LocateContext, keys: readonly number[], delta: Decimal): readonly number[] {
  if (!delta.isNegative()) return keys;
  const kept = keys.filter((key) => context.staysNonNegative(key, delta));
  return kept.length >= 2 ? kept : keys;
}

/** The smallest of the keys (the first cell in sheet order): firstPositions for one, a plain loop over a group's thousands of cells. */
function smallestKey(keys: readonly number[]): number {
  let smallest = keys[0];
  for (let k = 1; k < keys.length; k++) if (keys[k] < smallest) smallest = keys[k];
  return smallest;
}

/**
 * The first `limit` of the keyed cells in sheet order, as positions, as the officer reads a list:
 * the smallest keys, kept sorted as they are met, without sorting the thousands a group may hold
 * (they mostly come in sheet order, and each past the first few is then passed over at once).
 */
function firstPositions(keys: readonly number[], limit: number): Pos[] {
  const first: number[] = [];
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (first.length < limit) first.push(key);
    else if (key < first[first.length - 1]) first[first.length - 1] = key;
    else continue;
    for (let i = first.length - 1; i > 0 && first[i] < first[i - 1]; i--) [first[i], first[i - 1]] = [first[i - 1], first[i]];
  }
  return first.map(posOfKey);
}

/**
 * The typing slip a member's change by `delta` would undo: with doubles when every amount is whole.
 * The cells beside it count (a value copied from the next column) only in amount columns: a label
 * beside the first amount is never read as a number for it.
 */
function memberSlip(context: LocateContext, row: number, col: number, delta: Decimal, step: number, sieve?: WholeSlipSieve): SlipKind | undefined {
  // A typing slip names what happened; failing one, an amount whose needed value is its row's quantity × unit price.
  return typingSlip(context, row, col, delta, step, sieve) ?? (byProduct(context, row, col, delta) ? 'Product' : undefined);
}

/** Whether the member's needed value is its row's product (`Thành tiền = Số lượng × Đơn giá`): its own row tells it. */
function byProduct(context: LocateContext, row: number, col: number, delta: Decimal): boolean {
  const product = context.productAt(row, col);
  return product !== undefined && product.equals((context.valueAt({ row, col }) ?? new Decimal(0)).plus(delta));
}

/** memberSlip's typing slips. */
function typingSlip(context: LocateContext, row: number, col: number, delta: Decimal, step: number, sieve?: WholeSlipSieve): SlipKind | undefined {
  const { amounts } = context.reader;
  // Asked of each of the thousands of cells under one total: no array or decimal built on the whole path.
  if (Number.isSafeInteger(step)) {
    const written = amounts.wholeAt(row, col);
    // NaN: it has decimals.
    if (written === written) {
      // The cells beside tell one slip only, a value copied from one of them: they are read only
      // where no other slip is found and the written amount is not 0 (slipOfWhole's last question).
      const kind = sieve ? sieve.slipOf(written, 0, 0) : slipOfWhole(written, written + step);
      if (kind !== undefined || written === 0) return kind;
      const left = context.isAmountColumn(col - 1) ? amounts.wholeAt(row, col - 1) : 0;
      const right = context.isAmountColumn(col + 1) ? amounts.wholeAt(row, col + 1) : 0;
      // A neighbour with decimals (NaN) is compared as a decimal, below.
      if (left === left && right === right) {
        if (left !== written && right !== written) return undefined;
        return sieve ? sieve.slipOf(written, left, right) : slipOfWhole(written, written + step, left, right);
      }
    }
  }
  const written = context.valueAt({ row, col }) ?? new Decimal(0);
  const beside: Decimal[] = [];
  for (const c of [col - 1, col + 1]) {
    const value = context.isAmountColumn(c) ? context.valueAt({ row, col: c }) : undefined;
    if (value) beside.push(value);
  }
  return slipOf(written, written.plus(delta), beside);
}

/**
 * The typing slip within rounding a whole member's change by `step` would undo (slipNearWhole), in a
 * figure its format rounds, where the table shows rounding: differences within rounding elsewhere
 * (LocateContext.rounded), or a needed value with digits the figure does not show. The allowance is
 * the smallest of the explained identities'. Undefined where the figure is exact or no slip is near.
 */
function nearSlip(context: LocateContext, pos: Pos, step: number, explains: Set<number>): { kind: SlipKind; intended: number } | undefined {
  const { reader } = context;
  const { row, col } = pos;
  if (reader.amounts.scaleAt(row, col) !== 0) return undefined;
  const written = reader.amounts.number(row, col);
  const needed = written + step;
  // A whole needed amount has no digit the format could hide: only a table rounded elsewhere asks on (asked of every member of a group).
  if (!context.rounded && Number.isInteger(needed)) return undefined;
  const shown = decimalsShownAt(reader, row, col);
  if (shown === undefined) return undefined;
  const units = needed * 10 ** shown;
  if (!context.rounded && Math.abs(units - Math.round(units)) < 1e-6) return undefined;
  return slipNearWhole(written, needed, context.roundingAllowance(explains));
}

/**
 * One cell's change by `delta`, and the typing slip it undoes. `near`: a slip within rounding may
 * stand for it (nearSlip), with the amount typed before the slip as its value and the identities it
 * explains left their residue (`roughly`); not for a group's first member, which stands for them all.
 */
function memberHypothesis(context: LocateContext, pos: Pos, delta: Decimal, explains: Set<number>, hypothesisKey: string, withSlip = true, near = true): Hypothesis {
  const step = delta.toNumber();
  // A whole change of a whole amount is added as doubles while exact (the first members of every group are built).
  const whole = context.reader.amounts.wholeAt(pos.row, pos.col);
  const exact = Number.isSafeInteger(step) && Number.isSafeInteger(whole) && Number.isSafeInteger(whole + step);
  let value = exact ? new Decimal(whole + step) : (context.valueAt(pos) ?? new Decimal(0)).plus(delta);
  let slip = withSlip ? memberSlip(context, pos.row, pos.col, delta, step) : undefined;
  let roughly: Set<number> | undefined;
  const nearby = withSlip && near && !slip ? nearSlip(context, pos, step, explains) : undefined;
  if (nearby) {
    slip = nearby.kind;
    value = new Decimal(nearby.intended);
    delta = value.minus(context.valueAt(pos) ?? new Decimal(0));
    roughly = new Set([...explains].filter((id) => context.violationById(id)?.identity.relation === '='));
  }
  // Optional fields set, not spread: object spreads were most of the time of the function building findings from these (./findings.ts).
  const change: Change = { pos, delta, value };
  if (typeof context.reader.cell(pos.row, pos.col)?.value === 'string') change.toNumber = true;
  const hypothesis: Hypothesis = { kind: 'value', key: hypothesisKey, explains, changes: [change], at: pos };
  if (slip) hypothesis.slip = slip;
  if (roughly) hypothesis.roughly = roughly;
  return hypothesis;
}

/**
 * Whether an exact sum of `count` figures and what a formula's cached result says of it are the same:
 * Excel adds in doubles, so a sum of figures with decimals may come back a few units of the last
 * binary place off (4,688,075.772776 + … ≠ the exact decimal sum by 1e-9).
 */
function sameSum(exact: Decimal, cached: Decimal, count: number): boolean {
  if (exact.equals(cached)) return true;
  const magnitude = Math.max(Math.abs(exact.toNumber()), Math.abs(cached.toNumber()), 1);
  return exact.minus(cached).abs().toNumber() <= 8 * (count + 1) * Number.EPSILON * magnitude;
}

/** What Excel's SUM adds of the cells: typed numbers only (text and empty cells count nothing). */
function typedSum(context: LocateContext, cells: Pos[]): Decimal {
  const { reader } = context;
  const { amounts } = reader;
  // Whole amounts as doubles while the sum stays exact (a SUM may add 20,000 cells); else decimals.
  let whole = 0;
  for (const { row, col } of cells) {
    if (typeof reader.cell(row, col)?.value !== 'number') continue;
    const next = whole + amounts.number(row, col);
    if (amounts.scaleAt(row, col) !== 0 || !Number.isSafeInteger(next)) return cells.reduce((total, pos) => total.plus(typedValue(context, pos)), new Decimal(0));
    whole = next;
  }
  return new Decimal(whole);
}

/** What Excel's SUM adds of a cell: typed numbers only (text and empty cells count nothing). */
function typedValue(context: LocateContext, pos: Pos): Decimal {
  const value = context.reader.cell(pos.row, pos.col)?.value;
  return typeof value === 'number' ? (context.valueAt(pos) ?? new Decimal(0)) : new Decimal(0);
}

/**
 * The term rows of a vertical identity whose cells add up to the residual (`sign` 1: the row is left
 * out of the total) or to minus it (−1: counted twice), each row once, in the order the identity
 * adds them. A row's contribution is its cells' Σ coef × amount. Whole amounts are added as doubles
 * while they stay exact (a total may add 20,000 rows); a table with decimals, with decimal.js.
 */
/**
 * The sheet rows under the identity's term rows (their children, and theirs) whose amount in the
 * total's column is `size`: a row a total adds again beside the parent that already holds it. A
 * parent's children are looked at only under a parent that is a term, so each row at most once.
 */
function descendantsOfSize(context: LocateContext, identity: Identity, size: Decimal): number[] {
  const { table, amounts } = context.reader;
  const found: number[] = [];
  const col = identity.target.col;
  // A whole size within the safe integers is compared as a double with the whole amounts: a grand
  // total's descendants are most of the table, visited for each of its broken columns.
  const whole = size.isInteger() ? size.toNumber() : Number.NaN;
  const safe = Number.isSafeInteger(whole);
  const matches = (row: number) => {
    const amount = amounts.wholeAt(row, col);
    if (amount === 0) return false;
    if (safe && amount === amount) return amount === whole;
    const value = context.valueAt({ row, col });
    return value !== undefined && value.equals(size);
  };
  const visit = (index: number) => {
    for (const child of table.rows[index].children) {
      if (matches(table.rows[child].row)) found.push(table.rows[child].row);
      visit(child);
    }
  };
  // Each term row once (a Set of a grand total's 20,000 rows cost more than the visit), and only one with children.
  const seen = lender.uint8(table.rows.length);
  for (const index of identity.termRows) {
    if (seen[index] === 1) continue;
    seen[index] = 1;
    if (table.rows[index].children.length > 0) visit(index);
  }
  return found;
}

function rowsOfSize(context: LocateContext, identity: Identity, residual: Decimal): { row: number; sign: 1 | -1 }[] {
  const { amounts } = context.reader;
  const { termSheetRows: rows, termCols: cols, coefs } = identity;
  // Sums by row over the rows the identity spans.
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < rows.length; r++) {
    if (rows[r] < top) top = rows[r];
    if (rows[r] > bottom) bottom = rows[r];
  }
  const span = rows.length === 0 ? 0 : bottom - top + 1;
  // Lent (../arrays.ts): the span of a grand total's rows is most of the table, and localisation asks per broken total.
  const sums = lender.float64(span);
  const seen = lender.uint8(span);
  const order: number[] = [];
  let whole = true;
  for (let r = 0, k = 0; r < rows.length && whole; r++) {
    const i = rows[r] - top;
    if (seen[i] === 0) {
      seen[i] = 1;
      order.push(rows[r]);
    }
    for (let c = 0; c < cols.length && whole; c++, k++) {
      // 0 where the cell holds no amount, NaN where it has decimals (then the sums are made with decimal.js).
      const next = sums[i] + (coefs ? coefs[k] : 1) * amounts.wholeAt(rows[r], cols[c]);
      if (!Number.isSafeInteger(next)) whole = false;
      else sums[i] = next;
    }
  }
  const found: { row: number; sign: 1 | -1 }[] = [];
  if (whole) {
    // A whole residual within the safe integers is its double exactly (no decimal made to compare).
    const whole = residual.toNumber();
    const size = residual.isInteger() && Number.isSafeInteger(whole) ? whole : Number.NaN;
    for (const row of order) {
      const sum = sums[row - top];
      if (sum !== 0 && sum === size) found.push({ row, sign: 1 });
      else if (sum !== 0 && sum === -size) found.push({ row, sign: -1 });
    }
    return found;
  }
  const contribution = new Map<number, Decimal>();
  for (let r = 0, k = 0; r < rows.length; r++) {
    for (let c = 0; c < cols.length; c++, k++) {
      const value = (context.valueAt({ row: rows[r], col: cols[c] }) ?? new Decimal(0)).times(coefs ? coefs[k] : 1);
      contribution.set(rows[r], (contribution.get(rows[r]) ?? new Decimal(0)).plus(value));
    }
  }
  for (const [row, value] of contribution) {
    if (value.isZero()) continue;
    if (value.equals(residual)) found.push({ row, sign: 1 });
    else if (value.equals(residual.negated())) found.push({ row, sign: -1 });
  }
  return found;
}
