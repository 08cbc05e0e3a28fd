import { rule } from '../../../../src/engine/rules/values/target-met';
import { findingsOf, gridOf } from '../../grid';
import { rendered, summary } from './tables';

describe('values/target-met', () => {
  describe('valid', () => {
    it('says nothing where no result stands beside a target of the same year', () => {
      const grid = gridOf([
        ['TT', 'Chỉ tiêu', 'ĐVT', 'KQ năm 2016', 'KH năm 2017'],
        ['1', 'Tỷ lệ nữ thạc sỹ', '%', 48.5, 49],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('says met (info) and not met (warning), honouring lower-is-better and bounds', () => {
      const grid = gridOf([
        ['TT', 'Chỉ tiêu', 'ĐVT', 'KH 2017', 'TH 2017'],
        ['1', 'Tỷ lệ nữ thạc sỹ', '%', 49, 50.5],
        ['2', 'Tỷ lệ nữ tiến sỹ', '%', 22, 20],
        ['3', 'Giảm tỷ lệ phá thai', '/100', '25/100', '26/100'],
        ['4', 'Tỷ số tử vong bà mẹ', '/100.000', '<52/100.000', '16/100.000'],
        ['5', 'Tỷ lệ nữ được tạo việc làm mới', '%', '>= 40', 40],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map(summary)).toEqual([
        { rule: 'values/target-met', severity: 'info', cell: 'E2', cells: ['D2'], messageId: 'valuesTargetMet', expected: '49', actual: '50.5' },
        { rule: 'values/target-met', severity: 'warning', cell: 'E3', cells: ['D3'], messageId: 'valuesTargetNotMetHigher', expected: '22', actual: '20' },
        { rule: 'values/target-met', severity: 'warning', cell: 'E4', cells: ['D4'], messageId: 'valuesTargetNotMetLower', expected: '25', actual: '26' },
        { rule: 'values/target-met', severity: 'info', cell: 'E5', cells: ['D5'], messageId: 'valuesTargetMet', expected: '52', actual: '16' },
        { rule: 'values/target-met', severity: 'info', cell: 'E6', cells: ['D6'], messageId: 'valuesTargetMet', expected: '40', actual: '40' },
      ]);
      expect(rendered(findings[1]).vi).toContain('Chưa đạt chỉ tiêu năm 2017: kết quả 20, thấp hơn kế hoạch 22.');
      expect(rendered(findings[2]).vi).toContain('bắt đầu bằng “Giảm”');
    });

    it('calls maternal deaths above the plan not met (lower is better), and judges nothing where the direction is unknown', () => {
      const grid = gridOf([
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
        ['1', 'Tỷ số tử vong mẹ', '/100.000', 42, 45],
        ['2', 'Số lớp tập huấn cho cán bộ', 'lớp', 12, 10],
        ['3', 'Số buổi truyền thông', 'buổi', 20, 20],
        ['4', { value: 'Tỷ lệ nữ cán bộ được tập huấn' }, '%', { value: 0.5, numberFormat: '0%' }, 60],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.severity, f.messageId, f.expected, f.actual])).toEqual([
        ['E2', 'warning', 'valuesTargetNotMetLower', '42', '45'],
        ['E3', 'info', 'valuesTargetDirectionUnknown', '12', '10'],
        // equal is met whichever way is better
        ['E4', 'info', 'valuesTargetMet', '20', '20'],
        // 0.5 shown as 50% against 60 typed under `%`; trained (`được tập huấn`): higher is better
        ['E5', 'info', 'valuesTargetMet', '50', '60'],
      ]);
      expect(rendered(findings[0]).vi).toContain('Theo danh mục chỉ tiêu của Chiến lược quốc gia về bình đẳng giới, chỉ tiêu này càng thấp càng tốt.');
      expect(rendered(findings[1]).vi).toContain('không đánh giá đạt hay chưa đạt');
      expect(rendered(findings[1]).en).toContain('Direction unknown');
    });

    it('notes, not warns, a target missed that the sheet’s own verdict column already records', () => {
      const grid = gridOf([
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2023', 'Thực hiện năm 2023', 'Đánh giá'],
        ['1', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp xã', '%', 30, 29.1, 'Không đạt'],
        ['2', 'Tỷ lệ nữ lãnh đạo chủ chốt cấp huyện', '%', 30, 28, 'Đạt'],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.severity, f.messageId])).toEqual([
        ['E2', 'info', 'valuesTargetNotMetHigher'],
        // The verdict says met: the shortfall is news (and indicator/evaluation flags the verdict).
        ['E3', 'warning', 'valuesTargetNotMetHigher'],
      ]);
    });

    it('reads an English report without diacritics the same way', () => {
      const grid = gridOf([
        ['No.', 'Indicator', 'Unit', 'Target 2024', 'Actual 2024'],
        ['1', 'Reduce housework time of women, times men’s', 'times', 1.7, 1.9],
      ]);
      const [finding] = findingsOf(grid, [rule]);
      expect([finding.cell, finding.severity, finding.messageId]).toEqual(['E2', 'warning', 'valuesTargetNotMetLower']);
      expect(rendered(finding).en).toContain('Target for 2024 not met: the result 1.9 is above the planned ceiling 1.7.');
    });
  });
});
