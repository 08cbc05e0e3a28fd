import { checkSheet } from '../../../../src/engine/check';
import { rule } from '../../../../src/engine/rules/budget/total-rows';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { englishSingleYearTable, twoYearTable, yearTotalFirstTable } from './tables';

/** The rule's own findings: the explainer may add a root cause beside them (tests/engine/explain.test.ts). */
const check = ({ rows, merges }: { rows: TestCell[][]; merges: string[] }) =>
  findingsOf(gridOf(rows, { merges }), [rule]).filter((f) => f.rule === rule.meta.id);

/** `Cộng` then `Tổng cộng` merged over each year's sources, like the Quảng Ninh table. */
function grandTotalTable(change: (rows: TestCell[][]) => void = () => {}) {
  const rows: TestCell[][] = [
    ['KINH PHÍ THỰC HIỆN'],
    ['Đơn vị tính: triệu đồng'],
    ['TT', 'Nội dung', 'Năm 2013', null, 'Năm 2014', null, 'Tổng cộng giai đoạn', null],
    [null, null, 'Trung ương', 'Địa phương', 'Trung ương', 'Địa phương', 'Trung ương', 'Địa phương'],
    ['I', 'Dự án 1', 300, 350, 300, 350, 600, 700],
    ['II', 'Dự án 2', 630, 330, 640, 340, 1270, 670],
    ['III', 'Hoạt động kiểm tra, đánh giá', 20, null, 20, null, 40, null],
    [null, 'Cộng', 950, 680, 960, 690, 1910, 1370],
    [null, 'Tổng cộng', 1630, null, 1650, null, 3280, null],
  ];
  change(rows);
  return { rows, merges: ['C3:D3', 'E3:F3', 'G3:H3', 'C9:D9', 'E9:F9', 'G9:H9'] };
}

/** `Tổng 2 năm: TW | ĐP | Cộng`, the grand total merged over each group: the period's is TW + ĐP, not the group's every column. */
function periodWithOwnTotal() {
  const rows: TestCell[][] = [
    ['Đơn vị: triệu đồng'],
    ['TT', 'Nội dung', 'Năm 2024', null, 'Năm 2025', null, 'Tổng 2 năm', null, null],
    [null, null, 'TW', 'ĐP', 'TW', 'ĐP', 'TW', 'ĐP', 'Cộng'],
    ['1', 'Truyền thông', 100, 50, 120, 60, 220, 110, 330],
    ['2', 'Tập huấn', 80, 40, 90, 40, 170, 80, 250],
    [null, 'Cộng', 180, 90, 210, 100, 390, 190, 580],
    [null, 'Tổng cộng', 270, null, 310, null, 580, null, null],
  ];
  return { rows, merges: ['C2:D2', 'E2:F2', 'G2:I2', 'C7:D7', 'E7:F7', 'G7:I7'] };
}

