import { rule } from '../../../../src/engine/rules/values/unit-fit';
import { parseUnit } from '../../../../src/engine/rules/values/units';
import { findingsOf, gridOf } from '../../grid';
import { enHeader, plainHeader, rendered, summary, viHeader } from './tables';

describe('values/unit-fit', () => {
  describe('valid', () => {
    it('passes values that fit their units: %, ‰, /100.000, lần, người, per 100 under %', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ nữ thạc sỹ', '%', 48.5, '49%', null],
        ['2', 'Tỷ suất chết trẻ em', '%o', 14.5, '12‰', null],
        ['3', 'Tỷ số tử vong bà mẹ', '/100.000', '16/100.000', '<52/100.000', null],
        ['4', 'Thời gian làm việc nhà của nữ so với nam', 'lần', 1.8, 1.7, null],
        ['5', 'Số người được tập huấn', 'người', 1200, 1500, null],
        ['6', 'Giảm tỷ lệ phá thai', '(%)', '11,8/100', '10/100', null],
        ['7', 'Tỷ lệ khám thai', 'Ghi chú khác', '45%', 50, null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags a sex ratio (113/100, boys per 100 girls) under (%), once for the row, at the first value', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ số giới tính khi sinh: trẻ sơ sinh trai/trẻ sơ sinh gái.', '(%)', '113/100', '112/100', 'Sở Y tế'],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map(summary)).toEqual([
        { rule: 'values/unit-fit', severity: 'warning', cell: 'D2', cells: ['C2', 'E2'], messageId: 'valuesUnitFitRatioNotPercent', expected: undefined, actual: undefined },
      ]);
      expect(rendered(findings[0]).vi).toContain('không phải tỷ lệ phần trăm');
    });

    it('flags a ratio per 100,000 under per mille', () => {
      const grid = gridOf([viHeader, ['2', 'Giảm tỷ lệ tử vong bà mẹ liên quan đến thai sản xuống dưới (%o)', '(%o)', '16/ 100.000', '<52/ 100.000', null]]);
      const [finding] = findingsOf(grid, [rule]);
      expect(summary(finding)).toMatchObject({ cell: 'D2', cells: ['C2', 'E2'], messageId: 'valuesUnitFitPerNotPerMille', actual: undefined });
      expect(finding.params).toMatchObject({ per: '100000', unitPer: '1000' });
      expect(rendered(finding).en).toContain('a number per 100,000');
    });

    it('flags a % value under “times” and a ratio per 1,000 under /100.000, in an English grid', () => {
      const grid = gridOf([
        enHeader,
        ['1', 'Housework time of women, times men’s', 'times', 1.8, '170%', null],
        ['2', 'Maternal mortality', '/100,000', '16/100.000', '0,5/1.000', null],
      ]);
      expect(findingsOf(grid, [rule]).map((f) => [f.cell, f.cells, f.messageId])).toEqual([
        ['E2', ['C2'], 'valuesUnitFitPercentSign'],
        ['E3', ['C3'], 'valuesUnitFitPerNotUnitPer'],
      ]);
    });

    it('reads the unit from the label when the unit column is empty, without diacritics', () => {
      const grid = gridOf([plainHeader, ['1', 'Ty le nu duoc tu van (%)', null, '60/1000', '65/1000', null]]);
      expect(findingsOf(grid, [rule]).map((f) => [f.cell, f.cells, f.messageId])).toEqual([['D2', ['E2'], 'valuesUnitFitPerNotPercent']]);
    });
  });
});

describe('parseUnit', () => {
  it.each([
    ['%', 'percent', '100'],
    ['(%)', 'percent', '100'],
    ['Phần trăm', 'percent', '100'],
    ['(%o)', 'perMille', '1000'],
    ['‰', 'perMille', '1000'],
    ['/100.000', 'ratio', '100000'],
    ['trẻ/1000 trẻ đẻ sống', 'ratio', '1000'],
    ['per 100,000', 'ratio', '100000'],
    ['boys/100 girls', 'ratio', '100'],
    // `Tỷ số` names a ratio (boys per 100 girls, deaths per 100.000 births), not a count for its `số`.
    ['Tỷ số', 'ratio', undefined],
    ['Ty so', 'ratio', undefined],
    ['Lần', 'times', undefined],
    ['người', 'count', undefined],
    ['nguoi', 'count', undefined],
  ])('reads %s as %s', (text, kind, per) => {
    const unit = parseUnit(text);
    expect([unit?.kind, unit?.per?.toFixed()]).toEqual([kind, per]);
  });

  it('reads no unit in words that are not one', () => {
    expect(parseUnit('Văn bản')).toBeUndefined();
    expect(parseUnit('')).toBeUndefined();
  });
});
