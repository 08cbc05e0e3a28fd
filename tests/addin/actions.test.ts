import { checkWorkbook, parseRangeAddress } from '../../src/engine';
import type { SheetGrid } from '../../src/engine';
import { OfficeHost } from '../../src/addin/office-host';
import { readActiveSheet } from '../../src/addin/read-sheet';
import { linkFormula, REPORT_SHEET } from '../../src/addin/report-sheet';
import { strings } from '../../src/ui/strings';
import type { CheckResult } from '../../src/ui/host';
import { budgetBook, hostFor, SHEET, totalFindings } from './books';
import { FakeWorkbook, snapshot } from './fake-excel';

const resultWith = (findings = totalFindings()): CheckResult => ({
  report: { tables: [], findings, notices: [], summary: { errors: 2, warnings: 1, info: 1 } },
  sheet: SHEET,
  address: 'A1:E7',
  scope: 'sheet',
  elapsedMs: 12,
  workbookName: 'Kế hoạch 2017.xlsx',
  checkedAt: new Date(2026, 10, 23, 9, 30),
});

describe('errors the officer can act on', () => {
  it('asks Excel to wait for cell edits, and explains when a host fails anyway', async () => {
    const book = budgetBook();
    book.cellEditMode = true;
    book.delayHonoured = false;
    const host = hostFor(book);
    await expect(host.check({})).rejects.toMatchObject({ code: 'cellEditMode' });
    expect(book.runOptions).toContainEqual({ delayForCellEdit: true });
    expect(strings.vi.errors.cellEditMode).toMatch(/chế độ sửa ô/);
  });

  it('gives up on a sync that never answers, with a timeout message', async () => {
    const hanging = { run: () => new Promise(() => undefined) } as unknown as typeof Excel;
    const host = new OfficeHost({ excel: hanging, office: new FakeWorkbook().office(), timeoutMs: 30 });
    await expect(host.check({})).rejects.toMatchObject({ code: 'timeout' });
  });

  it('selects a finding and its related cells', async () => {
    const book = budgetBook();
    book.addSheet('Other');
    book.activeSheet = 'Other';
    await hostFor(book).select(SHEET, ['C6', 'C3', 'C4']);
    expect(book.activeSheet).toBe(SHEET);
    expect(book.selectedAreas).toEqual(['C6', 'C3', 'C4']);
    book.apiVersion = '1.8';
    await hostFor(book).select(SHEET, ['D6', 'D3']);
    expect(book.selection.range).toEqual(parseRangeAddress('D6'));
  });
});

