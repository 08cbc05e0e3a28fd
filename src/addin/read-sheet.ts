/**
 * Reads the active sheet (or the selection) into a SheetGrid, in requests sized from the start
 * below Excel on the web's 5 MB payload limit:
 * 1. one small request for the shape: sheet name, protection, selection, used range address;
 * 2. the rows in blocks whose estimated payload (cells × properties loaded × bytes each) stays
 *    under `requestBytes`; each block carries its values, formulas, formats, value types, its
 *    merged areas and, from ExcelApi 1.9, which of its rows (and, in the first block, columns)
 *    are hidden. A block Excel still refuses as too large is read again in halves.
 * Merged areas come per block, and Excel lists only those whose top-left cell is in the range asked
 * (office-js#3611), so areas starting above or left of a selection are asked for separately.
 * A block with more merged areas than Excel will list in one call (512) has them asked for in pieces.
 */
import { rangeAddress } from '../engine';
import type { CellRange, SheetGrid } from '../engine';
import { HostError } from '../ui/host';
import type { CheckScope } from '../ui/host';
import { runBatch, supports, toHostError } from './office-apis';
import type { Apis } from './office-apis';
import { intersect, parseAreas, toCells } from './to-grid';
import type { RangeData } from './to-grid';

export interface ReadLimits {
  /** Rows read at most; a used range stretched further is cut here and the officer told. */
  maxRows: number;
  /** Estimated bytes one request may carry: kept under Excel on the web's 5 MB with a margin. */
  requestBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxRows: 100_000, requestBytes: 4_000_000 };

/**
 * Estimated bytes per cell for each property loaded, as JSON in Excel's response: a number or short
 * text in `values` and `formulas` (a formula is longer, an empty cell much shorter), a format string,
 * a value-type name. Generous on purpose: a block a little smaller costs little, a refused one a sync.
 */
export const BYTES_PER_CELL: Record<(typeof DATA)[number], number> = { values: 20, formulas: 24, numberFormat: 14, valueTypes: 10 };
/** Per row: its array brackets in each property, and its row properties. */
const BYTES_PER_ROW = 60;

export interface SheetRead {
  grid: SheetGrid;
  scope: CheckScope;
  /** The A1 range read, without the sheet name. */
  address: string;
  isProtected: boolean;
  /** Rows the sheet really has when it was cut at `maxRows`. */
  truncatedFrom?: number;
}

const DATA = ['values', 'formulas', 'numberFormat', 'valueTypes'] as const;
const SHAPE = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];

