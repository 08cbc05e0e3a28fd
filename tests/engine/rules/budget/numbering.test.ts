import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet } from '../../../../src/engine/check';
import { rule } from '../../../../src/engine/rules/budget/numbering';
import { readWorkbook } from '../../../../src/io/read-workbook';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { rendered } from '../values/tables';

const HEADER: TestCell[][] = [
  ['DỰ TOÁN KINH PHÍ GIAI ĐOẠN 2021-2022'],
  ['Đơn vị tính: triệu đồng'],
  ['TT', 'Nội dung', 'Năm 2021', null, 'Năm 2022', null, 'Tổng giai đoạn', null],
  [null, null, 'NSTW', 'NSĐP', 'NSTW', 'NSĐP', 'NSTW', 'NSĐP'],
];
const MERGES = ['C3:D3', 'E3:F3', 'G3:H3', 'A3:A4', 'B3:B4'];
/** Data rows start at sheet row 5. */
const item = (number: TestCell, name = `Mục ${String(number)}`): TestCell[] => [number, name, 1, 1, 1, 1, 2, 2];

/** Items numbered as given, then a total row. */
function flat(numbers: TestCell[]): TestCell[][] {
  const n = numbers.length;
  return [...HEADER, ...numbers.map((number) => item(number)), [null, 'Tổng cộng', n, n, n, n, 2 * n, 2 * n]];
}

/** Project I (its sub-items numbered as given), then project II with items 1, 2; then the total. */
function underParent(numbers: TestCell[]): TestCell[][] {
  const n = numbers.length;
  return [
    ...HEADER,
    ['I', 'Dự án 1', n, n, n, n, 2 * n, 2 * n],
    ...numbers.map((number) => item(number)),
    ['II', 'Dự án 2', 2, 2, 2, 2, 4, 4],
    item('1'),
    item('2'),
    [null, 'Tổng cộng', n + 2, n + 2, n + 2, n + 2, 2 * n + 4, 2 * n + 4],
  ];
}

const check = (rows: TestCell[][]) => findingsOf(gridOf(rows, { merges: MERGES }), [rule]);
const brief = (rows: TestCell[][]) => check(rows).map((f) => [f.cell, f.messageId, ...f.cells]);

