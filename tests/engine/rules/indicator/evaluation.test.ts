import { rule } from '../../../../src/engine/rules/indicator/evaluation';
import { renderFinding } from '../../../../src/engine/i18n';
import type { Finding } from '../../../../src/engine/types';
import { findingsOf, gridOf, type TestCell } from '../../grid';

/** Where, what kind, and what it says should be written. */
const brief = (f: Finding) => [f.cell, f.severity, f.messageId, f.expected, f.actual, f.fix?.value];

describe('indicator/evaluation', () => {
  const header: TestCell[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', 'Đánh giá (Đạt/Không đạt)'];

  describe('valid', () => {
    it('accepts verdicts that agree with result against plan, in either direction, at equality, and within a bound', () => {
      const grid = gridOf([
        header,
        ['I', 'Mục tiêu 1: Tăng cường sự tham gia của phụ nữ', null, null, null, null],
        ['1', 'Tỷ lệ nữ lãnh đạo chủ chốt', '%', 60, 62, 'Đạt'],
        ['2', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân', '%', 35, 30, 'Không đạt'],
        ['3', 'Tỷ số giới tính khi sinh', '/100', 111, 110.4, 'Đạt'],
        ['4', 'Tỷ số tử vong mẹ', '/100.000', 42, 45, 'Chưa đạt'],
        ['5', 'Số lớp tập huấn', 'lớp', 12, 12, 'Đạt'],
        ['6', 'Tỷ lệ phá thai', '/100', '<25/100', '20/100', 'Đạt'],
        ['7', 'Tỷ lệ xã có câu lạc bộ', '%', 40, 38, 'Cơ bản đạt'],
        ['8', 'Tỷ lệ hộ nghèo', '%', 5, 4.2, 'đạt'],
        ['9', 'Tỷ lệ nữ được tạo việc làm mới', '%', '>= 40', 43, 'Đạt'],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('does not judge a result that differs from the plan where the direction is unknown', () => {
      const grid = gridOf([header, ['1', 'Số buổi truyền thông', 'buổi', 20, 25, 'Không đạt'], ['2', 'Số mô hình', 'mô hình', 10, 8, 'Đạt']]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('leaves alone what is not a verdict, and rows without numbers', () => {
      const grid = gridOf([header, ['1', 'Tỷ lệ nữ lãnh đạo chủ chốt', '%', 60, 50, 'Đang tổng hợp'], ['2', 'Tỷ lệ nữ đại biểu', '%', 'Tăng', 30, 'Đạt']]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags the year-end report of the issue: Đạt under 56 against 60, Không đạt under a sex ratio that was met, Đạt under maternal deaths above plan', () => {
      const grid = gridOf([
        header,
        ['1', 'Tỷ lệ nữ lãnh đạo chủ chốt', '%', 60, 56, 'Đạt'],
        ['2', 'Tỷ số giới tính khi sinh', '/100', 111, 110.4, 'Không đạt'],
        ['3', 'Tỷ số tử vong mẹ', '/100.000', 42, 45, 'Đạt'],
        ['4', 'Số lớp tập huấn', 'lớp', 12, 12, 'Không đạt'],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map(brief)).toEqual([
        ['F2', 'warning', 'indicatorEvaluationBelowWorse', '60', '56', 'Không đạt'],
        ['F3', 'warning', 'indicatorEvaluationBelowBetter', '111', '110.4', 'Đạt'],
        ['F4', 'warning', 'indicatorEvaluationAboveWorse', '42', '45', 'Không đạt'],
        ['F5', 'warning', 'indicatorEvaluationEqual', '12', '12', 'Đạt'],
      ]);
      expect(findings[0].cells).toEqual(['E2', 'D2']);
      const [vi, en] = (['vi', 'en'] as const).map((lang) => renderFinding(findings[2], lang));
      expect(vi.message).toBe('Ô F4 ghi “Đạt”, nhưng kết quả 45 cao hơn kế hoạch 42, mà chỉ tiêu này càng thấp càng tốt: chỉ tiêu chưa đạt. Nên ghi “Không đạt”.');
      expect(vi.explanation).toContain('càng thấp càng tốt');
      expect(en.message).toBe('Cell F4 says “Đạt”, but the result 45 is above the plan 42, and lower is better for this indicator: the target was not met. Write “Không đạt”.');
      expect(renderFinding(findings[1], 'vi').message).toContain('kết quả 110,4 thấp hơn kế hoạch 111');
    });

    it('reads an English report with its columns in another order, and answers in its words', () => {
      const grid = gridOf([
        ['No.', 'Indicator', 'Actual 2024', 'Unit', 'Plan 2024', 'Met/Not met'],
        ['1', 'Share of women in leadership positions', 28, '%', 30, 'Met'],
        ['2', 'Maternal mortality ratio', 40, 'per 100,000', 42, 'Not met'],
        ['3', 'Child marriage rate', 3, '%', 3, 'Met'],
      ]);
      expect(findingsOf(grid, [rule]).map(brief)).toEqual([
        ['F2', 'warning', 'indicatorEvaluationBelowWorse', '30', '28', 'Not met'],
        ['F3', 'warning', 'indicatorEvaluationBelowBetter', '42', '40', 'Met'],
      ]);
    });

    it('judges each year of a report with several years of results against its own plan', () => {
      const grid = gridOf([
        ['TT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023', 'Đánh giá 2023', 'KH 2024', 'TH 2024', 'Đánh giá 2024'],
        ['1', 'Tỷ lệ nữ lãnh đạo chủ chốt', '%', 50, 52, 'Không đạt', 55, 54, 'Không đạt'],
        ['2', 'Tỷ lệ trẻ em gái bỏ học', '%', 2, 2.5, 'Chưa đạt', 2, 1.5, 'Chưa đạt'],
      ]);
      expect(findingsOf(grid, [rule]).map(brief)).toEqual([
        ['F2', 'warning', 'indicatorEvaluationAboveBetter', '50', '52', 'Đạt'],
        ['I3', 'warning', 'indicatorEvaluationBelowBetter', '2', '1.5', 'Đạt'],
      ]);
    });

    it('judges a single evaluation column after several years by the year nearest before it', () => {
      const grid = gridOf([
        ['TT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023', 'KH 2024', 'TH 2024', 'Kết quả đánh giá'],
        ['1', 'Tỷ lệ nữ lãnh đạo chủ chốt', '%', 50, 45, 55, 56, 'Đạt'],
        ['2', 'Tỷ lệ nữ đại biểu', '%', 30, 35, 35, 33, 'Đạt'],
      ]);
      expect(findingsOf(grid, [rule]).map(brief)).toEqual([['H3', 'warning', 'indicatorEvaluationBelowWorse', '35', '33', 'Không đạt']]);
    });

    it('tells Vượt from Đạt where the column does: Vượt is for a result beyond the plan, Đạt for one at it', () => {
      const grid = gridOf([
        ['TT', 'Chỉ tiêu', 'ĐVT', 'KH năm 2024', 'TH năm 2024', 'Vượt/Đạt/Không đạt'],
        ['1', 'Tỷ lệ nữ lãnh đạo chủ chốt', '%', 60, 65, 'Đạt'],
        ['2', 'Tỷ lệ nữ đại biểu', '%', 35, 35, 'Vượt'],
        ['3', 'Tỷ số giới tính khi sinh', '/100', 111, 112, 'Vượt'],
        ['4', 'Tỷ lệ phá thai', '/100', '<25/100', '20/100', 'Vượt'],
      ]);
      expect(findingsOf(grid, [rule]).map(brief)).toEqual([
        ['F2', 'info', 'indicatorEvaluationAboveBetter', '60', '65', 'Vượt'],
        ['F3', 'warning', 'indicatorEvaluationEqual', '35', '35', 'Đạt'],
        ['F4', 'warning', 'indicatorEvaluationAboveWorse', '111', '112', 'Không đạt'],
      ]);
    });

    it('writes the fix in the column’s own words: Hoàn thành / Không hoàn thành, or the form its cells use', () => {
      const completion = gridOf([
        ['TT', 'Chỉ tiêu', 'ĐVT', 'KH năm 2024', 'TH năm 2024', 'Hoàn thành/Không hoàn thành'],
        ['1', 'Tỷ lệ nữ lãnh đạo chủ chốt', '%', 60, 50, 'Hoàn thành'],
        ['2', 'Tỷ lệ bao phủ bảo hiểm y tế', '%', 90, 95, 'Không hoàn thành'],
      ]);
      expect(findingsOf(completion, [rule]).map((f) => f.fix?.value)).toEqual(['Không hoàn thành', 'Hoàn thành']);
      const ownForms = gridOf([
        header,
        ['1', 'Tỷ lệ nữ lãnh đạo chủ chốt', '%', 60, 50, 'đạt'],
        ['2', 'Tỷ lệ nữ đại biểu', '%', 35, 30, 'Chưa đạt'],
        ['3', 'Tỷ lệ bao phủ bảo hiểm y tế', '%', 90, 85, 'Chưa đạt'],
      ]);
      expect(findingsOf(ownForms, [rule]).map((f) => f.fix?.value)).toEqual(['Chưa đạt']);
    });

    it('reads Cơ bản đạt as not fully met, and a plan typed as a fraction in a percentage format as the percentage it shows', () => {
      const grid = gridOf([
        header,
        ['1', 'Tỷ lệ nữ lãnh đạo chủ chốt', '%', { value: 0.6, numberFormat: '0%' }, 62, 'Cơ bản đạt'],
        ['2', 'Tỷ lệ nữ đại biểu', '%', 35, { value: 0.3, numberFormat: '0.0%' }, 'Đạt'],
      ]);
      expect(findingsOf(grid, [rule]).map(brief)).toEqual([
        ['F2', 'warning', 'indicatorEvaluationAboveBetter', '60', '62', 'Đạt'],
        ['F3', 'warning', 'indicatorEvaluationBelowWorse', '35', '30', 'Không đạt'],
      ]);
    });

    it('reads a report whose headers name no year: Kế hoạch | Thực hiện | Đánh giá', () => {
      const grid = gridOf([
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Đánh giá'],
        ['1', 'Tỷ lệ nữ lãnh đạo chủ chốt', '%', 60, 56, 'Đạt'],
      ]);
      expect(findingsOf(grid, [rule]).map(brief)).toEqual([['F2', 'warning', 'indicatorEvaluationBelowWorse', '60', '56', 'Không đạt']]);
    });

    it('flags a verdict outside a bound', () => {
      const grid = gridOf([header, ['1', 'Tỷ lệ phá thai', '/100', '<25/100', '27/100', 'Đạt']]);
      const [finding] = findingsOf(grid, [rule]);
      expect(brief(finding)).toEqual(['F2', 'warning', 'indicatorEvaluationOutsideBound', '25', '27', 'Không đạt']);
      expect(renderFinding(finding, 'vi').message).toContain('kết quả “27/100” không nằm trong mức kế hoạch “<25/100”');
    });
  });
});
