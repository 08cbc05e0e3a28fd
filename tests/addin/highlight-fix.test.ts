import { fixTargets } from '../../src/addin/fix';
import { FILL, MARKER_FORMULA } from '../../src/addin/highlight';
import { HostError } from '../../src/ui/host';
import { budgetBook, hostFor, SHEET, totalFindings } from './books';
import { snapshot } from './fake-excel';

describe('highlighting', () => {
  it('takes two syncs with the check, and marks each flagged cell at its gravest severity', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    await host.check({});
    await host.highlight(totalFindings());
    expect(book.syncCount).toBe(2);
    const marks = book.sheet(SHEET).conditionalFormats.filter((f) => f.formula === MARKER_FORMULA);
    expect(marks.map((m) => [m.range, m.fill])).toEqual([
      [{ top: 5, left: 2, bottom: 5, right: 2 }, FILL.error],
      [{ top: 5, left: 3, bottom: 5, right: 3 }, FILL.error],
      [{ top: 5, left: 4, bottom: 5, right: 4 }, FILL.warning],
      [{ top: 6, left: 2, bottom: 6, right: 2 }, FILL.info],
    ]);
  });

  it('turning it off restores the sheet cell for cell, also from a reopened pane', async () => {
    const book = budgetBook();
    const before = snapshot(book.sheet(SHEET));
    const host = hostFor(book);
    await host.check({});
    await host.highlight(totalFindings());
    expect(snapshot(book.sheet(SHEET))).not.toEqual(before);
    // The officer's own fill, bold and conditional format are untouched while marks are on.
    expect(book.sheet(SHEET).cell(5, 2)).toMatchObject({ fill: '#FFFF00', bold: true, numberFormat: '#,##0' });
    expect(book.sheet(SHEET).conditionalFormats.find((f) => f.id === 'user-1')).toBeDefined();

    await hostFor(book).highlight(null);
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
  });

  it('lets go of marks on a sheet the officer deleted', async () => {
    const book = budgetBook();
    const other = book.addSheet('Other', [[1, 2]]);
    const host = hostFor(book);
    await host.check({});
    await host.highlight(totalFindings());
    book.sheets = book.sheets.filter((s) => s.name !== SHEET);
    book.activeSheet = 'Other';
    await hostFor(book).highlight(null);
    expect(other.conditionalFormats).toEqual([]);
    // The journal no longer holds them: a further "off" has nothing to do and takes no sync.
    const syncs = book.syncCount;
    await hostFor(book).highlight(null);
    expect(book.syncCount).toBe(syncs);
  });

  it('on a re-check, changes only the marks that changed: none, no sync', async () => {
    const book = budgetBook();
    const before = snapshot(book.sheet(SHEET));
    const host = hostFor(book);
    await host.check({});
    await host.highlight(totalFindings());
    const marked = snapshot(book.sheet(SHEET));
    const syncs = book.syncCount;
    await host.highlight(totalFindings());
    expect(book.syncCount).toBe(syncs);
    expect(snapshot(book.sheet(SHEET))).toEqual(marked);

    // C6 no longer flagged, E6 now an error: two syncs (find the old mark, then delete and add).
    const [, d6, e6, c7] = totalFindings();
    await host.highlight([d6, { ...e6, severity: 'error' }, c7]);
    expect(book.syncCount).toBe(syncs + 2);
    const marks = book.sheet(SHEET).conditionalFormats.filter((f) => f.formula === MARKER_FORMULA);
    expect(marks.map((m) => [m.range.top, m.range.left, m.fill]).sort()).toEqual([[5, 3, FILL.error], [5, 4, FILL.error], [6, 2, FILL.info]].sort());
    await hostFor(book).highlight(null);
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
  });

  it('says the sheet is protected instead of failing half-way', async () => {
    const book = budgetBook();
    book.sheet(SHEET).isProtected = true;
    const before = snapshot(book.sheet(SHEET));
    const host = hostFor(book);
    await host.check({});
    await expect(host.highlight(totalFindings())).rejects.toMatchObject({ code: 'protected', params: { sheet: SHEET } });
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
  });
});

describe('fixing and undoing', () => {
  it('writes the recomputed values, and undo puts back values, formulas and formats', async () => {
    const book = budgetBook();
    const before = snapshot(book.sheet(SHEET));
    const host = hostFor(book);
    await host.check({});
    expect(host.canUndo()).toBe(false);
    expect(await host.fix(totalFindings(), 'value')).toBe(3);
    const sheet = book.sheet(SHEET);
    expect([sheet.cell(5, 2)?.value, sheet.cell(5, 3)?.value, sheet.cell(5, 4)?.value]).toEqual([170, 280, 450]);
    expect(sheet.cell(5, 2)?.formula).toBeUndefined();
    expect(host.canUndo()).toBe(true);
    expect(await host.undo()).toBe(3);
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
    expect(host.canUndo()).toBe(false);
  });

  it('writes numbers as numbers, other fixes as text, one write per cell', () => {
    const [total] = totalFindings();
    const numbering = { ...total, id: 'F9', cell: 'A9', fix: { cell: 'A9', value: 'III' } };
    expect(fixTargets([total, total, numbering], 'value')).toEqual([
      { cell: 'C6', content: 170 },
      { cell: 'A9', content: 'III' },
    ]);
    expect(fixTargets([numbering], 'formula')).toEqual([{ cell: 'A9', content: 'III' }]);
    expect(fixTargets([{ ...numbering, fix: { cell: 'A9', value: '-' } }], 'value')).toEqual([{ cell: 'A9', content: "'-" }]);
  });

  it('writes SUM formulas when the officer chooses them', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    await host.check({});
    await host.fix(totalFindings().slice(0, 1), 'formula');
    expect(book.sheet(SHEET).cell(5, 2)).toMatchObject({ formula: '=SUM(C3:C5)', value: 170 });
  });

  it('undoes after the pane was closed and reopened, from the journal in the workbook', async () => {
    const book = budgetBook();
    const before = snapshot(book.sheet(SHEET));
    const first = hostFor(book);
    await first.check({});
    await first.fix(totalFindings().slice(0, 1), 'formula');
    await first.fix(totalFindings().slice(1, 2), 'value');

    const reopened = hostFor(book);
    expect(reopened.canUndo()).toBe(true);
    await reopened.undo();
    expect(book.sheet(SHEET).cell(5, 3)?.value).toBe(260);
    expect(book.sheet(SHEET).cell(5, 2)?.formula).toBe('=SUM(C3:C5)');
    await hostFor(book).undo();
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
    await expect(hostFor(book).undo()).rejects.toMatchObject({ code: 'nothingToUndo' });
  });

  it('refuses to fix a cell that changed after the check, and writes nothing', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    await host.check({});
    await book.userEdit(SHEET, 'D6', 999);
    const before = snapshot(book.sheet(SHEET));
    const error = await host.fix(totalFindings(), 'value').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'changedSinceCheck', params: { cell: 'D6' } });
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
    expect(host.canUndo()).toBe(false);
  });

  it('says the sheet is protected and writes nothing', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    await host.check({});
    book.sheet(SHEET).isProtected = true;
    const before = snapshot(book.sheet(SHEET));
    await expect(host.fix(totalFindings(), 'value')).rejects.toMatchObject({ code: 'protected' });
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
  });
});
