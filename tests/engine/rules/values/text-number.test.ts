import { checkSheet } from '../../../../src/engine/check';
import { rule } from '../../../../src/engine/rules/values/text-number';
import { findingsOf, gridOf } from '../../grid';
import { budgetHeader, budgetMerges, enHeader, rendered, summary, viHeader } from './tables';

describe('values/text-number', () => {
  describe('valid', () => {
    it('passes typed numbers, ratios, bounds and words: none of them is a number stored as text', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ nữ thạc sỹ', '%', 48.5, 49, 'Sở Nội vụ'],
        ['2', 'Tỷ số giới tính khi sinh', '/100', '113/100', '<115/100', 'Sở Y tế'],
        ['3', 'Tỷ lệ nữ tiến sỹ', '%', 16.6, '>= 20', null],
        ['4', 'Giảm sản phẩm định kiến giới', '%', 'Giảm thiểu tối đa', '-', null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('leaves ambiguous and other-convention text to their own rules', () => {
      const grid = gridOf([...budgetHeader, ['1', 'Tuyên truyền', '1.040', 10, 20, 10, 1060, 20]], { merges: budgetMerges });
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('a figure marked with its footnote (`1.401.700(1)`), as published tables mark an amount', () => {
    const table = (total: string | number, marked: string) =>
      gridOf([
        ['Đơn vị tính: tỷ đồng'],
        ['STT', 'Nội dung', 'Dự toán năm 2025', 'NSTW', 'NSĐP'],
        ['A', 'B', '1=2+3', 2, 3],
        ['A', 'TỔNG CHI NSNN', total, marked, '1.146.700(2)'],
        ['I', 'Chi đầu tư phát triển', 790_700, 420_300, 370_400],
        ['II', 'Chi thường xuyên', 1_688_400, 946_300, 742_100],
        ['III', 'Dự phòng', 69_300, 35_100, 34_200],
      ]);

    it('is text on purpose where no formula reads it: nothing to say, and its figure adds up', () => {
      const { findings } = checkSheet(table(2_548_400, '1.401.700(1)'));
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    });

    it('is skipped by a formula that reads it: a warning', () => {
      expect(findingsOf(table('=SUM(D4:E4)|0', '1.401.700(1)'), [rule]).map((f) => [f.cell, f.severity])).toEqual([
        ['D4', 'warning'],
        ['E4', 'warning'],
      ]);
    });

    it('is read, so a slip in it is found and fixed (the total beside it and the items agree)', () => {
      const { findings } = checkSheet(table(2_548_400, '1.410.700(1)'));
      expect(findings.filter((f) => f.fix).map((f) => [f.cell, f.fix!.value])).toEqual([['D4', '1401700']]);
    });
  });

  describe('invalid', () => {
    it('flags each text number in a column of real numbers that a formula reads, with the number to write', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ các sở có lãnh đạo chủ chốt là nữ', '(%)', '=AVERAGE(D3:D4)|59.5', '=AVERAGE(E3:E4)|60.6', 'Sở Nội vụ'],
        ['1.1', 'Cấp tỉnh', '(%)', '42.86', 45, null],
        ['1.2', 'Cấp huyện', '(%)', 76.19, '76.19', null],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map(summary)).toEqual([
        { rule: 'values/text-number', severity: 'warning', cell: 'D3', cells: [], messageId: 'valuesTextNumber', expected: undefined, actual: undefined },
        { rule: 'values/text-number', severity: 'warning', cell: 'E4', cells: [], messageId: 'valuesTextNumber', expected: undefined, actual: undefined },
      ]);
      expect(findings[0].fix).toEqual({ cell: 'D3', value: '42.86' });
      // The text is quoted as written, the number to enter is shown the reader's way.
      expect(rendered(findings[0]).vi).toContain('“42.86” dưới dạng chữ');
      expect(rendered(findings[0]).vi).toContain('thành số 42,86');
    });

    it('warns of a text number a period total’s SUM reads, even one that reads two ways (1.200), and once only', () => {
      const grid = gridOf([
        ['TT', 'Nội dung', 'ĐVT', 'Năm 2026', 'Năm 2027', 'Năm 2028', 'Cả giai đoạn', 'Cơ quan chủ trì'],
        ['1', 'Số lượt cán bộ nữ được bồi dưỡng', 'lượt người', 1000, 1100, '1.200', '=SUM(D2:F2)|2100', 'Sở Nội vụ'],
        ['2', 'Số lớp tập huấn về bình đẳng giới', 'lớp', 10, 12, 12, '=SUM(D3:F3)|34', 'Sở Nội vụ'],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.severity, f.messageId, f.fix?.value])).toEqual([['F2', 'warning', 'valuesTextNumber', '1200']]);
      expect(rendered(findings[0]).vi).toContain('hàm SUM và các công thức khác sẽ bỏ qua ô này');
      // values/ambiguous-number leaves the cell to this rule: the officer reads one finding there.
      expect(checkSheet(grid).findings.filter((f) => f.cell === 'F2').map((f) => f.rule)).toEqual(['values/text-number']);
    });

    it('only notes (info) a text number in an indicator grid that no formula reads: nothing adds it up', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ lao động nữ làm công hưởng lương', '%', '51,8', 'trên 53', 'Sở Nội vụ'],
        ['2', 'Tỷ lệ người gây bạo lực được tư vấn', '%', 58, 62, 'Sở Y tế'],
        // A formula elsewhere on the sheet reads other cells, not these.
        ['3', 'Tỷ lệ nữ tiến sĩ', '%', '=D3|58', '≥ 63', null],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.severity, f.messageId])).toEqual([['D2', 'info', 'valuesTextNumberUnread']]);
      expect(rendered(findings[0]).en).toContain('no formula reads it yet');
    });

    it('flags a Vietnamese text amount in a budget table, read the Vietnamese way', () => {
      const grid = gridOf([...budgetHeader, ['1', 'Tập huấn', '1.234,5', 10, 20, 10, 1254.5, 20], ['2', 'Hội thảo', 5, 5, 5, 5, 10, 10]], { merges: budgetMerges });
      const [finding] = findingsOf(grid, [rule]);
      expect(summary(finding)).toMatchObject({ cell: 'C4', severity: 'warning' });
      expect(finding.fix).toEqual({ cell: 'C4', value: '1234.5' });
    });

    it('notes (info) a column written all in text, in an English grid without diacritics', () => {
      const grid = gridOf([
        enHeader,
        ['1', 'Share of women deputies', '%', '27.5', 30, 'Home Affairs'],
        ['2', 'Share of women in party committees', '%', '16.2', 25, null],
      ]);
      expect(findingsOf(grid, [rule]).map((f) => [f.cell, f.severity, f.messageId])).toEqual([
        ['D2', 'info', 'valuesTextNumberColumn'],
        ['D3', 'info', 'valuesTextNumberColumn'],
      ]);
    });
  });
});

