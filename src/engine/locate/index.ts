import { type Identity, IdentityList, residualOf, type TableIdentities } from '../identities';
import { lender } from '../arrays';
import { allowanceOf, invisible, lastDigitUnitAt, readsRoundedToUnit } from '../identities/rounding';
import { isZero, Status, toDecimal } from '../identities/values';
import { Decimal } from '../numbers';
import { formulaSum, isSubtotalFormula, signedReferences } from '../rules/budget/formula-refs';
import { type BudgetReader, EMPTY_READER, type Pos } from '../rules/budget/model';
import { expectedOf, productRelations } from '../rules/budget/product';
import { EMPTY_TABLE, keepShapes } from '../shapes';
import type { CellRange } from '../types';
import { AdjointWalk, CellGraph } from './adjoint';
import { CellMap } from './cell-map';
import { IdentityIndex } from './identity-index';
import { carriedValues, compoundHypotheses, type Change, type Hypothesis, LISTED_MEMBERS, membersOf, valueHypotheses } from './hypotheses';
import { unitSlipInParts } from './parts';
import { searchCover } from './search';

/**
 * Whether a difference is one a row's amount matches only by design: three significant digits or
 * more. A one-digit slip's difference has one (d × 10ᵏ), two swapped digits' two (9 × (a − b) × 10ᵏ),
 * and round amounts (500, 1,200) stand in many rows of a budget: a total off by one of those is no
 * sign that it left out the row that holds it.
 */
function distinctive(difference: Decimal): boolean {
  const digits = difference.abs().toFixed().replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length >= 3;
}

/** An identity that does not hold, and by how much: Σ coef × terms − target. */
export interface Violation {
  identity: Identity;
  residual: Decimal;
  /**
   * Needs no explaining: small enough for rounding (half a unit of the last shown digit per figure),
   * or parts larger than their whole (`relation` ≤), which says nothing of which cell is wrong.
   */
  soft: boolean;
}

/**
 * Where the mistakes are (error localisation, after Fellegi & Holt 1976 and Statistics
 * Netherlands' `errorlocate`): the smallest set of slips whose correction makes every identity of
 * the table hold, the broken ones and the kept ones alike. A slip is one wrong cell (weight 1), or
 * one mistake that wrongs several totals at once (weight 1): a row left out of them or counted
 * twice, a number stored as text that their SUM skips, a formula over the wrong range.
 *
 * - `located`: the minimum is unique (or unique among the minima a typing slip explains): its
 *   changes are the fixes.
 * - `oneOf`: several minimal sets; the officer chooses; no fix.
 * - `unlocated`: no set of slips within the search's reach explains them; no fix.
 * - `rounding`: a difference rounding explains and no slip explains better; in a table with no
 *   other rounding difference, `hypotheses` lists the cells whose one edit would also explain it.
 */
export interface Location {
  kind: 'located' | 'oneOf' | 'unlocated' | 'rounding';
  violations: Violation[];
  /** `located`: the slips; `oneOf`: every alternative slip; `rounding`: the cells that would explain it if nothing is rounded. */
  hypotheses: Hypothesis[];
  /** How many alternatives there are, when `hypotheses` lists only the first of them. */
  count?: number;
  /** `oneOf`: how many slips each minimum has, when more than one (some of the cells, not one of them). */
  size?: number;
  /**
   * `located`: the violations whose total stays as it is once the slip is corrected (a typed total,
   * or a formula that does not add the cells that move), by identity id. Such a total is right: its
   * identity breaks only because one of its terms is wrong.
   */
  standing?: Set<number>;
}


const NO_CELLS: Pos[] = [];

/**
 * How a set of changes moves one identity's residual: `whole` while it is a safe integer (most slips
 * are whole amounts: no decimal is built), else `exact`.
 */
interface IdentityShift {
  identity: Identity;
  whole: number;
  exact: Decimal | undefined;
}

const decimalOf = (shift: IdentityShift) => shift.exact ?? new Decimal(shift.whole);

/** Identity `id`'s shift under several slips' shifts made together (undefined when none touches it). */
function jointShiftOf(shifts: Map<number, IdentityShift>[], id: number): IdentityShift | undefined {
  let joint: IdentityShift | undefined;
  for (const map of shifts) {
    const shift = map.get(id);
    if (shift) joint = joint ? plusShift(joint, shift) : shift;
  }
  return joint;
}

/** Whether a shift changes its identity's residual at all. */
function moves(shift: IdentityShift | undefined): boolean {
  return shift !== undefined && (shift.exact === undefined ? shift.whole !== 0 : !shift.exact.isZero());
}

/** Two shifts of one identity, added. */
function plusShift(a: IdentityShift, b: IdentityShift): IdentityShift {
  const whole = a.whole + b.whole;
  if (a.exact === undefined && b.exact === undefined && Number.isSafeInteger(whole)) return { identity: a.identity, whole, exact: undefined };
  return { identity: a.identity, whole: Number.NaN, exact: decimalOf(a).plus(decimalOf(b)) };
}

const HOLDS_TYPED = 1;
const HOLDS_PARTS = 2;

/** Components larger than this are not searched: their violations are reported as they are. */
const MAX_COMPONENT = 48;

