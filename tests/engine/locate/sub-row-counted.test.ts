import { checkSheet } from '../../../src/engine/check';
import type { Finding } from '../../../src/engine/types';
import { gridOf, type TestCell } from '../grid';

/**
 * A Biểu 48 shape: `Tổng thu NSNN | Thu NSĐP` for one year, many taxes kept whole by the province (the
 * two columns equal there). Row 6 `I Thu nội địa` = items 1–5; item 3 has a `Trong đó` part (row 10,
 * 985,200 / 985,200). `counted`: I typed with that part added in as an item, and the grand total
 * (row 5 = I + II) typed from it.
 */
function table(counted: boolean): TestCell[][] {
  const part = counted ? 985_200 : 0;
  const rows: [string | null, string, number, number][] = [
    [null, 'TỔNG THU NSNN TRÊN ĐỊA BÀN', 6_436_100 + part, 4_230_300 + part],
    ['I', 'Thu nội địa', 4_374_600 + part, 4_230_300 + part],
    ['1', 'Thu từ khu vực DNNN do địa phương quản lý', 185_600, 185_600],
    ['2', 'Thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài', 1_254_800, 1_254_800],
    ['3', 'Thu từ khu vực kinh tế ngoài quốc doanh', 1_468_900, 1_468_900],
    [null, 'Trong đó: Thuế giá trị gia tăng', 985_200, 985_200],
    ['4', 'Thuế bảo vệ môi trường', 512_400, 368_100],
    ['5', 'Thuế thu nhập cá nhân', 952_900, 952_900],
    ['II', 'Thu từ hoạt động xuất khẩu, nhập khẩu', 2_061_500, 0],
  ];
  return [
    ['Đơn vị: Triệu đồng'],
    ['STT', 'Nội dung', 'Dự toán năm 2018', null],
    [null, null, 'Tổng thu NSNN', 'Thu NSĐP'],
    ['A', 'B', '1', '2'],
    ...rows.map(([no, name, c, d]): TestCell[] => [no, name, c, d === 0 ? null : d]),
  ];
}
const check = (counted: boolean) => checkSheet(gridOf(table(counted), { merges: ['A2:A3', 'B2:B3', 'C2:D2'] })).findings;
const fixes = (list: Finding[]) => list.filter((f) => f.fix).map((f) => [f.cell, f.fix!.value]);

describe('a "Trong đó" part added into its total as an item', () => {
  it('the consistent table has no finding', () => {
    expect(check(false).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('is told as that row counted twice, in each column it repeats in, not as "one of these cells" (a value copied from the column beside)', () => {
    const list = check(true);
    expect(list.some((f) => f.messageId.startsWith('budgetRootOneOf'))).toBe(false);
    const total = list.find((f) => f.cell === 'C6');
    expect(total).toMatchObject({ severity: 'error', explanation: { messageId: 'budgetCauseRowCountedTwice', params: { cells: 'C10', amount: '985200' } } });
    // Each column's total, and the grand total typed from it, is fixed; no item is touched.
    expect(fixes(list)).toEqual([
      ['C6', '4374600'],
      ['C5', '6436100'],
      ['D6', '4230300'],
      ['D5', '4230300'],
    ]);
  });
});