describe('values/text-number: percentages', () => {
  it('writes 45% typed as text as 0.45 where the column’s numbers are formatted as percentages', () => {
    const grid = gridOf([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'KQ 2024', 'KH 2025'],
      ['1', 'Tỷ lệ nữ thạc sỹ', '%', { value: 0.485, numberFormat: '0.0%' }, '45%'],
      ['2', 'Tỷ lệ nữ tiến sỹ', '%', { value: 0.166, numberFormat: '0.0%' }, { value: 0.2, numberFormat: '0%' }],
    ]);
    const [finding] = findingsOf(grid, [rule]);
    expect([finding.cell, finding.fix?.value]).toEqual(['E2', '0.45']);
  });

  describe('a figure written with its unit of money', () => {
    const table = (unit: string, text: string) =>
      gridOf(
        [
          [unit],
          ['STT', 'Nội dung', 'Tổng số', 'Chia ra', null],
          [null, null, null, 'NSTW', 'NSĐP'],
          [null, 'Tổng cộng', '=SUM(C5:C6)|15000000', 17_000_000, 2_500_000],
          ['1', 'Thuê hội trường', 15_000_000, 15_000_000, 0],
          ['2', 'Tài liệu', text, 2_000_000, 2_500_000],
        ],
        { merges: ['D2:E2'] },
      );

    it('is read as that amount: the SUM that skips it is the consequence, the cell the root, fixed to the number in the table’s unit', () => {
      const { findings } = checkSheet(table('Đơn vị: đồng', '4.500.000đ'));
      const root = findings.find((f) => f.rule === 'budget/root-cause')!;
      expect(root).toMatchObject({ cell: 'C6', messageId: 'budgetRootTextSkipped', fix: { cell: 'C6', value: '4500000' } });
      const note = findings.find((f) => f.rule === 'values/text-number')!;
      expect(note).toMatchObject({ cell: 'C6', messageId: 'valuesTextNumberWithUnit', params: { text: '“4.500.000đ”', value: '4500000', unit: 'đồng' } });
      expect(rendered(note).vi).toContain('Bảng tính theo đồng: nên nhập số 4.500.000');
    });

    it('in another unit than the table’s is converted: 4,5 triệu in a table of đồng is 4.500.000', () => {
      const { findings } = checkSheet(table('Đơn vị: đồng', '4,5 triệu'));
      expect(findings.find((f) => f.rule === 'budget/root-cause')).toMatchObject({ cell: 'C6', fix: { value: '4500000' } });
      expect(findings.find((f) => f.rule === 'values/text-number')).toMatchObject({ params: { value: '4500000' } });
    });

    it('typed as the number it says, with its totals typed right, is only a number stored as text', () => {
      const grid = gridOf(
        [
          ['Đơn vị tính: triệu đồng'],
          ['STT', 'Nội dung', 'Tổng số', 'Chia ra', null],
          [null, null, null, 'NSTW', 'NSĐP'],
          [null, 'Tổng cộng', 1_250, 800, 450],
          ['1', 'Đào tạo nghề', '350 triệu', 200, 150],
          ['2', 'Hỗ trợ việc làm', 900, 600, 300],
        ],
        { merges: ['D2:E2'] },
      );
      const { findings } = checkSheet(grid);
      expect(findings.map((f) => [f.cell, f.rule, f.severity, f.fix?.value])).toEqual([['C5', 'values/text-number', 'warning', '350']]);
    });
  });
});