interface Shape {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

const rectOf = (r: Shape): CellRange => ({ top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 });

/** Rows per request for a block `columns` wide, from the estimated payload of one row. */
export function rowsPerRequest(columns: number, limits: ReadLimits): number {
  const perCell = DATA.reduce((total, property) => total + BYTES_PER_CELL[property], 0);
  return Math.max(1, Math.floor(limits.requestBytes / (columns * perCell + BYTES_PER_ROW)));
}

/**
 * The first request reads the top-left of the used range with the shape, up to this many columns and
 * as many rows as fit the request: a sheet that fits (most plan tables) takes one request in all.
 */
const FIRST_COLUMNS = 64;

export async function readActiveSheet(apis: Apis, limits: ReadLimits = DEFAULT_LIMITS): Promise<SheetRead> {
  const reader = new BlockReader(apis, supports(apis, '1.13'), supports(apis, '1.9'));
  const { shape, first } = await reader.shapeAndFirst(FIRST_COLUMNS, rowsPerRequest(FIRST_COLUMNS, limits));
  const { target } = shape;
  const rect = target.rect;
  const blocks: RangeData[] = [];
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  const hiddenCols: number[] = [];
  if (rect) {
    const rows = Math.min(rect.bottom - rect.top + 1, limits.maxRows);
    const last = rect.top + rows - 1;
    let next = rect.top;
    // The first request's block serves the rows it holds when it spans the target's columns.
    if (first && rect.left >= first.rect.left && rect.right <= first.rect.right && rect.top <= first.rect.bottom) {
      const through = Math.min(last, first.rect.bottom);
      blocks.push(sliceData(first.block.data, first.rect, { ...rect, bottom: through }));
      append(merges, first.block.merges);
      append(hiddenRows, first.block.hiddenRows);
      append(hiddenCols, first.block.hiddenCols);
      next = through + 1;
    } else if (first) {
      append(hiddenCols, first.block.hiddenCols);
    }
    let perBlock = rowsPerRequest(rect.right - rect.left + 1, limits);
    const wantColumns = !first || rect.left < first.rect.left || rect.right > first.rect.right;
    while (next <= last) {
      const count = Math.min(perBlock, last - next + 1);
      const block = await reader.block(shape.name, { top: next, left: rect.left, bottom: next + count - 1, right: rect.right }, wantColumns && blocks.length === 0);
      if (!block) {
        // Refused as too large after all (long texts, long formulas): halve and go on.
        if (count === 1) throw new HostError('tooLarge', {});
        perBlock = Math.max(1, Math.floor(count / 2));
        continue;
      }
      blocks.push(block.data);
      append(merges, block.merges);
      append(hiddenRows, block.hiddenRows);
      append(hiddenCols, block.hiddenCols);
      next += count;
    }
    // Areas that start above or left of the rows read and reach into them (office-js#3611), unless
    // the first request already covered where they start.
    const before = { top: shape.used.top, left: shape.used.left, bottom: last, right: rect.right };
    const covered = first && first.rect.bottom >= before.bottom && first.rect.right >= before.right;
    if (reader.withMerges && !covered && (rect.top > shape.used.top || rect.left > shape.used.left)) {
      for (const merge of await reader.merges(shape.name, before)) {
        // Those starting inside were read with the blocks.
        if ((merge.top < rect.top || merge.left < rect.left) && intersect(merge, rect)) merges.push(merge);
      }
    }
  }
  const read = finish(shape.name, shape.isProtected, target, blocks, merges);
  const shownRows = hiddenRows.filter((row) => rect && row >= rect.top && row <= rect.bottom);
  const shownCols = hiddenCols.filter((col) => rect && col >= rect.left && col <= rect.right);
  if (shownRows.length > 0) read.grid.hiddenRows = shownRows;
  if (shownCols.length > 0) read.grid.hiddenCols = [...new Set(shownCols)];
  const fullRows = rect ? rect.bottom - rect.top + 1 : 0;
  if (fullRows > limits.maxRows) read.truncatedFrom = fullRows;
  return read;
}

/** The part of a block's data (read over `from`) that lies in `to`. */
function sliceData(data: RangeData, from: CellRange, to: CellRange): RangeData {
  const part = (rows: unknown[][]) => rows.slice(to.top - from.top, to.bottom - from.top + 1).map((row) => row.slice(to.left - from.left, to.right - from.left + 1));
  return { values: part(data.values), formulas: part(data.formulas), numberFormat: part(data.numberFormat), valueTypes: part(data.valueTypes) as string[][] };
}

interface Target {
  scope: CheckScope;
  /** The rectangle read, or undefined when the selection is outside the used range. */
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

interface Block {
  data: RangeData;
  merges: CellRange[];
  hiddenRows: number[];
  hiddenCols: number[];
}

/** The requests of one read. */
class BlockReader {
  constructor(
    private readonly apis: Apis,
    readonly withMerges: boolean,
    private readonly withHidden: boolean,
  ) {}

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return runBatch(this.apis, batch);
  }

  /**
   * The shape and, in the same request, the used range's top-left `rows` × `columns` as a block.
   * `first` is undefined when Excel refused that block; the shape is then asked alone.
   */
  async shapeAndFirst(columns: number, rows: number) {
    try {
      return await this.run(async (context) => {
        const { name, isProtected, used, selection } = this.queueShape(context);
        const corner = used.getIntersection(used.getAbsoluteResizedRange(rows, columns));
        const block = this.queueBlock(corner, true);
        await context.sync();
        const shape = { name: name(), isProtected: isProtected(), used: rectOf(used), target: targetOf(rectOf(used), selection) };
        const rect = { ...shape.used, bottom: Math.min(shape.used.bottom, shape.used.top + rows - 1), right: Math.min(shape.used.right, shape.used.left + columns - 1) };
        return { shape, first: { rect, block: block() } };
      });
    } catch (error) {
      const code = toHostError(error).code;
      if (code !== 'tooLarge' && code !== 'unexpected') throw error;
      // Too large after all, or too many merged areas in the corner: the shape alone, blocks after.
      const shape = await this.run(async (context) => {
        const { name, isProtected, used, selection } = this.queueShape(context);
        await context.sync();
        return { name: name(), isProtected: isProtected(), used: rectOf(used), target: targetOf(rectOf(used), selection) };
      });
      return { shape, first: undefined };
    }
  }