/** Localises the violations of one budget table's identities. */
export function locate(reader: BudgetReader, { list, runs, breaking }: Pick<TableIdentities, 'list' | 'runs' | 'breaking'>, tolerance: Decimal): Location[] {
  const violations: Violation[] = [];
  // Only the identities whose residual breaks them can be violations: a table that holds costs nothing here.
  // An identity that holds exactly is no violation, whatever the tolerance: no decimal is built for it.
  const broken = breaking.map((identity) => ({ identity, residual: residualOf(identity, reader) })).filter((b): b is { identity: Identity; residual: Decimal | number } => b.residual !== undefined && b.residual !== 0);
  // Figures shown as held, rounded all the same: told from the residuals before any is called soft.
  if (broken.length >= 3) readsRoundedToUnit(reader, broken);
  for (const { identity, residual } of broken) {
    const value = toDecimal(residual);
    if (identity.relation !== '=') {
      // Parts (`Trong đó`) larger than their whole pin no value, but a slip that repairs them is preferred.
      if (value.greaterThan(tolerance)) violations.push({ identity, residual: value, soft: true });
      continue;
    }
    if (!value.abs().greaterThan(tolerance) || invisible(identity, value, reader)) continue;
    const soft = value.abs().lessThanOrEqualTo(allowanceOf(identity, reader));
    violations.push({ identity, residual: value, soft });
  }
  if (violations.length === 0) return [];
  // The walks' and the identity index's arrays are lent for this table and taken back after it.
  return lender.during(() => locateViolations(reader, list, runs, violations));
}

/** locate() once some identities are violated. */
function locateViolations(reader: BudgetReader, list: IdentityList, runs: readonly number[], violations: Violation[]): Location[] {
  const context = new LocateContext(reader, list, runs, violations);
  const locations: Location[] = [];
  const leftToRounding: Violation[] = [];
  for (const component of components(context, violations)) {
    const hard = component.filter((v) => !v.soft);
    const soft = component.filter((v) => v.soft);
    if (hard.length === 0) {
      for (const violation of soft) if (violation.identity.relation === '=') leftToRounding.push(violation);
      const parts = soft.filter((v) => v.identity.relation !== '=');
      const unit = parts.length > 0 ? unitSlipInParts(context, parts) : undefined;
      if (unit) locations.push(unit);
      continue;
    }
    // Rounding-sized differences beside a slip are located with it when the slip explains them exactly.
    const explained = new Set<number>();
    for (const location of context.locateHard(hard, soft)) {
      locations.push(location);
      for (const violation of location.violations) explained.add(violation.identity.id);
    }
    for (const violation of soft) if (!explained.has(violation.identity.id) && violation.identity.relation === '=') leftToRounding.push(violation);
  }
  const soft = components(context, leftToRounding);
  // One unit of the last digit is what rounding leaves; but where the table shows no other rounding
  // difference, a cell that is one unit off in every identity it is in is a typing slip.
  const rounded = soft.length > 1;
  for (const component of soft) for (const location of context.locateSoft(component, rounded)) locations.push(location);
  return locations;
}

/** The moved cells (withFollowers) as parallel arrays: their keys (row × 20,000 + column) and deltas, read by index, not through the map's iterator. */
function movedArrays(moved: Map<number, { pos: Pos; delta: Decimal }>): { keys: number[]; deltas: Decimal[] } {
  const keys: number[] = [];
  const deltas: Decimal[] = [];
  moved.forEach(({ delta }, key) => {
    keys.push(key);
    deltas.push(delta);
  });
  return { keys, deltas };
}

/**
 * Violations that must be located together: those that share a cell, or whose cells stand in one
 * identity (a correction in one would have to be compensated in the other), transitively. The
 * identities around the violations are looked at only while some are still apart: a total of
 * 20,000 items shares a cell with the broken row it adds, and its items' rows need no visit then.
 */
function components(context: LocateContext, violations: Violation[]): Violation[][] {
  if (violations.length <= 1) return violations.length === 0 ? [] : [violations];
  const linker = new Linker(violations.length, context.reader.table.range);
  violations.forEach(({ identity }, index) => linker.claim(identity, index));
  const linked = new Set<number>();
  for (let index = 0; index < violations.length && linker.apart > 1; index++) {
    const { target, termSheetRows, termCols } = violations[index].identity;
    // The violation's cells: its total, then its terms (rows × columns), until all are one.
    if (linkAround(context, linker, linked, target.row, target.col, index)) break;
    let one = false;
    for (let r = 0; r < termSheetRows.length && !one; r++) for (let c = 0; c < termCols.length && !one; c++) one = linkAround(context, linker, linked, termSheetRows[r], termCols[c], index);
  }
  const groups = new Map<number, Violation[]>();
  violations.forEach((violation, index) => {
    const root = linker.find(index);
    const group = groups.get(root);
    if (group) group.push(violation);
    else groups.set(root, [violation]);
  });
  return [...groups.values()];
}

/** Links violation `index` through each identity at the cell not linked through before (`linked`); true once all are one. */
function linkAround(context: LocateContext, linker: Linker, linked: Set<number>, row: number, col: number, index: number): boolean {
  const around = context.identityIndexesAt(row, col);
  for (let k = 0; k < around.length; k++) {
    const i = around[k];
    if (linked.has(i)) continue;
    linked.add(i);
    if (linker.link(context.identityList, i, index)) return true;
  }
  return false;
}

/**
 * Violations as sets that are united (union–find), and which violation claimed each cell first. A
 * class, with no closure made per table: its optimised code then outlives a check (../shapes.ts).
 */
class Linker {
  private readonly parent: number[] = [];
  /** How many sets there are. */
  apart: number;
  private readonly owner: CellMap;

