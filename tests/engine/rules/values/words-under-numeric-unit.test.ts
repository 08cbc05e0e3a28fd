import { rule } from '../../../../src/engine/rules/values/words-under-numeric-unit';
import { findingsOf, gridOf } from '../../grid';
import { enHeader, plainHeader, rendered, summary, viHeader } from './tables';

describe('values/words-under-numeric-unit', () => {
  describe('valid', () => {
    it('passes numbers, bounds, dashes and “not available” under numeric units, and words under a unit that is no number', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ nữ tiến sỹ', '%', 16.6, 'trên 20', null],
        ['2', 'Số người được tập huấn', 'người', '-', '...', null],
        ['3', 'Ban hành kế hoạch', 'Văn bản', 'Đã ban hành', 'Ban hành', null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('passes targets plans write in words that still say a number: a range, a change on last year, keeping a level', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân', '%', 34.5, '36-38', null],
        ['2', 'Số vụ bạo lực gia đình', 'số vụ', 120, 'Giảm 5% so với năm 2024', null],
        ['3', 'Tỷ lệ trẻ em gái được tiêm chủng', '%', 100, 'Duy trì 100%', null],
        ['4', 'Tỷ lệ nữ làm chủ doanh nghiệp', '%', 'Chưa có số liệu', 'Từ 25 đến 30', null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('passes word targets that state a figure: a level to reach or keep, a pace or an average a year, a year said beside it', () => {
      const grid = gridOf([
        ['TT', 'Mục tiêu/Chỉ tiêu', 'Đơn vị tính', 'Ước TH 2025', 'Chỉ tiêu đến năm 2030', 'Giai đoạn 2026–2030', 'Cơ quan chủ trì'],
        ['1', 'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ', '%', 28.5, 'Tăng bình quân 1–1,5%/năm', 'Phấn đấu đạt trên 35%', 'Sở Nội vụ'],
        ['2', 'Tỷ lệ thất nghiệp khu vực thành thị', '%', 2.8, 'Duy trì dưới 3%', 'Duy trì dưới 3%', 'Sở Nội vụ'],
        ['3', 'Số người được giải quyết việc làm mới', 'lượt người', 30200, 'Bình quân 30.000 lượt người/năm', 'Hằng năm tăng 2-3%', 'Sở Nội vụ'],
        ['4', 'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều', '%', 4.25, 'Giảm bình quân 0,6–0,8%/năm', 'Giảm 0,2 - 0,3% mỗi năm', 'Sở Nông nghiệp và Môi trường'],
        ['5', 'Tỷ lệ cơ sở trợ giúp xã hội tham gia phòng ngừa bạo lực', '%', 70, 'Đạt 100%', 'Đạt 70% vào năm 2030', 'Sở Y tế'],
        ['6', 'Women workers who are wage earners', '%', 50, 'Reach 60% by 2030', 'Increase by 2% per year', 'Department of Home Affairs'],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags words under % once for the row, the other cells related', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Giảm được bao nhiêu sản phẩm văn hóa mang tính định kiến giới', '%', 'Giảm thiếu tối đa', 'Giảm thiếu tối đa', 'Sở TT&TT'],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map(summary)).toEqual([
        {
          rule: 'values/words-under-numeric-unit',
          severity: 'warning',
          cell: 'D2',
          cells: ['E2'],
          messageId: 'valuesWordsUnderNumericUnit',
          expected: undefined,
          actual: undefined,
        },
      ]);
      expect(rendered(findings[0]).vi).toContain('đơn vị tính là “%”');
    });

    it('flags words whose only figure is a year or a document number, and a change that says no amount', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ xã có mô hình phòng, chống bạo lực gia đình', '%', 60, 'Tăng so với năm 2024', null],
        ['2', 'Tỷ lệ nữ cán bộ được quy hoạch', '%', 35, 'Theo Quyết định 25/QĐ-UBND', null],
        ['3', 'Số lớp tập huấn về bình đẳng giới', 'lớp', 10, 'Hoàn thành năm 2027', null],
      ]);
      expect(findingsOf(grid, [rule]).map((f) => [f.cell, f.params.text])).toEqual([
        ['E2', 'Tăng so với năm 2024'],
        ['E3', 'Theo Quyết định 25/QĐ-UBND'],
        ['E4', 'Hoàn thành năm 2027'],
      ]);
    });

    it('flags words under “times” and “persons”, in English and without diacritics', () => {
      const en = gridOf([enHeader, ['1', 'Housework time, times men’s', 'times', 1.8, 'as low as possible', null]]);
      expect(findingsOf(en, [rule]).map((f) => [f.cell, f.params.text])).toEqual([['E2', 'as low as possible']]);
      const plain = gridOf([plainHeader, ['1', 'So nguoi duoc tap huan', 'nguoi', 'nhieu', 1500, null]]);
      expect(findingsOf(plain, [rule]).map((f) => [f.cell, f.params.text])).toEqual([['D2', 'nhieu']]);
    });
  });
});
