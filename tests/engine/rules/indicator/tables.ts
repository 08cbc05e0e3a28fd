import type { Finding } from '../../../../src/engine/types';
import type { TestCell } from '../../grid';

/** The header of a Vietnamese indicator grid: number, name, unit, last year's result, plan, lead agency. */
export const viHeader: TestCell[] = ['TT', 'Mục tiêu, chỉ tiêu', 'Đơn vị tính', 'KQ năm 2024', 'KH năm 2025', 'Đơn vị chủ trì'];
export const enHeader: TestCell[] = ['No.', 'Indicator', 'Unit', 'Result 2024', 'Target 2025', 'Lead agency'];
/** Without diacritics, as some offices type. */
export const plainHeader: TestCell[] = ['STT', 'Ten chi tieu', 'DVT', 'TH 2022', 'KH 2023', 'Co quan chu tri'];

/** What a test asserts about a finding: which rule, where, what it says. */
export function summary(finding: Finding) {
  return {
    rule: finding.rule,
    severity: finding.severity,
    cell: finding.cell,
    messageId: finding.messageId,
    expected: finding.expected,
    actual: finding.actual,
  };
}