  constructor(count: number, range: CellRange) {
    for (let i = 0; i < count; i++) this.parent.push(i);
    this.apart = count;
    this.owner = new CellMap(range);
  }

  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }

  union(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x === y) return;
    this.parent[x] = y;
    this.apart--;
  }

  /** Claims the identity's cells (its total, then its terms) for violation `index`, uniting it with the violation that claimed one first. */
  claim(identity: Identity, index: number): void {
    this.own(identity.target.row, identity.target.col, index);
    const { termSheetRows, termCols } = identity;
    for (let r = 0; r < termSheetRows.length; r++) for (let c = 0; c < termCols.length; c++) this.own(termSheetRows[r], termCols[c], index);
  }

  /** Unites violation `index` with each violation that claimed a cell of identity i of `list`; true once all are one. */
  link(list: IdentityList, i: number, index: number): boolean {
    this.meet(list.targetRow(i), list.targetCol(i), index);
    const termSheetRows = list.termSheetRows(i);
    const { termCols } = list.spec(i);
    for (let r = 0; r < termSheetRows.length && this.apart > 1; r++) for (let c = 0; c < termCols.length; c++) this.meet(termSheetRows[r], termCols[c], index);
    return this.apart === 1;
  }

  private own(row: number, col: number, index: number): void {
    const other = this.owner.get(row, col);
    if (other < 0) this.owner.set(row, col, index);
    else this.union(index, other);
  }

  private meet(row: number, col: number, index: number): void {
    const other = this.owner.get(row, col);
    if (other >= 0) this.union(other, index);
  }
}

/** What localisation reads of the table: identities by cell, and whether a set of changes satisfies them. */
export class LocateContext {
  private readonly index: IdentityIndex;
  /** The table shows differences within rounding: its figures are rounded, and so are the residues a slip's identities carry. */
  readonly rounded: boolean;
  private readonly violations: Map<number, Violation>;
  /** Per identity id: 1 when it is violated (flagOf asks of thousands of identities). */
  private readonly violated: Uint8Array;

  /** `list`, `runs`: TableIdentities' identities and their runs. */
  constructor(
    readonly reader: BudgetReader,
    private readonly list: IdentityList,
    runs: readonly number[],
    violations: Violation[],
  ) {
    this.violations = new Map(violations.map((v) => [v.identity.id, v]));
    this.violated = lender.uint8(list.length);
    for (const { identity } of violations) this.violated[identity.id] = 1;
    this.rounded = violations.some((v) => v.soft && v.identity.relation === '=');
    // Itself, not a closure made per table: the index's optimised code then outlives a check (../shapes.ts).
    this.index = new IdentityIndex(list, runs, this);
  }

  /**
   * HOLDS_TYPED for identity i when it holds with a typed total (a change of its cells breaks it);
   * HOLDS_PARTS for a `Trong đó` relation that holds. Most identities have neither, and the walks
   * ask about thousands of cells.
   */
  flagOf(i: number): number {
    if (this.violated[i] === 1) return 0;
    const { list } = this;
    if (list.spec(i).relation !== '=') return HOLDS_PARTS;
    return this.reader.amounts.formulaAt(list.targetRow(i), list.targetCol(i)) ? 0 : HOLDS_TYPED;
  }

  /** Whether identity i holds today with a typed total (a change of its cells breaks it). */
  holdsTyped(i: number): boolean {
    return (this.flagOf(i) & HOLDS_TYPED) !== 0;
  }

  /** ∂residual/∂cell of the identity at a cell (−1 for its total, a term's coefficient, 0 when not in it). */
  coefficientAt(identity: Identity, pos: Pos): number {
    return this.coefficientOf(identity, pos.row * 20_000 + pos.col);
  }

  /** The identities the cell is the target or a term of, in identity order. Do not modify. */
  identitiesAt(pos: Pos): Identity[] {
    return this.index.identitiesAt(pos);
  }

  private readonly around: number[] = [];

  /**
   * The indexes in `identityList` of the identities the cell is the target or a term of, each once,
   * no object made; the array is reused by the next call.
   */
  identityIndexesAt(row: number, col: number): readonly number[] {
    this.around.length = this.index.indexesAt(row, col, this.around);
    return this.around;
  }

  /** The table's identities, by index (TableIdentities' list). */
  get identityList(): IdentityList {
    return this.list;
  }

  /** The violation of an identity, if it is broken. */
  violationOf(identity: Identity): Violation | undefined {
    return this.violations.get(identity.id);
  }

  violationById(id: number): Violation | undefined {
    return this.violations.get(id);
  }

  private graph: CellGraph | undefined = undefined;

  /** What the walks through formula totals know of the table's cells, shared by its components. */
  cellGraph(): CellGraph {
    return (this.graph ??= new CellGraph(this));
  }

  private readonly ranges: number[] = [];
  private readonly targets: number[] = [];

  /**
   * The identity a formula total adds exactly the terms of, as its index in the table's list (−1
   * when none): most formula totals do, and Excel carries their terms into them (its terms as rows
   * × columns, no cell built). Asked once per formula cell a walk reaches (CellGraph).
   */
  followedIdentity(row: number, col: number): number {
    const count = this.index.targetIndexesAt(row, col, this.targets);
    const { list } = this;
    for (let t = 0; t < count; t++) {
      const i = this.targets[t];
      const spec = list.spec(i);
      if (spec.relation === '=' && !spec.coefs && list.addsItsTerms(i, this.reader, this.ranges)) return i;
    }
    return -1;
  }

  /**
   * The cells a formula total that adds no identity's terms exactly (followedIdentity) adds (or,
   * `coef` −1, takes away: `=D12-C12`) that Excel carries into it and that its identities see: those
   * of its formula standing in an identity whose total it is (empty for a typed cell).
   */
  followedCells(row: number, col: number): (Pos & { coef: number })[] {
    const pos = { row, col };
    const totals = this.index.targetsAt(pos);
    if (totals.length === 0) return [];
    const signed = this.signedRefs(pos);
    const refs = signed?.cells ?? this.formulaRefs(pos) ?? [];
    const followed: (Pos & { coef: number })[] = [];
    refs.forEach((ref, k) => {
      if (totals.some((identity) => this.index.hasTerm(identity, ref))) followed.push({ row: ref.row, col: ref.col, coef: signed ? signed.coefs[k] : 1 });
    });
    return followed;
  }

