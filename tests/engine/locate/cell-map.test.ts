import { CellMap } from '../../../src/engine/locate/cell-map';

describe('CellMap', () => {
  const range = { top: 3, left: 2, bottom: 2002, right: 6 };

  it('holds a number per cell, inside the table and outside it, and -1 for a cell never set', () => {
    const map = new CellMap(range);
    map.set(3, 2, 0);
    map.set(10, 6, 7);
    map.set(0, 0, 4); // above and left of the table
    expect([map.get(3, 2), map.get(10, 6), map.get(0, 0), map.get(10, 5), map.get(3000, 2)]).toEqual([0, 7, 4, -1, -1]);
  });

  it('keeps every number when the cells grow past the map into the flat array', () => {
    const map = new CellMap(range);
    const cells: [number, number][] = [];
    for (let row = 3; row <= 2002; row++) cells.push([row, 2 + (row % 5)]);
    cells.push([1, 1], [5000, 3]);
    cells.forEach(([row, col], i) => map.set(row, col, i));
    map.set(3, 5, 99); // the first cell, overwritten after the move
    expect(cells.slice(1).every(([row, col], i) => map.get(row, col) === i + 1)).toBe(true);
    expect([map.get(3, 5), map.get(4, 2)]).toEqual([99, -1]);
  });
});
