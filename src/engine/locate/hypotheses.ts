import { cellAddress } from '../address';
import { Status } from '../identities/values';
import { Decimal } from '../numbers';
import { formulaOf } from '../rules/budget/arithmetic';
import { formulaSum } from '../rules/budget/formula-refs';
import type { Pos } from '../rules/budget/model';
import type { LocateContext, Violation } from './index';
import { type SlipKind, slipOf } from './slips';

/** One cell's new value; `formula` when the fix is a formula; `toNumber` for a number stored as text. */
export interface Change {
  pos: Pos;
  delta: Decimal;
  value: Decimal;
  formula?: string;
  toNumber?: boolean;
}

export type HypothesisKind = 'value' | 'rowLeftOut' | 'rowTwice' | 'parentWithChildren' | 'columnLeftOut' | 'columnTwice' | 'textSkipped' | 'formula';

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
}

const MAX_CANDIDATES = 400;
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

    const sum = targetCell?.formula ? formulaSum(targetCell.formula) : undefined;
    if (sum) {
      // A SUM skips numbers stored as text: the formula's result lacks exactly them.
      const texts = sum.cells.filter((pos) => typeof reader.cell(pos.row, pos.col)?.value === 'string' && reader.amounts.statusAt(pos.row, pos.col) === Status.Amount);
      const skipped = texts.reduce((total, pos) => total.plus(context.valueAt(pos) ?? 0), new Decimal(0));
      if (texts.length > 0 && !skipped.isZero() && skipped.equals(residual)) {
        const cells = texts.map((p) => cellAddress(p.row, p.col)).join(',');
        add(`text:${cells}`, () => ({ kind: 'textSkipped', at: texts[0] }), violation, { pos: target, delta: residual, value: expected });
        continue;
      }
      // The formula computes what it says, over the wrong cells (a row left out, a parent with its children, SUBTOTAL(109) skipping a hidden row).
      const hidden = reader.hiddenRows;
      const counted = sum.cells.filter((pos) => !(sum.skipsHidden && hidden.has(pos.row)));
      const computed = counted.reduce((total, pos) => total.plus(typedValue(context, pos)), new Decimal(0));
      if (computed.equals(actual)) {
        const termKeys = new Set(identity.terms.map(key));
        const refKeys = new Set(counted.map(key));
        const missingRows = [...new Set(identity.terms.filter((t) => !refKeys.has(key(t))).map((t) => t.row))];
        const extraRows = [...new Set(counted.filter((r) => !termKeys.has(key(r)) && r.row !== target.row).map((r) => r.row))];
        if (missingRows.length + extraRows.length > 0) {
          add(`formula:${key(target)}`, () => ({ kind: 'formula', at: target, missing: missingRows, extra: extraRows, skipsHidden: sum.skipsHidden }), violation, fixTotal(formulaOf(identity)));
          continue;
        }
      }
    }

    const formula = targetCell?.formula ? formulaOf(identity) : undefined;
    if (identity.across === 'rows') {
      const contribution = new Map<number, Decimal>();
      identity.terms.forEach((term, k) => {
        const value = (context.valueAt(term) ?? new Decimal(0)).times(identity.coefs?.[k] ?? 1);
        contribution.set(term.row, (contribution.get(term.row) ?? new Decimal(0)).plus(value));
      });
      for (const [row, value] of contribution) {
        if (value.isZero()) continue;
        const rowIndex = table.rows.findIndex((r) => r.row === row);
        if (value.equals(residual)) add(`left:${row}`, () => ({ kind: 'rowLeftOut', at: { row, col: target.col }, rowIndex }), violation, fixTotal(formula));
        else if (value.equals(residual.negated())) add(`twice:${row}`, () => ({ kind: 'rowTwice', at: { row, col: target.col }, rowIndex }), violation, fixTotal(formula));
      }
      // A parent added together with its own children: the excess is the parent's amount.
      for (const termRow of new Set(identity.termRows)) {
        for (let parent = table.rows[termRow].parent; parent !== undefined; parent = table.rows[parent].parent) {
          if (parent === identity.rowIndex) break;
          const value = context.valueAt({ row: table.rows[parent].row, col: target.col });
          if (value && !value.isZero() && value.equals(residual.negated())) {
            add(`parent:${parent}`, () => ({ kind: 'parentWithChildren', at: { row: table.rows[parent].row, col: target.col }, rowIndex: parent }), violation, fixTotal(formula));
          }
        }
      }
    } else {
      for (const term of identity.terms) {
        const value = context.valueAt(term);
        if (!value || value.isZero()) continue;
        if (value.equals(residual)) add(`colLeft:${term.col}`, () => ({ kind: 'columnLeftOut', at: term }), violation, fixTotal(formula));
        else if (value.equals(residual.negated())) add(`colTwice:${term.col}`, () => ({ kind: 'columnTwice', at: term }), violation, fixTotal(formula));
      }
    }
  }
  return [...byKey.values()];
}