  /** Identity i's terms' rows and columns (its index in the table's list). */
  termRowsOf(i: number): readonly number[] {
    return this.list.termSheetRows(i);
  }

  termColsOf(i: number): readonly number[] {
    return this.list.spec(i).termCols;
  }

  /** What the identities the cell stands in say of it, as bits: worked out once for holdingBroken and partsHeld. */
  flagsAt(row: number, col: number): number {
    return this.index.flagsAt(row, col);
  }

  /**
   * The identities that hold today with a typed total that a change of this cell would break (the
   * cell is that total, or one of its terms), as text. A typed cell among them is a slip only with
   * another that compensates; below a formula cell among them the search does not go.
   */
  holdingBroken(pos: Pos, flags = this.flagsAt(pos.row, pos.col)): string {
    if ((flags & HOLDS_TYPED) === 0) return '';
    const list = this.identitiesAt(pos);
    let text = '';
    // Only typed totals are sure to stay put: a formula total may move with the cell by another path.
    for (let i = 0; i < list.length; i++) if (this.flagOf(list[i].id) & HOLDS_TYPED) text += `${list[i].id};`;
    return text;
  }

  /**
   * Whether a change of a cell with these flags (flagsAt) breaks an identity that holds today with a
   * typed total: holdingBroken(pos) !== '', without listing them (a typed total the cell is, is the
   * cell itself, typed).
   */
  breaksHolding(flags: number): boolean {
    return (flags & HOLDS_TYPED) !== 0;
  }

  /** Whether a cell with these flags (flagsAt) is in a parts-within-their-whole (≤) identity that holds. */
  holdsParts(flags: number): boolean {
    return (flags & HOLDS_PARTS) !== 0;
  }

  /** The parts-within-their-whole (≤) identities that hold and that this cell is in, as text: a change may break them. */
  partsHeld(pos: Pos, flags = this.flagsAt(pos.row, pos.col)): string {
    if ((flags & HOLDS_PARTS) === 0) return '';
    const list = this.identitiesAt(pos);
    let text = '';
    for (let i = 0; i < list.length; i++) if (list[i].relation !== '=' && !this.violations.has(list[i].id)) text += `${list[i].id};`;
    return text;
  }


  private readonly negativeColumns = new Map<number, boolean>();

  /**
   * Whether the cell (key row × 20,000 + column) changed by `delta` stays at or above 0, or its
   * column holds a negative amount somewhere in the table (adjustments, a deficit: there a sign says
   * nothing). The table's rows are read once per column asked.
   */
  staysNonNegative(key: number, delta: Decimal): boolean {
    const row = Math.floor(key / 20_000);
    const col = key - row * 20_000;
    const { amounts, table } = this.reader;
    let negatives = this.negativeColumns.get(col);
    if (negatives === undefined) {
      negatives = false;
      for (const info of table.rows) if (amounts.isAmount(info.row, col) && amounts.number(info.row, col) < 0) negatives = true;
      this.negativeColumns.set(col, negatives);
    }
    if (negatives) return true;
    const whole = amounts.wholeAt(row, col);
    const step = delta.toNumber();
    if (Number.isSafeInteger(whole) && Number.isSafeInteger(step)) return whole + step >= 0;
    return !(this.valueAt({ row, col }) ?? new Decimal(0)).plus(delta).isNegative();
  }

  private readonly allowances = new WeakMap<Set<number>, number>();

  /** The smallest rounding allowance of the broken identities (`=`) among these ids; 0 when none. */
  roundingAllowance(ids: Set<number>): number {
    let allowance = this.allowances.get(ids);
    if (allowance === undefined) {
      allowance = Number.POSITIVE_INFINITY;
      for (const id of ids) {
        const violation = this.violations.get(id);
        if (violation?.identity.relation === '=') allowance = Math.min(allowance, allowanceOf(violation.identity, this.reader).toNumber());
      }
      if (allowance === Number.POSITIVE_INFINITY) allowance = 0;
      this.allowances.set(ids, allowance);
    }
    return allowance;
  }

  /**
   * Whether the slips' changes (one array per slip), made together, leave every identity they touch
   * holding (within the rounding allowance for identities that held before, and for the broken ones
   * in `roughly`: those a slip explains up to their rounding).
   */
  satisfies(made: Change[][], roughly?: Set<number>): boolean {
    const shifts = made.map((changes) => this.shiftsOf(changes));
    if (shifts.length === 1) {
      for (const shift of shifts[0].values()) if (!this.holdsAfter(shift, roughly)) return false;
      return true;
    }
    const seen = new Set<number>();
    for (const map of shifts) {
      for (const id of map.keys()) {
        if (seen.has(id)) continue;
        seen.add(id);
        if (!this.holdsAfter(jointShiftOf(shifts, id)!, roughly)) return false;
      }
    }
    return true;
  }

  /** Whether the identity holds once shifted (satisfies). */
  private holdsAfter(shift: IdentityShift, roughly: Set<number> | undefined): boolean {
    const { identity } = shift;
    const after = this.residualAfter(shift);
    // An identity over a cell of no value (`=D9+E9` showing #VALUE!) tells nothing either way: a slip
    // beside it (the text number its SUM skips) is not ruled out by it.
    if (this.unreadable.has(identity.id)) return true;
    if (identity.relation === '<=') return typeof after === 'number' ? after <= 0 : !after.greaterThan(0);
    if (isZero(after)) return true;
    const violation = this.violationOf(identity);
    // A broken identity a slip must explain exactly; the others within their rounding.
    if (violation && !violation.soft && !roughly?.has(identity.id)) return false;
    const allowed = allowanceOf(identity, this.reader);
    return typeof after === 'number' ? !allowed.lessThan(Math.abs(after)) : !after.abs().greaterThan(allowed);
  }

