import { formatDecimal, type NumberQuantity, type Quantity } from '../../numbers';
import { fold } from '../../text';
import type { ColumnInfo } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { isIndicatorRow, quoted, valueColumns } from './grid-reading';

export const rule: Rule = {
  meta: {
    id: 'indicator/duplicate-columns',
    severity: 'warning',
    kinds: ['indicator'],
    messageIds: ['indicatorDuplicateColumnDisagrees', 'indicatorDuplicateColumnOneEmpty'],
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
        const [firstText, secondText] = [shown(context, row.row, first.col, a), shown(context, row.row, column.col, b)];
        const empty = firstText === '' || secondText === '';
        context.report({
          messageId: empty ? 'indicatorDuplicateColumnOneEmpty' : 'indicatorDuplicateColumnDisagrees',
          at: { row: row.row, col: column.col },
          related: [{ row: row.row, col: first.col }],
          // Plain numbers only: `<52/100.000` is a text, said in the message.
          ...(isPlain(a) && isPlain(b) ? { expected: formatDecimal(a.value), actual: formatDecimal(b.value) } : {}),
          params: { header: column.header, first: firstText, second: secondText, written: firstText || secondText },
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

function isPlain(quantity: Quantity): quantity is NumberQuantity {
  return quantity.kind === 'number' && !quantity.per && !quantity.bound && !quantity.percent;
}

/** A plain number as a decimal string (shown in the reader's convention), anything else as typed, quoted; empty as ''. */
function shown(context: RuleContext, row: number, col: number, quantity: Quantity): string {
  if (isPlain(quantity)) return formatDecimal(quantity.value);
  const value = context.cell(row, col)?.value;
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return '';
  return quoted(typeof value === 'object' ? value.error : String(value).trim());
}
