import { execFileSync } from 'child_process';
import path from 'path';

/**
 * The two real tables, end to end through the command-line checker: every mistake DOMAIN.md
 * describes is found at its cell, and nothing else is reported as an error.
 */
interface JsonFinding {
  rule: string;
  severity: string;
  cell: string;
  cells: string[];
  expected?: string;
  actual?: string;
  message: string;
  explanation?: string;
  causeId?: string;
  id: string;
}
interface JsonReport {
  tables: { sheet: string; range: string; kind: string; unit?: string }[];
  findings: JsonFinding[];
  summary: { errors: number; warnings: number; info: number };
}

const cli = path.join(__dirname, '..', 'src', 'cli', 'cli.ts');
const tsx = path.join(__dirname, '..', 'node_modules', '.bin', 'tsx');

function check(fixture: string, lang: 'vi' | 'en'): JsonReport {
  const file = path.join(__dirname, 'fixtures', fixture);
  try {
    return JSON.parse(execFileSync(tsx, [cli, file, '--format', 'json', '--lang', lang], { encoding: 'utf8' }));
  } catch (error) {
    const { status, stdout } = error as { status: number; stdout: string };
    expect(status).toBe(1); // errors found: the report is still on stdout
    return JSON.parse(stdout);
  }
}

const rowOf = (cell: string) => Number(/\d+$/.exec(cell)![0]);
const inRow = (findings: JsonFinding[], rule: string, row: number) =>
  findings.filter((f) => f.rule === rule && (rowOf(f.cell) === row || f.cells.some((c) => rowOf(c) === row)));

describe('budget fixture (Quảng Ninh 2012–2015)', () => {
  const en = check('quang-ninh-2012-2015-kinh-phi.xlsx', 'en');
  const vi = check('quang-ninh-2012-2015-kinh-phi.xlsx', 'vi');

  it('finds one budget table in triệu đồng', () => {
    expect(en.tables).toEqual([expect.objectContaining({ sheet: 'Kinh phí', range: 'A3:R20', kind: 'budget', unit: 'triệu đồng' })]);
  });

  it('reports exactly the eight totals that leave out row V, with what they should say', () => {
    const errors = en.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.cell, f.expected, f.actual]).sort()).toEqual(
      [
        ['F19', '1700', '1680'],
        ['I19', '1770', '1750'],
        ['L19', '1810', '1760'],
        ['O19', '5350', '5260'],
        ['F20', '3150', '3130'],
        ['I20', '3240', '3220'],
        ['L20', '3250', '3200'],
        ['O20', '10140', '10050'],
      ].sort(),
    );
    expect(en.summary.errors).toBe(8);
  });

  it('explains every one of them by row V, in both languages', () => {
    for (const report of [en, vi]) {
      const errors = report.findings.filter((f) => f.severity === 'error');
      for (const error of errors) {
        const cause = report.findings.find((f) => f.id === error.causeId);
        const said = `${error.explanation ?? ''} ${cause?.message ?? ''} ${cause?.explanation ?? ''}`;
        expect(said).toMatch(/Hoạt động kiểm tra, đánh giá/);
        expect(said).toMatch(/\bV\b/);
      }
    }
  });

  it('notices that Dự án 3 has no number between II and IV', () => {
    expect(en.findings.filter((f) => rowOf(f.cell) === 12 && f.severity === 'warning').map((f) => f.rule)).toContain('budget/missing-number');
  });
});

describe('indicator fixture (Nghệ An 2017)', () => {
  const report = check('nghe-an-2017-chi-tieu.xlsx', 'en');
  const { findings } = report;

  it('finds one indicator grid and reports nothing in it as an arithmetic error', () => {
    expect(report.tables).toEqual([expect.objectContaining({ sheet: 'Phụ lục', range: 'A3:G54', kind: 'indicator' })]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('flags decimal separators mixed in one table: 42.86 typed as text, 11,8 written the Vietnamese way', () => {
    const separators = findings.filter((f) => f.rule === 'values/text-number' || f.rule === 'values/mixed-convention');
    const flagged = new Set(separators.flatMap((f) => [f.cell, ...f.cells]));
    for (const cell of ['D16', 'D17', 'D18', 'D39']) expect(flagged).toContain(cell);
  });

  it('flags units that do not fit: (%) over 113/100 and (%o) over 16/ 100.000', () => {
    expect(inRow(findings, 'values/unit-fit', 36)).not.toHaveLength(0);
    expect(inRow(findings, 'values/unit-fit', 37)).not.toHaveLength(0);
    const unitRows = new Set(findings.filter((f) => f.rule === 'values/unit-fit').map((f) => rowOf(f.cell)));
    expect([...unitRows].sort()).toEqual([36, 37]);
  });

  it('flags targets weaker than the baseline where lower is better', () => {
    for (const row of [36, 37, 39]) expect(inRow(findings, 'values/target-direction', row)).not.toHaveLength(0);
    for (const row of [25, 26, 45]) expect(inRow(findings, 'values/target-direction', row)).toHaveLength(0);
  });

  it('flags 2.1, 2.2 without their parent 2 in goal VI', () => {
    expect(inRow(findings, 'indicator/numbering', 46)).not.toHaveLength(0);
    expect(findings.filter((f) => f.rule === 'indicator/numbering').every((f) => [46, 47].includes(rowOf(f.cell)))).toBe(true);
  });

  it('flags the two KH năm 2017 columns only where they disagree', () => {
    const duplicates = findings.filter((f) => f.rule === 'indicator/duplicate-columns');
    expect(duplicates.map((f) => rowOf(f.cell))).toEqual([53]);
    expect(duplicates[0]).toMatchObject({ expected: '80', actual: '100' });
  });

  it('flags words under a numeric unit', () => {
    expect(inRow(findings, 'values/words-under-numeric-unit', 42)).not.toHaveLength(0);
  });

  it('accepts the paired shares of new jobs (58 + 42, 57.5 + 42.5, each at least 40%) and the parent ratios', () => {
    expect(findings.filter((f) => f.rule === 'indicator/paired-shares')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'indicator/parent-range')).toEqual([]);
  });
});