  private readonly shifts = new WeakMap<Change[], Map<number, IdentityShift>>();

  /**
   * What one slip's changes, and the totals that follow them, do to each identity they touch: its
   * residual's shift (Σ coef × delta over the moved cells), keyed by identity id. Worked out once per
   * slip: the search tries each slip in many combinations, and shifts add (every identity is linear).
   */
  private shiftsOf(changes: Change[]): Map<number, IdentityShift> {
    let shifts = this.shifts.get(changes);
    if (!shifts) {
      shifts = new Map();
      const moved = this.withFollowers(changes);
      const { keys, deltas } = movedArrays(moved);
      for (const { pos } of moved.values()) {
        for (const identity of this.identitiesAt(pos)) if (!shifts.has(identity.id)) shifts.set(identity.id, this.shiftOf(identity, keys, deltas));
      }
      this.shifts.set(changes, shifts);
    }
    return shifts;
  }

  private readonly residuals = new Map<number, number | Decimal>();
  /** Identities with a cell of no value (an error value, words, a formula left uncomputed), by id. */
  private readonly unreadable = new Set<number>();

  /**
   * The identity's residual today, worked out once (it may add twenty thousand items): a number while
   * it is whole and safe (as AmountGrid.residual gives it), else a decimal; a violation's, from it.
   * 0 for an identity a cell of no value leaves unknown (kept in `unreadable`).
   */
  private residualToday(identity: Identity): number | Decimal {
    let residual = this.residuals.get(identity.id);
    if (residual === undefined) {
      let known = this.violationOf(identity)?.residual ?? residualOf(identity, this.reader);
      if (known === undefined) {
        this.unreadable.add(identity.id);
        known = 0;
      }
      // A whole residual within the safe integers is its double exactly (no decimal made to compare).
      const whole = typeof known === 'number' ? known : known.toNumber();
      residual = typeof known === 'number' || !known.isInteger() || !Number.isSafeInteger(whole) ? known : whole;
      this.residuals.set(identity.id, residual);
    }
    return residual;
  }

  /** The identity's residual once shifted: a number while whole and exact, else a decimal. */
  private residualAfter(shift: IdentityShift): number | Decimal {
    const today = this.residualToday(shift.identity);
    if (typeof today === 'number' && shift.exact === undefined) {
      const after = today + shift.whole;
      if (Number.isSafeInteger(after)) return after;
    }
    return toDecimal(today).plus(decimalOf(shift));
  }

  /**
   * The changes and what follows from them in Excel: a formula that adds a changed cell is
   * recomputed (a formula's result is never wrong on its own; it follows its cells), whether or not
   * the table's identities read it so (`=C35+C34`, a total over a subtotal, stands for rows C34
   * adds). Returns every moved cell's delta, keyed row × 20,000 + column, with its position; a total
   * two changed cells feed moves by both, and one that adds a cell twice, by twice its change.
   * Worked out once per slip (the search, then the settling of its answer, ask). Do not modify.
   */
  private withFollowers(made: Change[]): Map<number, { pos: Pos; delta: Decimal }> {
    const known = this.followers.get(made);
    if (known) return known;
    const moved = new Map<number, { pos: Pos; delta: Decimal }>();
    this.followers.set(made, moved);
    const queue: { pos: Pos; delta: Decimal }[] = [];
    const move = (pos: Pos, delta: Decimal) => {
      const key = pos.row * 20_000 + pos.col;
      const entry = moved.get(key);
      if (entry) entry.delta = entry.delta.plus(delta);
      else moved.set(key, { pos, delta });
      queue.push({ pos, delta });
    };
    for (const change of made) move(change.pos, change.delta);
    // Bounded: a circular formula would otherwise carry a change round for ever.
    for (let i = 0; i < queue.length && i < 5_000; i++) {
      const { pos, delta } = queue[i];
      const key = pos.row * 20_000 + pos.col;
      const followed = new Set<number>();
      for (const identity of this.identitiesAt(pos)) {
        const target = identity.target;
        const targetKey = target.row * 20_000 + target.col;
        const coef = targetKey === key || followed.has(targetKey) ? undefined : this.formulaKeys(target)?.get(key);
        if (!coef) continue;
        followed.add(targetKey);
        move(target, coef === 1 ? delta : delta.times(coef));
      }
      // A total whose formula adds this cell though no identity reads it so (a grand total over a subtotal).
      for (const total of this.totalRowsAdding(key)) {
        const targetKey = total.row * 20_000 + total.col;
        if (targetKey === key || followed.has(targetKey)) continue;
        followed.add(targetKey);
        move(total, delta);
      }
    }
    return moved;
  }

  private readonly followers = new WeakMap<Change[], Map<number, { pos: Pos; delta: Decimal }>>();
  /**
   * Every cell the changes move, with the formulas that follow them (see withFollowers), keyed
   * row × 20,000 + column. The map is shared: do not modify it.
   */
  movedBy(changes: Change[]): ReadonlyMap<number, { pos: Pos; delta: Decimal }> {
    return this.withFollowers(changes);
  }


  private totalRowFormulas: Map<number, Pos[]> | undefined = undefined;

