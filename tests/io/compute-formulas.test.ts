import { readWorkbook } from '../../src/io';
import { rows, xlsxPackage } from './packages';
import { workbookBytes } from './workbook-bytes';

describe('formulas a file holds no result for', () => {
  it('are computed from the workbook, as openpyxl-written files need: SUM, + − × ÷, chains of totals', async () => {
    const sheet = rows([
      ['TT', 'Nội dung', 'Trung ương', 'Địa phương', 'Cộng'],
      [1, 'Tuyên truyền', 100, 200, '=C2+D2'],
      [2, 'Tập huấn', 50.1, 60.2, '=C3+D3'],
      [null, 'Cộng', '=SUM(C2:C3)', '=SUM(D2:D3)', '=SUM(E2:E3)'],
      [null, 'Tỷ lệ', '=C4/E4*100', '=(D4-D3)*2', '=E4-C4-D4'],
    ]);
    const [grid] = await readWorkbook(xlsxPackage(sheet));
    expect(grid.cells[1][4]).toEqual({ value: 300, formula: 'C2+D2' });
    // 50.1 + 60.2 in binary floating point is 110.30000000000001; Excel keeps 15 digits.
    expect(grid.cells[2][4]).toEqual({ value: 110.3, formula: 'C3+D3' });
    expect(grid.cells[3][2]).toEqual({ value: 150.1, formula: 'SUM(C2:C3)' });
    expect(grid.cells[3][4]).toEqual({ value: 410.3, formula: 'SUM(E2:E3)' });
    expect(grid.cells[4][3]?.value).toBe(400);
    // Binary floating point, as in Excel: 410.3 − 150.1 − 260.2 leaves a round-off the engine tolerates.
    expect(Math.abs(grid.cells[4][4]?.value as number)).toBeLessThan(1e-9);
  });

  it('computes a total over a SUM whose cells are formulas (an investment plan: section = groups, group = SUM of projects, project = NSTW + NSĐP)', async () => {
    const sheet = rows([
      ['TT', 'Danh mục', 'Tổng số', 'NSTW', 'NSĐP'],
      [null, 'TỔNG SỐ', '=C3+C7', '=D3+D7', '=E3+E7'],
      ['A', 'Dự án chuyển tiếp', '=C4', '=D4', '=E4'],
      ['I', 'Giao thông', '=SUM(C5:C6)', '=SUM(D5:D6)', '=SUM(E5:E6)'],
      [1, 'Đường liên xã', '=D5+E5', 15_000, 5_700],
      [2, 'Cầu Khe Sâu', '=D6+E6', 12_000, 6_000],
      ['B', 'Dự án khởi công mới', '=SUM(C8:C8)', '=SUM(D8:D8)', '=SUM(E8:E8)'],
      [1, 'Trạm y tế xã', '=D8+E8', 0, 3_500],
    ]);
    const [grid] = await readWorkbook(xlsxPackage(sheet));
    // Before, every cell of column C above the projects stayed notComputed (no value), and no total over them was checked.
    expect([1, 2, 3, 6].map((r) => grid.cells[r][2])).toEqual([
      { value: 42_200, formula: 'C3+C7' },
      { value: 38_700, formula: 'C4' },
      { value: 38_700, formula: 'SUM(C5:C6)' },
      { value: 3_500, formula: 'SUM(C8:C8)' },
    ]);
  });

  it('reads a number stored as text as a Vietnamese-locale Excel does: `+` turns 2.231 into 2231, SUM skips it', async () => {
    const sheet = rows([
      ['TT', 'Nội dung', 'Tổng số', 'NSTW', 'NSĐP'],
      [1, 'Thủy lợi', '=D2+E2', 4_500, 1_500],
      [2, 'Giao thông', '=D3+E3', '2.231', 1_769],
      [3, 'Trụ sở', '=D4*1+E4', '1.000,5', '(500)'],
      [null, 'Cộng', '=SUM(C2:C4)', '=SUM(D2:D4)', '=SUM(D3)+SUM(E2:E4)'],
    ]);
    const [grid] = await readWorkbook(xlsxPackage(sheet));
    // JavaScript reads `2.231` as 2.231: the row came out 1,771.231, and the table showed errors that Excel has not.
    expect(grid.cells[2][2]?.value).toBe(4_000);
    expect(grid.cells[3][2]?.value).toBe(500.5);
    // SUM skips the text, by a range or by a single reference, as Excel does.
    expect(grid.cells[4][2]?.value).toBe(10_500.5);
    expect(grid.cells[4][3]?.value).toBe(4_500);
    expect(grid.cells[4][4]?.value).toBe(3_269);
  });

  it('computes SUBTOTAL as Excel does: nested SUBTOTALs skipped, hidden rows skipped for 109', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 10;
      ws.getCell('A2').value = 20;
      ws.getCell('A3').value = { formula: 'SUBTOTAL(9,A1:A2)' } as never;
      ws.getCell('A4').value = 5;
      ws.getCell('A5').value = { formula: 'SUBTOTAL(9,A1:A4)' } as never;
      ws.getCell('A6').value = { formula: 'SUBTOTAL(109,A1:A4)' } as never;
      ws.getCell('A7').value = { formula: 'SUM(A1:A4)' } as never;
      ws.getRow(2).hidden = true;
    });
    const [grid] = await readWorkbook(bytes);
    expect(grid.cells[2][0]?.value).toBe(30);
    expect(grid.cells[4][0]?.value).toBe(35);
    expect(grid.cells[5][0]?.value).toBe(15);
    expect(grid.cells[6][0]?.value).toBe(65);
  });

  it('reads across sheets', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('Tổng hợp').getCell('A1').value = { formula: "SUM('Chi tiết'!B1:B3)" } as never;
      const detail = wb.addWorksheet('Chi tiết');
      [1, 2, 3].forEach((n) => (detail.getCell(n, 2).value = n * 100));
    });
    const [summary] = await readWorkbook(bytes);
    expect(summary.cells[0][0]).toEqual({ value: 600, formula: "SUM('Chi tiết'!B1:B3)" });
  });

  it('leaves null and notComputed — never 0 — where it cannot compute: unknown functions, cycles, other workbooks', async () => {
    const sheet = rows([[1, '=NOSUCHFUNCTION(A1)', '=D1+1', '=C1+1', '=[1]Sheet1!A1', '=B1+A1']]);
    const [grid] = await readWorkbook(xlsxPackage(sheet));
    for (const c of [1, 2, 3, 4, 5]) {
      expect(grid.cells[0][c]).toMatchObject({ value: null, notComputed: true });
    }
  });

  it('leaves a saved result as it is, even a wrong one: finding it is the checker’s job', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 4 } as never;
    });
    const [grid] = await readWorkbook(bytes);
    expect(grid.cells[2][0]).toEqual({ value: 4, formula: 'SUM(A1:A2)' });
  });
});
