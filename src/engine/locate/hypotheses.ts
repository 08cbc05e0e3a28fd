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

/** One wrong typed cell: the value it must have for every broken identity it is in to hold. */
export function valueHypotheses(context: LocateContext, component: Violation[]): Hypothesis[] {
  const { reader } = context;
  const seen = new Set<number>();
  const hypotheses: Hypothesis[] = [];
  for (const violation of component) {
    for (const pos of [violation.identity.target, ...violation.identity.terms]) {
      if (seen.has(key(pos)) || seen.size >= MAX_CANDIDATES) continue;
      seen.add(key(pos));
      const cell = reader.cell(pos.row, pos.col);
      // A formula's result is never the wrong cell: its formula is (a compound hypothesis).
      if (cell?.formula || !context.isAmountCell(pos)) continue;
      const hypothesis = valueHypothesis(context, component, pos);
      if (hypothesis) hypotheses.push(hypothesis);
    }
  }
  return hypotheses;
}

function valueHypothesis(context: LocateContext, component: Violation[], pos: Pos): Hypothesis | undefined {
  let delta: Decimal | undefined;
  const explains = new Set<number>();
  for (const identity of context.identitiesAt(pos)) {
    const violation = context.violationOf(identity);
    if (!violation || !component.includes(violation)) continue;
    if (identity.relation !== '=') {
      explains.add(identity.id);
      continue;
    }
    const coef = identity.target.row === pos.row && identity.target.col === pos.col ? -1 : identity.coefs?.[identity.terms.findIndex((t) => t.row === pos.row && t.col === pos.col)] ?? 1;
    const needed = violation.residual.negated().dividedBy(coef);
    if (delta && !delta.equals(needed)) return undefined;
    delta = needed;
    explains.add(identity.id);
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