describe('the report sheet', () => {
  it('lists the findings with links to their cells, the time and the workbook', async () => {
    const book = budgetBook();
    const name = await hostFor(book).writeReport(resultWith(), 'vi');
    expect(name).toBe(REPORT_SHEET);
    const sheet = book.sheet(name);
    expect(sheet.cell(0, 0)?.value).toBe(strings.vi.reportSheet.title);
    expect(sheet.cell(2, 1)?.value).toBe('Kế hoạch 2017.xlsx');
    expect(sheet.cell(7, 2)?.formula).toBe(linkFormula(SHEET, 'C6'));
    expect(linkFormula("It's", 'A1')).toBe(`=HYPERLINK("#'It''s'!A1","A1")`);
    expect(sheet.cell(7, 4)?.value).toBe(170);
    expect(String(sheet.cell(9, 3)?.value)).toMatch(/^↳ /);
  });

  it('cuts a message over Excel’s 32,767-character cell limit instead of failing', async () => {
    const book = budgetBook();
    const long = { ...totalFindings()[0], messageId: 'cellError', rule: 'values.error', params: {}, explanation: undefined };
    const result = resultWith([long]);
    const huge = 'x'.repeat(40_000);
    result.workbookName = huge;
    const name = await hostFor(book).writeReport(result, 'vi');
    const cell = book.sheet(name).cell(2, 1)!;
    expect(String(cell.value)).toHaveLength(32_767);
    expect(String(cell.value)).toMatch(/32\.767 ký tự\)$/);
  });

  it('leaves no empty sheet behind when its cells cannot be written, also inside an undo group', async () => {
    for (const apiVersion of ['1.13', '1.20']) {
      const book = budgetBook();
      book.apiVersion = apiVersion;
      book.failingSheets.add(REPORT_SHEET);
      await expect(hostFor(book).writeReport(resultWith(), 'vi')).rejects.toMatchObject({ code: 'unexpected' });
      expect(book.sheets.map((s) => s.name)).toEqual([SHEET]);
    }
  });

  it('lists every write of the add-in: cell, before, after, rule, time', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    await host.check({});
    await host.fix(totalFindings(), 'value');
    const name = await host.writeReport(resultWith(), 'en');
    const sheet = book.sheet(name);
    const rows = [...Array(20).keys()].map((r) => [0, 1, 2, 3, 4].map((c) => sheet.cell(r, c)?.value));
    const title = rows.findIndex((r) => r[0] === 'Audit of fixes');
    expect(rows[title + 1]).toEqual(['Sheet', 'Cell', 'Before', 'After', 'Rule']);
    expect(rows.slice(title + 2, title + 4)).toEqual([
      [SHEET, 'C6', '150', '170', 'budget.totalRow'],
      [SHEET, 'D6', '260', '280', 'budget.totalRow'],
    ]);
    expect(String(sheet.cell(title + 2, 5)?.value)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('never overwrites a sheet: the name is numbered when taken', async () => {
    const book = budgetBook();
    const mine = book.addSheet(REPORT_SHEET, [['my own notes']]);
    const before = snapshot(mine);
    const host = hostFor(book);
    expect(await host.writeReport(resultWith(), 'en')).toBe(`${REPORT_SHEET} (2)`);
    expect(await host.writeReport(resultWith(), 'en')).toBe(`${REPORT_SHEET} (3)`);
    expect(snapshot(mine)).toEqual(before);
  });
});

describe('live re-checking', () => {
  it('re-checks once, debounced, after a burst of edits, and stops when turned off', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    const onChange = jest.fn();
    await host.setLive(true, onChange);
    await book.userEdit(SHEET, 'C3', 101);
    await book.userEdit(SHEET, 'C3', 102);
    await book.userEdit(SHEET, 'C4', 51);
    expect(onChange).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(onChange).toHaveBeenCalledTimes(1);
    await host.setLive(false, onChange);
    expect(book.sheet(SHEET).changedHandlers).toHaveLength(0);
    await book.userEdit(SHEET, 'C3', 103);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('templates', () => {
  const gridOf = async (book: FakeWorkbook): Promise<SheetGrid> => (await readActiveSheet({ excel: book.excel, office: book.office(), timeoutMs: 2000 })).grid;

  it('inserts a budget table whose totals are SUM formulas, on a new sheet', async () => {
    const book = budgetBook();
    const address = await hostFor(book).insertTemplate({ kind: 'budget', years: [2026, 2027, 2028], sources: ['central', 'local', 'total'], rows: 4, placement: 'newSheet' });
    expect(address).toBe('Kinh phí (2)!A1:N8');
    const sheet = book.sheet('Kinh phí (2)');
    expect(book.activeSheet).toBe('Kinh phí (2)');
    // Row 8 is the total: SUM of the four items, column by column.
    expect(sheet.cell(7, 1)?.value).toBe('Tổng cộng');
    expect(sheet.cell(7, 3)?.formula).toBe('=SUM(D4:D7)');
    // A year's total is the sum of its sources; the period is the sum of the years.
    expect(sheet.cell(3, 2)?.formula).toBe('=D4+E4');
    expect(sheet.cell(3, 12)?.formula).toBe('=D4+G4+J4');
    expect(sheet.cell(3, 11)?.formula).toBe('=M4+N4');
    expect(sheet.merges).toContainEqual({ top: 1, left: 2, bottom: 1, right: 4 });
  });

  it('gives totals that are right once the officer types amounts, so the engine finds no error', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Plan');
    await hostFor(book).insertTemplate({ kind: 'budget', years: [2026, 2027], sources: ['central', 'local'], rows: 3, placement: 'selection' });
    const sheet = book.sheet('Plan');
    [[3, 2, 10], [3, 3, 5], [4, 2, 7], [5, 4, 3], [5, 5, 8]].forEach(([r, c, v]) => sheet.write(r, c, v));
    sheet.recalc();
    expect(sheet.cell(6, 2)?.value).toBe(17);
    expect(sheet.cell(3, 6)?.value).toBe(10);
    const report = checkWorkbook([await gridOf(book)]);
    expect(report.summary.errors).toBe(0);
  });

  it('inserts an indicator grid at the selection, and refuses a protected sheet', async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet('Chỉ tiêu');
    book.selection = { sheet: 'Chỉ tiêu', range: { top: 2, left: 1, bottom: 2, right: 1 } };
    const address = await hostFor(book).insertTemplate({ kind: 'indicator', years: [2027], sources: [], rows: 2, placement: 'selection' });
    expect(address).toBe('Chỉ tiêu!B3:G6');
    expect(sheet.cell(2, 4)?.value).toBe('KQ năm 2026');
    expect(sheet.cell(2, 5)?.value).toBe('KH năm 2027');
    sheet.isProtected = true;
    await expect(hostFor(book).insertTemplate({ kind: 'indicator', years: [2027], sources: [], rows: 2, placement: 'selection' })).rejects.toMatchObject({ code: 'protected' });
  });

  it('never writes a template over the officer’s cells', async () => {
    const book = budgetBook();
    book.selection = { sheet: SHEET, range: { top: 3, left: 1, bottom: 3, right: 1 } };
    const before = snapshot(book.sheet(SHEET));
    await expect(hostFor(book).insertTemplate({ kind: 'indicator', years: [2027], sources: [], rows: 2, placement: 'selection' })).rejects.toMatchObject({ code: 'notEmpty', params: { range: `${SHEET}!B4:G7` } });
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
  });
});
