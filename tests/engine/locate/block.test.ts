import { checkSheet } from '../../../src/engine/check';
import { renderFinding } from '../../../src/engine/i18n';
import { comparesToReference } from '../../../src/engine/reference';
import { gridOf, type TestCell } from '../grid';
import { expectFixesResolve } from './recheck';

/**
 * A parent's items all typed in a unit a thousand times smaller than the table's (a sub-table
 * pasted from a file in đồng): one mistake, located at every item cell, each with its thousandth as
 * its fix (locate/hypotheses.ts scaledBlock).
 */
const plan = (scale: (rows: TestCell[][]) => void = () => undefined, grandTotal = true): TestCell[][] => {
  const groups: [string, string, [string, number, number][]][] = [
    ['1', 'Nâng cao năng lực', [['Tập huấn cán bộ', 120, 80], ['Truyền thông', 95, 45], ['Hội thi', 60, 40]]],
    ['2', 'Xây dựng mô hình', [['Khảo sát', 150, 50], ['Mô hình điểm', 210, 90], ['Tọa đàm', 35, 25], ['In tài liệu', 48, 12]]],
    ['3', 'Kiểm tra, đánh giá', [['Kiểm tra giám sát', 70, 30], ['Sơ kết', 25, 15]]],
  ];
  const body: TestCell[][] = [];
  let tinh = 0;
  let huyen = 0;
  for (const [number, name, items] of groups) {
    const a = items.reduce((n, [, x]) => n + x, 0);
    const b = items.reduce((n, [, , y]) => n + y, 0);
    tinh += a;
    huyen += b;
    body.push([number, name, a + b, a, b]);
    items.forEach(([item, x, y], i) => body.push([`${number}.${i + 1}`, item, x + y, x, y]));
  }
  const rows: TestCell[][] = [
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Tổng số', 'Ngân sách tỉnh', 'Ngân sách huyện'],
    ...(grandTotal ? [[null, 'Tổng cộng', tinh + huyen, tinh, huyen]] : []),
    ...body,
  ];
  scale(rows);
  return rows;
};

/** Items 2.1–2.4 (rows 9–12 of the sheet with a grand total, 8–11 without) typed in đồng. */
const inDong = (first: number) => (rows: TestCell[][]) => {
  for (let r = first; r < first + 4; r++) for (let c = 2; c <= 4; c++) rows[r][c] = (rows[r][c] as number) * 1000;
};

describe('a block of items typed in a unit a thousand times smaller', () => {
  it('every item cell is a root with its thousandth; the parent’s totals are right, its consequences', () => {
    const grid = gridOf(plan(inDong(8)));
    const { findings } = checkSheet(grid);
    const roots = findings.filter((f) => f.fix && !f.causeId);
    expect(roots.map((f) => [f.cell, f.fix!.value])).toEqual([
      ['C9', '200'], ['D9', '150'], ['E9', '50'],
      ['C10', '300'], ['D10', '210'], ['E10', '90'],
      ['C11', '60'], ['D11', '35'], ['E11', '25'],
      ['C12', '60'], ['D12', '48'], ['E12', '12'],
    ]);
    expect(renderFinding(roots[0], 'vi').message).toContain('đều được nhập theo đơn vị nhỏ hơn 1.000 lần (gấp 1.000 lần dòng 2 “Xây dựng mô hình”)');
    expect(renderFinding(roots[1], 'en').message).toBe('This cell holds 150,000, meant as 150: of block C9:E12, typed in a unit 1,000 times smaller (see C9).');
    // The parent agrees with the grand total: its three totals are consequences, notes, with no fix.
    const consequences = findings.filter((f) => f.causeId === roots[0].id);
    expect(consequences.map((f) => [f.cell, f.severity, f.fix])).toEqual([['C8', 'info', undefined], ['D8', 'info', undefined], ['E8', 'info', undefined]]);
    expect(consequences[0].explanation?.messageId).toBe('budgetCauseBlockThousandTimes');
    // Its `expected` is what the items add up to, not a value for it: labelled as a comparison.
    expect(consequences.every((f) => f.rightCell && comparesToReference(f))).toBe(true);
    expectFixesResolve(grid);
  });

  it('without a grand total, the parent’s siblings say it is of the right size: the block is still the items', () => {
    const { findings } = checkSheet(gridOf(plan(inDong(7), false)));
    expect(findings.filter((f) => f.fix && !f.causeId).map((f) => f.fix!.cell)).toEqual(['C8', 'D8', 'E8', 'C9', 'D9', 'E9', 'C10', 'D10', 'E10', 'C11', 'D11', 'E11']);
  });

  it('no block story where nothing says the parent is right: a parent of its own, nothing above it', () => {
    const rows: TestCell[][] = [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Tổng số', 'Ngân sách tỉnh', 'Ngân sách huyện'],
      ['1', 'Xây dựng mô hình', 620, 443, 177],
      ['1.1', 'Khảo sát', 200_000, 150_000, 50_000],
      ['1.2', 'Mô hình điểm', 300_000, 210_000, 90_000],
      ['1.3', 'Tọa đàm', 120_000, 83_000, 37_000],
    ];
    const { findings } = checkSheet(gridOf(rows));
    expect(findings.some((f) => f.messageId === 'budgetRootBlockThousandTimes' || f.messageId === 'budgetRootBlockMember')).toBe(false);
  });

  it('one item ×1000 among its siblings is a ×1000 slip of that cell, not a block', () => {
    const { findings } = checkSheet(
      gridOf(
        plan((rows) => {
          for (let c = 2; c <= 4; c++) rows[9][c] = (rows[9][c] as number) * 1000;
        }),
      ),
    );
    const roots = findings.filter((f) => f.fix && !f.causeId);
    expect(roots.map((f) => [f.cell, f.messageId])).toEqual([
      ['C10', 'budgetRootThousandTimes'],
      ['D10', 'budgetRootThousandTimes'],
      ['E10', 'budgetRootThousandTimes'],
    ]);
  });
});
