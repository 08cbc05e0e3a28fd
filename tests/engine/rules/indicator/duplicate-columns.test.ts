import { renderFinding } from '../../../../src/engine';
import { rule } from '../../../../src/engine/rules/indicator/duplicate-columns';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { summary } from './tables';

const twiceHeader: TestCell[] = ['TT', 'MỤC TIÊU, CHỈ TIÊU', 'Đơn vị tính', 'KQ năm 2016', 'KH năm 2017', 'KH năm 2017', 'Đơn vị chủ trì'];
const check = (rows: TestCell[][], header = twiceHeader) => findingsOf(gridOf([header, ...rows]), [rule]);

describe('indicator/duplicate-columns', () => {
  describe('valid', () => {
    it('stays quiet when the two columns agree, a text number beside the same typed number included', () => {
      expect(
        check([
          ['VII', 'Mục tiêu 7: Nâng cao năng lực quản lý nhà nước về bình đẳng giới', null, null, null, null, null],
          ['1', 'Tỷ lệ văn bản quy phạm pháp luật được thẩm định về giới', '%', 100, 100, 100, 'Sở Tư pháp'],
          ['2', 'Tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ', '%', '42.86', 42.86, '42.86', 'Sở Nội vụ'],
          ['3', 'Giảm sản phẩm văn hóa mang định kiến giới', '%', 'Giảm thiểu tối đa', 'Giảm thiểu tối đa', 'giảm thiểu tối đa', null],
          ['4', 'Tỷ lệ tử vong bà mẹ', '%o', '16/ 100.000', '<52/ 100.000', '<52/100.000', 'Sở Y tế'],
        ]),
      ).toEqual([]);
    });

    it('does not compare columns of different years', () => {
      expect(
        check(
          [['1', 'Ty le nu lam chu doanh nghiep', '%', 20, 25, 27, 'So KH-DT']],
          ['STT', 'Ten chi tieu', 'DVT', 'TH 2016', 'KH 2017', 'KH 2018', 'Co quan chu tri'],
        ),
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports each disagreeing row at the second column, related to the first', () => {
      const findings = check([
        ['VII', 'Mục tiêu 7: Nâng cao năng lực quản lý nhà nước về bình đẳng giới', null, null, null, null, null],
        ['3', 'Các sở, ngành bố trí đủ cán bộ làm công tác bình đẳng giới', '%', 100, 100, 100, 'Sở Nội vụ'],
        ['4', 'Hình thành đội ngũ cộng tác viên bình đẳng giới các cấp', '%', 80, 80, 100, 'Sở LĐ-TB&XH'],
        ['5', 'Tỷ lệ cán bộ được tập huấn nghiệp vụ', '%', 100, 100, 100, null],
      ]);
      expect(findings.map(summary)).toEqual([
        { rule: 'indicator/duplicate-columns', severity: 'warning', cell: 'F4', messageId: 'indicatorDuplicateColumnDisagrees', expected: '80', actual: '100' },
      ]);
      expect(findings[0].cells).toEqual(['E4']);
      expect(renderFinding(findings[0], 'vi').message).toBe('Hai cột cùng tiêu đề “KH năm 2017” ghi khác nhau ở dòng này: 80 và 100.');
    });

    it('reports ratios and an empty cell that disagree, in an English grid', () => {
      const findings = check(
        [
          ['1', 'Maternal mortality, per 100,000 live births', 'per 100,000', '16/100.000', '<52/100.000', '<42/100.000', 'Health'],
          ['2', 'Share of women owning a business', '%', 20, 27, null, 'Planning'],
        ],
        ['No.', 'Indicator', 'Unit', 'Result 2016', 'Target 2017', 'Target 2017', 'Lead agency'],
      );
      // Texts are no numbers: they go in the message, never in expected / actual.
      expect(findings.map((f) => [f.cell, f.messageId, f.expected, f.actual])).toEqual([
        ['F2', 'indicatorDuplicateColumnDisagrees', undefined, undefined],
        ['F3', 'indicatorDuplicateColumnOneEmpty', undefined, undefined],
      ]);
      expect(renderFinding(findings[0], 'en').message).toBe('The two columns headed “Target 2017” disagree on this row: “<52/100.000” and “<42/100.000”.');
      expect(renderFinding(findings[1], 'vi').message).toBe('Hai cột cùng tiêu đề “Target 2017” ghi khác nhau ở dòng này: một cột ghi 27, cột kia để trống.');
    });
  });
});
