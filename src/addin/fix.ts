/**
 * Fixes and their undo. Before writing, the target cells are read back (one sync): that read
 * is both the undo journal's "before" and the check that the sheet has not changed since the
 * check ran. Then all writes go in one sync.
 */
import { parseCellAddress } from '../engine';
import type { Finding, SheetGrid } from '../engine';
import { HostError } from '../ui/host';
import type { FixMode } from '../ui/host';
import type { CellBefore, FixBatch } from './journal';
import { runBatch } from './office-apis';
import type { Apis } from './office-apis';

export interface FixTarget {
  cell: string;
  /** What goes into `range.formulas`: `=SUM(...)` or a number. */
  content: string | number;
}

/** One write per cell; the formula when asked for and the engine gave one, else the value. */
export function fixTargets(findings: Finding[], mode: FixMode): FixTarget[] {
  const targets = new Map<string, FixTarget>();
  for (const { fix } of findings) {
    if (!fix || targets.has(fix.cell)) continue;
    if (mode === 'formula' && fix.formula) targets.set(fix.cell, { cell: fix.cell, content: `=${fix.formula}` });
    else if (fix.value !== undefined) targets.set(fix.cell, { cell: fix.cell, content: asContent(fix.value) });
    else if (fix.formula) targets.set(fix.cell, { cell: fix.cell, content: `=${fix.formula}` });
  }
  return [...targets.values()];
}

/** A plain decimal (`1770`) is written as a number; other fixes (a row number such as `III`) as text. */
function asContent(value: string): string | number {
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  // Through `range.formulas`, text that starts like a formula must be marked as text.
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

export async function writeFixes(apis: Apis, sheetName: string, targets: FixTarget[], checked: SheetGrid | undefined): Promise<FixBatch> {
  return runBatch(apis, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.protection.load('protected');
    const ranges = targets.map((target) => {
      const range = sheet.getRange(target.cell);
      range.load(['values', 'formulas', 'numberFormat']);
      return range;
    });
    await context.sync();
    if (sheet.protection.protected) throw new HostError('protected', { sheet: sheetName });
    ranges.forEach((range, i) => {
      if (checked && changedSince(checked, targets[i].cell, range.values[0][0], range.formulas[0][0])) {
        throw new HostError('changedSinceCheck', { cell: targets[i].cell });
      }
    });
    const cells: CellBefore[] = ranges.map((range, i) => ({ cell: targets[i].cell, formula: range.formulas[0][0], numberFormat: range.numberFormat[0][0] }));
    ranges.forEach((range, i) => (range.formulas = [[targets[i].content]]));
    await context.sync();
    return { sheet: sheetName, at: new Date().toISOString(), cells };
  });
}

/** Whether the cell now holds something other than what the check read. */
function changedSince(grid: SheetGrid, address: string, value: unknown, formula: unknown): boolean {
  const at = parseCellAddress(address);
  if (!at) return false;
  const cell = grid.cells[at.row - grid.origin.row]?.[at.col - grid.origin.col];
  if (typeof formula === 'string' && formula.startsWith('=')) return cell?.formula !== formula.slice(1);
  if (cell?.formula) return true;
  const before = cell?.value ?? '';
  const now = value ?? '';
  return typeof before === 'object' ? String(now) !== before.error : before !== now;
}

/** Puts back every value, formula and number format of one fix batch: a protection check, then one write sync. */
export async function restoreBatch(apis: Apis, batch: FixBatch): Promise<number> {
  return runBatch(apis, async (context) => {
    const sheet = context.workbook.worksheets.getItem(batch.sheet);
    sheet.protection.load('protected');
    await context.sync();
    if (sheet.protection.protected) throw new HostError('protected', { sheet: batch.sheet });
    for (const before of batch.cells) {
      const range = sheet.getRange(before.cell);
      range.formulas = [[before.formula]];
      range.numberFormat = [[before.numberFormat]];
    }
    await context.sync();
    return batch.cells.length;
  });
}
