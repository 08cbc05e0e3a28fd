import { cellIndexOf, forgetCells, indexCells } from '../../src/engine/cell-index';
import { checkSheet } from '../../src/engine/check';
import type { SheetGrid } from '../../src/engine/types';
import { gridOf } from './grid';

describe('CellIndex', () => {
  const sheet = (): SheetGrid => ({
    ...gridOf([
      ['TT', 'Nội dung', 'Năm 2025'],
      ['1', 'Dự án 1', 1200],
      ['2', 'Dự án 2', { value: 0.25, numberFormat: '0%' }],
      ['3', '#REF!', { value: { error: '#DIV/0!' } }],
      [null, null, '1.040'],
    ]),
    origin: { row: 2, col: 1 },
  });

  it('lists the text cells of each column, the percent-formatted numbers and the possible errors, in sheet coordinates', () => {
    const index = cellIndexOf(sheet());
    expect(index.textRows(1)).toEqual([2, 3, 4, 5]);
    expect(index.textRows(2)).toEqual([2, 3, 4, 5]);
    expect(index.textRows(3)).toEqual([2, 6]);
    expect(index.textRows(7)).toEqual([]);
    expect(index.percentRows(3)).toEqual([4]);
    expect(index.percentRows(2)).toEqual([]);
    // Reading order: the text `#REF!` (B5 of the grid, sheet C6), then the error value beside it.
    expect(index.markedRows).toEqual([5, 5]);
    expect(index.markedCols).toEqual([2, 3]);
  });

  it('is the check’s own: one indexed before a change of the grid is not used after it', () => {
    const grid = sheet();
    checkSheet(grid);
    grid.cells[1][2] = { value: 'words' };
    expect(cellIndexOf(grid).textRows(3)).toEqual([2, 3, 6]);
    const held = indexCells(grid);
    expect(cellIndexOf(grid)).toBe(held);
    forgetCells(grid);
    expect(cellIndexOf(grid)).not.toBe(held);
  });
});
