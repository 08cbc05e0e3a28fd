import type { Rule } from '../rule';
import { identitiesOf } from '../../identities';
import { type Pos, readerOf, rowName } from './model';

/** Fewer than this many formulas beside a typed total is no pattern to break. */
const MIN_FORMULAS = 2;

/**
 * A total typed as a number where the other totals of its row are formulas: it will not follow
 * when an amount changes. Right today, perhaps; worth a look.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/typed-among-formulas',
    severity: 'info',
    kinds: ['budget'],
    messageIds: ['budgetTypedAmongFormulas'],
    description: 'A total typed as a number where the other totals of its row are formulas.',
  },
  check(context) {
    const reader = readerOf(context);
    const targetsByRow = new Map<number, { rowIndex: number; cells: Map<number, Pos> }>();
    for (const identity of identitiesOf(reader)) {
      const entry = targetsByRow.get(identity.target.row) ?? { rowIndex: identity.rowIndex, cells: new Map<number, Pos>() };
      entry.cells.set(identity.target.col, identity.target);
      targetsByRow.set(identity.target.row, entry);
    }
    for (const { rowIndex, cells } of targetsByRow.values()) {
      const formulas: Pos[] = [];
      const typed: Pos[] = [];
      for (const pos of cells.values()) {
        const cell = context.cell(pos.row, pos.col);
        if (cell?.formula) formulas.push(pos);
        else if (typeof cell?.value === 'number') typed.push(pos);
      }
      if (formulas.length < MIN_FORMULAS || typed.length >= formulas.length) continue;
      for (const pos of typed) {
        context.report({
          messageId: 'budgetTypedAmongFormulas',
          at: pos,
          related: formulas,
          params: { rowName: rowName(context.table.rows[rowIndex]), formulas: formulas.length },
        });
      }
    }
  },
};
