import { cellAddress } from '../address';
import { Decimal, formatDecimal } from '../numbers';
import { evaluate, type Identity } from '../rules/budget/identities';
import { type BudgetReader, isAmount, type Pos } from '../rules/budget/model';

export type CorrectionKind = 'SwappedDigits' | 'ThousandTimes' | 'Thousandth' | 'Sign';

/** One typed cell that, written differently, makes every identity it is in hold. */
export interface Correction {
  kind: CorrectionKind;
  at: Pos;
  written: Decimal;
  intended: Decimal;
}

/** Verifying a correction re-evaluates every identity of its cell: bound the work on huge tables. */
const MAX_VERIFIED = 40;

/**
 * Cells of a failing identity whose value, with two adjacent digits swapped, divided or multiplied
 * by 1,000, or with its sign turned, would make that identity and every other identity of the
 * cell hold.
 */
export function correctionsFor(
  identity: Identity,
  expected: Decimal,
  actual: Decimal,
  reader: BudgetReader,
  identitiesByCell: Map<string, Identity[]>,
): Correction[] {
  const difference = actual.minus(expected);
  const swapStep = swapStepOf(difference);
  const found: Correction[] = [];
  let verified = 0;
  const consider = (at: Pos, written: Decimal, intended: Decimal) => {
    for (const kind of kindsOf(written, intended, swapStep)) {
      if (verified >= MAX_VERIFIED) return;
      verified++;
      if (restoresAll(at, intended, reader, identitiesByCell)) found.push({ kind, at, written, intended });
    }
  };
  const valueAt = (pos: Pos) => {
    const quantity = reader.quantity(pos.row, pos.col);
    return isAmount(quantity) && !quantity.value.isZero() ? quantity.value : undefined;
  };
  const written = valueAt(identity.target);
  if (written) consider(identity.target, written, expected);
  for (const term of identity.terms) {
    const value = valueAt(term);
    if (value) consider(term, value, value.plus(difference));
  }
  return found;
}

/** The kinds of slip that turn `intended` into `written`. */
function kindsOf(written: Decimal, intended: Decimal, swapStep: Decimal | undefined): CorrectionKind[] {
  const kinds: CorrectionKind[] = [];
  if (intended.isZero()) return kinds;
  if (swapStep && written.minus(intended).abs().equals(swapStep) && swapsInto(written, intended)) kinds.push('SwappedDigits');
  if (written.equals(intended.times(1000))) kinds.push('ThousandTimes');
  if (written.times(1000).equals(intended)) kinds.push('Thousandth');
  if (written.equals(intended.negated())) kinds.push('Sign');
  return kinds;
}

/** Swapping adjacent digits a,b changes a value by 9·|a−b|·10^k: the difference must be of that form. */
function swapStepOf(difference: Decimal): Decimal | undefined {
  if (difference.isZero()) return undefined;
  const ninth = difference.abs().dividedBy(9);
  const digits = ninth.toFixed().replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length === 1 ? difference.abs() : undefined;
}

/** Whether swapping two adjacent digits of `written` gives `intended`. */
function swapsInto(written: Decimal, intended: Decimal): boolean {
  if (written.isNegative() !== intended.isNegative()) return false;
  const text = written.abs().toFixed();
  for (let i = 0; i + 1 < text.length; i++) {
    if (text[i] === '.' || text[i + 1] === '.' || text[i] === text[i + 1]) continue;
    const swapped = `${text.slice(0, i)}${text[i + 1]}${text[i]}${text.slice(i + 2)}`;
    if (new Decimal(swapped).equals(intended.abs())) return true;
  }
  return false;
}

function restoresAll(at: Pos, intended: Decimal, reader: BudgetReader, identitiesByCell: Map<string, Identity[]>): boolean {
  const identities = identitiesByCell.get(cellAddress(at.row, at.col)) ?? [];
  return identities.every((identity) => {
    const evaluation = evaluate(identity, reader, { pos: at, value: intended });
    if (!evaluation) return true;
    if (identity.kind === 'childrenOfWhich') return evaluation.expected.lessThanOrEqualTo(evaluation.actual);
    return evaluation.expected.equals(evaluation.actual);
  });
}

export function describe(correction: Correction): { at: string; written: string; intended: string } {
  return {
    at: cellAddress(correction.at.row, correction.at.col),
    written: formatDecimal(correction.written),
    intended: formatDecimal(correction.intended),
  };
}
