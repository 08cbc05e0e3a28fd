/**
 * The ways a fix or an undo could lose the officer's data (issue 10), each reproduced on the fake
 * Excel, which behaves like Excel where it matters.
 */
import type { Finding } from '../../src/engine';
import { HostError } from '../../src/ui/host';
import { budgetBook, hostFor, SHEET, totalFindings } from './books';
import { FakeWorkbook, snapshot } from './fake-excel';

const cellOf = (book: FakeWorkbook, address: string, sheet = SHEET) => {
  const s = book.sheet(sheet);
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
  return s.cell(Number(row) - 1, col.charCodeAt(0) - 65);
};

describe('fixing', () => {
  it('writes the root findings’ numbers and never a consequence’s fix', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    await host.check({});
    const result = await host.fix(totalFindings(), 'value');
    expect(result).toEqual({ written: 2, skipped: [{ cell: 'E6', reason: 'consequence' }] });
    expect([cellOf(book, 'C6')?.value, cellOf(book, 'D6')?.value]).toEqual([170, 280]);
    // E6 is wrong only because C6 and D6 were: its own typed 410 is left for the officer to see.
    expect(cellOf(book, 'E6')).toMatchObject({ value: 410, formula: undefined });
  });

  it('keeps a formula a formula: a SUM that leaves out a row gets the corrected SUM, never a constant', async () => {
    const book = budgetBook();
    book.sheet(SHEET).set('C6', '=SUM(C3:C4)');
    book.sheet(SHEET).recalc();
    const host = hostFor(book);
    await host.check({});
    const base = totalFindings()[0];
    // The engine may report the cell twice: a value-only finding first, then one with the formula.
    const valueOnly: Finding = { ...base, id: 'F7', rule: 'budget.arithmetic', fix: { cell: 'C6', value: '170' } };
    const result = await host.fix([valueOnly, base], 'value');
    expect(result.written).toBe(1);
    expect(cellOf(book, 'C6')).toMatchObject({ formula: '=SUM(C3:C5)', value: 170 });
    // A value-only fix for a formula cell is left out rather than replace the formula.
    book.sheet(SHEET).set('D6', '=SUM(D3:D4)');
    book.sheet(SHEET).recalc();
    await host.check({});
    const skipped = await host.fix([{ ...totalFindings()[1], fix: { cell: 'D6', value: '280' } }], 'value');
    expect(skipped).toEqual({ written: 0, skipped: [{ cell: 'D6', reason: 'keepsFormula' }] });
    expect(cellOf(book, 'D6')?.formula).toBe('=SUM(D3:D4)');
  });

  it('writes SUM formulas into typed totals when the officer chooses them', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    await host.check({});
    await host.fix(totalFindings().slice(0, 1), 'formula');
    expect(cellOf(book, 'C6')).toMatchObject({ formula: '=SUM(C3:C5)', value: 170 });
  });

  it('writes a text number’s fix as a number even in a Text-formatted cell, and undo brings the text back', async () => {
    const book = budgetBook();
    const sheet = book.sheet(SHEET);
    sheet.set('C4', "'0050", '@');
    const host = hostFor(book);
    await host.check({});
    const finding: Finding = { ...totalFindings()[0], id: 'T1', rule: 'values.textNumber', cell: 'C4', fix: { cell: 'C4', value: '50' } };
    await host.fix([finding], 'value');
    expect(cellOf(book, 'C4')).toMatchObject({ value: 50, numberFormat: 'General' });
    expect(await host.undo()).toEqual({ restored: 1, skipped: [] });
    expect(cellOf(book, 'C4')).toMatchObject({ value: '0050', numberFormat: '@' });
  });

  it('refuses a cell changed after the check, a locked cell, a table header or a spilled cell, and writes nothing', async () => {
    const cases: [string, (book: FakeWorkbook) => void, string][] = [
      ['changed', (book) => book.sheet(SHEET).set('D6', 999), 'changedSinceCheck'],
      ['locked', (book) => (book.sheet(SHEET).isProtected = true), 'protected'],
      ['table header', (book) => book.sheet(SHEET).tables.push({ name: 'KinhPhi', range: { top: 5, left: 3, bottom: 8, right: 4 } }), 'refused'],
      ['spill', (book) => book.sheet(SHEET).arrays.push({ kind: 'spill', range: { top: 4, left: 3, bottom: 6, right: 3 } }), 'refused'],
    ];
    for (const [, arrange, code] of cases) {
      const book = budgetBook();
      book.apiVersion = '1.12';
      const host = hostFor(book);
      await host.check({});
      arrange(book);
      const before = snapshot(book.sheet(SHEET));
      await expect(host.fix(totalFindings(), 'value')).rejects.toMatchObject({ code });
      expect(snapshot(book.sheet(SHEET))).toEqual(before);
      expect(host.canUndo()).toBe(false);
    }
  });

  it('writes the unlocked cells of a protected sheet, but not a Text-formatted one whose format must change', async () => {
    const book = budgetBook();
    const sheet = book.sheet(SHEET);
    sheet.cell(5, 2)!.locked = false;
    sheet.set('D6', "'260", '@');
    sheet.cell(5, 3)!.locked = false;
    sheet.isProtected = true;
    const host = hostFor(book);
    await host.check({});
    const before = snapshot(sheet);
    await expect(host.fix(totalFindings().slice(0, 2), 'value')).rejects.toMatchObject({ code: 'refused', params: { cells: 'D6' } });
    expect(snapshot(sheet)).toEqual(before);
    await host.fix(totalFindings().slice(0, 1), 'value');
    expect(cellOf(book, 'C6')?.value).toBe(170);
  });

  it('puts back what was written when Excel refuses a cell half-way (a legacy array), and says nothing changed', async () => {
    const book = budgetBook();
    book.sheet(SHEET).arrays.push({ kind: 'legacy', range: { top: 5, left: 3, bottom: 6, right: 3 } });
    const before = snapshot(book.sheet(SHEET));
    const host = hostFor(book);
    await host.check({});
    const error = await host.fix(totalFindings(), 'value').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'partialWrite', params: { cell: 'D6' } });
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
    expect(host.canUndo()).toBe(false);
  });

  it('writes nothing when the undo journal cannot be saved first', async () => {
    const book = budgetBook();
    book.settingsFail = true;
    const before = snapshot(book.sheet(SHEET));
    const host = hostFor(book);
    await host.check({});
    await expect(host.fix(totalFindings(), 'value')).rejects.toMatchObject({ code: 'journalFailed' });
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
  });

  it('reports success when only the save after writing fails: the journal written first still undoes it', async () => {
    const book = budgetBook();
    const before = snapshot(book.sheet(SHEET));
    const host = hostFor(book);
    await host.check({});
    book.settingsSavesLeft = 1;
    expect(await host.fix(totalFindings(), 'value')).toMatchObject({ written: 2 });
    book.settingsSavesLeft = Infinity;
    expect(await hostFor(book).undo()).toEqual({ restored: 2, skipped: [] });
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
  });

  it('waits for a cell edit to end instead of reporting a failure while the write is still pending', async () => {
    const book = budgetBook();
    const host = hostFor(book, undefined, 30);
    await host.check({});
    const waiting: boolean[] = [];
    host.onWaiting((w) => waiting.push(w));
    book.cellEditMode = true;
    let settled = false;
    const fixing = host.fix(totalFindings(), 'value').finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(settled).toBe(false);
    expect(waiting).toEqual([true]);
    expect(cellOf(book, 'C6')?.value).toBe(150);
    book.endCellEdit();
    expect(await fixing).toMatchObject({ written: 2 });
    expect(cellOf(book, 'C6')?.value).toBe(170);
    expect(waiting).toEqual([true, false]);
    expect(book.runOptions).toContainEqual({ delayForCellEdit: true });
  });
});

