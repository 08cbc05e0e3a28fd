import { areasRead } from '../../../../src/engine/rules/values/formula-readers';
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