  /**
   * The formula cells of the table's total rows whose plain sum adds the cell (key row × 20,000 +
   * column): totals Excel recomputes though no identity may read them so (`=C35+C34`, a grand total
   * over a subtotal). The other rows' formulas (a row's own total, a parent's sum) are followed
   * through the identities. Worked out once per table, when a change is first followed.
   */
  private totalRowsAdding(key: number): Pos[] {
    if (!this.totalRowFormulas) {
      const adding = (this.totalRowFormulas = new Map<number, Pos[]>());
      const { rows, columns } = this.reader.table;
      for (const { row, kind } of rows) {
        if (kind !== 'total') continue;
        for (const { role, col } of columns) {
          // A typed total follows nothing (most tables type theirs): nothing is kept of it.
          if (role !== 'amount' || !this.reader.amounts.formulaAt(row, col)) continue;
          const total = { row, col };
          for (const ref of this.formulaRefs(total) ?? []) {
            const refKey = ref.row * 20_000 + ref.col;
            const list = adding.get(refKey);
            if (!list) adding.set(refKey, [total]);
            else if (list[list.length - 1] !== total) list.push(total);
          }
        }
      }
    }
    return this.totalRowFormulas.get(key) ?? NO_CELLS;
  }

  private readonly formulas = new Map<number, Pos[] | null>();
  private readonly formulaKeySets = new Map<number, Map<number, number>>();

  /**
   * The cells a formula adds (formulaRefs) or takes away (signedRefs), keyed row × 20,000 + column,
   * each with its coefficient in it (+1, −1; 2 for a cell added twice, 0 where it cancels out): made
   * when a change is first followed through the formula.
   */
  private formulaKeys(pos: Pos): Map<number, number> | undefined {
    const key = pos.row * 20_000 + pos.col;
    let keys = this.formulaKeySets.get(key);
    if (!keys) {
      const signed = this.signedRefs(pos);
      const refs = signed?.cells ?? this.formulaRefs(pos);
      if (!refs) return undefined;
      keys = new Map();
      for (let k = 0; k < refs.length; k++) {
        const ref = refs[k].row * 20_000 + refs[k].col;
        keys.set(ref, (keys.get(ref) ?? 0) + (signed ? signed.coefs[k] : 1));
      }
      this.formulaKeySets.set(key, keys);
    }
    return keys;
  }

  private readonly signed = new Map<number, { cells: Pos[]; coefs: number[] } | null>();

  /** The cells a formula adds and takes away (`=D12-C12`), with their coefficients; undefined for a typed cell or any other formula (a plain sum among them). */
  private signedRefs(pos: Pos): { cells: Pos[]; coefs: number[] } | undefined {
    const key = pos.row * 20_000 + pos.col;
    let known = this.signed.get(key);
    if (known === undefined) {
      const formula = this.reader.cell(pos.row, pos.col)?.formula;
      known = (formula ? signedReferences(formula) : undefined) ?? null;
      this.signed.set(key, known);
    }
    return known ?? undefined;
  }

  /** Whether the cell is a SUBTOTAL formula, which another SUBTOTAL over it leaves out (formulaSum). One function per table, not per formula read. */
  readonly nestedSubtotal = (row: number, col: number): boolean => isSubtotalFormula(this.reader.cell(row, col)?.formula);

  /** The cells a formula total adds (undefined when the cell is typed or its formula is no plain sum; a SUBTOTAL's nested SUBTOTALs left out). */
  formulaRefs(pos: Pos): Pos[] | undefined {
    const key = pos.row * 20_000 + pos.col;
    let known = this.formulas.get(key);
    if (known === undefined) {
      const formula = this.reader.cell(pos.row, pos.col)?.formula;
      known = (formula ? formulaSum(formula, this.nestedSubtotal)?.cells : undefined) ?? null;
      this.formulas.set(key, known);
    }
    return known ?? undefined;
  }

  /**
   * Localises a component's differences past rounding (`hard`); `soft` ones of the same component
   * (within rounding) need no explaining, but a slip that explains them exactly is preferred.
   */
  locateHard(hard: Violation[], soft: Violation[] = []): Location[] {
    if (hard.length > MAX_COMPONENT) return [{ kind: 'unlocated', violations: hard, hypotheses: [] }];
    const component = [...hard, ...soft];
    const values = valueHypotheses(this, component);
    // Without every candidate in view, no answer can be called the only one.
    if (values.truncated) return [{ kind: 'unlocated', violations: hard, hypotheses: [] }];
    const compound = compoundHypotheses(this, component);
    // Value hypotheses already explain every identity their shift zeroes (from their effects); compound ones may explain more.
    for (const hypothesis of compound) this.extendExplains(hypothesis, component);
    // A row left out of a single total is no more likely than any other single wrong cell, unless
    // the difference is an amount few rows match by chance.
    for (const hypothesis of compound) if (this.sameRowElsewhere(hypothesis)) hypothesis.corroborated = true;
    const candidates = (values: Hypothesis[]) => [
      ...compound.filter((h) => h.kind === 'textSkipped' || h.kind === 'formula' || h.kind === 'blockScaled' || h.explains.size >= 2 || distinctive(h.changes[0].delta) || h.corroborated),
      ...values,
    ];
    let result = searchCover(this, hard, candidates(values.hypotheses));
    // A cell that breaks an identity holding today is a slip only with a second one: it can tie only a minimum of two.
    if (!result || result.size > 1) result = searchCover(this, hard, candidates(values.all()));
    // Several slips, each in a cell whose typed totals agree with it: one mistake the officer added up
    // into the totals above is a smaller story than a slip in each of them.
    if (result && result.size > 1) {
      const carried = carriedValues(this, values.all(), component);
      const again = carried.length > 0 ? searchCover(this, hard, [...candidates(values.all()), ...carried]) : undefined;
      if (again && again.size < result.size) result = again;
    }
    if (!result) return [{ kind: 'unlocated', violations: hard, hypotheses: [] }];
    if (result.unique) return this.settle(result.solution, component);
    return [{ kind: 'oneOf', violations: hard, hypotheses: result.alternatives, count: result.count, ...(result.size > 1 ? { size: result.size } : {}) }];
  }

