/** The windowed preview's arithmetic: which rows and columns are drawn, and where to scroll to reveal a cell. */
import type { SheetGrid } from '../../src/engine';
import { ROW_HEIGHT, columnAtX, displayText, inLanguage, measure, mergeIndex, scrollToReveal, visibleWindow } from '../../src/web/grid/geometry';

function grid(rows: number, cols: number): SheetGrid {
  const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => ({ value: r * cols + c })));
  return { name: 'S', origin: { row: 0, col: 0 }, cells, merges: [] };
}

test('a big sheet draws only the rows and columns in view, plus a small margin', () => {
  const geometry = measure(grid(100_000, 30));
  expect(geometry.rowCount).toBe(100_001);
  const window = visibleWindow(geometry, { top: 50_000 * ROW_HEIGHT, left: 0, width: 800, height: 480 });
  expect(window.firstRow).toBe(50_000 - 3);
  expect(window.lastRow).toBe(50_000 + 20 + 3);
  expect(window.lastCol - window.firstCol).toBeLessThan(20);
});

test('columnAtX finds the column under a point, at and between boundaries', () => {
  const geometry = { rowCount: 1, colCount: 3, columnStarts: [0, 100, 150, 400] };
  expect(columnAtX(geometry, 0)).toBe(0);
  expect(columnAtX(geometry, 99)).toBe(0);
  expect(columnAtX(geometry, 100)).toBe(1);
  expect(columnAtX(geometry, 399)).toBe(2);
  expect(columnAtX(geometry, 10_000)).toBe(2);
});

test('revealing a cell scrolls only as far as needed, and not at all when it is in view', () => {
  const geometry = { rowCount: 1000, colCount: 3, columnStarts: [0, 100, 200, 300] };
  const viewport = { top: 0, left: 0, width: 150, height: 10 * ROW_HEIGHT };
  expect(scrollToReveal(geometry, viewport, 5, 0)).toEqual({ top: 0, left: 0 });
  expect(scrollToReveal(geometry, viewport, 500, 0)).toEqual({ top: 491 * ROW_HEIGHT, left: 0 });
  expect(scrollToReveal(geometry, viewport, 0, 2)).toEqual({ top: 0, left: 150 });
  expect(scrollToReveal(geometry, { ...viewport, top: 600 * ROW_HEIGHT, left: 200 }, 3, 0)).toEqual({ top: 3 * ROW_HEIGHT, left: 0 });
});

test('a title merged across the table does not widen its first column; merged areas index every covered cell', () => {
  const sheet = grid(3, 4);
  sheet.cells[0][0] = { value: 'A very long title that spans the whole table and would make column A enormous' };
  sheet.merges = [{ top: 0, left: 0, bottom: 0, right: 3 }];
  const geometry = measure(sheet);
  expect(geometry.columnStarts[1] - geometry.columnStarts[0]).toBeLessThan(100);
  const index = mergeIndex(sheet.merges);
  expect(index.get('0:3')).toBe(sheet.merges[0]);
  expect(index.has('1:0')).toBe(false);
});

test('numbers show as Excel shows them under their format, with the page language’s separators', () => {
  // As the page's formatter (excel.ts shownNumber) writes them: Excel's English separators.
  const shown = (value: number, format: string | undefined) => (format === '#,##0.0' ? value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : String(value));
  const cell = { value: 1662.5, numberFormat: '#,##0.0' };
  expect(displayText(cell)).toBe('1662.5');
  expect(displayText(cell, (v, f) => inLanguage(shown(v, f), 'vi'))).toBe('1.662,5');
  expect(displayText(cell, (v, f) => inLanguage(shown(v, f), 'en'))).toBe('1,662.5');
  // The format's own text keeps its dots and commas: only those between digits swap.
  expect(inLanguage('Tr. 1,662.5 đ', 'vi')).toBe('Tr. 1.662,5 đ');
  expect(displayText({ value: 'Tổng số' }, () => 'never')).toBe('Tổng số');
});
