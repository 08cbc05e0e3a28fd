import type { Finding } from '../../../../src/engine/types';
import { renderFinding } from '../../../../src/engine/i18n';
import type { TestCell } from '../../grid';

/** Indicator grid headers: Vietnamese, English, and typed without diacritics. */
export const viHeader: TestCell[] = ['TT', 'Mục tiêu, chỉ tiêu', 'Đơn vị tính', 'KQ năm 2024', 'KH năm 2025', 'Đơn vị chủ trì'];
export const enHeader: TestCell[] = ['No.', 'Indicator', 'Unit', 'Result 2024', 'Target 2025', 'Lead agency'];
export const plainHeader: TestCell[] = ['STT', 'Ten chi tieu', 'DVT', 'TH 2016', 'KH 2017', 'Co quan chu tri'];

/** A small budget table: unit line, years × sources, period totals. */
export const budgetHeader: TestCell[][] = [
  ['Đơn vị tính: triệu đồng'],
  ['STT', 'Nội dung', 'Năm 2024', null, 'Năm 2025', null, 'Tổng', null],
  [null, null, 'NSTW', 'NSĐP', 'NSTW', 'NSĐP', 'NSTW', 'NSĐP'],
];
export const budgetMerges = ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2'];

/** What a test asserts about a finding. */
export function summary(finding: Finding) {
  return {
    rule: finding.rule,
    severity: finding.severity,
    cell: finding.cell,
    cells: finding.cells,
    messageId: finding.messageId,
    expected: finding.expected,
    actual: finding.actual,
  };
}

/** The finding as the officer reads it, in both languages, with no placeholder left unfilled. */
export function rendered(finding: Finding): { vi: string; en: string } {
  const vi = renderFinding(finding, 'vi');
  const en = renderFinding(finding, 'en');
  for (const text of [vi.message, en.message, vi.explanation ?? '', en.explanation ?? '']) expect(text).not.toMatch(/\{\w+\}/);
  return { vi: [vi.message, vi.explanation].filter(Boolean).join(' '), en: [en.message, en.explanation].filter(Boolean).join(' ') };
}
