import { checkSheet } from '../../../../src/engine/check';
import { rule } from '../../../../src/engine/rules/values/ambiguous-number';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { budgetHeader, budgetMerges, enHeader, rendered, summary, viHeader } from './tables';

describe('values/ambiguous-number', () => {
  describe('valid', () => {
    it('passes typed amounts and text that only one convention reads', () => {
      const grid = gridOf([...budgetHeader, ['1', 'Tuyên truyền', 1040, '1.234.567', '16,5', 10, 1056.5, 1234577]], { merges: budgetMerges });
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('is silent where the table’s own unambiguous text numbers, a ratio column’s included, settle the convention', () => {
      // Pasted from Word: `104,0` in the ratio column says the dot of `412.300` groups thousands.
      const grid = gridOf([
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Dự toán năm 2024', 'Dự toán năm 2025', 'Tỷ lệ (%)'],
        ['1', 'Bổ sung cân đối ngân sách', '412.300', '428.650', '104,0'],
        ['2', 'Bổ sung có mục tiêu', '68.240', '54.310', '79,6'],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('says nothing of a figure marked with its footnote (`112.450(*)`) that its sums settle: it is text on purpose', () => {
      const rows = (marked: string): TestCell[][] => [
        ['Đơn vị: triệu đồng'],
        ['STT', 'Nội dung', 'Dự toán', 'Quyết toán'],
        [null, 'TỔNG CHI NGÂN SÁCH HUYỆN', 612_480, 655_318],
        ['1', 'Chi đầu tư phát triển', 98_200, marked],
        ['2', 'Chi thường xuyên', 502_100, 531_234],
        ['3', 'Chi chuyển nguồn sang năm sau', 0, '11.634(**)'],
        ['4', 'Dự phòng ngân sách', 12_180, 0],
      ];
      expect(findingsOf(gridOf(rows('112.450(*)')), [rule])).toEqual([]);
      // Unmarked, the same text is still noted as a number to enter.
      expect(findingsOf(gridOf(rows('112.450')), [rule]).map((f) => [f.cell, f.severity])).toEqual([['D4', 'info']]);
    });

    it('only notes (info) cells a sum settles, holding exactly with the readings taken and with no other: `(1.200)` and `(1.250)` under a total of −300', () => {
      const rows = (total: number): TestCell[][] => [
        [null, null, null, null, 'Đơn vị: triệu đồng'],
        ['STT', 'Danh mục dự án', 'Kế hoạch đã giao', 'Kế hoạch sau điều chỉnh', 'Tăng (+), giảm (-)'],
        [null, 'TỔNG SỐ', 30_100, 29_800, total],
        ['1', 'Đường GTNT xã Sơn Kim', 12_000, 10_800, '(1.200)'],
        ['2', 'Trường MN Sơn Tây', 8_500, 9_700, 1_200],
        ['3', 'Kênh mương xã Sơn Hàm', 6_400, 5_150, '(1.250)'],
        ['4', 'Nhà văn hóa xã Sơn Phú', 3_200, 4_150, 950],
      ];
      // −1.200 + 1.200 − 1.250 + 950 = −300: read the Vietnamese way, the total adds up; read −1,2 and −1,25, it would not.
      const sure = findingsOf(gridOf(rows(-300)), [rule]);
      expect(sure.map((f) => [f.cell, f.severity, f.explanation?.messageId, f.fix?.value])).toEqual([
        ['E4', 'info', 'valuesConventionConfirmedByTotals', '-1200'],
        ['E6', 'info', 'valuesConventionConfirmedByTotals', '-1250'],
      ]);
      // Each row's own difference (Sau điều chỉnh − Đã giao, read from the figures) settles it too, whatever the total.
      expect(findingsOf(gridOf(rows(-400)), [rule]).map((f) => [f.cell, f.severity])).toEqual([['E4', 'info'], ['E6', 'info']]);
      // With neither (the two rows' plans not given), a total that does not hold settles nothing: each cell is still a warning.
      const unsettled = rows(-400).map((row, r) => (r === 3 || r === 5 ? [row[0], row[1], null, null, row[4]] : row));
      expect(findingsOf(gridOf(unsettled), [rule]).map((f) => [f.cell, f.severity])).toEqual([['E4', 'warning'], ['E6', 'warning']]);
    });

    it('only notes cells settled through other settled cells: a total of ambiguous amounts whose items each row’s plain figures settle', () => {
      // Pasted as text: every amount of column C and the total row reads both ways, and C4 = C5 + C6
      // holds both ways too (2,45 = 1,2 + 1,25); but C5 = D5 + E5 (700 + 500) settles C5, C6 likewise,
      // and with them C4. It was a warning, in a table with nothing to check.
      const grid = gridOf(
        [
          ['Đơn vị: triệu đồng'],
          ['STT', 'Nội dung', 'Tổng số', 'Chia ra', null],
          [null, null, null, 'NSTW', 'NSĐP'],
          [null, 'Tổng cộng', ' 2.450 ', ' 1.450 ', ' 1.000 '],
          ['1', 'Chi hành chính', ' 1.200 ', ' 700 ', ' 500 '],
          ['2', 'Chi sự nghiệp', ' 1.250 ', ' 750 ', ' 500 '],
        ],
        { merges: ['D2:E2'] },
      );
      const found = findingsOf(grid, [rule]);
      expect(found.map((f) => [f.cell, f.severity, f.explanation?.messageId])).toEqual([
        ['C4', 'info', 'valuesConventionConfirmedByTotals'],
        ['C5', 'info', 'valuesConventionConfirmedByTotals'],
        ['C6', 'info', 'valuesConventionConfirmedByTotals'],
        ['D4', 'info', 'valuesConventionConfirmedByTotals'],
        ['E4', 'info', 'valuesConventionConfirmedByTotals'],
      ]);
      // A sum of ambiguous cells only, none of them settled elsewhere, still settles nothing.
      const alone = gridOf([['Đơn vị: triệu đồng'], ['STT', 'Nội dung', 'Kinh phí'], [null, 'Tổng cộng', '2.450'], ['1', 'Chi hành chính', '1.200'], ['2', 'Chi sự nghiệp', '1.250']]);
      expect(findingsOf(alone, [rule]).map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
    });

    it('is silent in a budget table of ambiguous amounts only, where the sheet’s other table writes decimal commas', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ lao động nữ làm công hưởng lương', '%', '51,8', '53', null],
        [],
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Năm 2024', 'Năm 2025'],
        ['1', 'Tuyên truyền', '1.040', '2.050'],
        ['2', 'Tập huấn', 10.5, 20],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
      // Alone on its sheet, nothing settles it: the default reading, to be made sure of.
      expect(findingsOf(gridOf(grid.cells.slice(3).map((row) => row.map((cell) => cell ?? null))), [rule]).map((f) => f.explanation?.messageId)).toEqual(['valuesConventionDefault', 'valuesConventionDefault']);
    });

    it('is silent on a count in an indicator grid written with decimal commas: 1.240 lượt người is 1240 both ways it is told', () => {
      const grid = gridOf([viHeader, ['1', 'Tỷ lệ lao động nữ làm công hưởng lương', '%', '51,8', '53,5', null], ['2', 'Số lượt cán bộ được tập huấn', 'lượt người', '1.240', '1.300', null]]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('proposes no fix that writes a share past 100 %: `1.040` in a `%` row, read a thousand and forty, is for the officer to read', () => {
      const grid = gridOf([viHeader, ['1', 'Tỷ lệ giảm hộ nghèo bình quân mỗi năm', '%', '1.040', '1,5', null], ['2', 'Tỷ lệ hộ nghèo', '%', '2,15', '1,5', null]]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.messageId])).toEqual([['D2', 'valuesAmbiguousNumberVi']]);
      expect(findings[0].fix).toBeUndefined();
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
      // The period total (1.060) holds with neither reading: nothing but the grouping decides.
      const grid = gridOf([...budgetHeader, ['1', 'Tuyên truyền', 90, '1,040', 20, 10, 110, 1060]], { merges: budgetMerges });
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.messageId, f.fix?.value, f.explanation?.messageId])).toEqual([['D4', 'valuesAmbiguousNumberEn', '1040', 'valuesConventionFromGrouping']]);
      expect(rendered(findings[0]).en).toContain('thousands separator');
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

    it('notes (info) 4.215 người in an indicator grid: a count reads whole only the Vietnamese way, and nothing adds it', () => {
      const grid = gridOf([viHeader, ['1', 'Số lượt người được truyền thông', 'lượt người', '4.215', '4.500', null], ['2', 'Số người được tập huấn', 'người', '185.000', 200, null]]);
      expect(findingsOf(grid, [rule]).map((f) => [f.cell, f.severity])).toEqual([['D2', 'info'], ['D3', 'info'], ['E2', 'info']]);
    });

    it('still warns where the table’s numbers are written both ways: its convention is only the majority’s', () => {
      const grid = gridOf([
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Dự toán năm 2024', 'Dự toán năm 2025', 'Tỷ lệ (%)'],
        ['1', 'Bổ sung cân đối ngân sách', '412.300', '428.650', '104,0'],
        ['2', 'Bổ sung có mục tiêu', '68.240', '54.310', '79.59'],
        ['3', 'Thu khác', '1.000,5', '1.100', '109,9'],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.severity, f.explanation?.messageId])).toContainEqual(['C3', 'warning', 'valuesConventionFromTable']);
    });

    it('still notes a count where the grid’s numbers are written both ways: they do not settle it', () => {
      const grid = gridOf([viHeader, ['1', 'Tỷ lệ nữ', '%', '51,8', '53.25', null], ['2', 'Số lượt cán bộ được tập huấn', 'lượt người', '1.240', null, null]]);
      expect(findingsOf(grid, [rule]).map((f) => [f.cell, f.severity])).toEqual([['D3', 'info']]);
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

  describe('read the way the totals add up', () => {
    /**
     * A CSV as Excel saves it in `locale` (every field text): C5 written as `written`, the totals
     * worked out with C5 = `value`.
     */
    const csv = (locale: 'de-DE' | 'en-US', written: string, value: number): TestCell[][] => {
      const shown = (n: number) => n.toLocaleString(locale);
      return [
        ...budgetHeader,
        ['1', 'Tuyên truyền', shown(1250.5), '300', shown(1100), '250', shown(2350.5), '550'],
        ['2', 'Tập huấn', written, '200', '700', '150', shown(value + 700), '350'],
        [null, 'Tổng cộng', shown(1250.5 + value), '500', shown(1800), '400', shown(3050.5 + value), '900'],
      ];
    };
    const nonInfo = (rows: TestCell[][]) =>
      checkSheet({ ...gridOf(rows, { merges: budgetMerges }), textOnly: true })
        .findings.filter((f) => f.severity !== 'info')
        .map((f) => [f.cell, f.rule, f.explanation?.messageId, f.fix?.value]);

    it('reads a pasted ambiguous cell the other way when only that reading makes its totals add up, and says so at the cell alone', () => {
      expect(nonInfo(csv('de-DE', '980', 980))).toEqual([]);
      // `1,250` is 1.25 the Vietnamese way, as the table is written; its totals say 1250.
      expect(nonInfo(csv('de-DE', '1,250', 1250))).toEqual([['C5', 'values/ambiguous-number', 'valuesConventionFromTotals', '1250']]);
      expect(nonInfo(csv('en-US', '1.250', 1250))).toEqual([['C5', 'values/ambiguous-number', 'valuesConventionFromTotals', '1250']]);
    });

    it('reads 1,000 and 2,000 as thousands in an English CSV, though 1 and 2 would be whole too', () => {
      const rows: TestCell[][] = [...budgetHeader, ['1', 'Tuyên truyền', '1,000', '500', '700', '250', '1,700', '750'], ['2', 'Tập huấn', '500', '200', '300', '150', '800', '350'], [null, 'Tổng cộng', '1,500', '700', '1,000', '400', '2,500', '1,100']];
      expect(nonInfo(rows)).toEqual([]);
    });

    it('reads an English CSV the English way with one amount pasted the Vietnamese way, flipped by its totals', () => {
      const rows = csv('en-US', '45.165', 45_165);
      expect(nonInfo(rows)).toEqual([['C5', 'values/ambiguous-number', 'valuesConventionFromTotals', '45165']]);
    });

    it('reads two cells pasted the English way together when only together they make their total hold', () => {
      const rows = (total: string): TestCell[][] => [
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Dự toán năm 2025'],
        ['1', 'Thu từ DNNN', '286.441,3'],
        ['2', 'Thu từ DN FDI', '201.057,7'],
        ['3', 'Thuế TNCN', '80,977'],
        ['4', 'Thuế BVMT', '45,165'],
        [null, 'Tổng cộng', total],
      ];
      const check = (total: string) =>
        checkSheet({ ...gridOf(rows(total)), textOnly: true })
          .findings.filter((f) => f.severity !== 'info')
          .map((f) => [f.cell, f.rule, f.explanation?.messageId]);
      expect(check('613.641')).toEqual([
        ['C5', 'values/ambiguous-number', 'valuesConventionFromTotals'],
        ['C6', 'values/ambiguous-number', 'valuesConventionFromTotals'],
      ]);
      // A total the other reading does not clear either: read as the table is, the total stays wrong.
      expect(check('700.000').map(([cell, rule]) => [cell, rule])).toEqual([['C7', 'budget/total-rows']]);
    });

    it('keeps a slip a slip: a reading as decimals ending in zeros is no reading (90,000 for 90)', () => {
      const found = nonInfo(csv('en-US', '90,000', 90));
      expect(found).toContainEqual(['C5', 'budget/root-cause', undefined, '90']);
      expect(found.some(([, , messageId]) => messageId === 'valuesConventionFromTotals')).toBe(false);
    });
  });
});
