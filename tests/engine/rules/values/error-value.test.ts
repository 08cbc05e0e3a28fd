import { rule } from '../../../../src/engine/rules/values/error-value';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { rendered, summary } from './tables';

/** A cell holding an error value, as readers and Office.js give it. */
const err = (error: string): TestCell => ({ value: { error } });
const REF = err('#REF!');
const VALUE = err('#VALUE!');

/** A settlement by province (one year, three columns), total row on top, as the Ministry publishes it. */
function provinces(change: (rows: TestCell[][]) => void = () => {}): TestCell[][] {
  const rows: TestCell[][] = [
    ['DỰ TOÁN THU, CHI NGÂN SÁCH CÁC TỈNH NĂM 2003'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Tỉnh, thành phố', 'Tổng thu NSNN', 'Số bổ sung từ NSTW', 'Tổng chi NSĐP'],
    [null, 'Tổng số', 300, 60, 360],
    ['1', 'Hà Nội', 100, 20, 120],
    ['2', 'Hải Phòng', 120, 10, 130],
    ['3', 'Nam Định', 80, 30, 110],
  ];
  change(rows);
  return rows;
}

const check = (rows: TestCell[][]) => findingsOf(gridOf(rows), [rule]);

describe('values/error-value', () => {
  describe('valid', () => {
    it('passes a table of numbers, text and dashes', () => {
      expect(check(provinces((rows) => (rows[5][3] = '-')))).toEqual([]);
    });

    it('passes text that merely mentions an error code', () => {
      expect(check(provinces((rows) => (rows[6][1] = 'Nam Định (#REF! đã sửa)')))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a total row of #REF! first, as one error naming its cells, with what #REF! means', () => {
      const findings = check(
        provinces((rows) => {
          rows[3] = [null, 'Tổng số', REF, REF, REF];
          rows[5][3] = err('#DIV/0!');
        }),
      );
      expect(findings.map(summary)).toEqual([
        { rule: 'values/error-value', severity: 'error', cell: 'C4', cells: ['D4', 'E4'], messageId: 'valuesErrorValueTotal', expected: undefined, actual: undefined },
        { rule: 'values/error-value', severity: 'error', cell: 'D6', cells: [], messageId: 'valuesErrorValue', expected: undefined, actual: undefined },
      ]);
      const text = rendered(findings[0]);
      expect(text.vi).toContain('Dòng tổng “Tổng số” chứa giá trị lỗi #REF! ở 3 ô');
      expect(text.en).toContain('points to cells that no longer exist');
      expect(rendered(findings[1]).en).toContain('divides by zero');
    });

    it('a `+` formula over a cell typed `-` is told as such, and the total over it as carried from it', () => {
      const findings = check(
        provinces((rows) => {
          rows[3][4] = { formula: 'SUM(E5:E7)', value: { error: '#VALUE!' } };
          rows[5][3] = '-';
          rows[5][4] = { formula: 'C6+D6', value: { error: '#VALUE!' } };
        }),
      );
      expect(findings.map((f) => [f.cell, f.messageId, f.explanation?.messageId, f.explanation?.params])).toEqual([
        ['E4', 'valuesErrorValueTotal', 'valuesErrorValueFrom', { cells: 'E6' }],
        ['E6', 'valuesErrorValue', 'valuesErrorValuePlusText', { cells: 'D6 “-”' }],
      ]);
      expect(rendered(findings[1]).vi).toContain('Ghi số 0 vào ô đó, hoặc cộng bằng SUM');
    });

    it('a `+` formula over a number stored as text that Excel could not read (`1 834`) says to retype that number, not to write 0', () => {
      const findings = check(
        provinces((rows) => {
          rows[5][3] = '1 834';
          rows[5][4] = { formula: 'C6+D6', value: { error: '#VALUE!' } };
        }),
      );
      expect(findings.map((f) => [f.cell, f.explanation?.messageId, f.explanation?.params])).toEqual([['E6', 'valuesErrorValuePlusTextNumber', { cells: 'D6 “1 834”' }]]);
      expect(rendered(findings[0]).vi).toContain('Nhập lại ô đó thành số');
      expect(rendered(findings[0]).en).not.toContain('Write 0');
    });

    it('an error in a ratio column (`So sánh (%)`) is a warning that says no total uses it; #DIV/0! names the cell it divides by, 0 or empty', () => {
      const rows: TestCell[][] = [
        ['ƯỚC THỰC HIỆN THU NGÂN SÁCH NĂM 2024'],
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Dự toán năm 2024', 'Ước thực hiện năm 2024', 'So sánh (%)'],
        [null, 'Tổng thu', 8_000, 8_950, '=D4/C4|1.11875'],
        ['1', 'Thu từ doanh nghiệp', 5_000, 5_500, '=D5/C5|1.1'],
        ['2', 'Thu phí, lệ phí', 1_000, 900, '=D6/C6|0.9'],
        ['3', 'Thu khác', 0, 150, { formula: 'D7/C7', value: { error: '#DIV/0!' } }],
        ['4', 'Thu tiền thuê đất', 2_000, 2_400, { formula: 'VLOOKUP(B8,Z1:Z2,1,0)', value: { error: '#N/A' } }],
      ];
      const findings = check(rows);
      expect(findings.map((f) => [f.cell, f.severity, f.messageId, f.explanation?.messageId, f.explanation?.params])).toEqual([
        ['E7', 'warning', 'valuesErrorValueRatio', 'valuesErrorValueDivByZero', { formula: 'D7/C7', divisor: 'C7' }],
        ['E8', 'warning', 'valuesErrorValueRatio', 'valuesErrorMeaningNa', {}],
      ]);
      expect(rendered(findings[0]).vi).toContain('ghi “-” vào ô này');
      expect(rendered(findings[0]).vi).not.toContain('mọi tổng');
    });

    it('groups a column of errors into one finding, across blank rows', () => {
      const findings = check(
        provinces((rows) => {
          for (const r of [4, 5, 6]) rows[r][4] = VALUE;
          rows.splice(5, 0, []);
        }),
      );
      expect(findings.map(summary)).toEqual([
        { rule: 'values/error-value', severity: 'error', cell: 'E5', cells: ['E7', 'E8'], messageId: 'valuesErrorValueColumn', expected: undefined, actual: undefined },
      ]);
      expect(rendered(findings[0]).vi).toContain('Cột “Tổng chi NSĐP” chứa giá trị lỗi #VALUE! ở 3 ô liền nhau (dòng 5 đến 8)');
    });

    it('a column of errors through a total row of them: the total row, then the rest of the column as one', () => {
      const findings = check(
        provinces((rows) => {
          rows[3] = [null, 'Tổng số', REF, 60, REF];
          for (const r of [4, 5, 6]) rows[r][4] = REF;
          rows.splice(3, 0, ['A', 'B', 1, 2, REF]);
        }),
      );
      expect(findings.map((f) => [f.cell, f.messageId, ...f.cells])).toEqual([
        ['C5', 'valuesErrorValueTotal', 'E5'],
        ['E4', 'valuesErrorValueColumn', 'E6', 'E7', 'E8'],
      ]);
    });

    it('keeps errors apart where a number stands between them, and names mixed codes', () => {
      const findings = check(
        provinces((rows) => {
          rows[4][2] = REF;
          rows[6][2] = err('#N/A');
          rows[6][3] = err('#N/A');
          rows[6][4] = VALUE;
        }),
      );
      expect(findings.map((f) => [f.cell, f.messageId, f.params.error])).toEqual([
        ['C5', 'valuesErrorValue', '#REF!'],
        ['C7', 'valuesErrorValueRow', '#N/A, #VALUE!'],
      ]);
      expect(findings[1].cells).toEqual(['D7', 'E7']);
      // Two codes: no single meaning to explain.
      expect(findings[1].explanation).toBeUndefined();
    });

    it('reads an error exported as text (CSV) the same way', () => {
      const [finding] = check(provinces((rows) => (rows[5][2] = '#N/A')));
      expect(finding).toMatchObject({ cell: 'C6', messageId: 'valuesErrorValue', params: { error: '#N/A' } });
    });
  });
});
