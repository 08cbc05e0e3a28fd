import { sumFormula, sumFormulaOfGrid } from '../../../../src/engine/rules/budget/model';

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

// An identity's formula written from its terms' rows and columns (a parent of 20,000 items without a
// cell object each): the same text as sumFormula gives for those cells.
describe('sumFormulaOfGrid', () => {
  const cellsOf = (rows: number[], cols: number[]) => rows.flatMap((row) => cols.map((col) => ({ row, col })));

  it('gives what sumFormula gives for rows × columns, each ascending', () => {
    // A deterministic sequence of rows and columns with gaps of 1–3 (runs and scattered cells).
    let state = 2026;
    const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const ascending = (length: number) => {
      const values: number[] = [];
      for (let v = Math.floor(next() * 5); values.length < length; v += 1 + Math.floor(next() * 3) * Math.floor(next() * 2)) values.push(v);
      return values;
    };
    for (let trial = 0; trial < 300; trial++) {
      const rows = ascending(Math.floor(next() * 8));
      const cols = ascending(Math.floor(next() * 5));
      expect(sumFormulaOfGrid(rows, cols)).toBe(sumFormula(cellsOf(rows, cols)));
    }
  });

  it('writes 20,000 rows of one column as one range, and C5:E7 as one rectangle', () => {
    expect(sumFormulaOfGrid(Array.from({ length: 20_000 }, (_, i) => 6 + i), [3])).toBe('SUM(D7:D20006)');
    expect(sumFormulaOfGrid([4, 5, 6], [2, 3, 4])).toBe('SUM(C5:E7)');
    expect(sumFormulaOfGrid([4, 6], [2, 5])).toBe('C5+F5+C7+F7');
  });

  it('declines rows or columns out of order, or repeated', () => {
    expect(sumFormulaOfGrid([6, 4], [2])).toBeUndefined();
    expect(sumFormulaOfGrid([4], [3, 3])).toBeUndefined();
  });
});
