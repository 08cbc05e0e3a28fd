import { checkSheet } from '../../../../src/engine/check';
import { gridOf, type TestCell } from '../../grid';

/**
 * A Biểu 50 shape with one comparison column headed `So sánh` alone, which the column-number row
 * states as `3=2-1`: differences (amounts), not percentages. `difference`: row 7's as typed (3,300).
 */
function table(difference = 3_300, label = '3=2-1', header = 'So sánh'): TestCell[][] {
  const items: [string, string, number, number][] = [
    ['1', 'Chi giáo dục - đào tạo và dạy nghề', 1_302_400, 1_425_600],
    ['2', 'Chi khoa học và công nghệ', 36_200, 38_900],
    ['3', 'Chi y tế, dân số và gia đình', 915_300, 968_400],
    ['4', 'Chi văn hóa thông tin', 68_200, 71_500],
  ];
  const body = items.map(([no, name, a, b], i): TestCell[] => [no, name, a, b, i === 3 ? difference : b - a]);
  return [
    ['Đơn vị: Triệu đồng'],
    ['STT', 'Nội dung', 'Dự toán năm 2017', 'Dự toán năm 2018', header],
    ['A', 'B', '1', '2', label],
    ['II', 'Chi thường xuyên', 2_322_100, 2_504_400, 182_300],
    ...body,
  ];
}
const check = (...args: Parameters<typeof table>) => checkSheet(gridOf(table(...args)));

describe('a column headed "So sánh" alone that the column-number row states as a difference (3=2-1)', () => {
  it('is an amount column, and the consistent table has no finding', () => {
    const result = check();
    expect(result.tables[0].columns.find((c) => c.address === 'E')?.role).toBe('amount');
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a wrong difference is found at its cell, with its fix', () => {
    const findings = check(4_200).findings;
    expect(findings.filter((f) => f.fix).map((f) => [f.cell, f.severity, f.fix!.value])).toEqual([['E8', 'error', '3300']]);
  });

  it('stated as a quotient (3=2/1), or headed as a percentage, it stays a ratio column', () => {
    expect(check(3_300, '3=2/1').tables[0].columns.find((c) => c.address === 'E')?.role).toBe('ratio');
    expect(check(3_300, '3=2-1', 'So sánh (%)').tables[0].columns.find((c) => c.address === 'E')?.role).toBe('ratio');
  });
});
