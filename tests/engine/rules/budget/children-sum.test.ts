import { rule } from '../../../../src/engine/rules/budget/children-sum';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { englishSingleYearTable, twoYearTable } from './tables';

/** The rule's own findings: localisation adds the root cause beside them (tests/engine/locate.test.ts). */
const check = ({ rows, merges }: { rows: TestCell[][]; merges: string[] }) => findingsOf(gridOf(rows, { merges }), [rule]).filter((f) => f.rule === rule.meta.id);

/** One year with `Trong đó` (of which) lines under an activity: they may add up to less than it. */
function ofWhichTable(change: (rows: TestCell[][]) => void = () => {}) {
  const rows: TestCell[][] = [
    ['Kinh phí năm 2024'],
    ['ĐVT: triệu đồng'],
    ['TT', 'Nội dung', 'Năm 2024', null, null],
    [null, null, 'Tổng số', 'NSTW', 'NSĐP'],
    [null, 'Tổng số', 300, 200, 100],
    ['1', 'Hoạt động A', 100, 100, '-'],
    ['2', 'Hoạt động B', 200, 100, 100],
    [null, 'Trong đó:', null, null, null],
    ['-', 'Chi đào tạo', 50, 30, 20],
  ];
  change(rows);
  return { rows, merges: ['C3:E3'] };
}

/**
 * A public-investment plan: sectors `I`, `II` over groups `a)` / `b)` over projects numbered 1–6
 * straight through the groups; every group the sum of its projects.
 */
