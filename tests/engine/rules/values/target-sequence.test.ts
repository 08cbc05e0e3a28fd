import { checkSheet } from '../../../../src/engine/check';
import { rule } from '../../../../src/engine/rules/values/target-sequence';
import { findingsOf, gridOf } from '../../grid';
import { rendered } from './tables';

const header = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả năm 2023', 'Chỉ tiêu năm 2024', 'Chỉ tiêu năm 2025', 'Cơ quan chủ trì'];

describe('values/target-sequence', () => {
  describe('valid', () => {
    it('passes targets that hold or move the better way from one year to the next, and those of no known direction', () => {
      const grid = gridOf([
        header,
        ['1', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp tỉnh', '%', 28.5, 30, 32, 'Sở Nội vụ'],
        ['2', 'Giảm tỷ lệ tảo hôn', '%', 6, 5.5, 5, 'Sở Y tế'],
        ['3', 'Tỷ lệ lao động nữ được đào tạo nghề', '%', 40, 42, 42, 'Sở LĐTBXH'],
        ['4', 'Số buổi truyền thông', 'buổi', 20, 24, 18, 'Sở VHTT'],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags a later target weaker than the year before’s, higher or lower being better', () => {
      const grid = gridOf([
        header,
        ['1', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp tỉnh', '%', 28.5, 30, 29, 'Sở Nội vụ'],
        ['2', 'Giảm tỷ lệ phá thai', '/100', '14/100', '12,4/100', '13,5/100', 'Sở Y tế'],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.cells, f.severity, f.messageId, f.expected, f.actual])).toEqual([
        ['F2', ['E2'], 'warning', 'valuesTargetBackwardHigher', '30', '29'],
        ['F3', ['E3'], 'warning', 'valuesTargetBackwardLower', '12.4', '13.5'],
      ]);
      expect(rendered(findings[0]).vi).toContain('kế hoạch năm sau lùi so với năm trước');
    });

    it('reads bare year headers as a plan’s yearly targets', () => {
      const grid = gridOf([
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2024', 'Năm 2025'],
        ['1', 'Giảm tỷ lệ phá thai', '%', 12.4, 13.5],
      ]);
      expect(findingsOf(grid, [rule]).map((f) => [f.cell, f.messageId])).toEqual([['E2', 'valuesTargetBackwardLower']]);
    });

    it('leaves a later target weaker than the baseline to values/target-direction: one finding, not two', () => {
      const grid = gridOf([header, ['1', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp tỉnh', '%', 31, 32, 30, 'Sở Nội vụ']]);
      expect(findingsOf(grid, [rule])).toEqual([]);
      expect(checkSheet(grid).findings.filter((f) => f.cell === 'F2' && f.severity === 'warning').map((f) => f.rule)).toEqual(['values/target-direction']);
    });
  });
});

describe('values/target-sequence and a target over the whole period', () => {
  it('a period column (`Giai đoạn 2026-2030`) is no year in the sequence: a cumulative count after the yearly ones is no step back', () => {
    const grid = gridOf([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2025', 'Giai đoạn 2026-2030', 'Năm 2026', 'Năm 2027', 'Năm 2030'],
      ['1', 'Tỷ lệ hộ nghèo', '%', 3.2, 'Giảm 0,5%/năm', 2.8, 2.4, 1.2],
      // A count against a harm, lower better: 200 cases over the five years is no step back from 45 in 2027.
      ['2', 'Số vụ bạo lực gia đình', 'vụ', 60, 200, 50, 45, 30],
    ]);
    expect(findingsOf(grid, [rule]).filter((f) => f.rule === rule.meta.id)).toEqual([]);
  });
});
