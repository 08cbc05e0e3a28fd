/**
 * Reads the active sheet (or the selection) into a SheetGrid. Ordinary sheets take one
 * context.sync(): sheet name, protection, selection, used range data and merged areas are
 * queued together. When Excel refuses the request as too large, the sheet is read again in
 * row blocks sized by column count, capped at `maxRows` rows.
 */
import { rangeAddress } from '../engine';
import type { CellRange, SheetGrid } from '../engine';
import { HostError } from '../ui/host';
import type { CheckScope } from '../ui/host';
import { runBatch, supports } from './office-apis';
import type { Apis } from './office-apis';
import { intersect, parseAreas, toCells } from './to-grid';
import type { RangeData } from './to-grid';

export interface ReadLimits {
  /** Rows read at most; a used range stretched further is cut here and the officer told. */
  maxRows: number;
  /** Cells per request when reading in blocks (each cell carries four properties). */
  blockCells: number;
}

/** About 5 MB per request on the web: 4 properties × 50,000 cells stays well under it. */
export const DEFAULT_LIMITS: ReadLimits = { maxRows: 100_000, blockCells: 50_000 };

export interface SheetRead {
  grid: SheetGrid;
  scope: CheckScope;
  /** The A1 range read, without the sheet name. */
  address: string;
  isProtected: boolean;
  /** Rows the sheet really has when it was cut at `maxRows`. */
  truncatedFrom?: number;
}

const DATA = ['values', 'formulas', 'numberFormat', 'valueTypes'];
const SHAPE = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];

interface Shape {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

const rectOf = (r: Shape): CellRange => ({ top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 });

export async function readActiveSheet(apis: Apis, limits: ReadLimits = DEFAULT_LIMITS, withMerges = supports(apis, '1.13')): Promise<SheetRead> {
  try {
    return await runBatch(apis, async (context) => {
      const { sheet, selection, used, merged } = queueSheet(context, [...SHAPE, ...DATA], withMerges);
      await context.sync();

      const usedRect = rectOf(used);
      const target = targetOf(usedRect, selection);
      const data = used as unknown as RangeData;
      const rows = Math.min(target.rect ? target.rect.bottom - target.rect.top + 1 : 0, limits.maxRows);
      const sliced: RangeData | undefined = target.rect && {
        values: slice(data.values, usedRect, target.rect, rows),
        formulas: slice(data.formulas, usedRect, target.rect, rows),
        numberFormat: slice(data.numberFormat, usedRect, target.rect, rows),
        valueTypes: slice(data.valueTypes, usedRect, target.rect, rows),
      };
      return finish(sheet.name, sheet.protection.protected, target, sliced ? [sliced] : [], merged && !merged.isNullObject ? merged.address : '', limits);
    });
  } catch (error) {
    if (error instanceof HostError && error.code === 'tooLarge') return readInBlocks(apis, limits, withMerges);
    // getMergedAreasOrNullObject fails on more than 512 merged areas: read the sheet without them.
    if (error instanceof HostError && error.code === 'unexpected' && withMerges) return readActiveSheet(apis, limits, false);
    throw error;
  }
}

/** What both read paths ask in their first request: name, protection, selection, used range, merges. */
function queueSheet(context: Excel.RequestContext, usedProperties: string[], withMerges: boolean) {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  sheet.protection.load('protected');
  const selection = context.workbook.getSelectedRange();
  selection.load(SHAPE);
  const used = sheet.getUsedRange(true);
  used.load(usedProperties);
  const merged = withMerges ? used.getMergedAreasOrNullObject() : undefined;
  merged?.load('address');
  return { sheet, selection, used, merged };
}

interface Target {
  scope: CheckScope;
  /** Where the grid starts; the read rectangle, or undefined when the selection is outside the used range. */
  rect?: CellRange;
  origin: { row: number; col: number };
  address: string;
}

/** The selection when the officer selected several cells, else the used range. */
function targetOf(usedRect: CellRange, selection: Shape): Target {
  if (selection.rowCount * selection.columnCount > 1) {
    const selected = rectOf(selection);
    return { scope: 'selection', rect: intersect(usedRect, selected), origin: { row: selected.top, col: selected.left }, address: rangeAddress(selected) };
  }
  return { scope: 'sheet', rect: usedRect, origin: { row: usedRect.top, col: usedRect.left }, address: rangeAddress(usedRect) };
}

function slice(rows: unknown[][], from: CellRange, to: CellRange, count: number): any[][] {
  return rows.slice(to.top - from.top, to.top - from.top + count).map((row) => row.slice(to.left - from.left, to.right - from.left + 1));
}

function finish(name: string, isProtected: boolean, target: Target, blocks: RangeData[], mergeAddress: string, limits: ReadLimits): SheetRead {
  const fullRows = target.rect ? target.rect.bottom - target.rect.top + 1 : 0;
  const cells = blocks.flatMap((block) => toCells(block));
  // Rows above the read rectangle (a selection starting above the used range) are empty.
  const offset = target.rect ? target.rect.top - target.origin.row : 0;
  const colOffset = target.rect ? target.rect.left - target.origin.col : 0;
  const grid: SheetGrid = {
    name,
    origin: target.origin,
    cells: [...Array.from({ length: offset }, () => []), ...cells.map((row) => [...Array(colOffset), ...row])],
    merges: target.rect ? parseAreas(mergeAddress).filter((m) => intersect(m, target.rect as CellRange)) : [],
  };
  const read: SheetRead = { grid, scope: target.scope, address: target.address, isProtected };
  if (fullRows > limits.maxRows) read.truncatedFrom = fullRows;
  return read;
}

/** The slow path for sheets above the request limit: shape first, then one request per row block. */
async function readInBlocks(apis: Apis, limits: ReadLimits, withMerges: boolean): Promise<SheetRead> {
  const shape = await runBatch(apis, async (context) => {
    const { sheet, selection, used, merged } = queueSheet(context, SHAPE, withMerges);
    await context.sync();
    return {
      name: sheet.name,
      isProtected: sheet.protection.protected,
      target: targetOf(rectOf(used), selection),
      mergeAddress: merged && !merged.isNullObject ? merged.address : '',
    };
  });
  const rect = shape.target.rect;
  const blocks: RangeData[] = [];
  if (rect) {
    const columns = rect.right - rect.left + 1;
    const rows = Math.min(rect.bottom - rect.top + 1, limits.maxRows);
    const perBlock = Math.max(1, Math.floor(limits.blockCells / columns));
    for (let start = 0; start < rows; start += perBlock) {
      // One request per block is the point of this path: each must stay under the size limit.
      blocks.push(await readBlock(apis, shape.name, rect.top + start, rect.left, Math.min(perBlock, rows - start), columns));
    }
  }
  return finish(shape.name, shape.isProtected, shape.target, blocks, shape.mergeAddress, limits);
}

function readBlock(apis: Apis, sheetName: string, row: number, col: number, rows: number, cols: number): Promise<RangeData> {
  return runBatch(apis, async (context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(row, col, rows, cols);
    range.load(DATA);
    await context.sync();
    return { values: range.values, formulas: range.formulas, numberFormat: range.numberFormat, valueTypes: range.valueTypes };
  });
}
