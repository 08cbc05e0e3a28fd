/**
 * Fixes and their undo, as close to all-or-nothing as Office.js allows (it has no transactions):
 * 1. one read sync: what each target holds, its lock, its spill parent, the sheet's protection and
 *    tables, and each fixed row's label; every target is validated before anything is written;
 * 2. the batch goes into the journal in the workbook first (write-ahead);
 * 3. one write sync; if Excel refuses a cell half-way, the cells already written are put back
 *    (where they still hold what the fix wrote) and the officer is told exactly what changed.
 * Undo restores a cell only where it still holds exactly what the fix wrote, finds the sheet by
 * its id (renames do not matter) and refuses when a fixed row's label moved.
 */
import { parseCellAddress, parseRangeAddress } from '../engine';
import type { CellRange, SheetGrid } from '../engine';
import { HostError } from '../ui/host';
import type { UndoResult } from '../ui/host';
import type { PlannedFix } from '../ui/fix-plan';
import { shown } from './journal';
import type { CellContent, FixBatch, JournalCell, JournalStore } from './journal';
import { runWrite, supports } from './office-apis';
import type { Apis } from './office-apis';

export interface FixTarget {
  cell: string;
  content: CellContent;
  rule: string;
}

/** The content each planned fix writes: a formula, a number for a plain decimal, else text. */
export function fixTargets(fixes: PlannedFix[]): FixTarget[] {
  return fixes.map(({ cell, formula, value, rule }) => {
    if (formula !== undefined) return { cell, rule, content: { kind: 'formula', formula: `=${formula}` } };
    if (value !== undefined && /^-?\d+(\.\d+)?$/.test(value)) return { cell, rule, content: { kind: 'number', value: Number(value) } };
    return { cell, rule, content: { kind: 'text', text: value ?? '' } };
  });
}

/** What `range.formulas` must be given so that Excel stores `content` as it is (text stays text). */
export function asInput(content: CellContent): string | number | boolean {
  switch (content.kind) {
    case 'empty': return '';
    case 'number': return content.value;
    case 'boolean': return content.value;
    case 'error': return content.text;
    case 'formula': return content.formula;
    // Excel parses typed input: `1.234` becomes a number, `1/2` a date, `TRUE` a boolean. The quote prefix keeps text text.
    case 'text': return wouldBeParsed(content.text) ? `'${content.text}` : content.text;
  }
}

function wouldBeParsed(text: string): boolean {
  const t = text.trim();
  return (
    /^[=+\-@']/.test(t) ||
    /^\(?[$€₫]?\s*[\d.,\s]+\s*%?\)?$/.test(t) ||
    /^(true|false)$/i.test(t) ||
    /^\d{1,4}\s*[/.-]\s*\d{1,4}(\s*[/.-]\s*\d{1,4})?$/.test(t) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s,-]+\d{1,4}$/i.test(t) ||
    /^\d{1,2}:\d{2}/.test(t) ||
    /^#[A-Z/0!?]+/.test(t)
  );
}

/** A cell as Excel reports it: `formulas` for formulas, `values` with `valueTypes` for the rest (`formulas` drops a quote prefix). */
export function contentOf(formula: unknown, value: unknown, valueType: string): CellContent {
  if (typeof formula === 'string' && formula.startsWith('=')) return { kind: 'formula', formula };
  switch (valueType) {
    case 'Empty': return { kind: 'empty' };
    case 'Double':
    case 'Integer': return { kind: 'number', value: Number(value) };
    case 'Boolean': return { kind: 'boolean', value: Boolean(value) };
    case 'Error': return { kind: 'error', text: String(value) };
    default: return { kind: 'text', text: String(value) };
  }
}

