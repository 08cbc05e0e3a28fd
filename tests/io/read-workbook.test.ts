import JSZip from 'jszip'; // exceljs's own zip library, always installed with it
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook, UnreadableInputError } from '../../src/io';
import type { SheetGrid } from '../../src/engine/types';
import { workbookBytes } from './workbook-bytes';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name));

function only(grids: SheetGrid[]): SheetGrid {
  expect(grids).toHaveLength(1);
  return grids[0];
}

describe('readWorkbook', () => {
  it('reads every worksheet, in order, with origin A1', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('Chỉ tiêu').getCell('A1').value = 'TT';
      wb.addWorksheet('Kinh phí').getCell('B2').value = 5;
    });
    const grids = await readWorkbook(bytes);
    expect(grids.map((g) => g.name)).toEqual(['Chỉ tiêu', 'Kinh phí']);
    expect(grids[1].origin).toEqual({ row: 0, col: 0 });
    expect(grids[1].cells[1][1]).toEqual({ value: 5 });
    expect(grids[1].cells[0]).toEqual([]);
  });

  it('keeps a merged area’s value in its top-left cell only and gives the area in 0-based coordinates', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('C3').value = 'Năm 2013';
      ws.mergeCells('C3:E3');
      ws.getCell('A3').value = 'TT';
      ws.mergeCells('A3:A4');
    });
    const grid = only(await readWorkbook(bytes));
    expect(grid.cells[2][2]?.value).toBe('Năm 2013');
    expect(grid.cells[2][3]).toBeUndefined();
    expect(grid.cells[2][4]).toBeUndefined();
    expect(grid.cells[3]?.[0]).toBeUndefined();
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 2, left: 2, bottom: 2, right: 4 },
        { top: 2, left: 0, bottom: 3, right: 0 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
  });

  it('gives formula cells their formula without `=` and the cached result as value, shared formulas included', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 3, date1904: false };
      ws.getCell('B1').value = { formula: 'A1*2', result: 2, date1904: false };
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 4, date1904: false };
      ws.getCell('C1').value = { formula: '1/0', result: { error: '#DIV/0!' }, date1904: false };
    });
    const grid = only(await readWorkbook(bytes));
    expect(grid.cells[2][0]).toEqual({ value: 3, formula: 'SUM(A1:A2)' });
    expect(grid.cells[0][1]).toEqual({ value: 2, formula: 'A1*2' });
    expect(grid.cells[1][1]).toEqual({ value: 4, formula: 'A2*2' });
    expect(grid.cells[0][2]).toEqual({ value: { error: '#DIV/0!' }, formula: '1/0' });
  });

  it('joins rich text, takes a hyperlink’s text, keeps booleans and error values', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = { richText: [{ text: 'Tỷ lệ ' }, { font: { bold: true }, text: 'nữ' }, { text: ' (%)' }] };
      ws.getCell('A2').value = { text: 'Quyết định 1241', hyperlink: 'https://example.org/qd' };
      ws.getCell('A3').value = true;
      ws.getCell('A4').value = { error: '#REF!' };
    });
    const grid = only(await readWorkbook(bytes));
    expect(grid.cells[0][0]?.value).toBe('Tỷ lệ nữ (%)');
    expect(grid.cells[1][0]?.value).toBe('Quyết định 1241');
    expect(grid.cells[2][0]?.value).toBe(true);
    expect(grid.cells[3][0]?.value).toEqual({ error: '#REF!' });
  });

  it('keeps number formats and turns dates into Excel serial numbers', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 1040;
      ws.getCell('A1').numFmt = '#,##0';
      ws.getCell('A2').value = 0.4286;
      ws.getCell('A2').numFmt = '0.00%';
      ws.getCell('A3').value = new Date(Date.UTC(2025, 0, 1));
      ws.getCell('A3').numFmt = 'dd/mm/yyyy';
    });
    const grid = only(await readWorkbook(bytes));
    expect(grid.cells[0][0]).toEqual({ value: 1040, numberFormat: '#,##0' });
    expect(grid.cells[1][0]).toEqual({ value: 0.4286, numberFormat: '0.00%' });
    expect(grid.cells[2][0]).toEqual({ value: 45658, numberFormat: 'dd/mm/yyyy' });
  });

  it('lists hidden rows, 0-based', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('S');
      for (let r = 1; r <= 5; r++) ws.getCell(r, 1).value = r;
      ws.getRow(2).hidden = true;
      ws.getRow(4).hidden = true;
    });
    expect(only(await readWorkbook(bytes)).hiddenRows).toEqual([1, 3]);
  });

  it('drops trailing rows and columns that hold only formatting', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('B2').value = 'Cộng';
      ws.getCell('Z5000').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell('C9000').numFmt = '#,##0';
      ws.getCell('D3').value = '';
    });
    const grid = only(await readWorkbook(bytes));
    expect(grid.cells).toHaveLength(2);
    expect(grid.cells[1]).toHaveLength(2);
  });

  it('reads the fixtures: the budget table’s header, merged years and a number', async () => {
    const grid = only(await readWorkbook(fixture('quang-ninh-2012-2015-kinh-phi.xlsx')));
    expect(grid.name).toBe('Kinh phí');
    expect(grid.cells[2][2]?.value).toBe('Năm 2012');
    expect(grid.merges).toContainEqual({ top: 2, left: 2, bottom: 2, right: 4 });
    expect(grid.cells[4][3]?.value).toBe(90);
    const indicator = only(await readWorkbook(fixture('nghe-an-2017-chi-tieu.xlsx')));
    expect(indicator.cells[2][0]?.value).toBe('TT');
  });

  it('accepts an ArrayBuffer as the browser gives it', async () => {
    const bytes = await workbookBytes((wb) => (wb.addWorksheet('S').getCell('A1').value = 7));
    const buffer = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(buffer).set(bytes);
    expect(only(await readWorkbook(buffer)).cells[0][0]?.value).toBe(7);
  });

  it.each([
    ['random bytes', Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)],
    ['text', new TextEncoder().encode('TT;Chỉ tiêu;ĐVT\n1;Tỷ lệ;%\n')],
    ['an empty file', new Uint8Array()],
    ['a broken zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])],
  ])('rejects %s with UnreadableInputError', async (_, bytes) => {
    await expect(readWorkbook(bytes)).rejects.toBeInstanceOf(UnreadableInputError);
  });

  it('rejects a zip archive that is not a workbook (a .docx, say)', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(readWorkbook(bytes)).rejects.toThrow(/no Excel worksheet/);
  });
});
