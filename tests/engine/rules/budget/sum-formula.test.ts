import { sumFormula } from '../../../../src/engine/rules/budget/model';

// The formula a finding proposes for a total (its `formula` parameter): the same whether the terms
// come in order (an identity's, the fast path) or not.
describe('sumFormula', () => {
  const cells = (list: [number, number][]) => list.map(([row, col]) => ({ row, col }));

  it('writes a column of consecutive rows as one range', () => {
    expect(sumFormula(cells([[4, 2], [5, 2], [6, 2]]))).toBe('SUM(C5:C7)');
  });

  it('stacks runs of the same columns on consecutive rows into one rectangle, in order or not', () => {
    const inOrder = cells([[4, 5], [4, 6], [4, 7], [5, 5], [5, 6], [5, 7], [7, 5], [7, 6], [7, 7]]);
    expect(sumFormula(inOrder)).toBe('SUM(F5:H6,F8:H8)');
    expect(sumFormula([...inOrder].reverse())).toBe('SUM(F5:H6,F8:H8)');
  });

  it('adds scattered single cells', () => {
    expect(sumFormula(cells([[4, 2], [4, 5], [4, 8], [4, 11]]))).toBe('C5+F5+I5+L5');
    expect(sumFormula(cells([[4, 11], [4, 2], [4, 8], [4, 5]]))).toBe('C5+F5+I5+L5');
  });

  it('stacks only runs of the same columns', () => {
    // Row 6 runs C:E, rows 5 and 7 only C: three ranges.
    expect(sumFormula(cells([[4, 2], [5, 2], [5, 3], [5, 4], [6, 2]]))).toBe('SUM(C5,C6:E6,C7)');
    // C on rows 5–6 and 8–9, D:E on row 7 between them: each run of C stacks on its own.
    expect(sumFormula(cells([[4, 2], [5, 2], [6, 3], [6, 4], [7, 2], [8, 2]]))).toBe('SUM(C5:C6,D7:E7,C8:C9)');
  });

  it('writes 20,000 items of one column as one range', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ row: 6 + i, col: 3 }));
    expect(sumFormula(many)).toBe('SUM(D7:D20006)');
  });
});
