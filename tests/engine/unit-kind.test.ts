import { detectTables } from '../../src/engine/detect';
import { unitKindOf } from '../../src/engine/detect/unit-kind';
import { gridOf } from './grid';

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