describe('the add-in’s own undo (Excel without ExcelApi 1.20)', () => {
  it('puts back values, formulas and formats, also from a reopened pane', async () => {
    const book = budgetBook();
    const before = snapshot(book.sheet(SHEET));
    const first = hostFor(book);
    await first.check({});
    expect(first.canUndo()).toBe(false);
    await first.fix(totalFindings().slice(0, 1), 'formula');
    await first.fix(totalFindings().slice(1, 2), 'value');
    const reopened = hostFor(book);
    expect(reopened.canUndo()).toBe(true);
    expect(await reopened.undo()).toEqual({ restored: 1, skipped: [] });
    expect(cellOf(book, 'D6')?.value).toBe(260);
    expect(cellOf(book, 'C6')?.formula).toBe('=SUM(C3:C5)');
    await hostFor(book).undo();
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
    await expect(hostFor(book).undo()).rejects.toMatchObject({ code: 'nothingToUndo' });
  });

  it('leaves a cell the officer changed after the fix, and says which', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    await host.check({});
    await host.fix(totalFindings(), 'value');
    await book.userEdit(SHEET, 'C6', 999);
    expect(await host.undo()).toEqual({ restored: 1, skipped: ['C6'] });
    expect(cellOf(book, 'C6')?.value).toBe(999);
    expect(cellOf(book, 'D6')?.value).toBe(260);
  });

  it('refuses, writing nothing, when rows were inserted above the fixed total, and lets older steps through', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    await host.check({});
    await host.fix(totalFindings().slice(0, 1), 'value');
    await host.check({});
    await host.fix(totalFindings().slice(1, 2), 'value');
    book.sheet(SHEET).insertRows(4, 1);
    const moved = snapshot(book.sheet(SHEET));
    await expect(host.undo()).rejects.toMatchObject({ code: 'rowsMoved', params: { cell: 'D6', was: 'Cộng', now: 'V | Hoạt động kiểm tra, đánh giá' } });
    expect(snapshot(book.sheet(SHEET))).toEqual(moved);
    // The step is dropped; the older one refuses too (same row), rather than write into the new row.
    await expect(host.undo()).rejects.toMatchObject({ code: 'rowsMoved' });
    expect(snapshot(book.sheet(SHEET))).toEqual(moved);
    expect(host.canUndo()).toBe(false);
  });

  it('finds the sheet by its id after a rename', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    await host.check({});
    await host.fix(totalFindings(), 'value');
    book.rename(SHEET, 'KP 2013-2014');
    expect(await host.undo()).toEqual({ restored: 2, skipped: [] });
    expect(cellOf(book, 'C6', 'KP 2013-2014')?.value).toBe(150);
  });

  it('brings text back as text: a quote-prefixed 1.234 or 0012 does not come back as a number', async () => {
    const book = budgetBook();
    const sheet = book.sheet(SHEET);
    sheet.set('C3', "'1.234");
    sheet.set('D3', "'0012");
    const host = hostFor(book);
    await host.check({});
    const base = totalFindings()[0];
    await host.fix([
      { ...base, id: 'A', cell: 'C3', fix: { cell: 'C3', value: '1.234' } },
      { ...base, id: 'B', cell: 'D3', fix: { cell: 'D3', value: '12' } },
    ], 'value');
    expect([cellOf(book, 'C3')?.value, cellOf(book, 'D3')?.value]).toEqual([1.234, 12]);
    await host.undo();
    expect(cellOf(book, 'C3')).toMatchObject({ value: '1.234', quotePrefix: true });
    expect(cellOf(book, 'D3')).toMatchObject({ value: '0012', quotePrefix: true });
  });

  it('drops a step whose sheet was deleted, so older steps stay reachable', async () => {
    const book = budgetBook();
    book.addSheet('Khác', [['Nội dung', 'Năm 2013'], ['Cộng', 5]]);
    const host = hostFor(book);
    await host.check({});
    await host.fix(totalFindings().slice(0, 1), 'value');
    book.activeSheet = 'Khác';
    await host.check({});
    await host.fix([{ ...totalFindings()[0], sheet: 'Khác', cell: 'B2', fix: { cell: 'B2', value: '6' } }], 'value');
    book.sheets = book.sheets.filter((s) => s.name !== 'Khác');
    await expect(host.undo()).rejects.toMatchObject({ code: 'sheetGone' });
    expect(await host.undo()).toEqual({ restored: 1, skipped: [] });
    expect(cellOf(book, 'C6')?.value).toBe(150);
  });
});

describe('Excel’s own undo (ExcelApi 1.20)', () => {
  it('makes one "fix all" one Ctrl+Z step, keeps the officer’s history, and points the pane to Ctrl+Z', async () => {
    const book = budgetBook();
    book.apiVersion = '1.20';
    const host = hostFor(book);
    await book.userEdit(SHEET, 'B8', 'ghi chú');
    const before = snapshot(book.sheet(SHEET));
    await host.check({});
    await host.fix(totalFindings(), 'value');
    expect(book.runOptions).toContainEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    expect(host.undoInHost()).toBe(true);
    expect(host.canUndo()).toBe(false);
    expect(book.undoStack).toHaveLength(2);
    // No document settings were saved: that Common API call would have cleared the history.
    expect(book.savedSettings).toEqual({});
    // The report sheet still lists the writes of this session.
    const report = await host.writeReport({ ...(await host.check({})), report: { tables: [], findings: [], notices: [], summary: { errors: 0, warnings: 0, info: 0 } } }, 'en');
    expect([...book.sheet(report).cells.values()].some((c) => c.value === 'C6')).toBe(true);
    book.pressUndo();
    book.pressUndo();
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
    book.pressUndo();
    expect(cellOf(book, 'B8')).toBeUndefined();
  });
});
