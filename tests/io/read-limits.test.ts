import { deflateSync, strToU8, zipSync } from 'fflate';
import { readWorkbook, READ_LIMITS, UnreadableInputError, type ReadLimits } from '../../src/io';
import { declareSize, rows, xlsxPackage } from './packages';

/** The limit a file was refused on, or undefined if it was read. */
async function refusedOn(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): Promise<unknown> {
  try {
    await readWorkbook(bytes, limits);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableInputError);
    expect((error as UnreadableInputError).reason).toBe('tooLarge');
    return (error as UnreadableInputError).params.limit;
  }
}

const SHEET = 'xl/worksheets/sheet1.xml';

describe('hostile workbooks are refused before they fill memory', () => {
  it('reads the ordinary package these cases start from', async () => {
    expect(await refusedOn(xlsxPackage(rows([[1, 2]])))).toBeUndefined();
  });

  it('refuses by the zip directory alone: a part declared at 3 GiB', async () => {
    const bytes = declareSize(xlsxPackage(rows([[1, 2]])), SHEET, 3 * 2 ** 30);
    expect(await refusedOn(bytes)).toBe('partInflatedBytes');
  });

  it('refuses a part whose declared compression ratio is a zip bomb’s (0.4 MB → 400 MiB)', async () => {
    // Within the part-size limit, but 1,000 times its compressed size.
    const bytes = declareSize(xlsxPackage(rows([[1, 2]])), SHEET, 200 * 2 ** 20);
    expect(await refusedOn(bytes)).toBe('ratio');
  });

  it('refuses while inflating when the directory lies about a part’s size', async () => {
    // 24 MiB of XML whitespace deflates to some 24 KB; the directory says 300 bytes.
    const padding = new Uint8Array(24 * 2 ** 20).fill(0x20);
    const sheet = strToU8(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>`);
    const huge = new Uint8Array(sheet.length + padding.length);
    huge.set(sheet);
    huge.set(padding, sheet.length);
    const base = xlsxPackage(rows([[1]]));
    const { unzipSync } = await import('fflate');
    const parts = unzipSync(base);
    parts[SHEET] = huge;
    const bomb = declareSize(zipSync(parts, { level: 9 }), SHEET, 300);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await refusedOn(bomb, { ...READ_LIMITS, partInflatedBytes: 16 * 2 ** 20 })).toBe('partInflatedBytes');
  });

  it('refuses more cells than the limit, counted before parsing (17 million rows in 1 MB of zip)', async () => {
    const many = rows(Array.from({ length: 3000 }, (_, r) => [r, r, r]));
    expect(await refusedOn(xlsxPackage(many), { ...READ_LIMITS, cells: 5000 })).toBe('cells');
  });

  it('counts cells written with a namespace prefix too', async () => {
    const many = rows(Array.from({ length: 3000 }, (_, r) => [r, r]), 'x');
    expect(await refusedOn(xlsxPackage(many, '', { prefix: 'x' }), { ...READ_LIMITS, cells: 5000 })).toBe('cells');
  });

  it('refuses more merged areas than the limit (exceljs took 39 s for 10,000)', async () => {
    const merges = Array.from({ length: 1000 }, (_, r) => `<mergeCell ref="A${r + 1}:B${r + 1}"/>`).join('');
    const bytes = xlsxPackage(rows([['x']]), `<mergeCells count="1000">${merges}</mergeCells>`);
    expect(await refusedOn(bytes, { ...READ_LIMITS, merges: 500 })).toBe('merges');
    const grid = (await readWorkbook(bytes))[0];
    expect(grid.merges).toHaveLength(1000);
  });

  it('refuses a file past the file-size limit without reading it as a workbook', async () => {
    expect(await refusedOn(xlsxPackage(rows([[1]])), { ...READ_LIMITS, fileBytes: 100 })).toBe('fileBytes');
  });

  it('does not read rows past the row limit', async () => {
    const grid = (await readWorkbook(xlsxPackage(rows(Array.from({ length: 50 }, (_, r) => [r]))), { ...READ_LIMITS, rows: 10 }))[0];
    expect(grid.cells).toHaveLength(10);
  });

  it('drops cells past the column limit, and a lone cell at XFD costs one cell, not 16,384', async () => {
    const sheet = '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>';
    const grid = (await readWorkbook(xlsxPackage(sheet), { ...READ_LIMITS, columns: 100 }))[0];
    expect(grid.cells).toEqual([[{ value: 1 }]]);
    const full = (await readWorkbook(xlsxPackage(sheet)))[0];
    expect(full.cells[0][16_383]).toEqual({ value: 2 });
    expect(full.cells[0].filter(Boolean)).toHaveLength(2);
  });

  it('says a raw deflate stream with a zip header is damaged', async () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...deflateSync(strToU8('not a zip'))]);
    await expect(readWorkbook(bytes)).rejects.toMatchObject({ reason: 'damaged' });
  });
});
