import { renderFinding } from '../../../../src/engine';
import { rule } from '../../../../src/engine/rules/indicator/numbering';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { enHeader, plainHeader, viHeader } from './tables';

const check = (rows: TestCell[][], header = viHeader) => findingsOf(gridOf([header, ...rows]), [rule]);

describe('indicator/numbering', () => {
  describe('valid', () => {
    it('accepts goals, indicators and sub-indicators that restart under each parent', () => {
      expect(
        check([
          ['I', 'Mục tiêu 1: Tăng cường sự tham gia của phụ nữ', null, null, null, null],
          ['1', 'Tỷ lệ nữ tham gia cấp ủy Đảng', '%', 16.2, 17, 'Ban Tổ chức Tỉnh ủy'],
          ['1.1', 'Cấp tỉnh', '%', 11.3, 12, null],
          ['1.2', 'Cấp huyện', '%', 16.7, 17, null],
          ['2', 'Tỷ lệ nữ đại biểu Quốc hội', '%', 30.8, 31, 'Sở Nội vụ'],
          ['II', 'Mục tiêu 2: Giảm khoảng cách giới trong kinh tế', null, null, null, null],
          ['1', 'Tỷ lệ nữ làm chủ doanh nghiệp', '%', 20, 27, 'Sở KH-ĐT'],
          ['2', 'Tỷ lệ nữ nông thôn được đào tạo nghề', '%', 16.5, 17, null],
        ]),
      ).toEqual([]);
    });

    it('accepts indicators numbered straight through the goals (I › 1, II › 2, 3, III › 4)', () => {
      expect(
        check([
          ['I', 'Mục tiêu 1: Chính trị', null, null, null, null],
          ['1', 'Tỷ lệ nữ tham gia cấp ủy Đảng', '%', 16.2, 17, null],
          ['II', 'Mục tiêu 2: Kinh tế', null, null, null, null],
          ['2', 'Tỷ lệ nữ làm chủ doanh nghiệp', '%', 20, 27, null],
          ['3', 'Tỷ lệ nữ nông thôn được đào tạo nghề', '%', 16.5, 17, null],
          ['III', 'Mục tiêu 3: Y tế', null, null, null, null],
          ['4', 'Tỷ số giới tính khi sinh', 'bé trai/100 bé gái', 112, 111, null],
        ]),
      ).toEqual([]);
    });

    it('accepts Vietnamese letters (a b c d đ e g) and ignores - and + bullets', () => {
      expect(
        check(
          [
            ['1', 'Training for women', '%', 50, 60, 'DOLISA'],
            ['a)', 'In the province', '%', 50, 60, null],
            ['-', 'Urban', '%', 50, 60, null],
            ['-', 'Rural', '%', 50, 60, null],
            ['+', 'Mountain districts', '%', 50, 60, null],
            ['b)', 'In districts', '%', 50, 60, null],
            ['c)', 'In communes', '%', 50, 60, null],
            ['d)', 'In wards', '%', 50, 60, null],
            ['đ)', 'In towns', '%', 50, 60, null],
            ['e)', 'In villages', '%', 50, 60, null],
            ['g)', 'In hamlets', '%', 50, 60, null],
          ],
          enHeader,
        ),
      ).toEqual([]);
    });

    it('accepts sub-indicators numbered after their goal (II → 2.1, 2.2), typed without diacritics', () => {
      expect(
        check(
          [
            ['I', 'Muc tieu 1: Chinh tri', null, null, null, null],
            ['1.1', 'Ty le nu dai bieu HDND cap tinh', '%', 27.5, 30, 'So Noi vu'],
            ['II', 'Muc tieu 2: Kinh te', null, null, null, null],
            ['2.1', 'Ty le nu lam chu doanh nghiep', '%', 20, 27, 'So KH-DT'],
            ['2.2', 'Ty le nu duoc vay von', '%', 47, 81, null],
          ],
          plainHeader,
        ),
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports children without their parent once, at the first orphan, naming the missing number', () => {
      const findings = check([
        ['VI', 'Mục tiêu 6: Bình đẳng giới trong gia đình', null, null, null, null],
        ['1', 'Rút ngắn khoảng cách thời gian làm việc nhà', 'lần', 1.8, 1.8, 'Sở VH-TT-DL'],
        ['2.1', 'Tỷ lệ nạn nhân bạo lực gia đình được tư vấn', '%', 57.3, 60, null],
        ['2.2', 'Tỷ lệ người gây bạo lực được tư vấn', '%', 66.2, 70, null],
        ['3', 'Tỷ lệ nạn nhân bị buôn bán được hỗ trợ', '%', 90, 90, 'Công an tỉnh'],
      ]);
      expect(findings.map((f) => [f.rule, f.severity, f.cell, f.messageId, f.cells])).toEqual([
        ['indicator/numbering', 'warning', 'A4', 'indicatorNumberingMissingParent', ['A5']],
      ]);
      expect(findings[0].params.parent).toBe('“2”');
      expect(renderFinding(findings[0], 'vi').message).toBe(
        'Có chỉ tiêu con “2.1”, “2.2” nhưng không có dòng “2”: thiếu dòng chỉ tiêu “2” hoặc đánh số sai.',
      );
    });

    it('reports a gap at the row after it', () => {
      const findings = check([
        ['1', 'Tỷ lệ nữ thạc sỹ', '%', 48.5, 49, 'Sở Nội vụ'],
        ['2', 'Tỷ lệ nữ tiến sỹ', '%', 16.6, 22, null],
        ['4', 'Tỷ lệ nữ giáo sư', '%', 10, 12, null],
      ]);
      expect(findings.map((f) => [f.cell, f.messageId, f.params.missing, f.cells])).toEqual([['A4', 'indicatorNumberingGap', '“3”', ['A3']]]);
      expect(renderFinding(findings[0], 'en').message).toBe('The numbering skips: “4” follows “2”, so “3” is missing.');
    });

    it('reports a duplicate at its second use', () => {
      const findings = check([
        ['1', 'Tỷ lệ nữ thạc sỹ', '%', 48.5, 49, 'Sở Nội vụ'],
        ['2', 'Tỷ lệ nữ tiến sỹ', '%', 16.6, 22, null],
        ['2', 'Tỷ lệ nữ giáo sư', '%', 10, 12, null],
      ]);
      expect(findings.map((f) => [f.cell, f.messageId, f.params.otherRow])).toEqual([['A4', 'indicatorNumberingDuplicate', 3]]);
    });

    it('reports roman goals out of order once, not as a gap', () => {
      const findings = check(
        [
          ['I', 'Goal 1: politics', null, null, null, null],
          ['1', 'Share of women in parliament', '%', 30, 31, 'Home Affairs'],
          ['III', 'Goal 3: education', null, null, null, null],
          ['1', 'Share of women with a master’s degree', '%', 48, 49, 'Education'],
          ['II', 'Goal 2: economy', null, null, null, null],
          ['1', 'Share of women owning a business', '%', 20, 27, 'Planning'],
        ],
        enHeader,
      );
      expect(findings.map((f) => [f.cell, f.messageId, f.params.previous])).toEqual([['A6', 'indicatorNumberingOrder', '“III”']]);
    });

    it('reports a child numbered under another parent than the one it stands under', () => {
      const findings = check([
        ['1', 'Tỷ lệ nữ đại biểu HĐND các cấp', '%', 28.3, 30, 'Sở Nội vụ'],
        ['2', 'Tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ', '%', 51, 52, null],
        ['2.1', 'Cấp tỉnh', '%', 42.9, 43, null],
        ['3.1', 'Cấp huyện', '%', 76.2, 77, null],
        ['3', 'Tỷ lệ nữ làm chủ doanh nghiệp', '%', 20, 27, null],
      ]);
      expect(findings.map((f) => [f.cell, f.messageId, f.params.prefix, f.params.parent])).toEqual([
        ['A5', 'indicatorNumberingWrongPrefix', '“3”', '“2”'],
      ]);
    });

    it('reports gaps among sub-indicators and letters, in their own style', () => {
      const findings = check([
        ['1', 'Tỷ lệ nữ tham gia cấp ủy', '%', 16, 17, 'Ban Tổ chức'],
        ['1.1', 'Cấp tỉnh', '%', 11, 12, null],
        ['1.3', 'Cấp xã', '%', 21, 22, null],
        ['2', 'Tỷ lệ xã có cán bộ nữ', '%', 50, 60, null],
        ['a)', 'Miền núi', '%', 40, 50, null],
        ['b)', 'Đồng bằng', '%', 55, 60, null],
        ['d)', 'Ven biển', '%', 55, 60, null],
      ]);
      expect(findings.map((f) => [f.cell, f.params.missing])).toEqual([
        ['A4', '“1.2”'],
        ['A8', '“c)”'],
      ]);
    });

    it('names a long gap by its ends (100 typed for 10)', () => {
      const findings = check([
        ['8', 'Tỷ lệ nữ thạc sỹ', '%', 48.5, 49, 'Sở Nội vụ'],
        ['9', 'Tỷ lệ nữ tiến sỹ', '%', 16.6, 22, null],
        ['100', 'Tỷ lệ nữ giáo sư', '%', 10, 12, null],
      ]);
      expect(findings.map((f) => [f.cell, f.params.missing])).toEqual([['A4', '“10”–“99”']]);
    });

    it('reports a sequence that does not start at one', () => {
      const findings = check([
        ['I', 'Mục tiêu 1', null, null, null, null],
        ['2', 'Tỷ lệ nữ tiến sỹ', '%', 16.6, 22, 'Sở Nội vụ'],
        ['3', 'Tỷ lệ nữ giáo sư', '%', 10, 12, null],
      ]);
      expect(findings.map((f) => [f.cell, f.messageId, f.params.missing])).toEqual([['A3', 'indicatorNumberingStartGap', '“1”']]);
    });

    it('reports a goal whose numbering neither starts at one nor runs on from the goal before', () => {
      const findings = check([
        ['I', 'Mục tiêu 1', null, null, null, null],
        ['1', 'Tỷ lệ nữ tiến sỹ', '%', 16.6, 22, null],
        ['II', 'Mục tiêu 2', null, null, null, null],
        ['3', 'Tỷ lệ nữ giáo sư', '%', 10, 12, null],
      ]);
      expect(findings.map((f) => [f.cell, f.messageId])).toEqual([['A5', 'indicatorNumberingStartGap']]);
    });
  });
});
