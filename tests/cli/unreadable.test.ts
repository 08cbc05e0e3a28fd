import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CFB } from '@e965/xlsx';
import { rows, xlsxPackage } from '../io/packages';
import { declareSize } from '../io/packages';
import { FIXTURES, runInProcess } from './run-cli';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'soat-bieu-unreadable-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Exit 2 and exactly one line on stderr, in each language. */
async function refused(path: string, vi: RegExp, en: RegExp): Promise<void> {
  for (const [lang, pattern] of [['vi', vi], ['en', en]] as const) {
    const result = await runInProcess([path, '--lang', lang]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
  }
}

describe('files that cannot be checked get one plain line and exit 2', () => {
  it('a folder', async () => {
    await refused(dir, /là một thư mục/, /is a folder/);
  });

  it('/dev/zero and a FIFO: not regular files, refused without reading (a FIFO would hang)', async () => {
    await refused('/dev/zero', /không phải là tệp thông thường/, /not a regular file/);
    const fifo = join(dir, 'ong.csv');
    execFileSync('mkfifo', [fifo]);
    await refused(fifo, /không phải là tệp thông thường/, /not a regular file/);
  });

  it('a file past the size limit, as a size and not ERR_FS_FILE_TOO_LARGE', async () => {
    const big = file('lon.xlsx', '');
    truncateSync(big, 101 * 2 ** 20); // sparse: nothing written to disk
    await refused(big, /quá lớn \(101 MB; tối đa 100 MB\)/, /too large \(101 MB; at most 100 MB\)/);
  });

  it('a truncated workbook is “damaged”', async () => {
    const bytes = xlsxPackage(rows(Array.from({ length: 300 }, (_, r) => [r, `dòng ${r}`])));
    await refused(file('cut.xlsx', bytes.subarray(0, bytes.length - 200)), /bị hỏng hoặc không đầy đủ/, /damaged or incomplete/);
  });

  it('an encrypted workbook says so', async () => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, 'EncryptionInfo', Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(container, 'EncryptedPackage', new Uint8Array(2048));
    const bytes = new Uint8Array(CFB.write(container, { type: 'array' }) as unknown as ArrayBuffer);
    await refused(file('mat-khau.xlsx', bytes), /đặt mật khẩu để mở/, /password to open/);
  });

  it('a zip bomb names the limit it went past', async () => {
    const bytes = declareSize(xlsxPackage(rows([[1]])), 'xl/worksheets/sheet1.xml', 3 * 2 ** 30);
    await refused(file('bom.xlsx', bytes), /vượt giới hạn đọc: một phần của tệp khi giải nén chiếm hơn 256 MB/, /past a reading limit: one of its parts inflates to more than 256 MB/);
  });
});

describe('files that used to be refused are read', () => {
  it.each([['mof-plan-2004.xls'], ['mof-final-2006.xls']])('an Excel 97–2003 .xls (the Ministry of Finance’s own %s)', async (name) => {
    const path = join(dir, name);
    copyFileSync(join(FIXTURES, name), path);
    const result = await runInProcess([path, '--format', 'json']);
    expect([0, 1]).toContain(result.code);
    expect(result.stderr).toBe('');
    // Its table layout is the engine's to read (issue 8); the reader's part is to deliver every sheet.
    expect(JSON.parse(result.stdout).file).toBe(path);
  });

  it('Excel’s “Unicode Text” export: UTF-16LE, tab separated, named .txt', async () => {
    const text = 'Đơn vị tính: triệu đồng\t\t\t\r\nTT\tNội dung\tTrung ương\tĐịa phương\r\n1\tTuyên truyền\t1.040\t250\r\n2\tTập huấn\t90\t16,5\r\n\tCộng\t1.230\t266,5\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const result = await runInProcess([file('unicode.txt', bytes), '--format', 'json']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.tables).toHaveLength(1);
    expect(report.findings.some((finding: { cell: string; severity: string }) => finding.cell === 'C5' && finding.severity === 'error')).toBe(true);
  });
});