  /**
   * Whether the row a compound slip names (left out of a total, counted twice, added with its
   * children) also explains the same total row's difference in another column, broken too (another
   * component where the columns share no identity: the years of a plan). A round amount (210 triệu)
   * matches a difference by chance; the same row matching in two columns does not.
   */
  private sameRowElsewhere(hypothesis: Hypothesis): boolean {
    if (hypothesis.kind !== 'rowLeftOut' && hypothesis.kind !== 'rowTwice' && hypothesis.kind !== 'parentWithChildren') return false;
    const total = hypothesis.changes[0].pos;
    const sign = hypothesis.kind === 'rowLeftOut' ? 1 : -1;
    for (const { identity, residual } of this.violations.values()) {
      const { target } = identity;
      if (identity.across !== 'rows' || target.row !== total.row || target.col === total.col || identity.relation !== '=') continue;
      const value = this.valueAt({ row: hypothesis.at.row, col: target.col });
      if (value && !value.isZero() && value.times(sign).equals(residual)) return true;
    }
    return false;
  }

  /** The locations of a unique minimum: each slip located, or "one of" the cells its identities cannot tell apart. */
  private settle(solution: Hypothesis[], component: Violation[]): Location[] {
    const locations = solution.map((hypothesis) => {
      const violations = component.filter((v) => hypothesis.explains.has(v.identity.id));
      return hypothesis.ambiguous
        ? { kind: 'oneOf' as const, violations, hypotheses: hypothesis.ambiguous, count: hypothesis.ambiguousCount }
        : { kind: 'located' as const, violations, hypotheses: [hypothesis] };
    });
    // What each slip moves, with the totals that follow it.
    const moved = solution.map((h) => this.withFollowers(h.changes));
    // An identity two slips break together is a consequence of the first slip that reaches it.
    const explained = new Set(solution.flatMap((h) => [...h.explains]));
    const shifts = solution.map((h) => this.shiftsOf(h.changes));
    for (const violation of component) {
      if (explained.has(violation.identity.id)) continue;
      // A difference within rounding whose residual the slips leave as it is (they move its total and
      // a term alike: a row counted twice in every column) stays rounding, not their consequence.
      if (violation.soft && !moves(jointShiftOf(shifts, violation.identity.id))) continue;
      // The slip whose moved cells (with their followers) stand in it: shiftsOf keys every identity at them.
      const index = shifts.findIndex((shifted) => shifted.has(violation.identity.id));
      if (index >= 0) locations[index].violations.push(violation);
    }
    locations.forEach((location, index) => {
      if (location.kind !== 'located') return;
      const standing = location.violations.filter(({ identity: { target } }) => !moved[index].has(target.row * 20_000 + target.col));
      (location as Location).standing = new Set(standing.map((v) => v.identity.id));
    });
    return locations;
  }

  /**
   * Differences rounding can explain are rounding, unless one cell explains two or more of them
   * exactly, by more than its own rounding, and no other cell does (a slip, not rounding).
   * `rounded`: the table has other rounding differences, so one unit of a last digit is rounding.
   */
  locateSoft(component: Violation[], rounded: boolean): Location[] {
    if (component.length > MAX_COMPONENT) return component.map((violation) => ({ kind: 'rounding' as const, violations: [violation], hypotheses: [] }));
    const values = valueHypotheses(this, component);
    const all = values.all();
    if (component.length >= 2 && !values.truncated) {
      // A slip only where it is larger than the rounding of the cell itself (half a unit of its last
      // digit); in a table rounded elsewhere, ±1 on a `#,##0` figure is rounding too.
      const unit = (pos: Pos) => lastDigitUnitAt(this.reader, pos.row, pos.col).dividedBy(rounded ? 1 : 2);
      const hypotheses = all.filter((h) => h.explains.size >= 2 && h.changes.every((c) => c.delta.abs().greaterThan(unit(c.pos))));
      const result = searchCover(this, component, hypotheses);
      if (result?.unique && result.solution.every((h) => !h.ambiguous)) return this.settle(result.solution, component);
    }
    // Nothing else in the table is rounded: name the cells whose one edit would explain it all.
    const whole = rounded ? [] : all.filter((h) => h.explains.size === component.length && this.satisfies([h.changes]));
    const count = whole.reduce((n, h) => n + (h.members?.length ?? 1), 0);
    const listed = whole.flatMap((h) => membersOf(this, h, LISTED_MEMBERS)).slice(0, LISTED_MEMBERS);
    return component.map((violation) => ({ kind: 'rounding' as const, violations: [violation], hypotheses: listed, count }));
  }

  /**
   * A slip also explains every broken identity its changes repair exactly: a formula total that
   * skipped a text number also wrongs the period total that adds it. In a table rounded elsewhere
   * (`rounded`), also those it brings within their rounding allowance (`roughly`): a region's
   * subtotal carried up from a wrong figure into its row's totals leaves their column sums the
   * residue of the rounding the region already had (19,661 in one column, 19,660 in the total that
   * adds it), as valueHypotheses' shifts do for a single cell.
   */
  extendExplains(hypothesis: Hypothesis, component: Violation[]): void {
    for (const shift of this.shiftsOf(hypothesis.changes).values()) {
      const { identity } = shift;
      const violation = this.violationOf(identity);
      if (!violation || hypothesis.explains.has(identity.id) || !component.includes(violation)) continue;
      const after = this.residualAfter(shift);
      if (isZero(after)) hypothesis.explains.add(identity.id);
      else if (this.rounded && identity.relation === '=' && !violation.soft && !toDecimal(after).abs().greaterThan(allowanceOf(identity, this.reader))) {
        hypothesis.explains.add(identity.id);
        (hypothesis.roughly ??= new Set()).add(identity.id);
      }
    }
  }

