import { mergeAt } from '../../src/engine/merges';
import { gridOf } from './grid';

describe('mergeAt', () => {
  it('finds the merged area of any cell inside it, and none outside', () => {
    const grid = gridOf([['a', null, 'b'], [null, null, 'c']], { merges: ['A1:B2', 'C2:D2'] });
    expect(mergeAt(grid, 1, 1)).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(mergeAt(grid, 1, 3)).toEqual({ top: 1, left: 2, bottom: 1, right: 3 });
    expect(mergeAt(grid, 0, 2)).toBeUndefined();
    expect(mergeAt(grid, 2, 0)).toBeUndefined();
  });

  it('finds each of many merges in one row (the index is sorted, whatever order the file lists them)', () => {
    const merges = Array.from({ length: 2000 }, (_, i) => `${col(2 * i)}1:${col(2 * i + 1)}1`).reverse();
    const grid = gridOf([['x']], { merges });
    for (let i = 0; i < 2000; i += 97) {
      expect(mergeAt(grid, 0, 2 * i + 1)).toEqual({ top: 0, left: 2 * i, bottom: 0, right: 2 * i + 1 });
    }
  });

  it('leaves out a merge over a whole block (layout), as the detector does', () => {
    const grid = gridOf([['x']], { merges: ['A1:Z1000'] });
    expect(mergeAt(grid, 5, 5)).toBeUndefined();
  });
});

function col(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
