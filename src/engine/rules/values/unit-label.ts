import { fold } from '../../text';
import type { Rule } from '../rule';
import { itemRows, valueColumns } from './cells';
import { unitKindOfRow, unitOfRow } from './units';

/**
 * A share (`Tỷ lệ …`, `Tỷ trọng …`, `Share of …`) whose unit is a count (`người`, `hộ`, `xã`): a
 * share is measured in per cent, so either the unit was copied from the row above (a grid's
 * `Số lao động nữ …` row, `người`, above its `Tỷ lệ lao động nữ …` row) or the row counts and its
 * name is wrong. DOMAIN.md: the unit column holds `%`, `%o`, `lần`, `người` or a ratio, and "a unit
 * that does not fit the value" is one of the grids' usual mistakes. Only a share word leading the
 * label says so: one further in (`Số xã có tỷ lệ …`) qualifies what is counted.
 */
export const rule: Rule = {
  meta: {
    id: 'values/unit-label',
    severity: 'warning',
    kinds: ['indicator'],
    messageIds: ['valuesUnitLabelCountForShare'],
    description: 'A share (Tỷ lệ, Tỷ trọng, Share of) whose unit is a count (người, hộ, xã).',
  },
  check(context) {
    const columns = valueColumns(context.table);
    if (columns.length === 0) return;
    for (const row of itemRows(context.table)) {
      if (unitKindOfRow(context, row) !== 'count' || !isShareLabel(row.label)) continue;
      const unit = unitOfRow(context, row)!;
      context.report({
        messageId: 'valuesUnitLabelCountForShare',
        // At the unit cell; a unit written into the label is reported at the row's first value.
        at: unit.at ?? { row: row.row, col: columns[0].col },
        params: { unit: unit.text },
      });
    }
  },
};

/** Numbering and an indicator's own heading before its name: `1.2.`, `a)`, `-`, `Chỉ tiêu 3:`. */
const LEAD = /^\s*(?:(?:chi tieu|indicator|target)\s*\d*\s*[:.)-]?\s*|(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[.)]\s*|\d+(?:\.\d+)*\s+|[-+•–]\s*)*/;

/** A name that begins with a share word (folded): Tỷ lệ, Tỷ trọng, Share / Rate / Percentage / Proportion of. */
const SHARE = /^(?:ty le|ty trong|(?:the )?(?:share|rate|percentage|proportion) of)\b/;

/** Whether the label names a share: a share word leads it, after its numbering. */
export function isShareLabel(label: string): boolean {
  return SHARE.test(fold(label).replace(LEAD, ''));
}
