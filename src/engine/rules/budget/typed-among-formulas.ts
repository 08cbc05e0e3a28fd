import type { Rule } from '../rule';
import { identityListOf } from '../../identities';
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
    // Packed: a table that holds makes no identity object here.
    const list = identityListOf(reader);
    // Identities come row by row (src/engine/identities builds each row's in turn): one run per row.
    const seen = new Int32Array(context.table.range.right + 1);
    let stamp = 0;
    // The row's target columns, reused row after row, with their own count: emptying an array frees its storage.
    const targets: number[] = [];
    let count = 0;
    for (let start = 0; start < list.length; ) {
      const row = list.targetRow(start);
      const rowIndex = list.rowIndex(start);
      stamp++;
      count = 0;
      let end = start;
      for (; end < list.length && list.targetRow(end) === row; end++) {
        // A whole over its `Trong đó` parts (`Tổng mức đầu tư` over `Trong đó: NSĐP`) is no sum of
        // them: typed from its decision, it could be no formula, and says nothing of the pattern.
        if (list.spec(end).relation !== '=') continue;
        const col = list.targetCol(end);
        if (seen[col] !== stamp) (seen[col] = stamp), (targets[count++] = col);
      }
      start = end;
      let formulaCount = 0;
      let typedCount = 0;
      for (let i = 0; i < count; i++) {
        const cell = reader.cell(row, targets[i]);
        if (cell?.formula) formulaCount++;
        else if (typeof cell?.value === 'number') typedCount++;
      }
      if (formulaCount < MIN_FORMULAS || typedCount === 0 || typedCount >= formulaCount) continue;
      const formulas: Pos[] = [];
      const typed: Pos[] = [];
      for (let i = 0; i < count; i++) {
        const pos = { row, col: targets[i] };
        const cell = reader.cell(row, pos.col);
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
