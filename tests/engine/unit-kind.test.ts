import { checkSheet } from '../../src/engine/check';
import { detectTables } from '../../src/engine/detect';
import { rowsMoneyFactor, statesOtherUnit, unitKindOf } from '../../src/engine/detect/unit-kind';
import type { Finding } from '../../src/engine/types';
import { gridOf, type TestCell } from './grid';

describe('unitKindOf', () => {
  it('reads indicator units and money units, the more common kind winning', () => {
    expect(unitKindOf(['%', '(%)', 'người', '/100', '/100.000', '%o', 'lần', 'Tỷ lệ'])).toBe('indicator');
    expect(unitKindOf(['triệu đồng', 'Triệu đồng', 'đồng', 'nghìn đồng', 'tỷ đồng', 'VNĐ', 'million VND'])).toBe('money');
    expect(unitKindOf(['triệu đồng', '%', '%'])).toBe('indicator');
    expect(unitKindOf(['người', 'triệu đồng', 'triệu đồng'])).toBe('money');
  });

  it('falls back on a money unit stated above the table, and says nothing when nothing says', () => {
    expect(unitKindOf([], { text: 'triệu đồng', factor: 1e6 })).toBe('money');
    expect(unitKindOf(['%'], { text: 'triệu đồng', factor: 1e6 })).toBe('indicator');
    expect(unitKindOf([])).toBeUndefined();
    expect(unitKindOf(['mô hình'], { text: '%' })).toBeUndefined();
  });
});

