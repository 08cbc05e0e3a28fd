import { parseNumbering } from '../../src/engine/detect/numbering';

describe('parseNumbering', () => {
  it('reads row numbers of digits and dots', () => {
    expect(parseNumbering('12')).toEqual({ scheme: 'arabic', parts: [12], rank: 2 });
    expect(parseNumbering('3.')).toEqual({ scheme: 'arabic', parts: [3], rank: 2 });
    expect(parseNumbering('007')).toEqual({ scheme: 'arabic', parts: [7], rank: 2 });
    expect(parseNumbering('99999')).toEqual({ scheme: 'arabic', parts: [99999], rank: 2 });
    expect(parseNumbering('1.2')).toEqual({ scheme: 'dotted', parts: [1, 2], rank: 3 });
    expect(parseNumbering('1.2.')).toEqual({ scheme: 'dotted', parts: [1, 2], rank: 3 });
    expect(parseNumbering('1.2.3:')).toEqual({ scheme: 'dotted', parts: [1, 2, 3], rank: 4 });
    expect(parseNumbering('(2)')).toEqual({ scheme: 'arabic', parts: [2], rank: 2 });
  });

  it('reads no numbering in digits that no plan writes as a row number', () => {
    for (const text of ['123456', '1234.1', '1.1234', '1..2', '.1', '1:2', '.', ':', '1.:']) {
      expect(parseNumbering(text)).toBeUndefined();
    }
  });

  it('reads the other schemes', () => {
    expect(parseNumbering('IV')).toEqual({ scheme: 'roman', parts: [4], rank: 1 });
    expect(parseNumbering('B')).toEqual({ scheme: 'upperLetter', parts: [2], rank: 0 });
    expect(parseNumbering('Đ')).toEqual({ scheme: 'upperLetter', parts: [5], rank: 0 });
    expect(parseNumbering('b)')).toEqual({ scheme: 'lowerLetter', parts: [2], rank: 6 });
    expect(parseNumbering('b', true)).toEqual({ scheme: 'lowerLetter', parts: [2], rank: 6 });
    expect(parseNumbering('b')).toBeUndefined();
    expect(parseNumbering('-')).toEqual({ scheme: 'dash', parts: [], rank: 7 });
  });
});
