import { rule } from '../../../../src/engine/rules/values/target-direction';
import { findingsOf, gridOf } from '../../grid';
import { enHeader, plainHeader, rendered, summary, viHeader } from './tables';

describe('values/target-direction', () => {
  describe('valid', () => {
    it('passes targets at least as good as the baseline, whichever way is better', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Giảm tỷ lệ phá thai', '/100', '25/100', '20/100', null],
        ['2', 'Rút ngắn khoảng cách về thời gian làm việc nhà (Lần)', 'lần', 1.8, 1.8, null],
        ['3', 'Tăng tỷ lệ phụ nữ mang thai được xét nghiệm HIV', '%', 35.6, 42, null],
        ['4', 'Tỷ số giới tính khi sinh', '/100', '115/100', '113/100', null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('sets no target against a share past 100 % (`1.040` read as a thousand in a `%` row): values/percent-range reports it', () => {
      const grid = gridOf([viHeader, ['1', 'Tỷ lệ giảm hộ nghèo bình quân mỗi năm', '%', '1.040', 1.5, null]]);
      expect(findingsOf(grid, [rule])).toEqual([]);
      // The same row with a share that can be: the weaker target is reported.
      expect(findingsOf(gridOf([viHeader, ['1', 'Tỷ lệ giảm hộ nghèo bình quân mỗi năm', '%', '1,8', 1.5, null]]), [rule]).map((f) => f.cell)).toEqual(['E2']);
    });

    it('gives no direction to shares, qualifiers and conditions inside a label, or to a parent’s minimum', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Hằng năm, trong tổng số người được tạo việc làm mới, bảo đảm ít nhất 40% cho mỗi giới', null, null, null, null],
        ['1.1', 'Tỷ lệ nam được tạo việc làm mới', '(%)', 58, 57.5, null],
        ['2', 'Tỷ lệ lao động nữ dưới 35 tuổi có hợp đồng lao động', '(%)', 20, 18, null],
        ['3', 'Tỷ lệ đơn vị có từ 30% trở lên nữ cán bộ là người dân tộc thiểu số', '(%)', 42.7, 40, null],
        ['4', 'Năng lực cán bộ làm công tác bình đẳng giới', '%', 60, 50, null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('compares a share typed into a cell formatted as a percentage (0.53 shown 53%) with a 51 typed beside it as 53', () => {
      const pct = (value: number) => ({ value, numberFormat: '0%' });
      const grid = gridOf([
        viHeader,
        ['1', 'Tăng tỷ lệ lao động nữ qua đào tạo', '%', 51, pct(0.53), null],
        ['2', 'Giảm tỷ lệ tảo hôn', '%', pct(0.05), 4.5, null],
        ['3', 'Tăng tỷ lệ nữ được tập huấn', '%', pct(0.6), pct(0.62), null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags a weaker share where the target or both are formatted as percentages, in the percentages they show', () => {
      const pct = (value: number) => ({ value, numberFormat: '0.0%' });
      const grid = gridOf([
        viHeader,
        ['1', 'Tăng tỷ lệ lao động nữ qua đào tạo', '%', 51, pct(0.49), null],
        ['2', 'Tăng tỷ lệ nữ được tập huấn', '%', pct(0.6), pct(0.58), null],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([
        ['E2', '51', '49'],
        ['E3', '60', '58'],
      ]);
      expect(rendered(findings[0]).vi).toContain('ghi 49, thấp hơn');
    });

    it('flags a target written as a range whose better end is still worse than the baseline (`35-37` after 38,4)', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp xã', '%', 38.4, '35-37', null],
        ['2', 'Tỷ lệ nữ lãnh đạo cấp sở', '%', 30, '30 - 32', null],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.messageId, f.params.target])).toEqual([['E2', 'valuesTargetWeakerHigher', '“35-37”']]);
    });

    it('flags a lower-is-better target above the baseline, comparing ratios on one denominator (16 vs <52 per 100,000)', () => {
      const grid = gridOf([
        viHeader,
        ['2', 'Giảm tỷ lệ tử vong bà mẹ liên quan đến thai sản xuống dưới (%o)', '(%o)', '16/ 100.000', '<52/ 100.000', 'Sở Y tế'],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map(summary)).toEqual([
        { rule: 'values/target-direction', severity: 'warning', cell: 'E2', cells: ['D2'], messageId: 'valuesTargetWeakerLower', expected: '16', actual: '52' },
      ]);
      expect(findings[0].explanation).toEqual({ messageId: 'valuesDirectionWordsLower', params: { words: 'Giảm' } });
      const text = rendered(findings[0]);
      expect(text.vi).toContain('càng thấp càng tốt');
      expect(text.vi).toContain('bắt đầu bằng “Giảm”');
    });

    it('holds a typed target against a baseline written as text exactly, down to digits a JS number cannot hold', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tăng tỷ lệ nữ tham gia cấp ủy', '%', '45,5', 44, null],
        ['2', 'Tăng tỷ lệ nữ tham gia cấp ủy đảng', '%', '45,5', 46, null],
        ['3', 'Tăng tỷ lệ nữ làm chủ doanh nghiệp', '%', '0,10000000000000000001', 0.1, null],
        ['4', 'Giảm tỷ lệ phá thai', '%', '12,5', 12.5, null],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map(summary)).toEqual([
        { rule: 'values/target-direction', severity: 'warning', cell: 'E2', cells: ['D2'], messageId: 'valuesTargetWeakerHigher', expected: '45.5', actual: '44' },
        { rule: 'values/target-direction', severity: 'warning', cell: 'E4', cells: ['D4'], messageId: 'valuesTargetWeakerHigher', expected: '0.10000000000000000001', actual: '0.1' },
      ]);
    });

    it('takes the direction from the national catalogue: sex ratio at birth lower, victims counselled higher', () => {
      const grid = gridOf([
        ['TT', 'Mục tiêu, chỉ tiêu', 'Đơn vị tính', 'KQ năm 2016', 'KH năm 2017', 'KH năm 2017'],
        ['1', 'Tỷ số giới tính khi sinh: trẻ sơ sinh trai/trẻ sơ sinh gái.', '(%)', '113/100', '115/100', '115/100'],
        ['2.1', 'Tỷ lệ nạn nhân bạo lực gia đình được phát hiện, được tư vấn về pháp lý, sức khỏe', '%', 57.3, 48.2, 48.2],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.cells, f.messageId, f.explanation?.messageId])).toEqual([
        ['E2', ['D2', 'F2'], 'valuesTargetWeakerLower', 'valuesDirectionCatalogueLower'],
        ['E3', ['D3', 'F3'], 'valuesTargetWeakerHigher', 'valuesDirectionCatalogueHigher'],
      ]);
      expect(rendered(findings[0]).vi).toContain('Theo danh mục chỉ tiêu của Chiến lược quốc gia về bình đẳng giới, chỉ tiêu này càng thấp càng tốt.');
    });

    it('reads English verbs, and words typed without diacritics', () => {
      const en = gridOf([enHeader, ['1', 'Reduce the abortion rate', 'per 100', 11.8, 14, null], ['2', 'Increase the share of women owners', '%', 20, 18, null]]);
      expect(findingsOf(en, [rule]).map((f) => [f.cell, f.messageId])).toEqual([
        ['E2', 'valuesTargetWeakerLower'],
        ['E3', 'valuesTargetWeakerHigher'],
      ]);
      const decomposed = gridOf([viHeader, ['1', 'Giảm tỷ lệ phá thai'.normalize('NFD'), '/100', 11.8, 14, null]]);
      expect(findingsOf(decomposed, [rule]).map((f) => [f.cell, f.messageId])).toEqual([['E2', 'valuesTargetWeakerLower']]);
      const plain = gridOf([plainHeader, ['1', 'Nang ty le nu duoc vay von', '%', 47.97, 40, null]]);
      expect(findingsOf(plain, [rule]).map((f) => [f.cell, f.explanation?.params.words])).toEqual([['E2', 'Nang']]);
    });

    it('falls back on a bound written into the target (a ceiling), when the label gives no direction', () => {
      const grid = gridOf([viHeader, ['1', 'Tỷ lệ sinh con thứ ba', '%', 8, '<= 10', null]]);
      expect(findingsOf(grid, [rule]).map((f) => [f.cell, f.explanation?.messageId])).toEqual([['E2', 'valuesDirectionBoundLower']]);
    });
  });
});