describe('budget/numbering', () => {
  describe('valid', () => {
    it.each([
      ['numbers in order', flat(['1', '2', '3', '4'])],
      ['typed numbers', flat([1, 2, 3])],
      ['roman projects with their items', underParent(['1', '2', '3'])],
      ['Vietnamese letters with đ', flat(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)'])],
      ['letters without đ', flat(['a)', 'b)', 'c)', 'd)', 'e)'])],
      // The Ministry writes A B C D E in many tables, Đ in others: both are sequences.
      ['capital letters without Đ', flat(['A', 'B', 'C', 'D', 'E'])],
      ['capital letters with Đ', flat(['A', 'B', 'C', 'D', 'Đ', 'E'])],
      ['bullets are not numbers', flat(['-', '-', '+'])],
      // The row without a number is budget/missing-number's finding, not a gap.
      ['an unnumbered row standing for the missing number', flat(['1', '2', null, '4'])],
      ['a top-level excerpt may start anywhere', flat(['IV', 'V', 'VI'])],
      [
        'items numbered on through their groups, as the Ministry numbers provinces by region',
        [...HEADER, ['I', 'Vùng 1', 3, 3, 3, 3, 6, 6], item('1'), item('2'), item('3'), ['II', 'Vùng 2', 2, 2, 2, 2, 4, 4], item('4'), item('5')],
      ],
      [
        'an excerpt of such a table (regions II and III only)',
        [...HEADER, ['II', 'Vùng 2', 2, 2, 2, 2, 4, 4], item('15'), item('16'), ['III', 'Vùng 3', 1, 1, 1, 1, 2, 2], item('17')],
      ],
      [
        // `1` counts households: a memo line, no part of the project's money, yet it holds its number.
        'a numbered memo line in another unit among the items',
        [...HEADER, ['I', 'Dự án 1', 2, 2, 2, 2, 4, 4], ['1', 'Số hộ được hỗ trợ (hộ)', 150, null, null, null, 150, null], item('2'), item('3'), ['II', 'Dự án 2', 2, 2, 2, 2, 4, 4], item('1'), item('2')],
      ],
    ])('%s', (_name, rows) => {
      expect(check(rows)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a number typed twice where the rows after it carry on: the second should be the next number, with a fix', () => {
      const findings = check(flat(['1', '2', '2', '4']));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        rule: 'budget/numbering',
        severity: 'warning',
        cell: 'A7',
        cells: ['A6'],
        messageId: 'budgetNumberingDuplicate',
        expected: '3',
        actual: '2',
        fix: { cell: 'A7', value: '3' },
      });
      expect(rendered(findings[0]).vi).toContain('Số thứ tự “2” của dòng 2 “Mục 2” trùng với ô A6: dòng này phải là “3”.');
    });

    it('D typed for Đ (`A B C D D E`, the Ministry’s 2009 table): the second D should be Đ, as E follows it; the cell’s D is what it holds', () => {
      const findings = check(flat(['A', 'B', 'C', 'D', 'D', 'E']));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ cell: 'A9', cells: ['A8'], messageId: 'budgetNumberingDuplicate', expected: 'Đ', actual: 'D', fix: { cell: 'A9', value: 'Đ' } });
    });

    it('a capital letter skipped before Đ (`A B C Đ E`): Đ is a row number, so D is missing', () => {
      expect(check(flat(['A', 'B', 'C', 'Đ', 'E'])).map((f) => [f.cell, f.messageId, f.params?.missing])).toEqual([['A8', 'budgetNumberingGap', '“D”']]);
    });

    it('a number typed twice and every row after it one short (20, 20, 21, 22): one finding naming them, no fix', () => {
      const findings = check(flat(['18', '19', '20', '20', '21', '22']));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ cell: 'A8', cells: ['A7', 'A9', 'A10'], messageId: 'budgetNumberingDuplicateShift', params: { count: 2 } });
      expect(findings[0].fix).toBeUndefined();
      const text = rendered(findings[0]);
      expect(text.vi).toContain('dòng này phải là “21”, và 2 dòng sau nó (đến dòng số “22”) đều bị thiếu một');
      expect(text.en).toContain('this row should be “21”, and the 2 rows after it (up to the one numbered “22”) are each one short');
    });

    it('a number skipped', () => {
      expect(brief(flat(['1', '2', '4', '5']))).toEqual([['A7', 'budgetNumberingGap', 'A6']]);
      const [finding] = check(flat(['I', 'II', 'IV']));
      expect(finding).toMatchObject({ cell: 'A7', messageId: 'budgetNumberingGap', params: { missing: '“III”' } });
      expect(brief(flat(['a)', 'b)', 'd)']))).toEqual([['A7', 'budgetNumberingGap', 'A6']]);
    });

    it('bare letters in the number column (`a b b c`, as the Ministry writes sub-items) are a sequence like `a) b)`', () => {
      expect(brief(underParent(['a', 'b', 'd']))).toEqual([['A8', 'budgetNumberingGap', 'A7']]);
      expect(brief(underParent(['a', 'b', 'b', 'c']))).toEqual([['A8', 'budgetNumberingDuplicateShift', 'A7', 'A9']]);
      expect(brief(underParent(['a', 'b', 'c', 'd', 'đ', 'e']))).toEqual([]);
    });

    it('sub-items that do not start at 1', () => {
      const findings = check(underParent(['2', '3']));
      expect(findings.map((f) => [f.cell, f.messageId])).toEqual([['A6', 'budgetNumberingStartGap']]);
      expect(rendered(findings[0]).en).toContain('is numbered “2”, leaving out “1”');
    });

    it('a bullet memo line stands in for no number', () => {
      const rows = [...HEADER, ['I', 'Dự án 1', 2, 2, 2, 2, 4, 4], item('1'), ['-', 'Quy đổi (nghìn USD)', 1, 1, 1, 1, 2, 2], item('3'), ['II', 'Dự án 2', 1, 1, 1, 1, 2, 2], item('1')];
      expect(brief(rows)).toEqual([['A8', 'budgetNumberingGap', 'A6']]);
    });

    it('a number out of order is not also a gap', () => {
      expect(brief(flat(['1', '2', '4', '3', '5']))).toEqual([['A8', 'budgetNumberingOrder', 'A7']]);
    });

    it('each project’s items are their own sequence', () => {
      expect(brief(underParent(['1', '1']))).toEqual([['A7', 'budgetNumberingDuplicate', 'A6']]);
    });
  });

  it('field case: the Ministry’s 2017 table numbers two bodies 20 (A31, A32), and 21, 22 after them', async () => {
    const [sheet] = await readWorkbook(readFileSync(join(__dirname, '..', '..', '..', 'fixtures', 'field', '05-mof-2017-duplicate-stt.xlsx')));
    const findings = checkSheet(sheet).findings.filter((f) => f.rule === 'budget/numbering');
    expect(findings.map((f) => [f.cell, f.messageId, ...f.cells])).toEqual([['A32', 'budgetNumberingDuplicateShift', 'A31', 'A33', 'A34']]);
    expect(rendered(findings[0]).en).toContain('this row should be “21”');
  });
});