/**
 * One wrong typed cell: the value it must have for every broken identity it reaches to hold. The
 * candidates are the typed cells of the broken identities and the typed cells their formula totals
 * add up (transitively): a slip in a detail row that SUM formulas carry up to a typed grand total is
 * in that detail row, not in the grand total.
 */
export function valueHypotheses(context: LocateContext, component: Violation[]): Hypothesis[] {
  const hypotheses: Hypothesis[] = [];
  for (const pos of candidateCells(context, component)) {
    const hypothesis = valueHypothesis(context, component, pos);
    if (hypothesis) hypotheses.push(hypothesis);
  }
  return hypotheses;
}

/** How many cells the walk through formula precedents visits at most, per component. */
const MAX_VISITED = 4000;

/** Typed amount cells of the component's identities, and those their plain-sum formulas add, breadth first. */
function candidateCells(context: LocateContext, component: Violation[]): Pos[] {
  const { reader } = context;
  const seen = new Set<number>();
  const queue: Pos[] = [];
  for (const violation of component) for (const pos of [violation.identity.target, ...violation.identity.terms]) queue.push(pos);
  const candidates: Pos[] = [];
  for (let i = 0; i < queue.length && seen.size < MAX_VISITED && candidates.length < MAX_CANDIDATES; i++) {
    const pos = queue[i];
    if (seen.has(key(pos))) continue;
    seen.add(key(pos));
    const formula = reader.cell(pos.row, pos.col)?.formula;
    // A formula's result is never the wrong cell: its formula is (a compound hypothesis), or a cell it adds.
    if (formula) {
      for (const ref of formulaSum(formula)?.cells ?? []) if (!seen.has(key(ref))) queue.push(ref);
      continue;
    }
    if (context.isAmountCell(pos)) candidates.push(pos);
  }
  return candidates;
}

function valueHypothesis(context: LocateContext, component: Violation[], pos: Pos): Hypothesis | undefined {
  let delta: Decimal | undefined;
  const explains = new Set<number>();
  for (const [id, effect] of context.effectOf(pos)) {
    const violation = context.violationById(id);
    if (!violation || !component.includes(violation)) continue;
    if (violation.identity.relation !== '=') {
      explains.add(id);
      continue;
    }
    // The residual moves by effect × δ: δ = −residual / effect puts it at zero.
    const needed = violation.residual.negated().dividedBy(effect);
    if (delta && !delta.equals(needed)) return undefined;
    delta = needed;
    explains.add(id);
  }
  if (!delta) return undefined;
  const written = context.valueAt(pos) ?? new Decimal(0);
  const value = written.plus(delta);
  const neighbours = [pos.col - 1, pos.col + 1].map((col) => context.valueAt({ row: pos.row, col })).filter((d): d is Decimal => d !== undefined);
  const slip = slipOf(written, value, neighbours);
  const cell = context.reader.cell(pos.row, pos.col);
  return {
    kind: 'value',
    key: `cell:${key(pos)}`,
    explains,
    changes: [{ pos, delta, value, ...(typeof cell?.value === 'string' ? { toNumber: true } : {}) }],
    at: pos,
    ...(slip ? { slip } : {}),
  };
}

/** What Excel's SUM adds of a cell: typed numbers only (text and empty cells count nothing). */
function typedValue(context: LocateContext, pos: Pos): Decimal {
  const value = context.reader.cell(pos.row, pos.col)?.value;
  return typeof value === 'number' ? (context.valueAt(pos) ?? new Decimal(0)) : new Decimal(0);
}

