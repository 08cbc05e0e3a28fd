import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { buildBudgetWorkbook } from '../bench/generate';
import { workbookBytes } from '../io/workbook-bytes';
import { runInProcess, type CliResult } from './run-cli';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'soat-bieu-commands-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function xlsx(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await workbookBytes(build));
  return file;
}

/** Whatever the engine finds, the JSON holds the contract and the exit code agrees with its summary. */
async function checkJson(file: string, ...extra: string[]): Promise<{ result: CliResult; report: any }> {
  const result = await runInProcess([file, '--format', 'json', ...extra]);
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout);
  expect(report.file).toBe(file);
  expect(result.code).toBe(report.summary.errors > 0 ? 1 : 0);
  const count = (severity: string) => report.findings.filter((f: { severity: string }) => f.severity === severity).length;
  expect(report.summary).toEqual({ errors: count('error'), warnings: count('warning'), info: count('info') });
  for (const finding of report.findings) {
    expect(Object.keys(finding).slice(0, 9)).toEqual(['rule', 'severity', 'sheet', 'cell', 'cells', 'expected', 'actual', 'message', 'explanation']);
  }
  return { result, report };
}

describe('check on awkward workbooks', () => {
  it('says an empty sheet is empty and exits 0', async () => {
    const file = await xlsx('trong.xlsx', (wb) => wb.addWorksheet('Trống'));
    const { result, report } = await checkJson(file);
    expect(result.code).toBe(0);
    expect(report.tables).toEqual([]);
    expect(report.notices.map((n: { sheet: string }) => n.sheet)).toContain('Trống');
    expect((await runInProcess([file, '--lang', 'en'])).stdout).toContain('Sheet “Trống” is empty.');
  });

  it('says a sheet of prose has no table and exits 0', async () => {
    const file = await xlsx('van-ban.xlsx', (wb) => {
      const ws = wb.addWorksheet('Tờ trình');
      ['TỜ TRÌNH', 'Về việc ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới năm 2026', 'Kính gửi: Ủy ban nhân dân tỉnh', 'Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ;']
        .forEach((line, i) => (ws.getCell(i + 1, 1).value = line));
    });
    const { result, report } = await checkJson(file, '--lang', 'en');
    expect(result.code).toBe(0);
    expect(report.tables).toEqual([]);
    expect(report.notices[0].message).toMatch(/No indicator grid or budget table/);
  });

  it('survives merged cells everywhere', async () => {
    const file = await xlsx('gop-o.xlsx', (wb) => {
      const ws = wb.addWorksheet('Gộp');
      for (let r = 1; r <= 40; r += 2) {
        for (let c = 1; c <= 20; c += 2) {
          ws.getCell(r, c).value = (r + c) % 3 === 0 ? 'Tổng cộng' : r * c;
          ws.mergeCells(r, c, r + 1, c + 1);
        }
      }
    });
    await checkJson(file);
  });

  it('survives #REF! and other error values in a budget table', async () => {
    const file = await xlsx('loi-ref.xlsx', (wb) => {
      const ws = wb.addWorksheet('Kinh phí');
      ws.addRow(['Đơn vị tính: triệu đồng']);
      ws.addRow(['TT', 'Nội dung', 'Trung ương', 'Địa phương', 'Tổng số']);
      ws.addRow(['1', 'Tuyên truyền', 100, { error: '#REF!' }, { formula: 'C3+D3', result: { error: '#REF!' } }]);
      ws.addRow(['2', 'Tập huấn', { error: '#N/A' }, 50, { formula: 'C4+D4', result: { error: '#N/A' } }]);
      ws.addRow(['', 'Cộng', { formula: 'SUM(C3:C4)', result: { error: '#N/A' } }, 50, { formula: 'SUM(E3:E4)', result: { error: '#REF!' } }]);
    });
    await checkJson(file);
  });

  it('reports error values as errors, the total row first, and exits 1', async () => {
    const file = await xlsx('loi-ref-tong.xlsx', (wb) => {
      const ws = wb.addWorksheet('Kinh phí');
      ws.addRow(['Đơn vị tính: triệu đồng']);
      ws.addRow(['TT', 'Nội dung', 'Trung ương', 'Địa phương', 'Tổng số']);
      ws.addRow(['1', 'Tuyên truyền', 100, 50, { formula: 'C3+D3', result: 150 }]);
      ws.addRow(['2', 'Tập huấn', 20, { formula: '1/0', result: { error: '#DIV/0!' } }, 20]);
      ws.addRow(['', 'Cộng', { formula: 'SUM(#REF!)', result: { error: '#REF!' } }, 50, { formula: 'SUM(#REF!)', result: { error: '#REF!' } }]);
    });
    const { result, report } = await checkJson(file);
    expect(result.code).toBe(1);
    const errors = report.findings.filter((f: { rule: string }) => f.rule === 'values/error-value');
    expect(errors.map((f: { cell: string; cells: string[]; severity: string }) => [f.cell, f.cells, f.severity])).toEqual([
      ['C5', ['E5'], 'error'],
      ['D4', [], 'error'],
    ]);
    expect(report.findings[0].cell).toBe('C5');
  });

  it('survives words in number columns', async () => {
    const file = await xlsx('chu-trong-cot-so.xlsx', (wb) => {
      const ws = wb.addWorksheet('Chỉ tiêu');
      ws.addRow(['TT', 'Chỉ tiêu', 'ĐVT', 'KQ năm 2025', 'KH năm 2026', 'Đơn vị chủ trì']);
      ws.addRow(['1', 'Tỷ lệ nữ đại biểu HĐND', '%', 'chưa có số liệu', 'Giảm thiểu tối đa', 'Sở Nội vụ']);
      ws.addRow(['2', 'Số vụ bạo lực gia đình', 'vụ', '1.040', 'khoảng 900', 'Công an tỉnh']);
      ws.addRow(['3', 'Tỷ số giới tính khi sinh', 'bé trai/100 bé gái', '113/100', '<109/100', 'Sở Y tế']);
    });
    await checkJson(file);
  });

  it('checks a large budget workbook', async () => {
    const { workbook } = buildBudgetWorkbook({ sheets: 1, tablesPerSheet: 2, projects: 5, parts: 6, activities: 8, firstYear: 2021, years: 5 });
    const file = join(dir, 'lon.xlsx');
    await workbook.xlsx.writeFile(file);
    await checkJson(file);
  });

  it('reads a `;` CSV as a Vietnamese-locale Excel saves it, and accepts --sheet with its name', async () => {
    const file = join(dir, 'kinh-phi.csv');
    writeFileSync(file, '\uFEFFĐơn vị tính: triệu đồng;;;\r\nTT;Nội dung;Trung ương;Địa phương\r\n1;Tuyên truyền;1.040;250\r\n2;Tập huấn;90;16,5\r\n;Cộng;1.130;266,5\r\n');
    await checkJson(file, '--sheet', 'kinh-phi');
  });

  it('exits 2 for random bytes, whatever the file is called', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    for (const name of ['ngau-nhien.xlsx', 'ngau-nhien.csv', 'ngau-nhien.bin']) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const result = await runInProcess([file]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('không phải là sổ tính Excel');
    }
  });

  it('exits 2 for a broken .xls file, saying it is damaged', async () => {
    const file = join(dir, 'cu.xls');
    writeFileSync(file, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const result = await runInProcess([file, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/damaged or incomplete/);
  });
});

describe('check options', () => {
  const budget = join(__dirname, '..', 'fixtures', 'quang-ninh-2012-2015-kinh-phi.xlsx');

  it.each([['0,5'], ['0.5'], ['20']])('accepts --tolerance %s', async (tolerance) => {
    await checkJson(budget, '--tolerance', tolerance);
  });

  it.each([
    [['--tolerance=-1'], /Dung sai “-1”/],
    [['--tolerance', 'nhiều'], /Dung sai “nhiều”/],
    [['--lang', 'fr'], /Ngôn ngữ “fr”/],
    [['--format'], /--format/],
  ])('refuses %j with exit 2', async (args, message) => {
    const result = await runInProcess([budget, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('renders messages in the chosen language', async () => {
    const vi = await runInProcess([budget]);
    const en = await runInProcess([budget, '--lang', 'en']);
    expect(vi.stdout).toMatch(/^Tệp: /);
    expect(vi.stdout).toMatch(/Tổng kết: \d+ lỗi/);
    expect(en.stdout).toMatch(/^File: /);
    expect(en.stdout).toMatch(/Summary: \d+ errors/);
  });
});