describe('detectTables: plan and result columns, decided by the unit', () => {
  const header = ['STT', 'Nội dung', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'];

  it('reads an indicator report when the units are %, người, /100', () => {
    const [table] = detectTables(
      gridOf([header, ['1', 'Tỷ lệ nữ lãnh đạo', '%', 30, 28], ['2', 'Số người được tập huấn', 'người', 200, 210], ['3', 'Tỷ số giới tính khi sinh', '/100', 111, 110.4]]),
    );
    expect(table.kind).toBe('indicator');
    expect(table.columns.map((c) => [c.role, c.year])).toEqual([
      ['number', undefined],
      ['name', undefined],
      ['unit', undefined],
      ['target', 2024],
      ['result', 2024],
    ]);
  });

  it('reads the same words as a budget when the unit column says triệu đồng: each column a year’s amount', () => {
    const [table] = detectTables(gridOf([header, ['1', 'Tuyên truyền', 'triệu đồng', 300, 280], ['2', 'Tập huấn', 'triệu đồng', 200, 210]]));
    expect(table.kind).toBe('budget');
    expect(table.columns.slice(3).map((c) => [c.role, c.year, c.source, c.scope])).toEqual([
      ['amount', 2024, 'total', 'year'],
      ['amount', 2024, 'total', 'year'],
    ]);
  });

  it('reads them as a budget under a unit line above the table, even with no unit column', () => {
    const [table] = detectTables(
      gridOf([['Đơn vị tính: triệu đồng'], ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'], ['1', 'Tuyên truyền', 300, 280], ['2', 'Tập huấn', 200, 210]]),
    );
    expect(table.kind).toBe('budget');
  });

  it('keeps an indicator grid an indicator grid though its title speaks of funding', () => {
    const [table] = detectTables(
      gridOf([['Chỉ tiêu sử dụng kinh phí bình đẳng giới năm 2024'], [], header, ['1', 'Tỷ lệ nữ lãnh đạo', '%', 30, 28], ['2', 'Tỷ lệ xã có mô hình', '%', 40, 45]]),
    );
    expect(table.kind).toBe('indicator');
  });
});

describe('detectTables: evaluation columns', () => {
  it.each([
    ['Đánh giá'],
    ['Kết quả đánh giá'],
    ['Đánh giá (Đạt/Không đạt)'],
    ['Đạt/Không đạt'],
    ['Hoàn thành/Không hoàn thành'],
    ['Vượt/Đạt/Không đạt'],
    ['Met/Not met'],
    ['Evaluation'],
  ])('reads “%s” as the officer’s own verdict', (heading) => {
    const [table] = detectTables(gridOf([['TT', 'Chỉ tiêu', 'ĐVT', 'KH năm 2024', 'TH năm 2024', heading], ['1', 'Tỷ lệ nữ lãnh đạo', '%', 30, 28, 'Không đạt']]));
    expect(table.kind).toBe('indicator');
    expect(table.columns[5].role).toBe('evaluation');
  });

  it('gives an evaluation column the year of the header above it', () => {
    const grid = gridOf(
      [
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024', null, null],
        [null, null, null, 'KH', 'TH', 'Đạt/Không đạt'],
        ['1', 'Tỷ lệ nữ lãnh đạo', '%', 30, 28, 'Không đạt'],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1'] },
    );
    const [table] = detectTables(grid);
    expect(table.columns.map((c) => [c.role, c.year])).toEqual([
      ['number', undefined],
      ['name', undefined],
      ['unit', undefined],
      ['target', 2024],
      ['result', 2024],
      ['evaluation', 2024],
    ]);
  });
});

describe('statesOtherUnit: a row in another unit than the table’s amounts', () => {
  const MILLION = 1e6;

  it('reads a unit column’s cell: any unit but a money unit of the table’s size', () => {
    for (const unit of ['Người', 'Lượt người', 'km', 'Tỷ đồng', 'nghìn đồng', 'Triệu đồng/người', 'đồng/người/tháng', 'USD', 'Nghìn USD', '%', 'Hộ'])
      expect([unit, statesOtherUnit(unit, 'Nội dung', MILLION)]).toEqual([unit, true]);
    for (const unit of ['Triệu đồng', 'triệu đồng', '(Triệu đồng)', 'Tr.đồng', 'trđ', '1.000.000 đồng', ''])
      expect([unit, statesOtherUnit(unit, 'Nội dung', MILLION)]).toEqual([unit, false]);
    // A money unit says nothing against a table whose size nothing states.
    expect(statesOtherUnit('Tỷ đồng', 'Vốn', undefined)).toBe(false);
    expect(statesOtherUnit('1.000 đồng', 'Vốn', 1e3)).toBe(false);
  });

  it('reads a label’s closing bracket only where it names a unit, not a note, a footnote or members', () => {
    for (const label of ['Số hộ được hỗ trợ (hộ)', 'Số đối tượng (người)', '- Quy đổi (nghìn USD)', 'Chiều dài tuyến (km)', 'Diện tích sàn (m2)', 'Tổng mức đầu tư (tỷ đồng)', 'Định mức (triệu đồng/lớp)'])
      expect([label, statesOtherUnit('', label, MILLION)]).toEqual([label, true]);
    for (const label of ['Chi sự nghiệp giáo dục (bao gồm dạy nghề)', 'Dự phòng ngân sách (3%)', 'Bội chi NSĐP (1)', 'Cộng thu cân đối (I+II)', 'Kinh phí (triệu đồng)', 'Dự án 1 (Tiểu dự án 2)', 'Số người được hỗ trợ'])
      expect([label, statesOtherUnit('', label, MILLION)]).toEqual([label, false]);
  });

  it('takes the rows’ money size from the unit column where nothing above the table states it', () => {
    expect(rowsMoneyFactor(['Triệu đồng', 'Người', 'Triệu đồng', 'Tỷ đồng'], undefined)).toBe(1e6);
    expect(rowsMoneyFactor(['Triệu đồng'], 1e3)).toBe(1e3);
    expect(rowsMoneyFactor(['Người'], undefined)).toBeUndefined();
  });
});

describe('rows in another unit in a budget table', () => {
  const unitLine = ['Đơn vị: triệu đồng'];
  const header = ['STT', 'Nội dung', 'Tổng số', 'NSTW', 'NSĐP'];
  const houses = (direct: number): TestCell[][] => [
    unitLine,
    header,
    ['I', 'Hỗ trợ xây mới nhà ở', 6000, 4800, 1200],
    ['1', 'Số hộ được hỗ trợ (hộ)', 150, null, null],
    ['2', 'Kinh phí hỗ trợ trực tiếp', 5700, direct, 900],
    ['3', 'Kinh phí quản lý, giám sát', 300, 0, 300],
    ['II', 'Hỗ trợ sửa chữa nhà ở', 1200, 900, 300],
    ['-', 'Quy đổi (nghìn USD)', 48, 36, 12],
    ['1', 'Kinh phí hỗ trợ trực tiếp', 1200, 900, 300],
    [null, 'Tổng cộng', 7200, 5700, 1500],
  ];

  it('reads a count or another currency under an amount as a memo line, no part of it nor of the total', () => {
    const [table] = detectTables(gridOf(houses(4800)));
    const byLabel = (label: string) => table.rows.find((r) => r.label === label)!;
    expect(byLabel('Số hộ được hỗ trợ (hộ)').kind).toBe('note');
    expect(byLabel('Quy đổi (nghìn USD)').kind).toBe('note');
    expect(byLabel('Hỗ trợ xây mới nhà ở').children.map((i) => table.rows[i].label)).toEqual(['Kinh phí hỗ trợ trực tiếp', 'Kinh phí quản lý, giám sát']);
    expect(serious(checkSheet(gridOf(houses(4800))).findings)).toEqual([]);
  });

  it('still finds a slip among the amounts, with its fix, and fixes nothing else', () => {
    const { findings } = checkSheet(gridOf(houses(4_800_000)));
    const fixes = findings.filter((f) => f.fix);
    expect(fixes.map((f) => [f.cell, f.fix!.value])).toEqual([['D5', '4800']]);
  });

  it('keeps the sums of a block counted in its own unit, apart from the amounts', () => {
    const rows = (women: number): TestCell[][] => [
      unitLine,
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024', 'Năm 2025'],
      ['I', 'Số người được đào tạo', 'Người', 1500, 1650],
      ['1', 'Nam', 'Người', 780, 850],
      ['2', 'Nữ', 'Người', 720, women],
      ['II', 'Kinh phí đào tạo', 'Triệu đồng', 4500, 4950],
      ['1', 'Đào tạo sơ cấp', 'Triệu đồng', 3000, 3300],
      ['2', 'Đào tạo dưới 3 tháng', 'Triệu đồng', 1500, 1650],
      [null, 'Tổng kinh phí', 'Triệu đồng', 4500, 4950],
    ];
    expect(serious(checkSheet(gridOf(rows(800))).findings)).toEqual([]);
    // One identity cannot tell Nữ from its total: the block's total is where it is told.
    expect(serious(checkSheet(gridOf(rows(880))).findings).map((f) => f.cell)).toEqual(['E5']);
  });
});

/** The errors and warnings of a check, by cell and rule. */
function serious(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}
