import { type Identity, residualOf } from '../identities';
import { allowanceOf, invisible, lastDigitUnit } from '../identities/rounding';
import { Status, toDecimal } from '../identities/values';
import { Decimal } from '../numbers';
import { formulaSum } from '../rules/budget/formula-refs';
import type { BudgetReader, Pos } from '../rules/budget/model';
import { compoundHypotheses, type Change, type Hypothesis, valueHypotheses } from './hypotheses';
import { searchCover } from './search';

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
}

/** Components larger than this are not searched: their violations are reported as they are. */
const MAX_COMPONENT = 48;

/** Localises the violations of one budget table's identities. */
export function locate(reader: BudgetReader, identities: Identity[], tolerance: Decimal): Location[] {
  const violations: Violation[] = [];
  for (const identity of identities) {
    const residual = residualOf(identity, reader);
    // An identity that holds exactly is no violation, whatever the tolerance: no decimal is built for it.
    if (residual === undefined || residual === 0) continue;
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
  const context = new LocateContext(reader, identities, violations);
  const locations: Location[] = [];
  const leftToRounding: Violation[] = [];
  for (const component of components(context, violations)) {
    const hard = component.filter((v) => !v.soft);
    const soft = component.filter((v) => v.soft);
    if (hard.length === 0) {
      for (const violation of soft) if (violation.identity.relation === '=') leftToRounding.push(violation);
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

/** Each changed cell's delta, keyed row × 20,000 + column. */
function deltasOf(changes: Change[]): Map<number, Decimal> {
  return new Map(changes.map((c) => [c.pos.row * 20_000 + c.pos.col, c.delta]));
}

/**
 * Violations that must be located together: those that share a cell, or whose cells stand in one
 * identity (a correction in one would have to be compensated in the other), transitively.
 */
function components(context: LocateContext, violations: Violation[]): Violation[][] {
  const parent = violations.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<number, number>();
  violations.forEach((violation, index) => {
    for (const pos of cellsOf(violation.identity)) {
      const key = pos.row * 20_000 + pos.col;
      const other = owner.get(key);
      if (other === undefined) owner.set(key, index);
      else parent[find(index)] = find(other);
    }
  });
  const linked = new Set<number>();
  violations.forEach((violation, index) => {
    for (const pos of cellsOf(violation.identity)) {
      for (const identity of context.identitiesAt(pos)) {
        if (linked.has(identity.id)) continue;
        linked.add(identity.id);
        for (const cell of cellsOf(identity)) {
          const other = owner.get(cell.row * 20_000 + cell.col);
          if (other !== undefined) parent[find(other)] = find(index);
        }
      }
    }
  });
  const groups = new Map<number, Violation[]>();
  violations.forEach((violation, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group) group.push(violation);
    else groups.set(root, [violation]);
  });
  return [...groups.values()];
}

export function cellsOf(identity: Identity): Pos[] {
  return [identity.target, ...identity.terms];
}

/** What localisation reads of the table: identities by cell, and whether a set of changes satisfies them. */
export class LocateContext {
  private readonly byCell = new Map<number, Identity[]>();

  private readonly violations: Map<number, Violation>;

  constructor(
    readonly reader: BudgetReader,
    identities: Identity[],
    violations: Violation[],
  ) {
    this.violations = new Map(violations.map((v) => [v.identity.id, v]));
    // The cells of cellsOf(), in its order, without building each identity's terms as cells.
    for (const identity of identities) {
      this.index(identity.target.row, identity.target.col, identity);
      for (const row of identity.termSheetRows) for (const col of identity.termCols) this.index(row, col, identity);
    }
  }

  private index(row: number, col: number, identity: Identity): void {
    const key = row * 20_000 + col;
    const list = this.byCell.get(key);
    if (list) list.push(identity);
    else this.byCell.set(key, [identity]);
  }

  identitiesAt(pos: Pos): Identity[] {
    return this.byCell.get(pos.row * 20_000 + pos.col) ?? [];
  }

  /** The violation of an identity, if it is broken. */
  violationOf(identity: Identity): Violation | undefined {
    return this.violations.get(identity.id);
  }

  violationById(id: number): Violation | undefined {
    return this.violations.get(id);
  }

  /**
   * What a unit increase of one cell does to each identity's residual, the formula totals that add
   * it following (identity id → ∂residual/∂cell; identities it leaves alone are absent).
   */
  effectOf(pos: Pos): Map<number, Decimal> {
    const effect = new Map<number, Decimal>();
    const one = new Decimal(1);
    for (const change of this.withFollowers([{ pos, delta: one, value: one }])) {
      for (const identity of this.identitiesAt(change.pos)) {
        let coefficient = samePos(identity.target, change.pos) ? -1 : 0;
        identity.terms.forEach((term, k) => {
          if (samePos(term, change.pos)) coefficient += identity.coefs ? identity.coefs[k] : 1;
        });
        if (coefficient === 0) continue;
        const total = (effect.get(identity.id) ?? new Decimal(0)).plus(change.delta.times(coefficient));
        if (total.isZero()) effect.delete(identity.id);
        else effect.set(identity.id, total);
      }
    }
    return effect;
  }

  /**
   * Whether the changes, made together, leave every identity they touch holding (within the
   * rounding allowance for identities that held before).
   */
  satisfies(made: Change[]): boolean {
    const changes = this.withFollowers(made);
    const delta = deltasOf(changes);
    const checked = new Set<number>();
    for (const change of changes) {
      for (const identity of this.identitiesAt(change.pos)) {
        if (checked.has(identity.id)) continue;
        checked.add(identity.id);
        const after = this.residualAfter(identity, delta);
        if (identity.relation === '<=') {
          if (after.greaterThan(0)) return false;
          continue;
        }
        if (after.isZero()) continue;
        const violation = this.violationOf(identity);
        const allowed = !violation || violation.soft ? allowanceOf(identity, this.reader) : new Decimal(0);
        if (after.abs().greaterThan(allowed)) return false;
      }
    }
    return true;
  }

  /**
   * The changes and what follows from them in Excel: a formula total that adds a changed cell is
   * recomputed (a formula's result is never wrong on its own; it follows its cells).
   */
  private withFollowers(made: Change[]): Change[] {
    const changes = [...made];
    const seen = new Set(made.map((c) => c.pos.row * 20_000 + c.pos.col));
    for (let i = 0; i < changes.length && changes.length < 500; i++) {
      const { pos, delta } = changes[i];
      for (const identity of this.identitiesAt(pos)) {
        const target = identity.target;
        const key = target.row * 20_000 + target.col;
        if (seen.has(key)) continue;
        const refs = this.formulaCells(target);
        if (!refs || !refs.has(pos.row * 20_000 + pos.col)) continue;
        seen.add(key);
        changes.push({ pos: target, delta, value: (this.valueAt(target) ?? new Decimal(0)).plus(delta) });
      }
    }
    return changes;
  }

  private readonly formulas = new Map<number, Set<number> | null>();

  /** The cells a formula total adds (undefined when the cell is typed or its formula is no plain sum). */
  private formulaCells(pos: Pos): Set<number> | undefined {
    const key = pos.row * 20_000 + pos.col;
    if (!this.formulas.has(key)) {
      const formula = this.reader.cell(pos.row, pos.col)?.formula;
      const sum = formula ? formulaSum(formula) : undefined;
      this.formulas.set(key, sum ? new Set(sum.cells.map((c) => c.row * 20_000 + c.col)) : null);
    }
    return this.formulas.get(key) ?? undefined;
  }

  /**
   * Localises a component's differences past rounding (`hard`); `soft` ones of the same component
   * (within rounding) need no explaining, but a slip that explains them exactly is preferred.
   */
  locateHard(hard: Violation[], soft: Violation[] = []): Location[] {
    if (hard.length > MAX_COMPONENT) return [{ kind: 'unlocated', violations: hard, hypotheses: [] }];
    const component = [...hard, ...soft];
    const candidates = [...compoundHypotheses(this, component), ...valueHypotheses(this, component)];
    for (const hypothesis of candidates) this.extendExplains(hypothesis, component);
    // A row left out of a single total is no more likely than any other single wrong cell.
    const hypotheses = candidates.filter((h) => h.kind === 'value' || h.kind === 'textSkipped' || h.kind === 'formula' || h.explains.size >= 2);
    const result = searchCover(this, hard, hypotheses);
    if (!result) return [{ kind: 'unlocated', violations: hard, hypotheses: [] }];
    if (result.unique) {
      return result.solution.map((hypothesis) => ({ kind: 'located' as const, violations: component.filter((v) => hypothesis.explains.has(v.identity.id)), hypotheses: [hypothesis] }));
    }
    return [{ kind: 'oneOf', violations: hard, hypotheses: result.alternatives }];
  }

  /**
   * Differences rounding can explain are rounding, unless one cell explains two or more of them
   * exactly, by more than its own rounding, and no other cell does (a slip, not rounding).
   * `rounded`: the table has other rounding differences, so one unit of a last digit is rounding.
   */
  locateSoft(component: Violation[], rounded: boolean): Location[] {
    if (component.length <= MAX_COMPONENT && component.length >= 2) {
      // A slip only where it is larger than the rounding of the cell itself (half a unit of its last
      // digit); in a table rounded elsewhere, ±1 on a `#,##0` figure is rounding too.
      const unit = (pos: Pos) => lastDigitUnit(this.reader.cell(pos.row, pos.col)?.numberFormat).dividedBy(rounded ? 1 : 2);
      const hypotheses = valueHypotheses(this, component).filter((h) => h.explains.size >= 2 && h.changes.every((c) => c.delta.abs().greaterThan(unit(c.pos))));
      const result = searchCover(this, component, hypotheses);
      if (result?.unique) {
        return result.solution.map((hypothesis) => ({ kind: 'located' as const, violations: component.filter((v) => hypothesis.explains.has(v.identity.id)), hypotheses: [hypothesis] }));
      }
    }
    if (!rounded && component.length <= MAX_COMPONENT) {
      // Nothing else in the table is rounded: name the cells whose one edit would explain it all.
      const whole = valueHypotheses(this, component).filter((h) => h.explains.size === component.length && this.satisfies(h.changes));
      if (whole.length > 0) return component.map((violation) => ({ kind: 'rounding' as const, violations: [violation], hypotheses: whole }));
    }
    return component.map((violation) => ({ kind: 'rounding' as const, violations: [violation], hypotheses: [] }));
  }

  /**
   * A slip also explains every broken identity its changes repair exactly: a formula total that
   * skipped a text number also wrongs the period total that adds it.
   */
  private extendExplains(hypothesis: Hypothesis, component: Violation[]): void {
    const changes = this.withFollowers(hypothesis.changes);
    const delta = deltasOf(changes);
    for (const change of changes) {
      for (const identity of this.identitiesAt(change.pos)) {
        const violation = this.violationOf(identity);
        if (!violation || hypothesis.explains.has(identity.id) || !component.includes(violation)) continue;
        if (this.residualAfter(identity, delta).isZero()) hypothesis.explains.add(identity.id);
      }
    }
  }

  /** The identity's residual once each cell has moved by its delta (keyed row × 20,000 + column). */
  private residualAfter(identity: Identity, delta: Map<number, Decimal>): Decimal {
    let after = this.violationOf(identity)?.residual ?? toDecimal(residualOf(identity, this.reader) ?? 0);
    const targetDelta = delta.get(identity.target.row * 20_000 + identity.target.col);
    if (targetDelta) after = after.minus(targetDelta);
    identity.terms.forEach((term, k) => {
      const d = delta.get(term.row * 20_000 + term.col);
      if (d) after = after.plus(d.times(identity.coefs ? identity.coefs[k] : 1));
    });
    return after;
  }

  /** The cell's amount, zero when empty; undefined when it has none. */
  valueAt(pos: Pos): Decimal | undefined {
    return this.reader.amounts.decimal(pos.row, pos.col);
  }

  isAmountCell(pos: Pos): boolean {
    return this.reader.amounts.statusAt(pos.row, pos.col) !== Status.Unknown;
  }
}

const samePos = (a: Pos, b: Pos) => a.row === b.row && a.col === b.col;
