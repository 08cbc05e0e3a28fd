import { detectDelimiter, readCsv } from '../../src/io';
import type { SheetGrid } from '../../src/engine/types';

const values = (grid: SheetGrid) => grid.cells.map((row) => Array.from(row, (cell) => cell?.value ?? null));

describe('readCsv', () => {
  it('reads a `;` file as a Vietnamese-locale Excel writes it, keeping numbers as the text written', () => {
    const grid = readCsv('TT;Chỉ tiêu;ĐVT;KQ năm 2016;KH năm 2017\r\n1;Tỷ lệ nữ;(%);16,21;1.040\r\n', 'chi-tieu');
    expect(grid.name).toBe('chi-tieu');
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(grid.merges).toEqual([]);
    expect(values(grid)).toEqual([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'KQ năm 2016', 'KH năm 2017'],
      ['1', 'Tỷ lệ nữ', '(%)', '16,21', '1.040'],
    ]);
  });

  it('strips a BOM and reads `,` files with quoted fields holding commas, quotes and line breaks', () => {
    const text = '\uFEFFTT,Nội dung,Năm 2013\n1,"Tuyên truyền, vận động",100\n2,"Mô hình ""Gia đình""\ntiêu biểu",42.86\n';
    expect(values(readCsv(text, 'x'))).toEqual([
      ['TT', 'Nội dung', 'Năm 2013'],
      ['1', 'Tuyên truyền, vận động', '100'],
      ['2', 'Mô hình "Gia đình"\ntiêu biểu', '42.86'],
    ]);
  });

  it('reads tab-separated text', () => {
    expect(values(readCsv('TT\tTên\n1\t2,5\n', 'x'))).toEqual([
      ['TT', 'Tên'],
      ['1', '2,5'],
    ]);
  });

  it('leaves empty fields as empty cells and drops trailing blank lines', () => {
    const grid = readCsv('a;;c\n\n;b;\n\n\n', 'x');
    expect(grid.cells).toHaveLength(3);
    expect(grid.cells[0][1]).toBeUndefined();
    expect(grid.cells[1]).toEqual([]);
    expect(grid.cells[2][1]).toEqual({ value: 'b' });
  });

  it('gives an empty grid for an empty file', () => {
    expect(readCsv('', 'x').cells).toEqual([]);
  });

  describe('detectDelimiter', () => {
    it('prefers `;` when commas are decimal separators inside the fields', () => {
      expect(detectDelimiter('TT;Tên;KQ\n1;Tỷ lệ;16,21\n2;Số;1,5\n')).toBe(';');
    });
    it('prefers `,` when the fields are split by commas and decimals use points', () => {
      expect(detectDelimiter('TT,Name,Result\n1,Share,42.86\n2,Ratio,1.5\n')).toBe(',');
    });
    it('ignores delimiters inside quotes', () => {
      expect(detectDelimiter('"a;b";"c;d"\n"1,2,3,4",x\n"5,6,7",y\n')).toBe(',');
    });
    it('finds tabs', () => {
      expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    });
  });
});
