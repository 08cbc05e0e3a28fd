import { formatDecimal, type Quantity } from '../../numbers';
import { fold } from '../../text';
import type { ColumnInfo } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { isIndicatorRow, valueColumns } from './grid-reading';

export const rule: Rule = {
  meta: {
    id: 'indicator/duplicate-columns',
    severity: 'warning',
    kinds: ['indicator'],
    messageIds: ['indicatorDuplicateColumnDisagrees'],
    description: 'Two value columns with the same header (`KH năm 2017` twice) must hold the same values.',
  },
  check(context) {
    const { table } = context;
    const firstWithHeader = new Map<string, ColumnInfo>();
    for (const column of valueColumns(table)) {
      const key = `${column.role}|${column.year ?? ''}|${fold(column.header)}`;
      const first = firstWithHeader.get(key);
      if (!first) {
        firstWithHeader.set(key, column);
        continue;
      }
      for (const row of table.rows) {
        if (!isIndicatorRow(row)) continue;
        const a = context.quantity(row.row, first.col);
        const b = context.quantity(row.row, column.col);
        if (sameQuantity(a, b)) continue;
        context.report({
          messageId: 'indicatorDuplicateColumnDisagrees',
          at: { row: row.row, col: column.col },
          related: [{ row: row.row, col: first.col }],
          expected: shown(context, row.row, first.col, a),
          actual: shown(context, row.row, column.col, b),
          params: { header: column.header },
        });
      }
    }
  },
};

function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'number' && b.kind === 'number') {
    const samePer = a.per === undefined ? b.per === undefined : b.per !== undefined && a.per.equals(b.per);
    return a.value.equals(b.value) && samePer && a.bound === b.bound;
  }
  if (a.kind === 'words' && b.kind === 'words') return fold(a.text) === fold(b.text);
  if (a.kind === 'error' && b.kind === 'error') return a.error === b.error;
  return a.kind === b.kind;
}

/** A plain number as a decimal string (shown in the reader's convention), anything else as typed. */
function shown(context: RuleContext, row: number, col: number, quantity: Quantity): string {
  if (quantity.kind === 'number' && !quantity.per && !quantity.bound && !quantity.percent) return formatDecimal(quantity.value);
  const value = context.cell(row, col)?.value;
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? value.error : String(value).trim();
}