export function sameContent(a: CellContent, b: CellContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

interface CellRead {
  range: Excel.Range;
  locked: Excel.FormatProtection;
  spill?: Excel.Range;
}

function readCell(sheet: Excel.Worksheet, address: string, spills: boolean): CellRead {
  const range = sheet.getRange(address);
  range.load(['values', 'formulas', 'numberFormat', 'valueTypes']);
  const locked = range.format.protection;
  locked.load('locked');
  // A spilled dynamic-array cell refuses writes (ExcelApi 1.12 reports its spill parent).
  const spill = spills ? range.getSpillParentOrNullObject() : undefined;
  spill?.load('address');
  return { range, locked, spill };
}

const current = (read: CellRead): CellContent => contentOf(read.range.formulas[0][0], read.range.values[0][0], String(read.range.valueTypes[0][0]));

/** A row's label: its text cells, the cells this batch fixes left out, so the fix itself does not change it. */
function rowLabel(values: unknown[], fixedCols: Set<number>): string {
  return values
    .map((v, col) => (typeof v === 'string' && !fixedCols.has(col) ? v.trim() : ''))
    .filter(Boolean)
    .join(' | ')
    .slice(0, 200);
}

function rowsOf(cells: string[]): { rows: number[]; width: number; fixedCols: Map<number, Set<number>> } {
  const fixedCols = new Map<number, Set<number>>();
  let width = 1;
  for (const cell of cells) {
    const at = parseCellAddress(cell)!;
    fixedCols.set(at.row, new Set([...(fixedCols.get(at.row) ?? []), at.col]));
    width = Math.max(width, at.col + 1);
  }
  return { rows: [...fixedCols.keys()], width, fixedCols };
}

/**
 * Writes the targets on one sheet, journalled first.
 * @throws HostError `changedSinceCheck`, `refused` (nothing written), `journalFailed` (nothing
 *   written), `partialWrite` (Excel refused a cell mid-batch; `restored` says whether the others were put back).
 */
export async function writeFixes(apis: Apis, store: JournalStore, sheetName: string, targets: FixTarget[], checked: SheetGrid | undefined): Promise<FixBatch> {
  return runWrite(apis, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.load(['id', 'name']);
    sheet.protection.load('protected');
    const tables = sheet.tables;
    tables.load('items/name');
    const reads = targets.map((t) => readCell(sheet, t.cell, supports(apis, '1.12')));
    const { rows, width, fixedCols } = rowsOf(targets.map((t) => t.cell));
    const labels = rows.map((row) => sheet.getRangeByIndexes(row, 0, 1, width));
    labels.forEach((range) => range.load('values'));
    await context.sync();

    targets.forEach((t, i) => {
      if (checked && changedSince(checked, t.cell, reads[i].range.values[0][0], reads[i].range.formulas[0][0])) throw new HostError('changedSinceCheck', { cell: t.cell });
    });
    const headers = await tableHeaders(context, tables);
    const byProtection = targets.map((t, i) => {
      // A protected sheet refuses format changes even in unlocked cells: a Text-formatted cell cannot become General there.
      const needsFormat = String(reads[i].range.numberFormat[0][0]) === '@' && t.content.kind !== 'text';
      return sheet.protection.protected && (reads[i].locked.locked || needsFormat);
    });
    const refused = targets.filter((t, i) => byProtection[i] || (reads[i].spill && !reads[i].spill!.isNullObject) || headers.some((h) => inside(h, parseCellAddress(t.cell)!)));
    // Every cell refused only because the sheet is protected: unprotecting is what the officer can do.
    if (refused.length === targets.length && byProtection.every(Boolean)) throw new HostError('protected', { sheet: sheet.name });
    if (refused.length > 0) throw new HostError('refused', { cells: refused.map((t) => t.cell).join(', ') });

    const cells: JournalCell[] = targets.map((t, i) => {
      const numberFormat = String(reads[i].range.numberFormat[0][0]);
      // A number written into a Text-formatted cell would be stored as text: the cell gets General.
      const wroteNumberFormat = numberFormat === '@' && t.content.kind !== 'text' ? 'General' : numberFormat;
      return { cell: t.cell, before: current(reads[i]), numberFormat, wrote: t.content, wroteNumberFormat, rule: t.rule };
    });
    const batch: FixBatch = {
      sheetId: sheet.id,
      sheet: sheet.name,
      at: new Date().toISOString(),
      state: 'pending',
      cells,
      rows: rows.map((row, i) => ({ row, label: rowLabel(labels[i].values[0], fixedCols.get(row)!) })),
    };
    const journal = store.read();
    journal.fixes.push(batch);
    await store.write(journal);

    cells.forEach((cell, i) => {
      if (cell.wroteNumberFormat !== cell.numberFormat) reads[i].range.numberFormat = [[cell.wroteNumberFormat]];
      reads[i].range.formulas = [[asInput(cell.wrote)]];
    });
    try {
      await context.sync();
    } catch (error) {
      await compensate(context, store, sheet, batch, error);
    }
    batch.state = 'written';
    journal.audit.push(...cells.map((c) => ({ sheet: batch.sheet, cell: c.cell, before: shown(c.before), after: shown(c.wrote), rule: c.rule, at: batch.at })));
    // The pending entry is already saved: if this save fails, undo still finds the batch.
    await store.write(journal).catch(() => undefined);
    return batch;
  });
}

/**
 * Excel refused a write part-way (the cells queued before it stay written): puts those back where
 * they still hold what the fix wrote, then always throws `partialWrite`.
 */