describe('budget/total-rows', () => {
  describe('valid', () => {
    it.each([
      ['total at the bottom, sub-projects not added twice', twoYearTable()],
      ['no diacritics, text numbers', yearTotalFirstTable()],
      ['English, total row on top', englishSingleYearTable()],
      ['a grand total merged over each year', grandTotalTable()],
      ['a grand total merged over the period group with its own `Cộng` column', periodWithOwnTotal()],
    ])('%s', (_name, table) => {
      expect(check(table)).toEqual([]);
    });
  });

  describe('a subtotal in the middle that lists its members (`Cộng thu cân đối ngân sách huyện (A+B)`)', () => {
    const table = (change: (rows: TestCell[][]) => void = () => {}) => {
      const rows: TestCell[][] = [
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Dự toán 2024', 'Dự toán 2025'],
        ['A', 'Thu ngân sách huyện hưởng theo phân cấp', 185_200, 201_400],
        ['1', 'Thu thuế, phí', 120_200, 131_400],
        ['2', 'Thu tiền sử dụng đất', 65_000, 70_000],
        ['B', 'Thu bổ sung từ ngân sách tỉnh', 512_300, 548_600],
        [null, 'Cộng thu cân đối ngân sách huyện (A+B)', 697_500, 750_000],
        ['C', 'Thu chuyển nguồn từ năm trước', 24_500, 18_200],
        [null, 'TỔNG THU NGÂN SÁCH HUYỆN (A+B+C)', 722_000, 768_200],
      ];
      change(rows);
      return { rows, merges: [] };
    };

    it('is a total of A and B, no part of B, and the grand total adds A, B and C', () => {
      const { rows } = table();
      const detected = checkSheet(gridOf(rows));
      expect(detected.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    });

    it('is checked as the sum of its members', () => {
      const found = check(table((rows) => (rows[6][3] = 750_900)));
      expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([['D7', '750000', '750900']]);
    });
  });

  describe('a total whose label subtracts a row it names (`TỔNG SỐ (1+2-3)`)', () => {
    const rows = (label: string, total: number): TestCell[][] => [
      [null, null, 'Đơn vị: triệu đồng'],
      ['STT', 'Nội dung', 'Dự toán'],
      [null, label, total],
      ['1', 'Quỹ lương, phụ cấp và các khoản đóng góp', 32_450],
      ['2', 'Chi hoạt động thường xuyên', 9_680],
      ['3', 'Trừ: tiết kiệm 10% chi thường xuyên để cải cách tiền lương (-)', 1_300],
    ];
    it('is no sum of its rows: 32.450 + 9.680 − 1.300 = 40.830 is reported nowhere, and no deduction is “fixed” to a negative', () => {
      const grid = gridOf(rows('TỔNG SỐ (1+2-3)', 40_830));
      expect(checkSheet(grid).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    });
    it('still checks a total whose label names a range of its rows (`(1-3)`) or their sum', () => {
      expect(check({ rows: rows('TỔNG SỐ (1-3)', 40_830), merges: [] }).map((f) => [f.cell, f.expected])).toEqual([['C3', '43430']]);
      expect(check({ rows: rows('TỔNG SỐ (1+2+3)', 40_830), merges: [] }).map((f) => [f.cell, f.expected])).toEqual([['C3', '43430']]);
    });
  });

  describe('a total that holds what the notes under the table name', () => {
    const noted = (note: string, total: number) =>
      findingsOf(
        gridOf([
          ['Đơn vị: triệu đồng'],
          ['STT', 'Tỉnh, thành phố', 'Bổ sung có mục tiêu (1)'],
          [null, 'TỔNG SỐ', total],
          ['1', 'Hà Giang', 795_000],
          ['2', 'Tuyên Quang', 523_250],
          [null, null, null],
          [null, note, null],
        ]),
        [rule],
      );

    it('is told, not an error, when it is off by exactly the noted amounts (tỷ đồng in a table of triệu đồng)', () => {
      const findings = noted('Ghi chú: (1) Bao gồm 207 tỷ đồng thu hồi vốn tạm ứng và 1.180 tỷ đồng dự phòng chưa phân bổ.', 1_318_250 + 1_180_000);
      expect(findings).toMatchObject([{ cell: 'C3', severity: 'info', messageId: 'budgetTotalRowNoted', cells: ['B7'], params: { amount: '1180000' } }]);
      expect(findings[0].fix).toBeUndefined();
    });

    it('is told as well for a lettered total over its lines (`A | Tổng chi ngân sách địa phương (1)`)', () => {
      const grid = gridOf([
        ['Đơn vị: tỷ đồng'],
        ['STT', 'Chỉ tiêu', 'Dự toán năm 2024'],
        ['A', 'Tổng chi ngân sách địa phương (1)', 14_572],
        ['1', 'Chi đầu tư phát triển', 4_365],
        ['2', 'Chi thường xuyên', 9_800],
        ['3', 'Dự phòng ngân sách', 200],
        [null, null, null],
        [null, 'Ghi chú: (1) Bao gồm 207 tỷ đồng chi từ nguồn tăng thu năm trước.', null],
      ]);
      expect(checkSheet(grid).findings.map((f) => [f.cell, f.severity, f.messageId, f.fix])).toEqual([['C3', 'info', 'budgetTotalRowNoted', undefined]]);
    });

    it('is an error when the difference is not what the notes name', () => {
      expect(noted('Ghi chú: (1) Bao gồm 207 tỷ đồng thu hồi vốn tạm ứng.', 1_318_250 + 200_000)).toMatchObject([{ cell: 'C3', severity: 'error', messageId: 'budgetTotalRow' }]);
    });
  });

  describe('invalid', () => {
    it('a total row that is not the sum of the top-level rows', () => {
      const findings = check(twoYearTable((rows) => (rows[8][2] = 170)));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        rule: 'budget/total-rows',
        cell: 'C9',
        cells: ['C5', 'C8'],
        expected: '110',
        actual: '170',
        messageId: 'budgetTotalRow',
        params: expect.objectContaining({ formula: 'C5+C8', rows: 'I “Dự án 1”, II “Dự án 2”' }),
      });
    });

    it('a total on top, in English', () => {
      const findings = check(englishSingleYearTable((rows) => (rows[4][3] = 210)));
      expect(findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([['D5', '200', '210']]);
    });

    it('both total rows are checked against the data rows, not against each other', () => {
      const findings = check(
        grandTotalTable((rows) => {
          rows[7][2] = 930; // `Cộng` leaves out row III in 2013
          rows[8][2] = 1610; // and `Tổng cộng` follows it
          rows[8][6] = 3260;
        }),
      );
      expect(findings.map((f) => [f.cell, f.expected, f.actual, f.messageId])).toEqual([
        ['C8', '950', '930', 'budgetTotalRow'],
        ['C9', '1630', '1610', 'budgetTotalRowMergedYear'],
        ['G9', '3280', '3260', 'budgetTotalRowMergedPeriod'],
      ]);
      expect(findings[1].cells).toEqual(['C5', 'D5', 'C6', 'D6', 'C7', 'D7']);
      expect(findings[1].params).toMatchObject({ year: '2013', formula: 'SUM(C5:D7)' });
    });
  });
});

describe('a "Cộng" that closes one group', () => {
  it('is said to add the rows of its group, not the top-level items; the grand total over the groups still is', () => {
    const rows: TestCell[][] = [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Tổng số', 'NSTW', 'NSĐP'],
      ['I', 'Huyện Yên Thế', null, null, null],
      ['1', 'Truyền thông', 200, 120, 80],
      ['2', 'Tập huấn', 150, 90, 60],
      [null, 'Cộng', 300, 210, 140], // 350 = 200 + 150; Tổng số alone is wrong
      ['II', 'Huyện Lục Nam', null, null, null],
      ['1', 'Truyền thông', 200, 110, 90],
      [null, 'Cộng', 200, 110, 90],
      [null, 'Tổng cộng', 500, 320, 230], // added up from the Cộng rows
    ];
    const findings = check({ rows, merges: [] });
    expect(findings.map((f) => [f.cell, f.messageId])).toEqual([['C6', 'budgetTotalRowGroup']]);
  });
});
