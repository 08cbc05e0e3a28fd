import { strFromU8, unzipSync } from 'fflate';
import { applyFixes, readWorkbook, UnreadableInputError } from '../../src/io';
import { planPackage, planPackageParts, SHEET1 } from './package-fixture';
import { loadBytes, workbookBytes } from './workbook-bytes';

const SHEET = 'Kinh phí';
const parts = (bytes: Uint8Array) => unzipSync(bytes);
const text = (bytes: Uint8Array, path: string) => strFromU8(parts(bytes)[path]);
const cellXml = (xml: string, address: string) => new RegExp(`<c r="${address}"[^>]*?(/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0];

describe('the corrected copy', () => {
  it('changes only the fixed cells: every other part byte for byte, the sheet outside the cell too', async () => {
    const original = planPackage();
    const kept = original.slice();
    const { bytes, changes, refused } = await applyFixes(original, [{ sheet: SHEET, cell: 'B5', formula: 'SUM(B2:B4)', value: '300', rule: 'budget.totalRow' }], new Date('2026-11-30T06:00:00Z'));
    expect(original).toEqual(kept);
    expect(refused).toEqual([]);
    const before = parts(original);
    const after = parts(bytes);
    const changed = ['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'];
    // Fonts (Times New Roman 13 default), protection, names, dropdown, chart, note, table: untouched.
    for (const path of Object.keys(before)) {
      if (path === 'xl/calcChain.xml' || changed.includes(path)) continue;
      expect([path, after[path]]).toEqual([path, before[path]]);
    }
    expect(after['xl/calcChain.xml']).toBeUndefined();
    expect(strFromU8(after['[Content_Types].xml'])).not.toMatch(/calcChain/);
    expect(strFromU8(after['xl/_rels/workbook.xml.rels'])).not.toMatch(/calcChain/);
    const sheet = strFromU8(after['xl/worksheets/sheet1.xml']);
    const fixed = '<c r="B5" s="2"><f>SUM(B2:B4)</f><v>300</v></c>';
    expect(sheet).toBe(SHEET1.replace(cellXml(SHEET1, 'B5')!, fixed));
    // The workbook part: only calcPr changes, its other settings kept; names and protection stay.
    const workbook = strFromU8(after['xl/workbook.xml']);
    expect(workbook).toBe(planPackageParts()['xl/workbook.xml'].replace('<calcPr calcId="191029" calcMode="manual"/>', '<calcPr calcId="191029" calcMode="manual" fullCalcOnLoad="1"/>'));
    expect(changes).toEqual([{ sheet: SHEET, cell: 'B5', before: '=SUM(B2:B3)', after: '=SUM(B2:B4)', rule: 'budget.totalRow', at: '2026-11-30T06:00:00.000Z' }]);
  });

  it('writes a formula fix with its result, so a re-check of the copy reads the right total, not 0', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 100;
      ws.getCell('A2').value = 200;
      ws.getCell('A3').value = 250;
      ws.getCell('A4').value = { formula: 'SUM(A1:A2)', result: 300, date1904: false };
    });
    const { bytes: fixed } = await applyFixes(bytes, [{ sheet: 'S', cell: 'A4', formula: 'SUM(A1:A3)', value: '550' }]);
    const [sheet] = await readWorkbook(fixed);
    expect(sheet.cells[3][0]).toMatchObject({ value: 550, formula: 'SUM(A1:A3)' });
  });

  it('writes a number over a text number as a number, text as an inline string, in the cell’s own style', async () => {
    const { bytes, changes } = await applyFixes(planPackage(), [
      { sheet: SHEET, cell: 'B4', value: '12' },
      { sheet: SHEET, cell: 'C5', value: 'Ghi chú <đã sửa> & "x"' },
    ]);
    const sheet = text(bytes, 'xl/worksheets/sheet1.xml');
    expect(cellXml(sheet, 'B4')).toBe('<c r="B4" s="1"><v>12</v></c>');
    expect(cellXml(sheet, 'C5')).toBe('<c r="C5" s="2" t="inlineStr"><is><t>Ghi chú &lt;đã sửa&gt; &amp; &quot;x&quot;</t></is></c>');
    expect(changes.map((c) => [c.cell, c.before, c.after])).toEqual([['B4', "'0012", '12'], ['C5', '110', `'Ghi chú <đã sửa> & "x"`]]);
    // The shared strings part is left as it was: '0012' is still there for whoever else uses it.
    expect(parts(bytes)['xl/sharedStrings.xml']).toEqual(parts(planPackage())['xl/sharedStrings.xml']);
  });

  it('gives the cells that shared a fixed cell’s formula their own formula', async () => {
    const { bytes, changes } = await applyFixes(planPackage(), [{ sheet: SHEET, cell: 'D2', value: '150' }]);
    const sheet = text(bytes, 'xl/worksheets/sheet1.xml');
    expect(cellXml(sheet, 'D3')).toBe('<c r="D3" s="2"><f>B3+C3</f><v>260</v></c>');
    expect(cellXml(sheet, 'D4')).toBe('<c r="D4" s="2"><f>B4+C4</f><v>20</v></c>');
    expect(changes[0].before).toBe('=B2+C2');
    // A clone's "before" is its own formula, moved from the master's.
    const clone = await applyFixes(planPackage(), [{ sheet: SHEET, cell: 'D3', value: '260' }]);
    expect(clone.changes[0].before).toBe('=B3+C3');
  });

  it('refuses what Excel would refuse: part of an array formula, a table header, a locked cell of a protected sheet', async () => {
    const { changes, refused, bytes } = await applyFixes(planPackage(), [
      { sheet: SHEET, cell: 'C7', value: '1' },
      { sheet: SHEET, cell: 'B1', value: 'Năm 2015' },
      { sheet: SHEET, cell: 'A5', value: 'Tổng cộng' },
      { sheet: SHEET, cell: 'C5', value: '110' },
    ]);
    expect(refused).toEqual([
      { sheet: SHEET, cell: 'C7', reason: 'arrayFormula' },
      { sheet: SHEET, cell: 'B1', reason: 'tableHeader' },
      { sheet: SHEET, cell: 'A5', reason: 'protected' },
    ]);
    expect(changes.map((c) => c.cell)).toEqual(['C5']);
    expect(cellXml(text(bytes, 'xl/worksheets/sheet1.xml'), 'C7')).toBe('<c r="C7" s="2"><v>100</v></c>');
  });

  it('writes a locked cell of a protected sheet inside an edit range allowed without a password', async () => {
    const p = planPackageParts();
    const ranges = '<protectedRanges><protectedRange sqref="A5:A6" name="Nhập"/><protectedRange sqref="A2" name="Khoá" password="CC1A"/></protectedRanges>';
    p['xl/worksheets/sheet1.xml'] = SHEET1.replace('<dataValidations', `${ranges}<dataValidations`);
    const { changes, refused } = await applyFixes(planPackage(p), [
      { sheet: SHEET, cell: 'A5', value: 'Tổng cộng' },
      { sheet: SHEET, cell: 'A2', value: 'Dự án 1A' },
    ]);
    expect(changes.map((c) => c.cell)).toEqual(['A5']);
    expect(refused).toEqual([{ sheet: SHEET, cell: 'A2', reason: 'protected' }]);
  });

  it('adds a cell or a row where none was, in order, and widens the dimension and the row’s spans', async () => {
    const p = planPackageParts();
    p['xl/worksheets/sheet1.xml'] = SHEET1.replace(/<sheetProtection[^>]*>/, '').replace('<dataValidations', '<mergeCells count="1"><mergeCell ref="A9:C9"/></mergeCells><dataValidations');
    const merged = await applyFixes(planPackage(p), [{ sheet: SHEET, cell: 'B9', value: '1' }]);
    expect(merged.refused).toEqual([{ sheet: SHEET, cell: 'B9', reason: 'merged' }]);
    const { bytes } = await applyFixes(planPackage(p), [
      { sheet: SHEET, cell: 'E2', value: '1' },
      { sheet: SHEET, cell: 'B6', value: '2' },
      { sheet: SHEET, cell: 'A9', value: 'III' },
    ]);
    const sheet = text(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<dimension ref="A1:E9"/>');
    expect(sheet).toContain('<mergeCell ref="A9:C9"/>');
    expect(sheet).toMatch(/<row r="2" spans="1:5">.*<c r="D2"[^]*?<\/c><c r="E2"><v>1<\/v><\/c><\/row>/);
    expect(sheet).toMatch(/<\/row><row r="6"><c r="B6"><v>2<\/v><\/c><\/row><row r="7">/);
    expect(sheet).toMatch(/<row r="9"><c r="A9" t="inlineStr"><is><t>III<\/t><\/is><\/c><\/row><\/sheetData>/);
  });

  it('keeps the officer’s styles and other sheets in an exceljs-written workbook, and recalculates on open', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Kinh phí');
      ws.getCell('A1').value = 'Nội dung';
      ws.getCell('A1').font = { bold: true, name: 'Times New Roman', size: 13 };
      ws.getCell('B2').value = 100;
      ws.getCell('B2').numFmt = '#,##0';
      ws.getCell('B5').value = { formula: 'SUM(B2:B3)', result: 250, date1904: false };
      ws.getCell('B5').font = { italic: true };
      wb.addWorksheet('Khác').getCell('A1').value = 'giữ nguyên';
    });
    const { bytes: fixed } = await applyFixes(bytes, [{ sheet: 'Kinh phí', cell: '$B$5', formula: '=SUM(B2:B4)' }]);
    const workbook = await loadBytes(fixed);
    const ws = workbook.getWorksheet('Kinh phí')!;
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, name: 'Times New Roman', size: 13 });
    expect(ws.getCell('B2').numFmt).toBe('#,##0');
    expect(ws.getCell('B5').font).toMatchObject({ italic: true });
    expect(ws.getCell('B5').formula).toBe('SUM(B2:B4)');
    expect(workbook.getWorksheet('Khác')!.getCell('A1').value).toBe('giữ nguyên');
    expect(text(fixed, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('works on parts written with a namespace prefix and adds calcPr in its schema place', async () => {
    const p = planPackageParts();
    p['xl/worksheets/sheet2.xml'] = p['xl/worksheets/sheet2.xml'].replace('<worksheet xmlns=', '<x:worksheet xmlns:x=').replace(/<(\/?)(sheetData|row|c|is|t)\b/g, '<$1x:$2').replace('</worksheet>', '</x:worksheet>');
    p['xl/workbook.xml'] = p['xl/workbook.xml'].replace(/<calcPr[^>]*\/>/, '');
    const { bytes } = await applyFixes(planPackage(p), [{ sheet: 'danh mục', cell: 'A2', value: 'Dự án 2 (sửa)' }]);
    expect(text(bytes, 'xl/worksheets/sheet2.xml')).toContain('<x:c r="A2" t="inlineStr"><x:is><x:t>Dự án 2 (sửa)</x:t></x:is></x:c>');
    expect(text(bytes, 'xl/workbook.xml')).toContain('</definedNames><calcPr fullCalcOnLoad="1"/></workbook>');
  });

  it('refuses an unknown sheet, a bad address and bytes that are not a workbook', async () => {
    const bytes = planPackage();
    await expect(applyFixes(bytes, [{ sheet: 'Không có', cell: 'A1', value: '1' }])).rejects.toThrow(/Không có/);
    await expect(applyFixes(bytes, [{ sheet: SHEET, cell: 'not a cell', value: '1' }])).rejects.toThrow(/not a cell/);
    await expect(applyFixes(new TextEncoder().encode('hello'), [])).rejects.toBeInstanceOf(UnreadableInputError);
  });
});

