import { rule } from '../../../../src/engine/rules/values/mixed-convention';
import { findingsOf, gridOf } from '../../grid';
import { budgetHeader, budgetMerges, plainHeader, rendered, summary, viHeader } from './tables';

describe('values/mixed-convention', () => {
  describe('valid', () => {
    it('passes a grid whose text numbers are all written one way, and typed numbers beside them', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ nữ tham gia cấp ủy', '(%)', '16,21', 16.5, null],
        ['2', 'Tỷ lệ phá thai', '/100', '11,8/100', '11,5/100', null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('passes ambiguous text: it decides nothing and is values/ambiguous-number’s', () => {
      const grid = gridOf([...budgetHeader, ['1', 'Tuyên truyền', '1.040', '2,5', 20, 10, 1060, 12.5]], { merges: budgetMerges });
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags a Vietnamese ratio in an English-majority grid (11,8/100 among 42.86), without a number fix', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ các sở có lãnh đạo nữ', '(%)', '42.86', '45.5', null],
        ['2', 'Tỷ lệ huyện có lãnh đạo nữ', '(%)', '76.19', 80, null],
        ['3', 'Giảm tỷ lệ phá thai', '(%)', '11,8/100', '10/100', null],
      ]);
      const [finding, ...rest] = findingsOf(grid, [rule]);
      expect(rest).toEqual([]);
      expect(summary(finding)).toEqual({
        rule: 'values/mixed-convention',
        severity: 'warning',
        cell: 'D4',
        cells: [],
        messageId: 'valuesMixedConventionVi',
        expected: undefined,
        actual: undefined,
      });
      expect(finding.fix).toBeUndefined();
      expect(rendered(finding).en).toContain('Write it “11.8/100”');
    });

    it('flags an English number in a Vietnamese-majority grid without diacritics, with the number as the fix', () => {
      const grid = gridOf([
        plainHeader,
        ['1', 'Ty le nu dai bieu HDND', '%', '28,3', '30,5', null],
        ['2', 'Ty le nu thac sy', '%', '48,5', '49.5', null],
        ['3', 'Ty le nu tien sy', '%', '16,6', '22,25', null],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map(summary)).toEqual([
        { rule: 'values/mixed-convention', severity: 'warning', cell: 'E3', cells: [], messageId: 'valuesMixedConventionEn', expected: undefined, actual: undefined },
      ]);
      expect(findings[0].fix).toEqual({ cell: 'E3', value: '49.5' });
      expect(rendered(findings[0]).vi).toContain('Nên ghi “49,5”');
    });
  });
});
