/** The real Quảng Ninh budget table, read through the Office adapter, end to end. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkWorkbook } from '../../src/engine';
import { readWorkbook } from '../../src/io';
import { hostFor } from './books';
import { FakeWorkbook, snapshot } from './fake-excel';

const fixture = join(__dirname, '..', 'fixtures', 'quang-ninh-2012-2015-kinh-phi.xlsx');

async function fixtureBook() {
  const [grid] = await readWorkbook(readFileSync(fixture));
  const book = new FakeWorkbook();
  book.addGrid(grid);
  return { book, grid };
}

describe('the Quảng Ninh fixture in Excel', () => {
  it('reads to the same report as the file reader gives the engine, in one sync', async () => {
    const { book, grid } = await fixtureBook();
    const result = await hostFor(book).check({});
    expect(book.syncCount).toBe(1);
    expect(result.report).toEqual(checkWorkbook([{ ...grid, hiddenRows: undefined }]));
  });

  it('highlights the findings with one format per severity and restores the sheet when turned off', async () => {
    const { book, grid } = await fixtureBook();
    const before = snapshot(book.sheet(grid.name));
    const host = hostFor(book);
    const { report } = await host.check({});
    await host.highlight(report.findings);
    expect(book.syncCount).toBe(1 + 4);
    expect(book.sheet(grid.name).conditionalFormats.length).toBe(new Set(report.findings.map((f) => f.severity)).size);
    await host.highlight(null);
    expect(snapshot(book.sheet(grid.name))).toEqual(before);
  });

  it('fixes every root total with SUM formulas, never a consequence, leaving no error at a fixed cell; undo restores it all', async () => {
    const { book, grid } = await fixtureBook();
    const before = snapshot(book.sheet(grid.name));
    const host = hostFor(book);
    const { report } = await host.check({});
    const fixable = report.findings.filter((f) => f.fix && !f.causeId);
    const consequences = report.findings.filter((f) => f.fix && f.causeId).map((f) => f.fix!.cell);
    const fixed = await host.fix(report.findings.filter((f) => f.fix), 'formula');
    expect(fixed.written).toBe(new Set(fixable.map((f) => f.fix!.cell)).size);
    expect(fixed.skipped.map((s) => s.cell)).toEqual(consequences);
    const after = await host.check({});
    const fixedCells = new Set(fixable.map((f) => f.fix!.cell));
    expect(after.report.findings.filter((f) => f.severity === 'error' && fixedCells.has(f.cell))).toEqual([]);
    await hostFor(book).undo();
    expect(snapshot(book.sheet(grid.name))).toEqual(before);
  });
});
