import { areasRead, readByFormula } from '../../../../src/engine/rules/values/formula-readers';
import type { TableModel } from '../../../../src/engine/types';
import { gridOf } from '../../grid';

/** The areas the formulas of a one-row sheet named `Phụ lục` read, as (top, left, bottom, right) tuples, 0-based. */
const read = (...formulas: string[]): number[][] => {
  const areas = areasRead(gridOf([formulas.map((f) => `=${f}|0`)], { name: 'Phụ lục' }));
  const tuples: number[][] = [];
  for (let i = 0; i < areas.length; i += 4) tuples.push(areas.slice(i, i + 4));
  return tuples;
};

describe('formula-readers: areasRead', () => {
  it('reads cells, areas, absolute references and whole columns of the sheet', () => {
    expect(read('D7+$E$9', 'SUM(D7:E9)', 'SUM(D:D)')).toEqual([
      [6, 3, 6, 3],
      [8, 4, 8, 4],
      [6, 3, 8, 4],
      [0, 3, Number.MAX_SAFE_INTEGER, 3],
    ]);
  });

  it('reads a reference naming its own sheet, quoted or not, in any case', () => {
    expect(read("'phụ lục'!D7", "'Phụ lục'!E8")).toEqual([
      [6, 3, 6, 3],
      [7, 4, 7, 4],
    ]);
  });

  it('passes over other sheets, functions with digits, defined names and text in quotes', () => {
    expect(read("'Kinh phí'!D7", 'KP!D7', 'LOG10(100)', 'Q1_2025*2', 'IF(A1>0,"D7","")')).toEqual([[0, 0, 0, 0]]);
  });
});

describe('formula-readers: readByFormula', () => {
  it.each([
    ['without a whole column', false],
    ['with a whole column read (it reaches every row)', true],
  ])('finds the cell in any area read, whatever row the area starts on, and nothing outside them (%s)', (_name, wholeColumn) => {
    // Formulas in column H reading areas down the sheet (each from the top-left cell), and perhaps all of column F.
    const rows = Array.from({ length: 40 }, (_, r) => [null, null, null, null, null, null, null, r === 0 && wholeColumn ? '=SUM(F:F)|0' : r % 10 === 0 ? `=SUM(C${r + 1}:D${r + 3})|0` : null]);
    const grid = gridOf(rows, { name: 'Phụ lục' });
    const table = {} as TableModel;
    const reads = (row: number, col: number) => readByFormula(grid, table, row, col);
    expect([reads(10, 2), reads(12, 3), reads(30, 3), reads(32, 2)]).toEqual([true, true, true, true]);
    expect([reads(13, 2), reads(9, 2), reads(10, 4), reads(33, 3)]).toEqual([false, false, false, false]);
    expect([reads(0, 5), reads(39, 5)]).toEqual([wholeColumn, wholeColumn]);
  });
});
