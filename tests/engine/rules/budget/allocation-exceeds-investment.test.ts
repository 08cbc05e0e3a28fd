import { rule } from '../../../../src/engine/rules/budget/allocation-exceeds-investment';
import { findingsOf, gridOf, type TestCell } from '../../grid';

/** A project: TMĐT (total, of which NSĐP), allocated so far (total, NSĐP), plan (total, NSTW, NSĐP). */
type Project = [number, number, number | null, number | null, number, number | null, number | null];

/**
 * A public-investment plan in triệu đồng after the provincial forms: `TMĐT | Lũy kế vốn đã bố trí
 * đến hết năm 2024 | Kế hoạch năm 2025`, each split `Tổng số / Trong đó`, a `TỔNG SỐ` row of SUM
 * formulas over the projects (sheet rows 6…).
 */
function table(projects: Project[], { allocatedHeader = 'Lũy kế vốn đã bố trí đến hết năm 2024', planHeader = 'Kế hoạch năm 2025' } = {}) {
  const top = 5;
  const bottom = top + projects.length - 1;
  const sum = (k: number) => projects.reduce((a, p) => a + (p[k] ?? 0), 0);
  const letters = ['C', 'D', 'E', 'F', 'G', 'H', 'I'];
  const rows: TestCell[][] = [
    ['KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2025'],
    [null, null, null, null, null, null, null, null, 'Đơn vị: triệu đồng'],
    ['STT', 'Danh mục dự án', 'TMĐT', null, allocatedHeader, null, planHeader, null, null],
    [null, null, 'Tổng số', 'Trong đó: NSĐP', 'Tổng số', 'Trong đó: NSĐP', 'Tổng số', 'NSTW', 'NSĐP'],
    [null, 'TỔNG SỐ', ...letters.map((l, k) => `=SUM(${l}${top + 1}:${l}${bottom + 1})|${sum(k)}`)],
    ...projects.map((p, i) => [i + 1, `Dự án ${i + 1}`, ...p] as TestCell[]),
  ];
  return gridOf(rows, { merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:I3'] });
}

const CONSISTENT: Project[] = [
  [85_000, 25_000, 62_000, 18_500, 20_500, 16_000, 4_500],
  [18_600, 18_600, 9_500, 9_500, 8_200, null, 8_200],
  [14_500, 14_500, null, null, 7_000, null, 7_000],
];

const check = (grid: ReturnType<typeof table>) => findingsOf(grid, [rule]);

describe('budget/allocation-exceeds-investment', () => {
  it.each([
    ['every project within its total investment', table(CONSISTENT)],
    // Up to the total investment exactly: the project is fully funded.
    ['a project funded to its total exactly', table([...CONSISTENT, [10_000, 10_000, 6_000, 6_000, 4_000, null, 4_000]])],
    // The allocation so far already holds this year's plan (`đến hết năm 2025`): the two do not add up.
    ['an allocation so far that takes in the plan’s year', table([...CONSISTENT, [10_000, 10_000, 9_000, 9_000, 4_000, null, 4_000]], { allocatedHeader: 'Lũy kế vốn đã bố trí đến hết năm 2025' })],
    // No approved total yet (a project being prepared).
    ['a project with no total investment', table([...CONSISTENT, [0, 0, 500, 500, 300, null, 300]])],
  ])('valid: %s', (_name, grid) => {
    expect(check(grid)).toEqual([]);
  });

  it('builds nothing for a table without those columns', () => {
    const grid = gridOf([
      ['DỰ TOÁN CHI NGÂN SÁCH NĂM 2025'],
      ['STT', 'Nội dung', 'Dự toán năm 2024', 'Dự toán năm 2025'],
      [null, 'Tổng cộng', '=SUM(C4:C5)|95100', '=SUM(D4:D5)|200'],
      [1, 'Chi sự nghiệp', 95_000, 100],
      [2, 'Chi đầu tư', 100, 100],
    ]);
    expect(check(grid)).toEqual([]);
  });

  it('flags an allocation so far above the total investment, at the allocation, with no fix', () => {
    const projects = CONSISTENT.map((p) => [...p] as Project);
    projects[1][2] = 95_000;
    const findings = check(table(projects));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'budget/allocation-exceeds-investment',
      severity: 'warning',
      cell: 'E7',
      cells: ['C7'],
      messageId: 'budgetAllocatedExceedsInvestment',
      expected: '18600',
      actual: '95000',
      params: { allocated: '95000', investment: '18600' },
    });
    expect(findings[0].fix).toBeUndefined();
  });

  it('flags the plan where only the allocation so far and the plan together exceed, source by source', () => {
    const projects = CONSISTENT.map((p) => [...p] as Project);
    projects[1] = [18_600, 18_600, 15_000, 15_000, 8_200, null, 8_200];
    const findings = check(table(projects));
    expect(findings.map((f) => [f.cell, f.messageId])).toEqual([
      ['G7', 'budgetPlanExceedsInvestment'],
      ['I7', 'budgetPlanExceedsInvestment'],
    ]);
    expect(findings[0]).toMatchObject({ actual: '23200', expected: '18600', params: { allocated: '15000', plan: '8200', sum: '23200' } });
  });

  it('flags a new project’s plan above its total investment', () => {
    const projects = CONSISTENT.map((p) => [...p] as Project);
    projects[2] = [14_500, 14_500, null, null, 17_000, null, 17_000];
    const findings = check(table(projects));
    expect(findings.map((f) => [f.cell, f.messageId])).toEqual([
      ['G8', 'budgetPlanAloneExceedsInvestment'],
      ['I8', 'budgetPlanAloneExceedsInvestment'],
    ]);
  });

  it('flags a source above its TMĐT once, not again at the plan’s total that adds it by formula (a formula follows its cells)', () => {
    const projects = CONSISTENT.map((p) => [...p] as Project);
    // 4.000.000 typed for 4.000 (a slip of ×1000) in NSĐP; the plan's Tổng số is =H6+I6.
    projects[0] = [85_000, 25_000, 62_000, 18_500, 4_016_000, 16_000, 4_000_000];
    const grid = table(projects);
    grid.cells[5]![6] = { value: 4_016_000, formula: 'H6+I6' };
    expect(check(grid).map((f) => [f.cell, f.messageId])).toEqual([['I6', 'budgetPlanExceedsInvestment']]);
    // Typed, the total is compared too: it may be the wrong figure.
    expect(check(table(projects)).map((f) => f.cell)).toEqual(['G6', 'I6']);
  });

  it('does not compare columns of different sources', () => {
    // Project 1's allocation so far in total (62,000) exceeds its TMĐT of NSĐP (25,000), and its NSTW
    // plan has no NSTW total investment: only total with total and NSĐP with NSĐP are compared.
    expect(check(table(CONSISTENT.slice(0, 1)))).toEqual([]);
  });
});
