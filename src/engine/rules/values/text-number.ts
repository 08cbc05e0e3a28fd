import { formatDecimal, inTableUnit } from '../../numbers';
import type { Rule } from '../rule';
import { quoted, textNumbers, writtenAs } from './cells';
import { formulaSkips, readByFormula } from './formula-readers';

/**
 * A number stored as text in a value column: Excel's SUM skips it, so a total over it comes out
 * short. A warning where the column otherwise holds real numbers; a note where the whole column is
 * text (nothing is skipped yet, but the first typed number beside it will be). Nothing adds up an
 * indicator grid: there a text number is a warning only where a formula of the sheet reads it, else
 * a note (the grid reads the same either way); where a formula reads it, it is this rule's even when
 * it is ambiguous (`1.200`): the formula skips it whichever way it reads (formulaSkips).
 */
export const rule: Rule = {
  meta: {
    id: 'values/text-number',
    severity: 'warning',
    kinds: ['indicator', 'budget'],
    messageIds: ['valuesTextNumber', 'valuesTextNumberColumn', 'valuesTextNumberUnread', 'valuesTextNumberWithUnit'],
    description: 'A number stored as text in a value column, which SUM and other formulas skip.',
  },
  check(context) {
    // A CSV file has no types: every number in it is text, and none is "stored as text".
    if (context.grid.textOnly) return;
    const indicator = context.table.kind === 'indicator';
    // `45%` typed as text beside cells formatted as percentages (0.45 shown as 45%) is 0.45 to Excel: `percentFormatted`.
    for (const { column, typed, percentFormatted, found: cells } of textNumbers(context)) {
      for (const found of cells) {
        const { quantity, text } = found;
        // Ratios and bounds belong to other rules, so do ambiguous and other-convention cells no formula skips.
        if (quantity.per || quantity.bound) continue;
        // A figure marked with its footnote (`1.401.700(1)`) is text on purpose, as published tables
        // mark an amount: it matters only where a formula reads it, and so skips it.
        if (quantity.footnote !== undefined && !readByFormula(context.grid, context.table, found.row, column.col)) continue;
        const written = writtenAs(quantity, context.table.convention);
        if (written === 'mixed') continue;
        // Looked up for a grid's text numbers only, and before an ambiguous one is left to its rule.
        const skipped = indicator && formulaSkips(context, found.row, column.col);
        if (written === 'ambiguous' && !skipped) continue;
        const { unit } = context.table;
        // `350 triệu` in a table of đồng is 350,000,000: the figure in the table's unit is what to type.
        const amount = quantity.money !== undefined ? inTableUnit(quantity, unit?.factor) : quantity.value;
        const value = formatDecimal(quantity.percent && percentFormatted ? amount.div(100) : amount);
        // In a grid: skipped by a formula, a warning; else a note, unread (beside typed numbers) or a text column.
        const warn = indicator ? skipped : typed;
        // A figure with its unit (`3.600.000đ`) is told so, with the table's unit, where the table states one.
        const withUnit = quantity.money !== undefined && unit !== undefined;
        context.report({
          messageId: withUnit ? 'valuesTextNumberWithUnit' : warn ? 'valuesTextNumber' : typed ? 'valuesTextNumberUnread' : 'valuesTextNumberColumn',
          at: { row: found.row, col: column.col },
          severity: warn ? 'warning' : 'info',
          params: withUnit ? { text: quoted(text), value, unit: unit.text } : { text: quoted(text), value },
          fix: { value },
        });
      }
    }
  },
};