  /** Of the given violated identities, those the slips' changes (and the totals that follow them) bring to zero together. */
  zeroedBy(ids: number[], made: Change[][]): number[] {
    const shifts = made.map((changes) => this.shiftsOf(changes));
    return ids.filter((id) => {
      const violation = this.violations.get(id);
      const shift = jointShiftOf(shifts, id);
      return violation !== undefined && shift !== undefined && violation.identity.relation === '=' && isZero(this.residualAfter(shift));
    });
  }

  /**
   * How the identity's residual moves when each moved cell (`keys`, row × 20,000 + column) moves by
   * its delta (`deltas`, in the same order). Whole deltas are added as doubles while the sum stays
   * exact; else with decimal.js.
   */
  private shiftOf(identity: Identity, keys: number[], deltas: Decimal[]): IdentityShift {
    let whole = 0;
    // Only the moved cells are looked at: an identity may add twenty thousand items.
    for (let k = 0; k < keys.length; k++) {
      const coefficient = this.coefficientOf(identity, keys[k]);
      if (coefficient === 0) continue;
      const d = deltas[k];
      whole += d.isInteger() ? d.toNumber() * coefficient : Number.NaN;
      if (!Number.isSafeInteger(whole)) break;
    }
    if (Number.isSafeInteger(whole)) return { identity, whole, exact: undefined };
    let exact = new Decimal(0);
    for (let k = 0; k < keys.length; k++) {
      const coefficient = this.coefficientOf(identity, keys[k]);
      if (coefficient !== 0) exact = exact.plus(deltas[k].times(coefficient));
    }
    return { identity, whole: Number.NaN, exact };
  }

  /**
   * ∂residual/∂cell of one identity (−1 for its total, the term's coefficient, 0 when not in it; a
   * row counted twice, twice). Its terms are rows × columns: the cell's column is looked for among a
   * few, its row by halves in rows in sheet order, with nothing made per identity: one may add twenty
   * thousand items, and localisation asks about the few cells a slip moves (a short or unordered
   * rows array is read through).
   */
  private coefficientOf(identity: Identity, key: number): number {
    const row = Math.floor(key / 20_000);
    const col = key - row * 20_000;
    const { target, coefs, termCols } = identity;
    const rows = identity.termSheetRows;
    let coefficient = target.row === row && target.col === col ? -1 : 0;
    for (let c = 0; c < termCols.length; c++) {
      if (termCols[c] !== col) continue;
      // Many rows in sheet order (nearly every long identity's): searched by halves, a row counted twice next to itself.
      const sorted = rows.length > 16 && this.ascending(rows);
      for (let r = sorted ? firstAtLeast(rows, row) : 0; r < rows.length; r++) {
        if (rows[r] === row) coefficient += coefs ? coefs[r * termCols.length + c] : 1;
        else if (sorted) break;
      }
    }
    return coefficient;
  }

  private readonly order = new WeakMap<readonly number[], boolean>();

  /** Whether a terms' rows array runs in sheet order (a row counted twice next to itself), told once per array. */
  private ascending(rows: readonly number[]): boolean {
    let known = this.order.get(rows);
    if (known === undefined) {
      known = true;
      for (let r = 1; r < rows.length && known; r++) known = rows[r - 1] <= rows[r];
      this.order.set(rows, known);
    }
    return known;
  }

  private products: Map<number, Decimal> | undefined = undefined;

  /**
   * The amount a product column's cell should hold by its row's factors (`Thành tiền = Số lượng ×
   * Đơn giá`, in its unit, rounded as shown), where the row has every factor; undefined elsewhere.
   */
  productAt(row: number, col: number): Decimal | undefined {
    if (!this.products) {
      this.products = new Map();
      for (const { target, scale, rows } of productRelations(this.reader)) for (const r of rows) this.products.set(r.row * 20_000 + target, expectedOf(r, scale));
    }
    return this.products.size === 0 ? undefined : this.products.get(row * 20_000 + col);
  }

  /** The cell's amount, zero when empty; undefined when it has none. */
  valueAt(pos: Pos): Decimal | undefined {
    return this.reader.amounts.decimal(pos.row, pos.col);
  }

  private amountColumns: Uint8Array | undefined = undefined;

  /** Whether the column is one of the table's amount columns (not labels, units, ratios). */
  isAmountColumn(col: number): boolean {
    if (!this.amountColumns) {
      const { columns, range } = this.reader.table;
      this.amountColumns = lender.uint8(range.right + 2);
      for (const column of columns) if (column.role === 'amount' && column.col >= 0 && column.col <= range.right) this.amountColumns[column.col] = 1;
    }
    return col >= 0 && this.amountColumns[col] === 1;
  }

  isAmountCell(pos: Pos): boolean {
    return this.reader.amounts.statusAt(pos.row, pos.col) !== Status.Unknown;
  }
}

/** The first place in ascending `rows` whose row is at least `row` (rows.length when none). */
function firstAtLeast(rows: readonly number[], row: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (rows[middle] < row) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Localisation's objects outlive every check, and so does its optimised code (../shapes.ts).
{
  const context = new LocateContext(EMPTY_READER, new IdentityList(), [0], []);
  keepShapes(context, context.cellGraph(), new AdjointWalk(context.cellGraph(), []), new Linker(0, EMPTY_TABLE.range));
}