  private queueShape(context: Excel.RequestContext) {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    sheet.protection.load('protected');
    const selection = context.workbook.getSelectedRange();
    selection.load(SHAPE);
    const used = sheet.getUsedRange(true);
    used.load(SHAPE);
    return { name: () => sheet.name, isProtected: () => sheet.protection.protected, used, selection };
  }

  /** Queues a block's data, merged areas and hidden rows (and columns); the result is read after the sync. */
  private queueBlock(range: Excel.Range, withColumns: boolean): () => Block {
    range.load([...DATA]);
    const merged = this.withMerges ? range.getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    const rowProperties = this.withHidden ? range.getRowProperties({ rowIndex: true, rowHidden: true }) : undefined;
    const columnProperties = this.withHidden && withColumns ? range.getColumnProperties({ columnIndex: true, columnHidden: true }) : undefined;
    return () => ({
      data: { values: range.values, formulas: range.formulas, numberFormat: range.numberFormat, valueTypes: range.valueTypes },
      merges: merged && !merged.isNullObject ? parseAreas(merged.address) : [],
      hiddenRows: (rowProperties?.value ?? []).filter((row) => row.rowHidden).map((row) => row.rowIndex as number),
      hiddenCols: (columnProperties?.value ?? []).filter((column) => column.columnHidden).map((column) => column.columnIndex as number),
    });
  }

  /** One row block; undefined when Excel refuses it as too large. */
  async block(sheetName: string, rect: CellRange, first: boolean): Promise<Block | undefined> {
    try {
      return await this.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
        const block = this.queueBlock(range, first);
        try {
          await context.sync();
        } catch (error) {
          // More merged areas than Excel lists: read the block without them, then ask in pieces.
          if (!this.withMerges || toHostError(error).code !== 'unexpected') throw error;
          return { ...(await this.blockWithoutMerges(sheetName, rect, first)), merges: await this.merges(sheetName, rect) };
        }
        return block();
      });
    } catch (error) {
      if (error instanceof HostError && error.code === 'tooLarge') return undefined;
      throw error;
    }
  }

  private async blockWithoutMerges(sheetName: string, rect: CellRange, first: boolean): Promise<Block> {
    const block = await new BlockReader(this.apis, false, this.withHidden).block(sheetName, rect, first);
    if (!block) throw new HostError('tooLarge', {});
    return block;
  }

  /** The merged areas whose top-left cell is in `rect`, asked in halves while Excel refuses to list them. */
  async merges(sheetName: string, rect: CellRange): Promise<CellRange[]> {
    try {
      return await this.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
        const merged = range.getMergedAreasOrNullObject();
        merged.load('address');
        await context.sync();
        return merged.isNullObject ? [] : parseAreas(merged.address);
      });
    } catch (error) {
      if (!(error instanceof HostError) || error.code !== 'unexpected') throw error;
      // Past MAX_MERGED_AREAS in one piece: split along rows, then along columns.
      if (rect.bottom > rect.top) {
        const middle = rect.top + Math.floor((rect.bottom - rect.top) / 2);
        return [...(await this.merges(sheetName, { ...rect, bottom: middle })), ...(await this.merges(sheetName, { ...rect, top: middle + 1 }))];
      }
      if (rect.right > rect.left) {
        const middle = rect.left + Math.floor((rect.right - rect.left) / 2);
        return [...(await this.merges(sheetName, { ...rect, right: middle })), ...(await this.merges(sheetName, { ...rect, left: middle + 1 }))];
      }
      return [];
    }
  }
}

/** Appends without spreading into push: a list of any length must not overflow the call stack. */
function append<T>(to: T[], items: T[]): void {
  for (const item of items) to.push(item);
}

function finish(name: string, isProtected: boolean, target: Target, blocks: RangeData[], merges: CellRange[]): SheetRead {
  const cells = blocks.flatMap((block) => toCells(block));
  // Rows above the read rectangle (a selection starting above the used range) are empty.
  const offset = target.rect ? target.rect.top - target.origin.row : 0;
  const colOffset = target.rect ? target.rect.left - target.origin.col : 0;
  const grid: SheetGrid = {
    name,
    origin: target.origin,
    cells: [...Array.from({ length: offset }, () => []), ...cells.map((row) => (colOffset > 0 ? [...Array(colOffset), ...row] : row))],
    merges: target.rect ? merges.filter((m) => intersect(m, target.rect as CellRange)) : [],
  };
  return { grid, scope: target.scope, address: target.address, isProtected };
}
