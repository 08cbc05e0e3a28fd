import { formatDecimal } from '../../numbers';
import type { Decimal } from '../../numbers';
import type { Rule, RuleContext } from '../rule';
import { unitKindOfRow } from './units';
import { quoted, textNumbers } from './cells';

/**
 * Text such as `1.040` or `1,200` reads as two different numbers: one thousand and forty the
 * Vietnamese way, 1.04 the English way. The table's convention (Vietnamese when nothing decides it,
 * as budget tables are written) picks one; the officer should make sure. In a CSV, where every field
 * is text, a convention the file itself settles is no doubt about one cell.
 */
export const rule: Rule = {
  meta: {
    id: 'values/ambiguous-number',
    severity: 'warning',
    kinds: ['indicator', 'budget'],
    messageIds: ['valuesAmbiguousNumberVi', 'valuesAmbiguousNumberEn', 'valuesConventionFromTable', 'valuesConventionFromGrouping', 'valuesConventionFromTotals', 'valuesConventionDefault'],
    description: 'Text like 1.040 or 1,200 that reads differently in the Vietnamese and English conventions.',
  },
  check(context) {
    const { convention, conventionFrom, readAs } = context.table;
    const why = conventionFrom === 'grouping' ? 'valuesConventionFromGrouping' : convention ? 'valuesConventionFromTable' : 'valuesConventionDefault';
    // In a CSV every field is text: the file's own unambiguous numbers have settled the convention,
    // and only a cell the totals read the other way is in doubt.
    const settled = context.grid.textOnly === true && convention !== undefined;
    const indicator = context.table.kind === 'indicator';
    if (settled && !readAs) return;
    for (const { column, found: cells } of textNumbers(context)) {
      for (const found of cells) {
        if (found.quantity.notation !== 'ambiguous' || !found.quantity.readings) continue;
        const flipped = readAs?.get(found.row * 20_000 + column.col);
        if (settled && !flipped) continue;
        const reading = flipped ?? convention;
        const { quantity, text } = found;
        const readings = found.quantity.readings;
        const chosen = formatDecimal(quantity.value);
        const plain = !quantity.per && !quantity.bound;
        context.report({
          messageId: reading === 'en' ? 'valuesAmbiguousNumberEn' : 'valuesAmbiguousNumberVi',
          // Nothing adds an indicator grid's figures: where its own figures settle the convention (`42,86`
          // beside `4.215`), or its unit counts (4,215 người is no count), the reading is sure: a note.
          ...(indicator && (convention !== undefined || wholeCount(context, found.row, readings)) ? { severity: 'info' as const } : {}),
          at: { row: found.row, col: column.col },
          params: { text: quoted(text), vi: formatDecimal(readings.vi), en: formatDecimal(readings.en), value: chosen },
          explanation: { messageId: flipped ? 'valuesConventionFromTotals' : why, params: {} },
          ...(plain ? { fix: { value: chosen } } : {}),
        });
      }
    }
  },
};

/**
 * Whether the row counts (người, lượt, xã) and the Vietnamese reading, the default, is whole: the
 * English one of `4.215` is no count, and of `185.000` a count written with three zero decimals.
 */
function wholeCount(context: RuleContext, sheetRow: number, readings: { vi: Decimal }): boolean {
  if (!readings.vi.isInteger()) return false;
  // Asked only of ambiguous cells, a few per grid: the row is looked for then.
  const row = context.table.rows.find((r) => r.row === sheetRow);
  return row !== undefined && unitKindOfRow(context, row) === 'count';
}
