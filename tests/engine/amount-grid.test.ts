import fc from 'fast-check';
import { AmountGrid } from '../../src/engine/identities/values';
import { Decimal } from '../../src/engine/numbers';
import type { Cell } from '../../src/engine/types';

/**
 * AmountGrid.residual adds whole numbers in one pass while every step is a safe integer, decimals
 * as scaled integers, and anything past 2^53 with decimal.js: each must give decimal.js's own sum.
 */
const WIDTH = 4;

/** A typed amount: small and large whole numbers, whole numbers past 2^53, decimals of up to 3 places. */
const typed = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => Number.MAX_SAFE_INTEGER - n),
  fc.integer({ min: 0, max: 1000 }).map((n) => 2 ** 60 + n * 2 ** 10),
  fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 3 })).map(([n, k]) => n / 10 ** k),
);

/** A cell: typed, text as typed in Vietnamese (`1.234,5`), empty, or a dash (zero). */
const cell: fc.Arbitrary<{ cell: Cell | undefined; exact: Decimal }> = fc.oneof(
  { weight: 6, arbitrary: typed.map((value) => ({ cell: { value }, exact: new Decimal(value) })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9_999_999 }).map((n) => ({ cell: { value: `${new Decimal(n).dividedBy(10).toFixed(1).replace('.', ',')}` }, exact: new Decimal(n).dividedBy(10) })) },
  { weight: 1, arbitrary: fc.constant({ cell: undefined, exact: new Decimal(0) }) },
  { weight: 1, arbitrary: fc.constant({ cell: { value: '-' }, exact: new Decimal(0) }) },
);

describe('AmountGrid.residual', () => {
  it('is Σ coef × terms − target exactly, as decimal.js adds them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: WIDTH, maxLength: WIDTH }), { minLength: 2, maxLength: 6 }),
        fc.array(fc.constantFrom(1, -1, 2), { minLength: WIDTH - 1, maxLength: WIDTH - 1 }),
        fc.boolean(),
        (rows, coefs, withCoefs) => {
          const grid = new AmountGrid(0, 0, rows.length - 1, WIDTH - 1, { cell: (row, col) => rows[row]?.[col]?.cell }, { convention: 'vi' });
          // Each row: column 0 = Σ coef × columns 1..3; then column 1 over every row below the first.
          for (let row = 0; row < rows.length; row++) {
            let expected = rows[row][0].exact.negated();
            for (let col = 1; col < WIDTH; col++) expected = expected.plus(rows[row][col].exact.times(withCoefs ? coefs[col - 1] : 1));
            const residual = grid.residual(row, 0, [row], [1, 2, 3], withCoefs ? coefs : undefined);
            expect(new Decimal(residual!).equals(expected)).toBe(true);
          }
          const below = rows.slice(1).map((_, i) => i + 1);
          let expected = rows[0][1].exact.negated();
          for (const row of below) expected = expected.plus(rows[row][1].exact);
          expect(new Decimal(grid.residual(0, 1, below, [1])!).equals(expected)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('has no residual when a cell holds words', () => {
    const cells: (Cell | undefined)[][] = [[{ value: 10 }, { value: 4 }, { value: 'chưa có' }]];
    const grid = new AmountGrid(0, 0, 0, 2, { cell: (row, col) => cells[row]?.[col] });
    expect(grid.residual(0, 0, [0], [1, 2])).toBeUndefined();
    expect(grid.residual(0, 0, [0], [1])).toBe(-6);
  });

  it('tells formula cells from typed ones, read row by row or one at a time, and outside its area', () => {
    const cells: (Cell | undefined)[][] = [
      [{ value: 10, formula: 'SUM(B1:C1)' }, { value: 4 }, { value: 6 }],
      [{ value: 'x' }, { value: 3, formula: 'B1-1' }, undefined],
    ];
    const source = { cell: (row: number, col: number) => cells[row]?.[col] };
    const grid = new AmountGrid(0, 0, 0, 1, source);
    grid.readRow(0, cells[0], 0, [0, 1]);
    expect([grid.formulaAt(0, 0), grid.formulaAt(0, 1)]).toEqual([true, false]);
    // Column 2 lies outside the grid's area, row 1 is read when first asked for.
    expect([grid.formulaAt(0, 2), grid.formulaAt(1, 1), grid.formulaAt(1, 0)]).toEqual([false, true, false]);
    expect(new AmountGrid(0, 0, 0, 0, source).formulaAt(1, 1)).toBe(true);
  });
});
