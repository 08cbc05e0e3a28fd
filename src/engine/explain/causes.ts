import { cellAddress } from '../address';
import { Decimal, formatDecimal } from '../numbers';
import type { Identity } from '../rules/budget/identities';
import { addresses, type BudgetReader, isAmount, type Pos, rowName } from '../rules/budget/model';
import type { Params } from '../types';
import { type Correction, correctionsFor, describe } from './corrections';

/** A likely cause of one mismatch. Causes with the same key are the same mistake seen from several totals. */
export interface Cause {
  key: string;
  /** Lower is stronger evidence, used to break ties. */
  strength: number;
  explanation: { messageId: string; params: Params };
  /** Where the mistake itself is and how to describe it there, when it can stand as a root cause. */
  root?: { at: Pos; messageId: string; params: Params; fix?: string };
}

/** Every cause the numbers show for one failing identity. */
export function causesOf(
  identity: Identity,
  expected: Decimal,
  actual: Decimal,
  reader: BudgetReader,
  identitiesByCell: Map<string, Identity[]>,
): Cause[] {
  const difference = actual.minus(expected);
  const amount = formatDecimal(difference.abs());
  const causes: Cause[] = [];
  const textSkipped = textSkippedCause(identity, difference, reader, amount);
  if (textSkipped) causes.push(textSkipped);
  for (const correction of correctionsFor(identity, expected, actual, reader, identitiesByCell)) causes.push(correctionCause(correction, amount));
  causes.push(...partCauses(identity, difference, reader, amount));
  if (identity.across === 'rows' && !expected.isZero() && actual.equals(expected.times(2))) {
    const parents = identity.termRows.some((index) => reader.table.rows[index].children.length > 0);
    if (parents) causes.push({ key: `doubled:${cellAddress(identity.target.row, identity.target.col)}`, strength: 4, explanation: { messageId: 'budgetCauseAllDoubled', params: {} } });
  }
  return causes;
}

/** A formula total short by exactly the numbers typed as text in its range: SUM skips text. */
function textSkippedCause(identity: Identity, difference: Decimal, reader: BudgetReader, amount: string): Cause | undefined {
  if (!reader.cell(identity.target.row, identity.target.col)?.formula || !difference.isNegative()) return undefined;
  const texts = identity.terms.filter((pos) => {
    const quantity = reader.quantity(pos.row, pos.col);
    return isAmount(quantity) && quantity.notation !== 'typed' && !quantity.value.isZero();
  });
  if (texts.length === 0) return undefined;
  const sum = texts.reduce((total, pos) => total.plus(valueOf(reader, pos)), new Decimal(0));
  if (!sum.equals(difference.negated())) return undefined;
  const cells = addresses(texts);
  return {
    key: `text:${cells}`,
    strength: 0,
    explanation: { messageId: 'budgetCauseTextSkipped', params: { amount, cells } },
    root: texts.length === 1 ? { at: texts[0], messageId: 'budgetRootTextSkipped', params: { cells } } : undefined,
  };
}

function correctionCause(correction: Correction, amount: string): Cause {
  const shown = describe(correction);
  return {
    key: `fix:${shown.at}:${shown.intended}`,
    strength: 1,
    explanation: { messageId: `budgetCause${correction.kind}`, params: { amount, ...shown } },
    root: { at: correction.at, messageId: `budgetRoot${correction.kind}`, params: { written: shown.written, intended: shown.intended }, fix: shown.intended },
  };
}

/** A row (or, across a row, a cell) whose amount is exactly the difference: left out, or counted twice. */
function partCauses(identity: Identity, difference: Decimal, reader: BudgetReader, amount: string): Cause[] {
  const { table } = reader;
  const causes: Cause[] = [];
  if (identity.across === 'rows') {
    const nameColumn = table.columns.find((c) => c.role === 'name');
    for (const index of identity.termRows) {
      const row = table.rows[index];
      const cells = identity.terms.filter((pos) => pos.row === row.row && !valueOf(reader, pos).isZero());
      const contribution = cells.reduce((total, pos) => total.plus(valueOf(reader, pos)), new Decimal(0));
      if (contribution.isZero()) continue;
      const params = { amount, rowName: rowName(row), cells: addresses(cells) };
      const rootAt = nameColumn ? { row: row.row, col: nameColumn.col } : cells[0];
      if (contribution.equals(difference.negated())) {
        causes.push({
          key: `row:${row.row}:out`,
          strength: 2,
          explanation: { messageId: 'budgetCauseRowLeftOut', params },
          root: { at: rootAt, messageId: 'budgetRootRowLeftOut', params: { rowName: params.rowName } },
        });
      } else if (contribution.equals(difference)) {
        const kind = row.children.length > 0 ? 'ParentWithChildren' : 'RowCountedTwice';
        causes.push({
          key: `row:${row.row}:twice`,
          strength: 3,
          explanation: { messageId: `budgetCause${kind}`, params },
          root: { at: rootAt, messageId: `budgetRoot${kind}`, params: { rowName: params.rowName } },
        });
      }
    }
  } else {
    for (const pos of identity.terms) {
      const value = valueOf(reader, pos);
      if (value.isZero()) continue;
      const column = table.columns.find((c) => c.col === pos.col);
      const params = { amount, cells: cellAddress(pos.row, pos.col), column: column?.header ?? '' };
      if (value.equals(difference.negated())) {
        causes.push({ key: `cell:${params.cells}:out`, strength: 2, explanation: { messageId: 'budgetCauseColumnLeftOut', params } });
      } else if (value.equals(difference)) {
        causes.push({ key: `cell:${params.cells}:twice`, strength: 3, explanation: { messageId: 'budgetCauseColumnCountedTwice', params } });
      }
    }
  }
  return causes;
}

function valueOf(reader: BudgetReader, pos: Pos): Decimal {
  const quantity = reader.quantity(pos.row, pos.col);
  return isAmount(quantity) ? quantity.value : new Decimal(0);
}
