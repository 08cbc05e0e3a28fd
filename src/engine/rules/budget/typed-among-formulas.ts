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
    const identities = identitiesOf(reader);
    // Identities come row by row (src/engine/identities builds each row's in turn): one run per row.
    const seen = new Int32Array(context.table.range.right + 1);
    let stamp = 0;
    // Reused row after row, with its own count: emptying an array frees its storage.
    const targets: Pos[] = [];
    let count = 0;
    for (let start = 0; start < identities.length; ) {
      const row = identities[start].target.row;
      const rowIndex = identities[start].rowIndex;
      stamp++;
      count = 0;
      let end = start;
      for (; end < identities.length && identities[end].target.row === row; end++) {
        const target = identities[end].target;
        if (seen[target.col] !== stamp) (seen[target.col] = stamp), (targets[count++] = target);
      }
      start = end;
      let formulaCount = 0;
      let typedCount = 0;
      for (let i = 0; i < count; i++) {
        const cell = reader.cell(targets[i].row, targets[i].col);
        if (cell?.formula) formulaCount++;
        else if (typeof cell?.value === 'number') typedCount++;
      }
      if (formulaCount < MIN_FORMULAS || typedCount === 0 || typedCount >= formulaCount) continue;
      const formulas: Pos[] = [];
      const typed: Pos[] = [];
      for (let i = 0; i < count; i++) {
        const pos = targets[i];
        const cell = reader.cell(pos.row, pos.col);
        if (cell?.formula) formulas.push(pos);
        else if (typeof cell?.value === 'number') typed.push(pos);
      }
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
