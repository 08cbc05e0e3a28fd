import { checkWorkbook } from '../../src/engine';
import { readActiveSheet } from '../../src/addin/read-sheet';
import { budgetBook, hostFor, SHEET } from './books';
import { FakeWorkbook } from './fake-excel';

const apisOf = (book: FakeWorkbook) => ({ excel: book.excel, office: book.office(), timeoutMs: 2000 });

describe('reading the active sheet', () => {
  it('turns the used range into a SheetGrid: values, formulas without "=", formats, errors, merges', async () => {
    const read = await readActiveSheet(apisOf(budgetBook()));
    const { grid } = read;
    expect(grid.name).toBe(SHEET);
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(read.address).toBe('A1:E7');
    expect(read.scope).toBe('sheet');
    expect(grid.cells[2][2]).toEqual({ value: 100 });
    expect(grid.cells[2][4]).toEqual({ value: 300, formula: 'C3+D3' });
    expect(grid.cells[5][2]).toEqual({ value: 150, numberFormat: '#,##0' });
    expect(grid.cells[6][2]).toEqual({ value: { error: '#REF!' } });
    expect(grid.cells[0][0]).toBeUndefined();
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  });

  it('does without merged areas below ExcelApi 1.13', async () => {
    const book = budgetBook();
    book.apiVersion = '1.12';
    const read = await readActiveSheet(apisOf(book));
    expect(read.grid.merges).toEqual([]);
    expect(read.grid.cells[2][2]).toEqual({ value: 100 });
  });

  it('reads a sheet with more merged areas than Excel will list, without them', async () => {
    const book = budgetBook();
    const sheet = book.sheet(SHEET);
    for (let r = 10; r < 10 + 600; r++) sheet.merges.push({ top: r, left: 0, bottom: r, right: 1 });
    sheet.set('A611', 'x');
    const read = await readActiveSheet(apisOf(book));
    expect(read.grid.merges).toEqual([]);
    expect(read.grid.cells[2][2]).toEqual({ value: 100 });
  });

  it('takes one sync however many rows the sheet has, below the request limit', async () => {
    for (const rows of [10, 3000]) {
      const book = new FakeWorkbook();
      book.payloadLimit = 4 * 5 * 5000;
      book.addSheet('S', Array.from({ length: rows }, (_, r) => [r, 'x', r * 2, '', r]));
      const host = hostFor(book);
      await host.check({});
      expect(book.syncCount).toBe(1);
    }
  });

  it('reads a sheet above the request limit in row blocks, to the same grid', async () => {
    const rows = Array.from({ length: 1000 }, (_, r) => [r, `row ${r}`, r * 1.5, r % 7 === 0 ? '=A1+C1' : '']);
    const small = new FakeWorkbook();
    small.addSheet('S', rows);
    const expected = (await readActiveSheet(apisOf(small))).grid;

    const big = new FakeWorkbook();
    big.addSheet('S', rows);
    big.payloadLimit = 4 * 4 * 300; // 300 rows of 4 columns per request
    const read = await readActiveSheet(apisOf(big), { maxRows: 100_000, blockCells: 4 * 250 });
    expect(read.grid).toEqual(expected);
    // The refused attempt, the shape, then four blocks of 250 rows.
    expect(big.syncCount).toBe(1 + 1 + 4);
  });

  it('cuts a used range stretched to row 1,048,576 and says so', async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet('S', [['TT', 'Nội dung'], [1, 'a']]);
    sheet.set('B1048576', 'stray');
    book.payloadLimit = 100_000;
    const host = hostFor(book, { maxRows: 500, blockCells: 40_000 });
    const result = await host.check({});
    expect(result.report.notices).toContainEqual({ messageId: 'sheetTruncated', sheet: 'S', params: { rows: '500' } });
    expect(result.address).toBe('A1:B1048576');
  });

  it('checks only the selection when several cells are selected', async () => {
    const book = budgetBook();
    book.selection = { sheet: SHEET, range: { top: 2, left: 2, bottom: 3, right: 3 } };
    const read = await readActiveSheet(apisOf(book));
    expect(read.scope).toBe('selection');
    expect(read.address).toBe('C3:D4');
    expect(read.grid.origin).toEqual({ row: 2, col: 2 });
    expect(read.grid.cells).toEqual([[{ value: 100 }, { value: 200 }], [{ value: 50 }, { value: 60 }]]);
    expect(read.grid.merges).toEqual([]);
  });

  it('hands the engine the grid and returns its report', async () => {
    const book = budgetBook();
    const result = await hostFor(book).check({});
    const direct = checkWorkbook([(await readActiveSheet(apisOf(budgetBook()))).grid], {});
    expect(result.report).toEqual(direct);
    expect(result.sheet).toBe(SHEET);
    expect(result.workbookName).toBe('Kế hoạch 2017.xlsx');
  });
});
