import { formatJson } from '../../src/cli/format-json';
import { formatText, formatTextLines } from '../../src/cli/format-text';
import { runCheck } from '../../src/cli/commands';
import type { Finding, Report } from '../../src/engine/types';

/** 120,000 findings in one table, a long chain of consequences among them: past what a spread into push holds. */
function hugeReport(count: number): Report {
  const findings: Finding[] = Array.from({ length: count }, (_, i) => ({
    id: `F${i + 1}`,
    rule: 'budget/total-rows',
    severity: 'error',
    messageId: 'test.many',
    sheet: 'S',
    tableId: 'T1',
    cell: `C${i + 2}`,
    cells: [],
    expected: String(i),
    actual: String(i + 1),
    params: {},
    // Every finding from the 1,000th on is a consequence of the one before it.
    ...(i >= 1000 ? { causeId: `F${i}` } : {}),
  }));
  return {
    tables: [{ id: 'T1', sheet: 'S', range: `A1:E${count + 1}`, kind: 'budget', columns: [] }],
    findings,
    notices: [],
    summary: { errors: count, warnings: 0, info: 0 },
  };
}

describe('reports with findings at any count', () => {
  const report = hugeReport(120_000);

  it('writes every finding in text, line by line, a long chain of causes included', () => {
    let findingLines = 0;
    let last = '';
    for (const line of formatTextLines({ file: 'lon.xlsx', report }, 'en')) {
      if (line.includes('[Error] S!C')) findingLines++;
      last = line;
    }
    expect(findingLines).toBe(120_000);
    expect(last).toBe('Summary: 120000 errors, 0 warnings, 0 info.');
  });

  it('gives the CLI’s output in pieces, never one string of the whole report', async () => {
    const engine = await import('../../src/engine');
    const spy = jest.spyOn(engine, 'checkWorkbook').mockReturnValue(report);
    const written: string[] = [];
    try {
      const code = await runCheck([require('node:path').join(__dirname, '..', 'fixtures', 'quang-ninh-2012-2015-kinh-phi.xlsx'), '--lang', 'en'], {
        out: (text) => written.push(text),
        err: () => undefined,
      });
      expect(code).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(written.length).toBeGreaterThan(100);
    expect(written.join('\n').split('\n').filter((line) => line.includes('[Error] S!C'))).toHaveLength(120_000);
  });

  it('keeps formatText and JSON working on the same report', () => {
    expect(formatText({ file: 'lon.xlsx', report: hugeReport(2000) }, 'vi')).toContain('Tổng kết: 2000 lỗi');
    expect(JSON.parse(formatJson([{ file: 'lon.xlsx', report }], 'en')).findings).toHaveLength(120_000);
  });
});
