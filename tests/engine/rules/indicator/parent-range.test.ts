import { renderFinding } from '../../../../src/engine';
import { rule } from '../../../../src/engine/rules/indicator/parent-range';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { enHeader, plainHeader, summary, viHeader } from './tables';

const check = (rows: TestCell[][], header = viHeader) => findingsOf(gridOf([header, ...rows]), [rule]);

describe('indicator/parent-range', () => {
  describe('valid', () => {
    it('accepts provincial rates that lie within their levels, text numbers included', () => {
      expect(
        check([
          ['4', 'Tỷ lệ các sở, ban, ngành và UBND các cấp có cán bộ lãnh đạo chủ chốt là nữ', '(%)', 51.14, 51.14, 'Sở Nội vụ'],
          ['4.1', 'Tỷ lệ các sở, ban, ngành và UBND tỉnh có cán bộ lãnh đạo chủ chốt là nữ', '(%)', '42.86', '42.86', null],
          ['4.2', 'Tỷ lệ cơ quan HĐND, UBND cấp huyện có cán bộ lãnh đạo chủ chốt là nữ', '(%)', '76.19', '76.19', null],
          ['4.3', 'Tỷ lệ cơ quan HĐND, UBND cấp xã có cán bộ lãnh đạo chủ chốt là nữ', '(%)', '34.38', '34.38', null],
          ['5', 'Tỷ lệ cơ quan Đảng, tổ chức chính trị - xã hội có lãnh đạo chủ chốt là nữ', '(%)', 42.7, 90, 'Ban Tổ chức'],
          ['5.1', 'Tỷ lệ cơ quan Đảng, tổ chức chính trị - xã hội cấp tỉnh có lãnh đạo chủ chốt là nữ', '(%)', 57.1, 90, null],
          ['5.2', 'Tỷ lệ cơ quan Đảng, tổ chức chính trị - xã hội cấp huyện có lãnh đạo chủ chốt là nữ', '(%)', 37.1, 92, null],
          ['5.3', 'Tỷ lệ cơ quan Đảng, tổ chức chính trị - xã hội cấp xã có lãnh đạo chủ chốt là nữ', '(%)', 33.9, 90, null],
        ]),
      ).toEqual([]);
    });

    it('leaves alone children that are not parts of the parent, and “of which” children', () => {
      expect(
        check([
          ['1', 'Tỷ lệ phụ nữ có thai được khám thai', '%', 95, 96, 'Sở Y tế'],
          ['1.1', 'Tỷ lệ phụ nữ có thai được khám 3 lần', '%', 72.3, 82, null],
          ['1.2', 'Tỷ lệ phụ nữ có thai được khám 4 lần trở lên', '%', 60, 70, null],
          ['2', 'Tỷ lệ nữ đại biểu HĐND các cấp', '%', 28.3, 30, 'Sở Nội vụ'],
          [null, 'Trong đó:', null, null, null, null],
          ['2.1', 'Cấp xã', '%', 25, 26, null],
          ['2.2', 'Cấp huyện', '%', 26, 27, null],
        ]),
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('warns when a parent rate is above all of its levels', () => {
      const findings = check([
        ['3', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân các cấp', '(%)', 35, 30, 'Sở Nội vụ'],
        ['3.1', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp tỉnh', '(%)', 27.5, 30, null],
        ['3.2', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp huyện', '(%)', 29.2, 30, null],
        ['3.3', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp xã', '(%)', 28.1, 30, null],
      ]);
      expect(findings.map(summary)).toEqual([
        { rule: 'indicator/parent-range', severity: 'warning', cell: 'D2', messageId: 'indicatorParentOutsideRange', expected: '29.2', actual: '35' },
      ]);
      expect(findings[0].cells).toEqual(['D3', 'D4', 'D5']);
      expect(renderFinding(findings[0], 'vi').message).toBe(
        'Cột “KQ năm 2024”: tỷ lệ chung là 35, nằm ngoài khoảng từ 27,5 đến 29,2 của các cấp bên dưới; tỷ lệ chung phải nằm trong khoảng đó.',
      );
    });

    it('is exact where a text number and a typed one are the same JS number but not the same decimal', () => {
      const rows = (parent: TestCell): TestCell[][] => [
        ['3', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân các cấp', '(%)', parent, 30, 'Sở Nội vụ'],
        ['3.1', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp tỉnh', '(%)', 27.5, 30, null],
        ['3.2', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp huyện', '(%)', 29.2, 30, null],
      ];
      // 29.20000000000000000001 rounds to the JS number 29.2: only the Decimals tell it is above 29.2.
      expect(check(rows('29.20000000000000000001')).map(summary)).toEqual([
        { rule: 'indicator/parent-range', severity: 'warning', cell: 'D2', messageId: 'indicatorParentOutsideRange', expected: '29.2', actual: '29.20000000000000000001' },
      ]);
      expect(check(rows('29.2'))).toEqual([]);
      expect(check(rows('27,5'))).toEqual([]);
    });

    it('tells the commune level apart from the “xã hội” every label carries', () => {
      const findings = check([
        ['5', 'Tỷ lệ cơ quan Đảng, tổ chức chính trị - xã hội có lãnh đạo chủ chốt là nữ', '(%)', 42.7, 95, 'Ban Tổ chức'],
        ['5.1', 'Tỷ lệ cơ quan Đảng, tổ chức chính trị - xã hội cấp tỉnh có lãnh đạo chủ chốt là nữ', '(%)', 57.1, 90, null],
        ['5.2', 'Tỷ lệ cơ quan Đảng, tổ chức chính trị - xã hội cấp huyện có lãnh đạo chủ chốt là nữ', '(%)', 37.1, 92, null],
        ['5.3', 'Tỷ lệ cơ quan Đảng, tổ chức chính trị - xã hội cấp xã có lãnh đạo chủ chốt là nữ', '(%)', 33.9, 90, null],
      ]);
      expect(findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([['E2', '92', '95']]);
    });

    it('warns when an English target is below all of its levels', () => {
      const findings = check(
        [
          ['1', 'Share of women in party committees', '%', 16, 10, 'Party Organisation Board'],
          ['1.1', 'Province level', '%', 11, 12, null],
          ['1.2', 'District level', '%', 17, 18, null],
          ['1.3', 'Commune level', '%', 21, 22, null],
        ],
        enHeader,
      );
      expect(findings.map((f) => [f.cell, f.expected, f.actual, f.difference])).toEqual([['E2', '12', '10', '-2']]);
    });

    it('compares ratios per 100 of urban and rural areas, typed without diacritics', () => {
      const findings = check(
        [
          ['1', 'Ty so gioi tinh khi sinh', 'tre trai/100 tre gai', '120/100', '112/100', 'So Y te'],
          ['1.1', 'Khu vuc thanh thi', 'tre trai/100 tre gai', '105/100', '108/100', null],
          ['1.2', 'Khu vuc nong thon', 'tre trai/100 tre gai', '110/100', '114/100', null],
        ],
        plainHeader,
      );
      expect(findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([['D2', '110', '120']]);
    });
  });
});