function investmentPlan(change: (rows: TestCell[][]) => void = () => {}) {
  const rows: TestCell[][] = [
    ['Đơn vị: triệu đồng'],
    ['STT', 'Danh mục dự án', 'TMĐT', 'Kế hoạch năm 2025', null],
    [null, null, null, 'NSTW', 'NSĐP'],
    [null, 'TỔNG SỐ', 529_600, 101_000, 65_500],
    ['I', 'Ngành Giao thông', 372_500, 76_000, 27_000],
    ['a)', 'Dự án chuyển tiếp hoàn thành năm 2025', 127_500, 16_000, 17_000],
    ['1', 'Đường giao thông liên xã', 85_000, 16_000, 4_500],
    ['2', 'Cầu Khe Lau', 42_500, '-', 12_500],
    ['b)', 'Dự án khởi công mới năm 2025', 245_000, 60_000, 10_000],
    ['3', 'Đường ven biển', 245_000, 60_000, 10_000],
    ['II', 'Ngành Giáo dục - đào tạo', 157_100, 25_000, 38_500],
    ['a)', 'Dự án chuyển tiếp hoàn thành năm 2025', 131_400, 25_000, 26_000],
    ['4', 'Trường THPT Nguyễn Du', 18_600, '-', 8_200],
    ['5', 'Hồ chứa nước Khe Xai', 112_800, 25_000, 17_800],
    ['b)', 'Dự án khởi công mới năm 2025', 25_700, '-', 12_500],
    ['6', 'Trường Tiểu học Thạch Kim', 14_500, '-', 7_000],
    ['7', 'Trường THCS Cẩm Quan', 11_200, '-', 5_500],
  ];
  change(rows);
  return { rows, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2'] };
}

/**
 * An item broken down twice, as Biểu 48 of Thông tư 343/2016 does: by field and by source of funds,
 * each under its own `Trong đó` heading (`headings` gives the two), each within the item (E: 160 and
 * 420 of 530) though together past it (580).
 */
function twoBreakdownsTable(headings: TestCell[][] = [[null, 'Trong đó: Chia theo lĩnh vực'], [null, 'Trong đó: Chia theo nguồn vốn']], change: (rows: TestCell[][]) => void = () => {}) {
  const rows: TestCell[][] = [
    ['Đơn vị: Triệu đồng'],
    ['STT', 'Nội dung', 'Ngân sách địa phương', 'Ngân sách cấp tỉnh', 'Ngân sách huyện'],
    ['1', 'Chi đầu tư cho các dự án', 1_850, 1_320, 530],
    ...headings.slice(0, -1),
    ['-', 'Chi giáo dục - đào tạo', 420, 260, 160],
    ['-', 'Chi khoa học và công nghệ', 35, 35, null],
    ...headings.slice(-1),
    ['-', 'Chi từ nguồn thu tiền sử dụng đất', 900, 480, 420],
    ['-', 'Chi từ nguồn thu xổ số kiến thiết', 95, 95, null],
    ['2', 'Chi đầu tư phát triển khác', 60, 60, null],
  ];
  change(rows);
  return { rows, merges: [] };
}

/** An item whose `Trong đó` lists its two sources of funds, which add up to it in each of four columns (two years × NSTW, NSĐP). */
function completeBreakdownTable(change: (rows: TestCell[][]) => void = () => {}) {
  const rows: TestCell[][] = [
    ['Đơn vị: Triệu đồng'],
    ['STT', 'Nội dung', 'Năm 2024', null, 'Năm 2025', null],
    [null, null, 'NSTW', 'NSĐP', 'NSTW', 'NSĐP'],
    ['1', 'Chi đầu tư cho các dự án', 500, 400, 300, 200],
    [null, 'Trong đó:'],
    ['-', 'Vốn trong nước', 450, 350, 250, 150],
    ['-', 'Vốn nước ngoài', 50, 50, 50, 50],
    ['2', 'Chi đầu tư phát triển khác', 60, 50, 40, 30],
  ];
  change(rows);
  return { rows, merges: ['C2:D2', 'E2:F2'] };
}

describe('budget/children-sum', () => {
  describe('valid', () => {
    it.each([
      ['parents equal to their children', twoYearTable()],
      ['a table with no sub-rows', englishSingleYearTable()],
      ['an investment plan whose `a)` / `b)` groups add up the projects numbered straight through them', investmentPlan()],
      ['`Trong đó` lines less than their parent', ofWhichTable()],
      [
        // As the Ministry's settlements write it: item 2 has no amount of its own, only a part of it is listed.
        'an item with no amount whose `Trong đó` lines are gross, refunds and net: its parent is not their sum',
        {
          rows: [
            ['Đơn vị tính: tỷ đồng'],
            ['STT', 'Chỉ tiêu', 'Quyết toán năm 2009'],
            ['IV', 'Thu cân đối từ hoạt động xuất khẩu, nhập khẩu', 105_629],
            ['1', 'Thuế xuất khẩu, nhập khẩu', 76_996],
            ['2', 'Thuế giá trị gia tăng hàng nhập khẩu', null],
            [null, 'Trong đó: - Tổng số thu', 66_633],
            [null, '- Số hoàn thuế', -38_000],
            [null, '- Số thu cân đối', '=C6+C7|28633'],
          ],
          merges: [],
        },
      ],
      [
        // A settlement's `Chênh lệch QT - DT`: the item spent 131,360 less than estimated, its two listed parts 28,430 less.
        '`Trong đó` lines in a column of differences, negative like their parent (smaller, not larger, than its shortfall)',
        {
          rows: [
            ['Đơn vị tính: triệu đồng'],
            ['STT', 'Nội dung', 'Dự toán', 'Quyết toán', 'Chênh lệch QT - DT'],
            ['1', 'Chi đầu tư cho các dự án', 1_250_000, 1_118_640, -131_360],
            [null, 'Trong đó:', null, null, null],
            ['-', 'Chi giáo dục', 420_000, 398_150, -21_850],
            ['-', 'Chi y tế', 180_000, 173_420, -6_580],
          ],
          merges: [],
        },
      ],
      [
        // The same column with parts of both signs: a difference column's parts bound nothing.
        '`Trong đó` lines of both signs in a column headed `Chênh lệch`',
        {
          rows: [
            ['Đơn vị tính: triệu đồng'],
            ['STT', 'Nội dung', 'Dự toán', 'Quyết toán', 'Chênh lệch'],
            ['I', 'Chi đầu tư phát triển', 1_250_000, 1_118_640, -131_360],
            [null, 'Trong đó:', null, null, null],
            ['-', 'Chi giáo dục', 420_000, 398_150, -21_850],
            ['-', 'Chi y tế', 180_000, 186_200, 6_200],
          ],
          merges: [],
        },
      ],
      ['two `Trong đó` breakdowns of one item (by field, by source), each within it, together past it', twoBreakdownsTable()],
      [
        'one `Trong đó:` over two `Chia theo …` sub-headings: each a part of the item on its own',
        twoBreakdownsTable([[null, 'Trong đó:'], [null, 'Chia theo lĩnh vực'], [null, 'Chia theo nguồn vốn']]),
      ],
      // A part may fall short of its item anywhere: only a list borne out as all of it is held to `=`.
      ['a `Trong đó` breakdown short of its item in most columns', completeBreakdownTable((rows) => rows[5].splice(2, 4, 400, 300, 200, 100))],
      ['a single `Trong đó` line equal to its item in three columns, short in one', completeBreakdownTable((rows) => rows.splice(5, 2, ['-', 'Vốn nước ngoài', 500, 400, 300, 150]))],
    ])('%s', (_name, table) => {
      expect(check(table)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a parent that is not the sum of its children', () => {
      const findings = check(twoYearTable((rows) => (rows[4][4] = 125)));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        rule: 'budget/children-sum',
        severity: 'error',
        cell: 'E5',
        cells: ['E6', 'E7'],
        expected: '120',
        actual: '125',
        messageId: 'budgetChildrenSum',
        params: expect.objectContaining({ rowName: 'I “Dự án 1”', formula: 'SUM(E6:E7)' }),
        fix: { cell: 'E5', value: '120' },
      });
    });

    it('a project left out of its group’s total in an investment plan: the group is flagged, not the sector above it', () => {
      // II b) typed as project 6 alone, and II and TỔNG SỐ added up from it.
      const findings = check(
        investmentPlan((rows) => {
          rows[14].splice(2, 3, 14_500, '-', 7_000);
          rows[10].splice(2, 3, 145_900, 25_000, 33_000);
          rows[3].splice(2, 3, 518_400, 101_000, 60_000);
        }),
      );
      expect(findings.map((f) => [f.cell, f.cells, f.expected, f.actual])).toEqual([
        ['C15', ['C16', 'C17'], '25700', '14500'],
        ['E15', ['E16', 'E17'], '12500', '7000'],
      ]);
    });

    it('a child changed breaks the parent in that column only', () => {
      const findings = check(twoYearTable((rows) => (rows[6][3] = '35')));
      expect(findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([['D5', '55', '50']]);
    });

    it('`Trong đó` lines past a parent whose sign is lost (negative over positive parts) are still past it', () => {
      const findings = check(ofWhichTable((rows) => (rows[6][2] = -200)));
      expect(findings.map((f) => [f.cell, f.messageId])).toEqual([['C7', 'budgetChildrenOfWhichExceed']]);
    });

    it('`Trong đó` lines adding up to more than their parent are a warning', () => {
      // The line's own row agrees (150 = 130 + 20): nothing tells which of the two is wrong.
      const findings = check(
        ofWhichTable((rows) => {
          rows[8][3] = 130;
          rows[8][2] = 150;
        }),
      );
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ cell: 'D7', severity: 'warning', expected: '130', actual: '100', messageId: 'budgetChildrenOfWhichExceed' });
      expect(findings[0].fix).toBeUndefined();
    });

    it('one of two `Trong đó` breakdowns past the item is flagged against that breakdown alone', () => {
      // By source, 420 + 150 = 570 in E is past 530; by field, 160 is not.
      const findings = check(twoBreakdownsTable(undefined, (rows) => (rows[8][4] = 150)));
      expect(findings.map((f) => [f.cell, f.cells, f.expected, f.actual, f.messageId])).toEqual([['E3', ['E8', 'E9'], '570', '530', 'budgetChildrenOfWhichExceed']]);
    });

    it('a `Chia theo …` sub-heading under one `Trong đó:` past the item is flagged against its own rows', () => {
      const findings = check(twoBreakdownsTable([[null, 'Trong đó:'], [null, 'Chia theo lĩnh vực'], [null, 'Chia theo nguồn vốn']], (rows) => (rows[5][4] = 600)));
      expect(findings.map((f) => [f.cell, f.cells, f.expected, f.actual])).toEqual([['E3', ['E6', 'E7'], '600', '530']]);
    });

    it('a `Trong đó` breakdown that adds up to its item in three columns and falls short in one is all of it: the fourth is a slip', () => {
      const findings = check(completeBreakdownTable((rows) => (rows[6][5] = 40)));
      expect(findings.map((f) => [f.cell, f.expected, f.actual, f.messageId, f.severity])).toEqual([['F4', '190', '200', 'budgetChildrenSum', 'error']]);
    });

    it('a `Trong đó` line its own row shows mistyped is the root: the parent it exceeds is right, a note under it', () => {
      const findings = check(ofWhichTable((rows) => (rows[8][3] = 130)));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ cell: 'D7', severity: 'info', causeId: expect.any(String), messageId: 'budgetChildrenOfWhichExceed' });
      expect(findings[0].fix).toBeUndefined();
    });
  });
});
