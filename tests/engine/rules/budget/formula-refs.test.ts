import { formulaSum, isSubtotalFormula, readSumRanges, signedReferences, sumReferences } from '../../../../src/engine/rules/budget/formula-refs';

const cells = (formula: string) => sumReferences(formula)?.map((c) => `${c.row},${c.col}`).join(' ');

describe('sum formulas read by hand', () => {
  it('reads ranges, single cells, absolute references and SUM in any case', () => {
    expect(cells('SUM(C5:C7)')).toBe('4,2 5,2 6,2');
    expect(cells('C5+C8+$C$12')).toBe('4,2 7,2 11,2');
    expect(cells('sum(C5,D5;E5)+F5')).toBe('4,2 4,3 4,4 4,5');
    expect(cells('+D22')).toBe('21,3');
    expect(cells('SUM(D7:C5)')).toBe('4,2 4,3 5,2 5,3 6,2 6,3');
    expect(cells('AB1+C1')).toBe('0,27 0,2');
  });

  it('reads formulas with spaces as without them', () => {
    expect(cells(' SUM( C5 : C6 ) + C9 ')).toBe('4,2 5,2 8,2');
  });

  it('refuses what is not a plain sum of cells of its own sheet', () => {
    for (const formula of ['', '+', 'C5-C6', 'SUM(C5:C6)*2', 'Sheet2!C5+C6', 'AVERAGE(C5:C6)', 'SUM()', 'SUM(C5,)', 'C5++C6', 'C5+', 'SUM(C5+C6)', 'SUM(C5))', '(C5)', 'ABCD5', 'C5:D6:E7', '$$C5', 'C', '5']) {
      expect(sumReferences(formula)).toBeUndefined();
    }
  });

  it('writes the ranges flat, and SUBTOTAL says whether it skips hidden rows', () => {
    const out: number[] = [];
    expect(readSumRanges('SUM(C5:D6)+E9+F1', out)).toBe(12);
    expect(readSumRanges('SUM(C5:D6)+E9', out)).toBe(8);
    expect(out.slice(0, 8)).toEqual([4, 2, 5, 3, 8, 4, 8, 4]);
    expect(readSumRanges('C5-C6', out)).toBe(-1);
    expect(formulaSum('SUBTOTAL(109,C5:C6)')).toEqual({ cells: [{ row: 4, col: 2 }, { row: 5, col: 2 }], skipsHidden: true });
    expect(formulaSum('SUBTOTAL(9, C5)')).toEqual({ cells: [{ row: 4, col: 2 }], skipsHidden: false });
  });

  it('a SUBTOTAL leaves out the SUBTOTALs in its ranges, where the caller tells them; a SUM does not', () => {
    const nested = (row: number) => row === 4;
    expect(formulaSum('SUBTOTAL(9,C5:C7)', nested)?.cells).toEqual([{ row: 5, col: 2 }, { row: 6, col: 2 }]);
    expect(formulaSum('SUM(C5:C7)', nested)?.cells).toHaveLength(3);
    expect(['SUBTOTAL(9,C5:C7)', ' subtotal (109, C5)', '+SUBTOTAL(9,C5)'].map(isSubtotalFormula)).toEqual([true, true, true]);
    expect(['SUM(C5:C7)', 'C5+SUBTOTAL(9,C6:C7)', undefined].map(isSubtotalFormula)).toEqual([false, false, false]);
  });
});

describe('formulas that add and take away cells (a difference column’s `=D12-C12`)', () => {
  it('reads each cell with its coefficient, ranges and SUM included', () => {
    expect(signedReferences('D12-C12')).toEqual({ cells: [{ row: 11, col: 3 }, { row: 11, col: 2 }], coefs: [1, -1] });
    expect(signedReferences('-C5 + D5')).toEqual({ cells: [{ row: 4, col: 2 }, { row: 4, col: 3 }], coefs: [-1, 1] });
    expect(signedReferences('SUM(C5:C6)-C9')?.coefs).toEqual([1, 1, -1]);
  });

  it('leaves plain sums to sumReferences and refuses anything else', () => {
    for (const formula of ['C5+C6', 'D12-C12*2', 'D12-100', 'Sheet2!A1-B1', 'D12-', 'ROUND(D12-C12,0)']) expect(signedReferences(formula)).toBeUndefined();
  });
});
