import { checkSheet } from '../../src/engine';
import type { Cell, SheetGrid } from '../../src/engine';
import { applyFixes } from '../../src/io/apply-fixes';
import { numbersAsRead } from '../../src/io/csv-numbers';
import { readCsv } from '../../src/io/read-csv';
import { readWorkbook } from '../../src/io/read-workbook';
import { gridsToWorkbook } from '../../src/web/excel';

const at = (grid: SheetGrid, address: string): Cell | undefined => {
  const col = address.charCodeAt(0) - 65;
  const row = Number(address.slice(1)) - 1;
  return grid.cells[row]?.[col];
};

/** A budget table as a Vietnamese-locale Excel saves it to CSV: `;` fields, `.` thousands, `,` decimals. */
const VI = [
  'DỰ TOÁN CHI NĂM 2026',
  ';;;;Đơn vị tính: triệu đồng',
  'STT;Nội dung;Tổng số;NSTW;NSĐP',
  '1;Văn phòng Sở;4.970;0;4.970',
  '2;Thanh tra Sở;1.230;0;1.230',
  '3;Chi cục PCTNXH;2.130;350;1.780',
  '4;Trung tâm DVVL;4.660;1.200;3.460',
  ';Tổng cộng;12.890;1.550;11.440',
].join('\r\n');

/** The same as an English-locale Excel saves it: `,` fields, `,` thousands (quoted), `.` decimals. */
const EN = [
  'BUDGET 2026',
  ',,,,Unit: million dong',
  'No.,Item,Total,Central,Local',
  '1,Office,"4,970.5",0,"4,970.5"',
  '2,Inspectorate,"1,230",0,"1,230"',
  ',Total,"6,200.5",0,"6,200.5"',
].join('\r\n');

/** Saves the grid as the page does once a fix is made, writes the fixes, and reads the copy back. */
async function saved(grid: SheetGrid, fixes: { cell: string; value: string }[] = []): Promise<SheetGrid> {
  const base = await gridsToWorkbook([numbersAsRead(grid, checkSheet(grid).tables)]);
  const copy = await applyFixes(base, fixes.map((f) => ({ sheet: grid.name, ...f })));
  return (await readWorkbook(copy.bytes))[0];
}

describe('numbersAsRead: a CSV saved as .xlsx keeps the figures the engine read as numbers', () => {
  it('Vietnamese: `4.970` becomes 4970 (formatted #,##0), labels and numbering stay text', () => {
    const grid = readCsv(VI, 'dutoan');
    const typed = numbersAsRead(grid, checkSheet(grid).tables);
    expect(at(typed, 'C4')).toEqual({ value: 4970, numberFormat: '#,##0' });
    expect(at(typed, 'D6')).toEqual({ value: 350, numberFormat: '#,##0' });
    expect(at(typed, 'E8')).toEqual({ value: 11440, numberFormat: '#,##0' });
    expect(at(typed, 'A4')?.value).toBe('1');
    expect(at(typed, 'B8')?.value).toBe('Tổng cộng');
    expect(at(typed, 'C3')?.value).toBe('Tổng số');
    expect(typed.textOnly).toBeUndefined();
    // The CSV's own grid is not changed.
    expect(at(grid, 'C4')?.value).toBe('4.970');
  });

  it('the corrected copy re-checks clean: the fixed total and every other figure are numbers a SUM adds', async () => {
    const grid = readCsv(VI, 'dutoan');
    const before = checkSheet(grid);
    expect(before.summary.errors).toBe(1);
    const fix = before.findings.find((f) => f.fix && !f.causeId)!.fix!;
    expect(fix).toEqual({ cell: 'C8', value: '12990' });
    const copy = await saved(grid, [{ cell: fix.cell, value: fix.value! }]);
    for (const address of ['C4', 'C5', 'D7', 'D8', 'E4', 'E8']) expect(typeof at(copy, address)?.value).toBe('number');
    expect(at(copy, 'C8')?.value).toBe(12990);
    expect(at(copy, 'D8')?.value).toBe(1550);
    const after = checkSheet(copy);
    expect(after.findings.map((f) => `${f.severity} ${f.cell} ${f.messageId}`)).toEqual([]);
  });

  it('English: `4,970.5` becomes 4970.5 (#,##0.0), `1,230` becomes 1230, and the copy checks as the CSV did', async () => {
    const grid = readCsv(EN, 'budget');
    const report = checkSheet(grid);
    expect(report.tables[0].convention).toBe('en');
    const typed = numbersAsRead(grid, report.tables);
    expect(at(typed, 'C4')).toEqual({ value: 4970.5, numberFormat: '#,##0.0' });
    expect(at(typed, 'C5')).toEqual({ value: 1230, numberFormat: '#,##0' });
    const copy = await saved(grid);
    expect(checkSheet(copy).summary).toEqual(report.summary);
  });

  it('never changes what a figure says: a percentage, a bound, a mark stay text', () => {
    const grid = readCsv(
      ['STT;Nội dung;Tổng số;NSTW;NSĐP', '1;A;1.000;x;1.000', '2;B;12%;0;12%', '3;C;< 5;0;< 5', ';Cộng;1.000;0;1.000'].join('\n'),
      'x',
    );
    const typed = numbersAsRead(grid, checkSheet(grid).tables);
    expect(at(typed, 'D2')?.value).toBe('x');
    expect(at(typed, 'C3')?.value).toBe('12%');
    expect(at(typed, 'C4')?.value).toBe('< 5');
    expect(at(typed, 'C2')?.value).toBe(1000);
  });

  it('a figure the totals read the other way (`80,977` pasted into a Vietnamese table) is written as they read it', async () => {
    const grid = readCsv(['STT;Nội dung;Tổng số;NSTW;NSĐP', '1;A;80,977;80.977;0', '2;B;1.000,5;0;1.000,5', ';Cộng;81.977,5;80.977;1.000,5'].join('\n'), 'x');
    const report = checkSheet(grid);
    expect(report.tables[0].readAs).toEqual({ C2: 'en' });
    const typed = numbersAsRead(grid, report.tables);
    expect(at(typed, 'C2')?.value).toBe(80977);
    expect(at(typed, 'C3')).toEqual({ value: 1000.5, numberFormat: '#,##0.0' });
    // Its fix, the same number, is written as the copy already holds it: nothing is left to say.
    const fix = report.findings[0].fix!;
    expect(checkSheet(await saved(grid, [{ cell: fix.cell, value: fix.value! }])).findings).toEqual([]);
  });
});
