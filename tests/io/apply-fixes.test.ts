import JSZip from 'jszip'; // exceljs's own zip library, always installed with it
import { applyFixes, readWorkbook, UnreadableInputError } from '../../src/io';
import { loadBytes, workbookBytes } from './workbook-bytes';

const YELLOW = 'FFFFFF00';

async function budgetBytes(): Promise<Uint8Array> {
  return workbookBytes((wb) => {
    const ws = wb.addWorksheet('Kinh phí');
    ws.getCell('A1').value = 'Nội dung';
    ws.getCell('A1').font = { bold: true, name: 'Times New Roman', size: 13 };
    [100, 150, 90].forEach((value, i) => {
      const cell = ws.getCell(i + 2, 2);
      cell.value = value;
      cell.numFmt = '#,##0';
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: YELLOW } };
    });
    ws.getCell('B5').value = { formula: 'SUM(B2:B3)', result: 250, date1904: false };
    ws.getCell('B5').font = { italic: true };
    ws.getCell('B6').value = 330;
    ws.getCell('B6').numFmt = '#,##0';
    ws.getCell('B6').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: YELLOW } };
    wb.addWorksheet('Khác').getCell('A1').value = 'giữ nguyên';
  });
}

describe('applyFixes', () => {
  it('writes a value as a number and a formula with its result, and leaves the original bytes alone', async () => {
    const original = await budgetBytes();
    const before = original.slice();
    const fixed = await applyFixes(original, [
      { sheet: 'Kinh phí', cell: 'B5', formula: 'SUM(B2:B4)', value: '340' },
      { sheet: 'Kinh phí', cell: 'B6', value: '340' },
    ]);
    expect(original).toEqual(before);
    const [sheet] = await readWorkbook(fixed);
    expect(sheet.cells[4][1]).toMatchObject({ value: 340, formula: 'SUM(B2:B4)' });
    expect(sheet.cells[5][1]).toMatchObject({ value: 340 });
    expect(sheet.cells[1][1]).toMatchObject({ value: 100 });
  });

  it('keeps every cell’s style, the fixed cells’ own included, and the other sheets', async () => {
    const fixed = await applyFixes(await budgetBytes(), [
      { sheet: 'Kinh phí', cell: 'B6', value: '340' },
      { sheet: 'Kinh phí', cell: '$B$5', formula: '=SUM(B2:B4)' },
    ]);
    const workbook = await loadBytes(fixed);
    const ws = workbook.getWorksheet('Kinh phí')!;
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, name: 'Times New Roman', size: 13 });
    for (const address of ['B2', 'B3', 'B4', 'B6']) {
      expect(ws.getCell(address).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: YELLOW } });
      expect(ws.getCell(address).numFmt).toBe('#,##0');
    }
    expect(ws.getCell('B5').font).toMatchObject({ italic: true });
    expect(ws.getCell('B5').formula).toBe('SUM(B2:B4)');
    expect(workbook.getWorksheet('Khác')!.getCell('A1').value).toBe('giữ nguyên');
    // exceljs does not read calcPr back, so look at the written XML: Excel must recompute on open.
    const workbookXml = await (await JSZip.loadAsync(fixed)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('keeps the formulas of cells that shared the formula of a fixed cell', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('B1').value = { formula: 'A1*2', result: 2, date1904: false };
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 4, date1904: false };
    });
    const [sheet] = await readWorkbook(await applyFixes(bytes, [{ sheet: 'S', cell: 'B1', value: '5' }]));
    expect(sheet.cells[0][1]).toEqual({ value: 5 });
    expect(sheet.cells[1][1]).toEqual({ value: 4, formula: 'A2*2' });
  });

  it('refuses an unknown sheet, a bad address and bytes that are not a workbook', async () => {
    const bytes = await budgetBytes();
    await expect(applyFixes(bytes, [{ sheet: 'Không có', cell: 'A1', value: '1' }])).rejects.toThrow(/Không có/);
    await expect(applyFixes(bytes, [{ sheet: 'Kinh phí', cell: 'not a cell', value: '1' }])).rejects.toThrow(/not a cell/);
    await expect(applyFixes(new TextEncoder().encode('hello'), [])).rejects.toBeInstanceOf(UnreadableInputError);
  });
});