describe('the corrected copy of a real workbook', () => {
  it('patches the Quảng Ninh table as Excel wrote it: the fixed cells read back, every other part unchanged', async () => {
    const { readFileSync } = await import('fs');
    const { join } = await import('path');
    const { checkWorkbook } = await import('../../src/engine');
    const original = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'quang-ninh-2012-2015-kinh-phi.xlsx')));
    const [grid] = await readWorkbook(original);
    const fixes = checkWorkbook([grid]).findings.filter((f) => f.fix).map((f) => ({ sheet: f.sheet, cell: f.fix!.cell, value: f.fix!.value, formula: f.fix!.formula }));
    const { bytes, changes } = await applyFixes(original, fixes);
    expect(changes).toHaveLength(fixes.length);
    const [fixed] = await readWorkbook(bytes);
    for (const fix of fixes) {
      const at = /^([A-Z]+)(\d+)$/.exec(fix.cell)!;
      const cell = fixed.cells[Number(at[2]) - 1 - fixed.origin.row]?.[at[1].charCodeAt(0) - 65 - fixed.origin.col];
      expect(String(cell?.value)).toBe(fix.value);
    }
    const before = parts(original);
    const after = parts(bytes);
    const sheetPath = Object.keys(before).find((p) => /worksheets\/sheet\d+\.xml$/.test(p))!;
    for (const path of Object.keys(before)) {
      if ([sheetPath, 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/calcChain.xml'].includes(path)) continue;
      expect([path, after[path]]).toEqual([path, before[path]]);
    }
  });
});
