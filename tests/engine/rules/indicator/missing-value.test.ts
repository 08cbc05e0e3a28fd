import { renderFinding } from '../../../../src/engine';
import { rule } from '../../../../src/engine/rules/indicator/missing-value';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { enHeader, plainHeader, summary, viHeader } from './tables';

const check = (rows: TestCell[][], header = viHeader, merges: string[] = []) => findingsOf(gridOf([header, ...rows], { merges }), [rule]);

describe('indicator/missing-value', () => {
  describe('valid', () => {
    it('accepts a parent whose children carry the values, and an agency given once per block', () => {
      expect(
        check(
          [
            ['II', 'Mục tiêu 2: Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm', null, null, null, null],
            ['1', 'Hằng năm, trong tổng số người được tạo việc làm mới, bảo đảm ít nhất 40% cho mỗi giới', null, null, null, 'Sở LĐ-TB&XH'],
            ['1.1', 'Tỷ lệ nam được tạo việc làm mới', '(%)', 58, 57.5, null],
            ['1.2', 'Tỷ lệ nữ được tạo việc làm mới', '(%)', 42, 42.5, null],
            ['2', 'Tỷ lệ nữ làm chủ doanh nghiệp', '(%)', 20, 27, 'Sở KH-ĐT'],
            ['III', 'Mục tiêu 3: Nâng cao chất lượng nguồn nhân lực nữ', null, null, null, null],
            ['1', 'Tỷ lệ nữ thạc sỹ', '(%)', 48.5, 49, 'Sở Nội vụ; Cục Thống kê'],
            ['2', 'Tỷ lệ nữ Tiến sỹ', '(%)', 16.6, 22, null],
          ],
          viHeader,
          ['B2:F2', 'B7:F7'],
        ),
      ).toEqual([]);
    });

    it('accepts `-`, `...`, words merged across the value columns, and an agency merged down its block', () => {
      expect(
        check(
          [
            ['1', 'Ty le nu la thanh vien ban soan thao duoc tap huan', '%', '-', 100, 'So Tu phap'],
            ['2', 'Ty le nu dai bieu Quoc hoi', '%', '...', 31, null],
            ['3', 'Giam san pham van hoa mang dinh kien gioi', '%', 'Giam thieu toi da', null, null],
          ],
          plainHeader,
          ['D4:E4', 'F2:F4'],
        ),
      ).toEqual([]);
    });
  });

  it('asks no lead agency of goal headings, merged or not, numbered or not, whose indicators all name one', () => {
    expect(
      check([
        ['I', 'Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào vị trí lãnh đạo', null, null, null, null],
        ['1', 'Tỷ lệ nữ đại biểu Quốc hội', '(%)', 30.8, 31, 'Sở Nội vụ'],
        [null, 'Mục tiêu 2: Giảm khoảng cách giới trong kinh tế', null, null, null, null],
        ['1', 'Tỷ lệ nữ làm chủ doanh nghiệp', '(%)', 20, 27, 'Sở KH-ĐT'],
        ['2', 'Tỷ lệ nữ nông thôn được đào tạo nghề', '(%)', 16.5, 17, 'Sở LĐ-TB&XH'],
        ['III', 'Nâng cao chất lượng nguồn nhân lực nữ', null, null, null, null],
        ['1', 'Tỷ lệ nữ thạc sỹ', '(%)', 48.5, 49, 'Sở Nội vụ'],
        // a goal row with figures of its own is read as a row of values, but still heads a goal
        ['IV', 'Chăm sóc sức khỏe', '(%)', 40, 45, null],
        ['1', 'Tỷ lệ phụ nữ mang thai được khám thai', '(%)', 72.3, 82, 'Sở Y tế'],
      ]),
    ).toEqual([]);
    expect(
      check(
        [
          ['', 'Goal 1 - politics', null, null, null, null],
          ['1', 'Share of women in parliament', '%', 30.8, 31, 'Home Affairs'],
        ],
        enHeader,
      ),
    ).toEqual([]);
  });

  it('asks the lead agency, not the agencies that take part (`Cơ quan phối hợp` beside `Cơ quan chủ trì`)', () => {
    const header = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2025', 'Mục tiêu năm 2030', 'Cơ quan chủ trì', 'Cơ quan phối hợp'];
    const rows: TestCell[][] = [
      ['I', 'Mục tiêu 1: Lãnh đạo, quản lý', null, null, null, null, null],
      ['1', 'Tỷ lệ nữ tham gia cấp ủy', '%', 18, 20, 'Ban Tổ chức Tỉnh ủy', null],
      ['II', 'Mục tiêu 2: Kinh tế', null, null, null, null, null],
      ['1', 'Tỷ lệ nữ giám đốc doanh nghiệp', '%', 26, 30, null, 'Sở Nội vụ'],
    ];
    const findings = check(rows, header);
    expect(findings.map(summary)).toEqual([
      { rule: 'indicator/missing-value', severity: 'info', cell: 'F5', messageId: 'indicatorMissingAgency', expected: undefined, actual: undefined },
    ]);
    // A grid that lists only the agencies taking part asks for none of them.
    const partnersOnly = rows.map((row) => [...row.slice(0, 5), row[6]]);
    expect(check(partnersOnly, [...header.slice(0, 5), header[6]])).toEqual([]);
  });

  describe('invalid', () => {
    it('warns about an empty baseline or target on a row with a unit', () => {
      const findings = check([
        ['1', 'Tỷ lệ nữ đại biểu Quốc hội', '(%)', 30.8, null, 'Sở Nội vụ'],
        ['2', 'Tỷ lệ nữ làm chủ doanh nghiệp', '(%)', null, 27, null],
        ['3', 'Tỷ lệ phụ nữ mang thai được khám 3 lần', '(%)', null, null, null],
      ]);
      expect(findings.map(summary)).toEqual([
        { rule: 'indicator/missing-value', severity: 'warning', cell: 'E2', messageId: 'indicatorMissingValue', expected: undefined, actual: undefined },
        { rule: 'indicator/missing-value', severity: 'warning', cell: 'D3', messageId: 'indicatorMissingValue', expected: undefined, actual: undefined },
        { rule: 'indicator/missing-value', severity: 'warning', cell: 'D4', messageId: 'indicatorMissingValue', expected: undefined, actual: undefined },
        { rule: 'indicator/missing-value', severity: 'warning', cell: 'E4', messageId: 'indicatorMissingValue', expected: undefined, actual: undefined },
      ]);
      expect(renderFinding(findings[0], 'vi').message).toBe('Chỉ tiêu này chưa có số liệu ở cột “KH năm 2025”.');
    });

    it('notes the first indicator of a goal with no agency on it or above it, once per goal', () => {
      const findings = check(
        [
          ['I', 'Goal 1: politics', null, null, null, null],
          ['1', 'Share of women in parliament', '%', 30.8, 31, 'Home Affairs'],
          ['2', 'Share of women in people’s councils', '%', 28.3, 30, null],
          ['II', 'Goal 2: economy', null, null, null, null],
          ['1', 'Share of women owning a business', '%', 20, 27, null],
          ['2', 'Share of rural women trained', '%', 16.5, 17, null],
          ['3', 'Share of poor women given loans', '%', 48, 81, 'Social Policy Bank'],
        ],
        enHeader,
      );
      expect(findings.map(summary)).toEqual([
        { rule: 'indicator/missing-value', severity: 'info', cell: 'F6', messageId: 'indicatorMissingAgency', expected: undefined, actual: undefined },
      ]);
      expect(renderFinding(findings[0], 'en').message).toBe('No lead agency is given for the indicators of this goal (column “Lead agency”).');
    });
  });
});
