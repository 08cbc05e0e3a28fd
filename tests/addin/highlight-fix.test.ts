import type { Finding } from '../../src/engine';
import { FILL, markerFormula } from '../../src/addin/highlight';
import { budgetBook, hostFor, SHEET, totalFindings } from './books';
import { snapshot } from './fake-excel';

const marks = (book: ReturnType<typeof budgetBook>, sheet = SHEET) => book.sheet(sheet).conditionalFormats.filter((f) => f.formula.includes('SoatBieu'));

describe('highlighting', () => {
  it('marks each flagged cell at its gravest severity: one format per severity, in four syncs', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    await host.check({});
    await host.highlight(totalFindings());
    expect(book.syncCount).toBe(1 + 4);
    expect(marks(book).map((m) => [m.formula, m.ranges, m.fill])).toEqual([
      [markerFormula('info'), [{ top: 6, left: 2, bottom: 6, right: 2 }], FILL.info],
      [markerFormula('warning'), [{ top: 5, left: 4, bottom: 5, right: 4 }], FILL.warning],
      [markerFormula('error'), [{ top: 5, left: 2, bottom: 5, right: 2 }, { top: 5, left: 3, bottom: 5, right: 3 }], FILL.error],
    ]);
  });

  it('uses one format per run of cells, not one per cell: 5,000 flagged totals are one format', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    await host.check({});
    const many: Finding[] = Array.from({ length: 5000 }, (_, i) => ({ ...totalFindings()[0], id: `F${i}`, cell: `H${i + 10}` }));
    await host.highlight(many);
    expect(marks(book)).toHaveLength(1);
    expect(marks(book)[0].ranges).toEqual([{ top: 9, left: 7, bottom: 5008, right: 7 }]);
    book.apiVersion = '1.8';
    await hostFor(book).highlight([...many, { ...many[0], cell: 'J3' }]);
    expect(marks(book)).toHaveLength(2);
  });

  it('turning it off restores the sheet cell for cell, also from a reopened pane', async () => {
    const book = budgetBook();
    const before = snapshot(book.sheet(SHEET));
    const host = hostFor(book);
    await host.check({});
    await host.highlight(totalFindings());
    expect(book.sheet(SHEET).cell(5, 2)).toMatchObject({ fill: '#FFFF00', bold: true, numberFormat: '#,##0' });
    expect(book.sheet(SHEET).conditionalFormats.find((f) => f.id === 'user-1')).toBeDefined();
    await hostFor(book).highlight(null);
    expect(snapshot(book.sheet(SHEET))).toEqual(before);
  });

  it('finds its marks after the sheet was renamed and rows were inserted above them', async () => {
    const book = budgetBook();
    const host = hostFor(book);
    await host.check({});
    await host.highlight(totalFindings());
    book.rename(SHEET, 'Kinh phí 2017');
    book.sheet('Kinh phí 2017').insertRows(3, 2);
    const moved = snapshot(book.sheet('Kinh phí 2017'));
    await hostFor(book).highlight(null);
    expect(marks(book, 'Kinh phí 2017')).toEqual([]);
    // Everything else, the officer's own format included (moved with its rows), is as it was.
    expect(snapshot(book.sheet('Kinh phí 2017'))).toEqual({ ...moved, conditionalFormats: moved.conditionalFormats.filter((f) => !f.formula.includes('SoatBieu')) });
    expect(book.sheet('Kinh phí 2017').conditionalFormats).toEqual([expect.objectContaining({ id: 'user-1', ranges: [{ top: 2, left: 2, bottom: 7, right: 3 }] })]);
  });

  it('removes marks left on another sheet and marks of earlier versions (one format per cell, no severity)', async () => {
    const book = budgetBook();
    const other = book.addSheet('Other', [[1, 2]]);
    other.conditionalFormats.push({ id: 'old', ranges: [{ top: 0, left: 0, bottom: 0, right: 0 }], type: 'Custom', formula: '=ISTEXT("SoatBieu")', fill: FILL.error });
    const host = hostFor(book);
    await host.check({});
    await host.highlight(totalFindings());
    expect(other.conditionalFormats).toEqual([]);
    expect(marks(book)).toHaveLength(3);
  });

  it('still removes its marks elsewhere when another sheet has since been protected', async () => {
    const book = budgetBook();
    const other = book.addSheet('Other', [[1, 2]]);
    const host = hostFor(book);
    await host.check({});
    await host.highlight(totalFindings());
    other.conditionalFormats.push({ id: 'old', ranges: [{ top: 0, left: 0, bottom: 0, right: 0 }], type: 'Custom', formula: markerFormula('info'), fill: FILL.info });
    other.isProtected = true;
    await hostFor(book).highlight(null);
    expect(marks(book)).toEqual([]);
    expect(other.conditionalFormats).toHaveLength(1);
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
