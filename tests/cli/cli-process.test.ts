import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, spawnCli } from './run-cli';

jest.setTimeout(60_000);

const BUDGET = join(FIXTURES, 'quang-ninh-2012-2015-kinh-phi.xlsx');
const INDICATOR = join(FIXTURES, 'nghe-an-2017-chi-tieu.xlsx');

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'soat-bieu-cli-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI as a process', () => {
  it.each([BUDGET, INDICATOR])('checks %s as JSON: stdout is only the report, and the exit code follows its errors', (file) => {
    const result = spawnCli([file, '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.file).toBe(file);
    expect(Array.isArray(report.tables)).toBe(true);
    expect(Array.isArray(report.findings)).toBe(true);
    expect(Object.keys(report.summary).sort()).toEqual(['errors', 'info', 'warnings']);
    expect(result.code).toBe(report.summary.errors > 0 ? 1 : 0);
    expect(result.stderr).toBe('');
  });

  it('prints the text report with the same exit code as the JSON one', () => {
    const json = JSON.parse(spawnCli([BUDGET, '--format', 'json']).stdout);
    const text = spawnCli([BUDGET, '--lang', 'en']);
    expect(text.stdout).toContain(`File: ${BUDGET}`);
    const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    expect(text.stdout).toContain(`Summary: ${counted(json.summary.errors, 'error')}, ${counted(json.summary.warnings, 'warning')}, ${json.summary.info} info.`);
    expect(text.code).toBe(json.summary.errors > 0 ? 1 : 0);
  });

  it('checks the built-in samples when no file is given, says so, and exits 0', () => {
    const result = spawnCli([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('assets/samples/');
    expect(result.stdout).toContain('nghe-an-2017-chi-tieu.xlsx');
    expect(result.stdout).toContain('quang-ninh-2012-2015-kinh-phi.xlsx');
  });

  it('gives the samples as a JSON array, the notice going to stderr', () => {
    const result = spawnCli(['--format', 'json', '--lang', 'en']);
    const reports = JSON.parse(result.stdout);
    expect(reports).toHaveLength(2);
    expect(result.stderr).toContain('No file given');
  });

  it.each([
    ['a missing file', () => [join(dir, 'khong-co.xlsx')], /not found/],
    ['a text file renamed .xlsx', () => [write('ghi-chu.xlsx', 'Kế hoạch năm 2026\n')], /neither an Excel workbook/],
    ['an unknown sheet', () => [BUDGET, '--sheet', 'Không có'], /no sheet “Không có”.*“Kinh phí”/],
    ['a bad format', () => [BUDGET, '--format', 'xml'], /Format “xml” is not valid/],
    ['an unknown option', () => [BUDGET, '--colour'], /no option “--colour”/],
  ])('exits 2 with one line on stderr for %s', (_, args, message) => {
    const result = spawnCli([...args(), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it('prints the usage with --help and exits 0', () => {
    const result = spawnCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--tolerance');
  });
});

function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
