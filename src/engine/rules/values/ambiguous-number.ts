import { formatDecimal } from '../../numbers';
import type { Decimal } from '../../numbers';
import type { Rule, RuleContext } from '../rule';
import { unitKindOfRow } from './units';
import { quoted, textNumbers } from './cells';
import { formulaSkips } from './formula-readers';
import { confirmedByTotals } from './totals-confirm';

/**
 * Text such as `1.040` or `1,200` reads as two different numbers: one thousand and forty the
 * Vietnamese way, 1.04 the English way. The table's convention (Vietnamese when nothing decides it,
 * as budget tables are written) picks one; the officer should make sure. Where the table's own
 * unambiguous text numbers settle the convention, all of them one way (`104,0` in its ratio column
 * beside `412.300`), or its sheet's where it has none, or in a CSV, where every field is text and the file's numbers settle it, one
 * cell is no doubt: only a cell the totals read the other way is reported. Nothing adds an indicator
 * grid's figures, so no total can catch a wrong reading there: a sure reading is still noted (info),
 * unless the grid's numbers and the row's unit (a count is whole) both say it.
 */
export const rule: Rule = {
  meta: {
    id: 'values/ambiguous-number',
    severity: 'warning',
    kinds: ['indicator', 'budget'],
    messageIds: ['valuesAmbiguousNumberVi', 'valuesAmbiguousNumberEn', 'valuesConventionFromTable', 'valuesConventionFromGrouping', 'valuesConventionFromSheet', 'valuesConventionFromTotals', 'valuesConventionConfirmedByTotals', 'valuesConventionDefault'],
    description: 'Text like 1.040 or 1,200 that reads differently in the Vietnamese and English conventions.',
  },
  check(context) {
    const { convention, conventionFrom, readAs } = context.table;
    const why = conventionFrom === 'grouping' ? 'valuesConventionFromGrouping' : conventionFrom === 'sheet' ? 'valuesConventionFromSheet' : convention ? 'valuesConventionFromTable' : 'valuesConventionDefault';
    // Its own numbers or its sheet's, all written one way.
    const agreed = conventionFrom === 'unanimous' || conventionFrom === 'sheet';
    const indicator = context.table.kind === 'indicator';
    // Totals check a budget table's reading; an indicator grid's is only noted (below).
    const settled = !indicator && convention !== undefined && (context.grid.textOnly === true || agreed);
    if (settled && !readAs) return;
    const numbers = textNumbers(context);
    // A budget table's sums that hold exactly with the reading taken settle it for the cells in them.
    const ambiguous = new Map<number, Decimal>();
    if (!settled && !indicator) {
      for (const { column, found: cells } of numbers) {
        for (const found of cells) {
          const { readings, value } = found.quantity;
          if (found.quantity.notation !== 'ambiguous' || !readings) continue;
          const other = value.equals(readings.vi) ? readings.en : readings.vi;
          ambiguous.set(found.row * 20_000 + column.col, other.minus(value));
        }
      }
    }
    const confirmed = confirmedByTotals(context, ambiguous);
    for (const { column, found: cells } of numbers) {
      for (const found of cells) {
        if (found.quantity.notation !== 'ambiguous' || !found.quantity.readings) continue;
        const flipped = readAs?.get(found.row * 20_000 + column.col);
        if (settled && !flipped) continue;
        // Confirmed by the totals: no doubt left, only a number stored as text (a note).
        const sure = !flipped && confirmed.has(found.row * 20_000 + column.col);
        // A figure marked with its footnote (`112.450(*)`) is text on purpose: once sure, nothing to say.
        if (sure && found.quantity.footnote !== undefined) continue;
        const reading = flipped ?? convention;
        const { quantity, text } = found;
        // A formula skips it however it reads: values/text-number says so (one finding a cell).
        if (indicator && !quantity.per && !quantity.bound && formulaSkips(context, found.row, column.col)) continue;
        const readings = found.quantity.readings;
        // A count is whole: `1.240 lượt người` is 1240 people, which a grid written `61,5` reads too.
        const count = indicator && wholeCount(context, found.row, readings);
        if (count && agreed && reading === 'vi') continue;
        const chosen = formatDecimal(quantity.value);
        // A share read past 100 % (`1.040` in a `%` row) is no figure to write: the officer reads which was meant.
        const plain = !quantity.per && !quantity.bound && !(indicator && quantity.value.greaterThan(100) && percentRow(context, found.row));
        context.report({
          messageId: reading === 'en' ? 'valuesAmbiguousNumberEn' : 'valuesAmbiguousNumberVi',
          // Where the grid's own figures settle the convention (`42,86` beside `4.215`), or its unit
          // counts (4,215 người is no count), the reading is sure: a note.
          ...((indicator && (convention !== undefined || count)) || sure ? { severity: 'info' as const } : {}),
          at: { row: found.row, col: column.col },
          params: { text: quoted(text), vi: formatDecimal(readings.vi), en: formatDecimal(readings.en), value: chosen },
          explanation: { messageId: flipped ? 'valuesConventionFromTotals' : sure ? 'valuesConventionConfirmedByTotals' : why, params: {} },
          ...(plain ? { fix: { value: chosen } } : {}),
        });
      }
    }
  },
};

/** Whether the row's unit is a percentage (`%`, `(%)`). */
function percentRow(context: RuleContext, sheetRow: number): boolean {
  const row = context.table.rows.find((r) => r.row === sheetRow);
  return row !== undefined && unitKindOfRow(context, row) === 'percent';
}

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
