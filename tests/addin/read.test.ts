import { checkWorkbook } from '../../src/engine';
import { DEFAULT_LIMITS, readActiveSheet, rowsPerRequest } from '../../src/addin/read-sheet';
import { budgetBook, hostFor, SHEET } from './books';
import { FakeWorkbook, WEB_PAYLOAD_LIMIT } from './fake-excel';

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

  it('reads every merged area of a sheet with more than Excel lists in one call, asking in pieces', async () => {
    const book = budgetBook();
    const sheet = book.sheet(SHEET);
    for (let r = 10; r < 10 + 600; r++) sheet.merges.push({ top: r, left: 0, bottom: r, right: 1 });
    sheet.set('A611', 'x');
    const read = await readActiveSheet(apisOf(book));
    expect(read.grid.merges).toHaveLength(601);
    expect(read.grid.merges).toContainEqual({ top: 609, left: 0, bottom: 609, right: 1 });
    expect(read.grid.cells[2][2]).toEqual({ value: 100 });
  });

  it('reads a plan-sized sheet in one request, and a longer one in one more block', async () => {
    for (const [rows, syncs] of [[10, 1], [800, 1], [3000, 2]]) {
      const book = new FakeWorkbook();
      book.payloadLimit = WEB_PAYLOAD_LIMIT;
      book.addSheet('S', Array.from({ length: rows }, (_, r) => [r, 'x', r * 2, '', r]));
      const { report } = await hostFor(book).check({});
      expect(book.syncCount).toBe(syncs);
      expect(report.notices.filter((notice) => notice.messageId === 'sheetTruncated')).toEqual([]);
    }
  });

  it('reads a 200,000-cell sheet in blocks sized below the 5 MB limit from the start: never refused', async () => {
    const rows = Array.from({ length: 20_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => (c === 1 ? `dòng ${r}` : r * 10 + c)));
    const unlimited = new FakeWorkbook();
    unlimited.addSheet('S', rows);
    const expected = (await readActiveSheet(apisOf(unlimited))).grid;

    const book = new FakeWorkbook();
    book.addSheet('S', rows);
    book.payloadLimit = WEB_PAYLOAD_LIMIT;
    const read = await readActiveSheet(apisOf(book));
    expect(read.grid).toEqual(expected);
    const blocks = Math.ceil(20_000 / rowsPerRequest(10, DEFAULT_LIMITS));
    // The shape, then the blocks; a refused request would add a sync. (5 today: 1 + 4 blocks of 5,405 rows.)
    expect(book.syncCount).toBe(1 + blocks);
    expect(book.syncCount).toBe(5);
  });

  it('reads a block Excel still refuses (long texts) again in halves, to the same grid', async () => {
    const rows = Array.from({ length: 1000 }, (_, r) => [r, `row ${r}`, r * 1.5, r % 7 === 0 ? '=A1+C1' : '']);
    const small = new FakeWorkbook();
    small.addSheet('S', rows);
    const expected = (await readActiveSheet(apisOf(small))).grid;

    const big = new FakeWorkbook();
    big.addSheet('S', rows);
    big.payloadLimit = 4 * 4 * 300; // 300 rows of 4 columns per request
    const read = await readActiveSheet(apisOf(big), { maxRows: 100_000, requestBytes: 4 * 68 * 500 + 60 * 500 });
    expect(read.grid).toEqual(expected);
    // The shape; 500 rows refused; then 250-row blocks.
    expect(big.syncCount).toBe(1 + 1 + 4);
  });

  it('keeps a merged area that crosses two blocks once, and one starting above the selection (office-js#3611)', async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet('S', Array.from({ length: 600 }, (_, r) => [r, 'x', r]));
    sheet.merges.push({ top: 298, left: 1, bottom: 301, right: 2 }, { top: 0, left: 0, bottom: 5, right: 1 });
    const read = await readActiveSheet(apisOf(book), { maxRows: 100_000, requestBytes: 3 * 68 * 300 + 60 * 300 });
    expect(read.grid.merges).toEqual(expect.arrayContaining([{ top: 298, left: 1, bottom: 301, right: 2 }, { top: 0, left: 0, bottom: 5, right: 1 }]));
    expect(read.grid.merges).toHaveLength(2);

    book.selection = { sheet: 'S', range: { top: 2, left: 1, bottom: 10, right: 2 } };
    const selected = await readActiveSheet(apisOf(book));
    expect(selected.grid.merges).toEqual([{ top: 0, left: 0, bottom: 5, right: 1 }]);
  });

  it('reads hidden rows and columns where ExcelApi 1.9 is there, and does without below it', async () => {
    const book = budgetBook();
    book.sheet(SHEET).hiddenRows = new Set([4]);
    book.sheet(SHEET).hiddenCols = new Set([3]);
    const read = await readActiveSheet(apisOf(book));
    expect(read.grid.hiddenRows).toEqual([4]);
    expect(read.grid.hiddenCols).toEqual([3]);
    book.apiVersion = '1.8';
    const old = await readActiveSheet(apisOf(book));
    expect(old.grid.hiddenRows).toBeUndefined();
    expect(old.grid.cells[2][2]).toEqual({ value: 100 });
  });

  it('cuts a used range stretched to row 1,048,576 and says so', async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet('S', [['TT', 'Nội dung'], [1, 'a']]);
    sheet.set('B1048576', 'stray');
    book.payloadLimit = 100_000;
    const host = hostFor(book, { maxRows: 500, requestBytes: 4_000_000 });
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
