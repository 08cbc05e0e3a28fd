import { renderFinding } from '../../../../src/engine';
import { rule } from '../../../../src/engine/rules/indicator/paired-shares';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { enHeader, plainHeader, summary, viHeader } from './tables';

const check = (rows: TestCell[][], header = viHeader) => findingsOf(gridOf([header, ...rows]), [rule]);

describe('indicator/paired-shares', () => {
  describe('valid', () => {
    it('accepts the new-jobs split of the Nghệ An grid: 58 + 42 and 57,5 + 42,5, each at least 40', () => {
      expect(
        check([
          ['II', 'Mục tiêu 2: Giảm khoảng cách giới trong lĩnh vực kinh tế', null, null, null, null],
          ['1', 'Hằng năm, trong tổng số người được tạo việc làm mới, bảo đảm ít nhất 40% cho mỗi giới', null, null, null, 'Sở LĐ-TB&XH'],
          ['1.1', 'Tỷ lệ nam được tạo việc làm mới', '(%)', 58, 57.5, null],
          ['1.2', 'Tỷ lệ nữ được tạo việc làm mới', '(%)', 42, 42.5, null],
        ]),
      ).toEqual([]);
    });

    it('reads shares typed as percentages in Excel (56% stored as 0.56, formatted 0%) as the percentages they show', () => {
      const pct = (value: number) => ({ value, numberFormat: '0%' });
      expect(
        check([
          ['1', 'Hằng năm, trong tổng số người được tạo việc làm mới, bảo đảm ít nhất 40% cho mỗi giới', null, null, null, 'Sở Nội vụ'],
          ['1.1', 'Tỷ lệ nam được tạo việc làm mới', '%', pct(0.56), pct(0.55), null],
          ['1.2', 'Tỷ lệ nữ được tạo việc làm mới', '%', pct(0.44), pct(0.45), null],
        ]),
      ).toEqual([]);
    });

    it('does not pair literacy of men and of women: two rates, not two shares of one whole', () => {
      expect(
        check([
          ['1', 'Tỷ lệ phổ cập biết chữ cho nam trong độ tuổi 15-40', '(%)', 99.4, 99.4, 'Sở GD-ĐT'],
          ['2', 'Tỷ lệ phổ cập biết chữ cho nữ trong độ tuổi 15-40', '(%)', 99.22, 99.4, null],
        ]),
      ).toEqual([]);
    });

    it('accepts an English split for each sex, and leaves head counts alone', () => {
      expect(
        check(
          [
            ['1', 'New jobs created each year, at least 40% for each sex', null, null, null, 'DOLISA'],
            ['1.1', 'Share of men among new jobs', '%', 55, 54, null],
            ['1.2', 'Share of women among new jobs', '%', 45, 46, null],
            ['2', 'People trained, of all trainees', null, null, null, 'DOLISA'],
            ['2.1', 'Men trained, of all trainees', 'people', 300, 320, null],
            ['2.2', 'Women trained, of all trainees', 'people', 250, 260, null],
          ],
          enHeader,
        ),
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('says a formatted pair that does not fill 100% in percent: 55% + 40%', () => {
      const pct = (value: number) => ({ value, numberFormat: '0%' });
      const findings = check([
        ['1', 'Tỷ lệ mỗi giới trong tổng số người được tạo việc làm mới', null, null, null, 'Sở Nội vụ'],
        ['1.1', 'Tỷ lệ nam được tạo việc làm mới', '%', pct(0.56), pct(0.55), null],
        ['1.2', 'Tỷ lệ nữ được tạo việc làm mới', '%', pct(0.44), pct(0.4), null],
      ]);
      expect(findings.map((f) => [f.cell, f.messageId, f.expected, f.actual])).toEqual([['E4', 'indicatorSharesSum', '100', '95']]);
    });

    it('reports a pair that does not make 100 as an error at the second share', () => {
      const findings = check([
        ['1', 'Hằng năm, trong tổng số người được tạo việc làm mới, bảo đảm ít nhất 40% cho mỗi giới', null, null, null, 'Sở LĐ-TB&XH'],
        ['1.1', 'Tỷ lệ nam được tạo việc làm mới', '(%)', 58, 57.5, null],
        ['1.2', 'Tỷ lệ nữ được tạo việc làm mới', '(%)', 42, 40.5, null],
      ]);
      expect(findings.map(summary)).toEqual([
        { rule: 'indicator/paired-shares', severity: 'error', cell: 'E4', messageId: 'indicatorSharesSum', expected: '100', actual: '98' },
      ]);
      expect(findings[0].cells).toEqual(['E3']);
      expect(renderFinding(findings[0], 'vi').message).toBe(
        'Tỷ lệ nam và tỷ lệ nữ phải cộng lại bằng 100%, nhưng ở cột “KH năm 2025”: 57,5 + 40,5 = 98.',
      );
    });

    it('warns when a planned share is below the minimum, and notes it for last year’s result', () => {
      const findings = check(
        [
          ['1', 'New jobs created each year, at least 40% for each sex', null, null, null, 'DOLISA'],
          ['1.1', 'Share of men among new jobs', '%', 63, 62, null],
          ['1.2', 'Share of women among new jobs', '%', 37, 38, null],
        ],
        enHeader,
      );
      expect(findings.map(summary)).toEqual([
        { rule: 'indicator/paired-shares', severity: 'info', cell: 'D4', messageId: 'indicatorShareBelowMinimum', expected: '40', actual: '37' },
        { rule: 'indicator/paired-shares', severity: 'warning', cell: 'E4', messageId: 'indicatorShareBelowMinimum', expected: '40', actual: '38' },
      ]);
    });

    it('pairs siblings named alike but for the sex word when they say “trong tổng số”, typed without diacritics', () => {
      const findings = check(
        [
          ['1', 'Ty le nam trong tong so lao dong duoc tao viec lam', '%', 60, 55, 'So LDTBXH'],
          ['2', 'Ty le nu trong tong so lao dong duoc tao viec lam', '%', 40, 55, null],
        ],
        plainHeader,
      );
      expect(findings.map(summary)).toEqual([
        { rule: 'indicator/paired-shares', severity: 'error', cell: 'E3', messageId: 'indicatorSharesSum', expected: '100', actual: '110' },
      ]);
    });

    it('takes a minimum from the share’s own text', () => {
      const findings = check([
        ['1', 'Trong tổng số người được tạo việc làm mới, bảo đảm cân bằng cho mỗi giới', null, null, null, 'Sở LĐ-TB&XH'],
        ['1.1', 'Tỷ lệ nam được tạo việc làm mới', '%', 65, 66, null],
        ['1.2', 'Tỷ lệ nữ được tạo việc làm mới (tối thiểu 35%)', '%', 35, 34, null],
      ]);
      expect(findings.map((f) => [f.cell, f.severity, f.messageId, f.expected, f.actual])).toEqual([
        ['E4', 'warning', 'indicatorShareBelowMinimum', '35', '34'],
      ]);
    });
  });
});