async function compensate(context: Excel.RequestContext, store: JournalStore, sheet: Excel.Worksheet, batch: FixBatch, cause: unknown): Promise<never> {
  const detail = cause instanceof Error ? cause.message : String(cause);
  let failedAt = batch.cells[0].cell;
  try {
    const reads = batch.cells.map((c) => readCell(sheet, c.cell, false));
    await context.sync();
    const landed = batch.cells.filter((c, i) => sameContent(current(reads[i]), c.wrote));
    failedAt = batch.cells.find((c, i) => !sameContent(current(reads[i]), c.wrote))?.cell ?? failedAt;
    batch.cells.forEach((c, i) => {
      if (!landed.includes(c)) return;
      reads[i].range.numberFormat = [[c.numberFormat]];
      reads[i].range.formulas = [[asInput(c.before)]];
    });
    await context.sync();
    const journal = store.read();
    journal.fixes = journal.fixes.filter((b) => b.at !== batch.at || b.sheetId !== batch.sheetId);
    await store.write(journal).catch(() => undefined);
  } catch {
    throw new HostError('partialWriteLeft', { cell: failedAt, cells: batch.cells.map((c) => c.cell).join(', ') }, detail);
  }
  throw new HostError('partialWrite', { cell: failedAt }, detail);
}

async function tableHeaders(context: Excel.RequestContext, tables: Excel.TableCollection): Promise<CellRange[]> {
  if (tables.items.length === 0) return [];
  const headers = tables.items.map((table) => {
    const header = table.getHeaderRowRange();
    header.load('address');
    return header;
  });
  await context.sync();
  return headers.map((h) => parseRangeAddress(h.address.split('!').pop() ?? '')).filter((r): r is CellRange => Boolean(r));
}

const inside = (r: CellRange, at: { row: number; col: number }) => at.row >= r.top && at.row <= r.bottom && at.col >= r.left && at.col <= r.right;

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

/**
 * Puts back one batch where its cells still hold what the fix wrote; other cells are left as they
 * are and named in `skipped`.
 * @throws HostError `sheetGone` (the sheet was deleted), `rowsMoved` (a fixed row's label changed:
 *   rows were inserted, deleted or sorted), `refused` (locked on a protected sheet), `partialWrite`.
 */
export async function restoreBatch(apis: Apis, batch: FixBatch): Promise<UndoResult> {
  return runWrite(apis, async (context) => {
    const found = context.workbook.worksheets.getItemOrNullObject(batch.sheetId);
    await context.sync();
    if (found.isNullObject) throw new HostError('sheetGone', { sheet: batch.sheet });
    const sheet = context.workbook.worksheets.getItem(batch.sheetId);
    sheet.protection.load('protected');
    const reads = batch.cells.map((c) => readCell(sheet, c.cell, false));
    const { width, fixedCols } = rowsOf(batch.cells.map((c) => c.cell));
    const labels = batch.rows.map(({ row }) => sheet.getRangeByIndexes(row, 0, 1, width));
    labels.forEach((range) => range.load('values'));
    await context.sync();

    batch.rows.forEach(({ row, label }, i) => {
      const now = rowLabel(labels[i].values[0], fixedCols.get(row) ?? new Set());
      if (now !== label) {
        const cell = batch.cells.find((c) => parseCellAddress(c.cell)!.row === row)!.cell;
        throw new HostError('rowsMoved', { cell, was: label, now });
      }
    });
    const restorable = batch.cells.filter((c, i) => sameContent(current(reads[i]), c.wrote) && String(reads[i].range.numberFormat[0][0]) === c.wroteNumberFormat);
    const locked = restorable.filter((c) => sheet.protection.protected && (reads[batch.cells.indexOf(c)].locked.locked || c.numberFormat !== c.wroteNumberFormat));
    if (locked.length > 0) throw new HostError('refused', { cells: locked.map((c) => c.cell).join(', ') });
    batch.cells.forEach((c, i) => {
      if (!restorable.includes(c)) return;
      if (c.numberFormat !== c.wroteNumberFormat) reads[i].range.numberFormat = [[c.numberFormat]];
      reads[i].range.formulas = [[asInput(c.before)]];
    });
    try {
      await context.sync();
    } catch (error) {
      throw new HostError('partialWriteLeft', { cell: restorable[0]?.cell ?? '', cells: restorable.map((c) => c.cell).join(', ') }, error instanceof Error ? error.message : String(error));
    }
    return { restored: restorable.length, skipped: batch.cells.filter((c) => !restorable.includes(c)).map((c) => c.cell) };
  });
}
