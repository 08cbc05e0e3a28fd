import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSheet } from '../../../../src/engine/check';
import { indicatorRules } from '../../../../src/engine/rules/indicator';
import { valuesRules } from '../../../../src/engine/rules/values';
import type { SheetGrid } from '../../../../src/engine/types';
import { readWorkbook } from '../../../../src/io';
import { gridOf } from '../../grid';

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Grids on which every indicator and values rule reports something, texts and bounds included. */
const grids = (): SheetGrid[] => [
  gridOf([
    ['TT', 'Chỉ tiêu', 'ĐVT', 'KQ năm 2023', 'KH năm 2024', 'KH năm 2024', 'TH năm 2024', 'Đánh giá', 'Đơn vị chủ trì'],
    ['1', 'Tỷ số giới tính khi sinh', '(%)', '113/100', '115/100', '115/100', '116/100', 'Đạt', null],
    ['2', 'Giảm tỷ lệ tử vong bà mẹ (%o)', '(%o)', '16/ 100.000', '<52/ 100.000', '<42/100.000', '50/100.000', 'Không đạt', null],
    ['3', 'Giảm sản phẩm văn hóa có định kiến giới', '%', 'Giảm thiểu tối đa', 'Giảm thiểu tối đa', null, null, null, null],
    ['4', 'Tỷ lệ nữ làm chủ doanh nghiệp', '%', '16,21', '42.86', '1.040', 120, 'Vượt', null],
    ['5', 'Tỷ lệ nữ lãnh đạo', '%', 40, 0.45, 45, 30, 'Đạt', null],
    ['6', 'Tỷ lệ nữ đại biểu', '%', 50, 40, 40, 60, null, null],
  ]),
];

describe('expected / actual / difference', () => {
  it('are plain decimal numbers or absent in every finding of the indicator and values rules: texts go in params', async () => {
    const [fixture] = await readWorkbook(readFileSync(join(__dirname, '../../../fixtures', 'nghe-an-2017-chi-tieu.xlsx')));
    const findings = [fixture, ...grids()].flatMap((grid) => checkSheet(grid, {}, [...valuesRules, ...indicatorRules]).findings);
    expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(10);
    for (const finding of findings) {
      for (const key of ['expected', 'actual', 'difference'] as const) {
        const value = finding[key];
        if (value !== undefined) expect([finding.rule, key, value]).toEqual([finding.rule, key, expect.stringMatching(PLAIN_DECIMAL)]);
      }
    }
  });
});
