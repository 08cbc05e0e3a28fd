import { rule } from '../../../../src/engine/rules/values/ambiguous-number';
import { findingsOf, gridOf } from '../../grid';
import { budgetHeader, budgetMerges, enHeader, rendered, summary } from './tables';

describe('values/ambiguous-number', () => {
  describe('valid', () => {
    it('passes typed amounts and text that only one convention reads', () => {
      const grid = gridOf([...budgetHeader, ['1', 'Tuyên truyền', 1040, '1.234.567', '16,5', 10, 1056.5, 1234577]], { merges: budgetMerges });
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('passes a denominator such as 100.000, which is always a whole number', () => {
      const grid = gridOf([enHeader, ['1', 'Maternal mortality', '/100,000', '16/100.000', '<52/100.000', null]]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 1.040 in a budget table and reads it the Vietnamese way by default (one thousand and forty)', () => {
      // A typed decimal amount: 1.04 is no odder than 10.5, so nothing but the default decides.
      const grid = gridOf([...budgetHeader, ['1', 'Tuyên truyền', 90, '1.040', 20, 10.5, 110, 1050]], { merges: budgetMerges });
      const [finding] = findingsOf(grid, [rule]);
      expect(summary(finding)).toEqual({
        rule: 'values/ambiguous-number',
        severity: 'warning',
        cell: 'D4',
        cells: [],
        messageId: 'valuesAmbiguousNumberVi',
        expected: undefined,
        actual: undefined,
      });
      expect(finding.params).toMatchObject({ vi: '1040', en: '1.04' });
      expect(finding.explanation?.messageId).toBe('valuesConventionDefault');
      expect(finding.fix).toEqual({ cell: 'D4', value: '1040' });
      expect(rendered(finding).vi).toContain('1040 (kiểu Việt Nam) hoặc 1,04 (kiểu tiếng Anh)');
    });

    it('reads 1,040 as one thousand and forty among whole amounts: the comma groups thousands (English)', () => {
      const grid = gridOf([...budgetHeader, ['1', 'Tuyên truyền', 90, '1,040', 20, 10, 110, 1050]], { merges: budgetMerges });
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.messageId, f.fix?.value, f.explanation?.messageId])).toEqual([['D4', 'valuesAmbiguousNumberEn', '1040', 'valuesConventionFromGrouping']]);
      expect(rendered(findings[0]).en).toContain('separator groups thousands');
    });

    it('keeps the default when the ambiguous cells read as whole only in different conventions', () => {
      const grid = gridOf([...budgetHeader, ['1', 'Tuyên truyền', 90, '1,040', '2.050', 10, 110, 1050]], { merges: budgetMerges });
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.fix?.value, f.explanation?.messageId])).toEqual([
        ['D4', '1.04', 'valuesConventionDefault'],
        ['E4', '2050', 'valuesConventionDefault'],
      ]);
    });

    it('is silent in a CSV whose whole amounts settle the grouping (every field there is text)', () => {
      const grid = { ...gridOf([...budgetHeader, ['1', 'Tuyên truyền', '90', '1,040', '20', '10', '110', '1,050']], { merges: budgetMerges }), textOnly: true };
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('reads 1,200 the English way in a grid whose other text numbers are English', () => {
      const grid = gridOf([
        enHeader,
        ['1', 'People trained', 'persons', '1,200', '1,500.5', null],
        ['2', 'Share of women trained', '%', '42.5', '45.25', null],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.messageId, f.fix?.value, f.explanation?.messageId])).toEqual([
        ['D2', 'valuesAmbiguousNumberEn', '1200', 'valuesConventionFromTable'],
      ]);
    });
  });
});
