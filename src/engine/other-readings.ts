import { parseCellAddress } from './address';
import type { SheetView } from './detect/sheet-view';
import { conventionAt, type Decimal, readText } from './numbers';
import type { Finding, NumberConvention, TableModel } from './types';

/**
 * The ambiguous text cells (`80,977`, `(105.000)`) that a root finding would set to their other
 * reading: the totals add up only when the cell is read the other way, so it is read so (with the
 * table's earlier choices), and the table checked again. Undefined when there are none.
 */
export function otherReadings(view: SheetView, table: TableModel, findings: Finding[]): Map<number, NumberConvention> | undefined {
  let readAs: Map<number, NumberConvention> | undefined;
  for (const finding of findings) {
    if (finding.causeId || finding.fix?.value === undefined) continue;
    const pos = parseCellAddress(finding.fix.cell);
    const other = pos && otherReading(view, table, pos.row, pos.col);
    if (!pos || !other || !other.value.equals(finding.fix.value)) continue;
    (readAs ??= new Map(table.readAs)).set(pos.row * 20_000 + pos.col, other.convention);
  }
  return readAs;
}

/**
 * Every ambiguous cell of the totals left unexplained (an error with no fix: "one of N", or no
 * slip found) whose other reading groups thousands, read the other way together: two figures
 * pasted from an English source (`80,977`) into one column of a Vietnamese table break its total
 * together, and no single cell explains it. Undefined when there are none. The caller keeps the
 * reading only if clearsErrors says so.
 */
export function jointReadings(view: SheetView, table: TableModel, findings: Finding[]): Map<number, NumberConvention> | undefined {
  let readAs: Map<number, NumberConvention> | undefined;
  for (const finding of findings) {
    if (finding.causeId || finding.fix || finding.severity !== 'error' || !finding.rule.startsWith('budget/')) continue;
    for (const cell of [finding.cell, ...finding.cells]) {
      const pos = parseCellAddress(cell);
      const other = pos && otherReading(view, table, pos.row, pos.col);
      if (pos && other?.value.isInteger()) (readAs ??= new Map(table.readAs)).set(pos.row * 20_000 + pos.col, other.convention);
    }
  }
  return readAs;
}

/** Whether the findings after a new reading have fewer errors, each at a cell that had one before. */
export function clearsErrors(before: Finding[], after: Finding[]): boolean {
  const errorsBefore = new Set(before.filter((f) => f.severity === 'error').map((f) => f.cell));
  const errorsAfter = after.filter((f) => f.severity === 'error');
  return errorsAfter.length < errorsBefore.size && errorsAfter.every((f) => errorsBefore.has(f.cell));
}

/**
 * An ambiguous text cell's other reading than the one it is read in now, unless it would be
 * decimals ending in a zero no one writes (`90,000` for 90: a slip, not a reading).
 */
function otherReading(view: SheetView, table: TableModel, row: number, col: number): { convention: NumberConvention; value: Decimal } | undefined {
  const text = view.cell(row, col)?.value;
  if (typeof text !== 'string') return undefined;
  const quantity = readText(text);
  const readings = quantity.kind === 'number' && quantity.notation === 'ambiguous' ? quantity.readings : undefined;
  if (!readings) return undefined;
  const convention = conventionAt(table, row, col) === 'en' ? 'vi' : 'en';
  const decimalMark = convention === 'en' ? '.' : ',';
  if (text.includes(decimalMark) && /0\)?$/.test(text.trim())) return undefined;
  return { convention, value: readings[convention] };
}
