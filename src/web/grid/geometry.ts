/**
 * The arithmetic of the windowed grid: column widths, where each column starts, and which rows and
 * columns a viewport shows. Pure, so the virtualisation can be reasoned about (and tested) apart
 * from React.
 */
import type { Cell, CellRange, SheetGrid } from '../../engine';

export const ROW_HEIGHT = 24;
export const HEADER_HEIGHT = 24;
export const ROW_HEADER_WIDTH = 52;
const MIN_COLUMN_WIDTH = 56;
const MAX_COLUMN_WIDTH = 320;
const CHAR_WIDTH = 7.2;
/** Enough rows to guess a column's width without reading a 100,000-row sheet. */
const WIDTH_SAMPLE_ROWS = 400;

export interface GridGeometry {
  rowCount: number;
  colCount: number;
  /** `columnStarts[c]` is the x of column c; `columnStarts[colCount]` is the total width. */
  columnStarts: number[];
}

export interface Viewport {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Rows and columns to render, inclusive, in sheet coordinates. */
export interface Window {
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

export function cellAt(grid: SheetGrid, row: number, col: number): Cell | undefined {
  return grid.cells[row - grid.origin.row]?.[col - grid.origin.col];
}

/** How a number is shown under a number format (the page's: Excel's, in the page's language). */
export type NumberShown = (value: number, format: string | undefined) => string;

/** What a cell shows: numbers as `shown` writes them (as JavaScript does without it), errors as Excel writes them. */
export function displayText(cell: Cell | undefined, shown?: NumberShown): string {
  const value = cell?.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number' && shown) return shown(value, cell?.numberFormat);
  return String(value);
}

/**
 * Excel's shown number in the page's language: a Vietnamese Excel writes `1.662,5` where an English
 * one writes `1,662.5` (the separators between digits swap; the format's own text stays).
 */
export function inLanguage(text: string, lang: 'vi' | 'en'): string {
  return lang === 'en' ? text : text.replace(/(?<=\d)[.,](?=\d)/g, (separator) => (separator === ',' ? '.' : ','));
}

/** The sheet from A1 to its last used cell, plus one spare row and column so the edge is visible. */
export function measure(grid: SheetGrid, shown?: NumberShown): GridGeometry {
  const widest = grid.cells.reduce((max, row) => Math.max(max, row ? row.length : 0), 0);
  const rowCount = grid.origin.row + grid.cells.length + 1;
  const colCount = grid.origin.col + widest + 1;
  // A title merged across the table says nothing about the width of its first column.
  const spanning = new Set(grid.merges.filter((m) => m.right > m.left).map((m) => `${m.top}:${m.left}`));
  const columnStarts = [0];
  for (let col = 0; col < colCount; col++) columnStarts.push(columnStarts[col] + columnWidth(grid, col, spanning, shown));
  return { rowCount, colCount, columnStarts };
}

function columnWidth(grid: SheetGrid, col: number, spanning: Set<string>, shown: NumberShown | undefined): number {
  let longest = 0;
  const rows = Math.min(grid.cells.length, WIDTH_SAMPLE_ROWS);
  for (let r = 0; r < rows; r++) {
    const cell = grid.cells[r]?.[col - grid.origin.col];
    if (cell && !spanning.has(`${grid.origin.row + r}:${col}`)) longest = Math.max(longest, displayText(cell, shown).length);
  }
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, longest * CHAR_WIDTH + 14)));
}

/** The columns whose starts bracket x: binary search, as a sheet may have hundreds of columns. */
export function columnAtX(geometry: GridGeometry, x: number): number {
  const starts = geometry.columnStarts;
  let low = 0;
  let high = geometry.colCount - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= x) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The rows and columns a viewport over the cell area shows, with a margin to scroll into. */
export function visibleWindow(geometry: GridGeometry, viewport: Viewport, overscan = 3): Window {
  const firstRow = Math.max(0, Math.floor(viewport.top / ROW_HEIGHT) - overscan);
  const lastRow = Math.min(geometry.rowCount - 1, Math.ceil((viewport.top + viewport.height) / ROW_HEIGHT) + overscan);
  const firstCol = Math.max(0, columnAtX(geometry, viewport.left) - 1);
  const lastCol = Math.min(geometry.colCount - 1, columnAtX(geometry, viewport.left + viewport.width) + 1);
  return { firstRow, lastRow, firstCol, lastCol };
}

/**
 * Where to scroll so that a cell is in view: unchanged if it already is, otherwise the least
 * movement that brings it in (as a spreadsheet does).
 */
export function scrollToReveal(geometry: GridGeometry, viewport: Viewport, row: number, col: number): { top: number; left: number } {
  const cellTop = row * ROW_HEIGHT;
  const cellLeft = geometry.columnStarts[col];
  const cellRight = geometry.columnStarts[col + 1];
  let top = viewport.top;
  if (cellTop < viewport.top) top = cellTop;
  else if (cellTop + ROW_HEIGHT > viewport.top + viewport.height) top = cellTop + ROW_HEIGHT - viewport.height;
  let left = viewport.left;
  if (cellLeft < viewport.left) left = cellLeft;
  else if (cellRight > viewport.left + viewport.width) left = Math.min(cellLeft, cellRight - viewport.width);
  return { top: Math.max(0, top), left: Math.max(0, left) };
}

/** For each covered cell of a merged area, the area; the renderer draws the area once, at its top-left. */
export function mergeIndex(merges: CellRange[]): Map<string, CellRange> {
  const index = new Map<string, CellRange>();
  for (const merge of merges) {
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let col = merge.left; col <= merge.right; col++) index.set(`${row}:${col}`, merge);
    }
  }
  return index;
}
