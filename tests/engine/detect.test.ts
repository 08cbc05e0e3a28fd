import { rangeAddress } from '../../src/engine/address';
import { checkSheet } from '../../src/engine/check';
import { detectTables } from '../../src/engine/detect';
import { isTotalLabel, sourceOfLine, yearsOf } from '../../src/engine/detect/keywords';
import { fold } from '../../src/engine/text';
import { gridOf, type TestCell } from './grid';

const budgetHeader = [
  ['Đơn vị tính: triệu đồng'],
  ['STT', 'Nội dung', 'Năm 2024', null, 'Năm 2025', null, 'Tổng', null],
  [null, null, 'NSTW', 'NSĐP', 'NSTW', 'NSĐP', 'NSTW', 'NSĐP'],
];
const budgetMerges = ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2'];

describe('detectTables', () => {
  it('reads a budget table: unit above, years × sources, period totals, hierarchy and total row', () => {
    const grid = gridOf(
      [
        ...budgetHeader,
        ['I', 'Dự án 1', 30, 10, 30, 10, 60, 20],
        ['1', 'Tuyên truyền', 10, 5, 10, 5, 20, 10],
        ['2', 'Tập huấn', 20, 5, 20, 5, 40, 10],
        ['II', 'Dự án 2', 5, 5, 5, 5, 10, 10],
        [null, 'Tổng cộng', 35, 15, 35, 15, 70, 30],
      ],
      { merges: budgetMerges },
    );
    const [table] = detectTables(grid);
    expect(table.kind).toBe('budget');
    expect(table.unit).toEqual({ text: 'triệu đồng', factor: 1e6 });
    expect(table.columns.map((c) => [c.role, c.year, c.source, c.scope])).toEqual([
      ['number', undefined, undefined, undefined],
      ['name', undefined, undefined, undefined],
      ['amount', 2024, 'central', 'year'],
      ['amount', 2024, 'local', 'year'],
      ['amount', 2025, 'central', 'year'],
      ['amount', 2025, 'local', 'year'],
      ['amount', undefined, 'central', 'period'],
      ['amount', undefined, 'local', 'period'],
    ]);
    const byRow = (row: number) => table.rows.find((r) => r.row === row)!;
    expect(byRow(3).children.map((i) => table.rows[i].row)).toEqual([4, 5]);
    expect(byRow(7).kind).toBe('total');
    expect(byRow(7).children.map((i) => table.rows[i].row)).toEqual([3, 6]);
  });

  it('reads an English indicator grid without diacritics, baseline and target years', () => {
    const grid = gridOf([
      ['No.', 'Indicator', 'Unit', 'Result 2024', 'Target 2025', 'Lead agency'],
      ['I', 'Goal 1: politics', null, null, null, null],
      ['1', 'Share of women in party committees', '%', 20, 25, 'Department of Home Affairs'],
      ['1.1', 'Province level', '%', 18, 22, null],
    ]);
    const [table] = detectTables(grid);
    expect(table.kind).toBe('indicator');
    expect(table.columns.map((c) => c.role)).toEqual(['number', 'name', 'unit', 'baseline', 'target', 'agency']);
    expect(table.rows.map((r) => [r.kind, r.level])).toEqual([['goal', 0], ['item', 1], ['item', 2]]);
  });

  it('tells the agencies that take part (`Cơ quan phối hợp`) from the lead agency, and one column naming both as the lead', () => {
    const grid = gridOf([
      ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2025', 'Mục tiêu năm 2030', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Cơ quan chủ trì, phối hợp'],
      ['1', 'Tỷ lệ nữ giám đốc doanh nghiệp', '%', 26, 30, 'Sở Tài chính', 'Sở Nội vụ', 'Sở Tài chính'],
      ['2', 'Tỷ lệ nữ tham gia cấp ủy', '%', 18, 20, 'Ban Tổ chức', 'Sở Nội vụ', 'Ban Tổ chức'],
    ]);
    const [table] = detectTables(grid);
    expect(table.columns.slice(5).map((c) => [c.role, c.partner ?? false])).toEqual([['agency', false], ['agency', true], ['agency', false]]);
  });

  it('reads a column over a range of years that the year columns fall in as the period’s: its total in a budget, its target in a grid', () => {
    const budget = gridOf([
      ['Đơn vị tính: triệu đồng'],
      ['TT', 'Nội dung', 'Giai đoạn 2026-2030', 'Năm 2026', 'Năm 2027', 'Năm 2028'],
      ['1', 'Truyền thông', 330, 100, 110, 120],
    ]);
    // Before, `Giai đoạn 2026-2030` was read as a year total of 2030, and the row's period total went unchecked.
    expect(detectTables(budget)[0].columns[2]).toMatchObject({ role: 'amount', source: 'total', scope: 'period', year: undefined });
    const grid = gridOf([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2025', 'Năm 2026', 'Năm 2030', 'Giai đoạn 2026-2030'],
      ['1', 'Số người được tập huấn', 'người', 500, 600, 800, 3500],
    ]);
    expect(detectTables(grid)[0].columns[6]).toMatchObject({ role: 'target', scope: 'period' });
    // Under a heading that names the period, each year column keeps its own year.
    const under = gridOf([
      ['Đơn vị tính: triệu đồng'],
      ['TT', 'Nội dung', 'Kế hoạch giai đoạn 2026-2030', null],
      [null, null, 'Năm 2026', 'Năm 2027'],
      ['1', 'Truyền thông', 100, 110],
    ], { merges: ['A2:A3', 'B2:B3', 'C2:D2'] });
    expect(detectTables(under)[0].columns.slice(2).map((c) => c.year)).toEqual([2026, 2027]);
  });

  it('reads a bare year before the plan period its title names, or the one before every target, as the baseline', () => {
    const roadmap = gridOf([
      ['UBND TỈNH SƠN LA'],
      ['LỘ TRÌNH CHỈ TIÊU BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2026-2030'],
      [],
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2025', 'Năm 2026', 'Năm 2027', 'Năm 2030'],
      ['1', 'Tỷ lệ nữ giám đốc doanh nghiệp', '%', 25.4, 27.5, 28, 30],
    ]);
    const [table] = detectTables(roadmap);
    // The letterhead above is not the title.
    expect(table.title).toBe('LỘ TRÌNH CHỈ TIÊU BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2026-2030');
    expect(table.columns.map((c) => c.role)).toEqual(['number', 'name', 'unit', 'baseline', 'target', 'target', 'target']);
    // A title over two lines, the period on the second: `KẾ HOẠCH` alone named no period, and 2025 was a target.
    const twoLines = gridOf([
      ['UBND TỈNH HÒA BÌNH'],
      ['KẾ HOẠCH'],
      ['Thực hiện công tác bình đẳng giới giai đoạn 2026-2030'],
      ['(Kèm theo Quyết định số 123/QĐ-UBND)'],
      [],
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2025', 'Năm 2026', 'Năm 2030'],
      ['1', 'Tỷ lệ nữ giám đốc doanh nghiệp', '%', 25.4, 27.5, 30],
    ]);
    const [plan] = detectTables(twoLines);
    expect(plan.title).toBe('KẾ HOẠCH Thực hiện công tác bình đẳng giới giai đoạn 2026-2030');
    expect(plan.columns.map((c) => c.role)).toEqual(['number', 'name', 'unit', 'baseline', 'target', 'target']);
    const beside = gridOf([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2015', 'Mục tiêu năm 2020'],
      ['1', 'Tỷ lệ nữ chủ doanh nghiệp', '%', 29, 35],
    ]);
    expect(detectTables(beside)[0].columns.map((c) => c.role)).toEqual(['number', 'name', 'unit', 'baseline', 'target']);
    // With no period named, bare years are the plan's yearly targets.
    const yearly = gridOf([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2025', 'Năm 2026'],
      ['1', 'Tỷ lệ nữ chủ doanh nghiệp', '%', 29, 30],
    ]);
    expect(detectTables(yearly)[0].columns.map((c) => c.role)).toEqual(['number', 'name', 'unit', 'target', 'target']);
  });

  it('finds an adjustment table whose header names a list (`Danh mục`) and no year (`Kế hoạch đã giao | sau điều chỉnh`)', () => {
    const grid = gridOf([
      ['ĐIỀU CHỈNH KẾ HOẠCH VỐN ĐẦU TƯ NĂM 2025'],
      [null, null, null, null, 'Đơn vị: Tỷ đồng'],
      ['STT', 'Danh mục', 'Kế hoạch đã giao', 'Kế hoạch sau điều chỉnh', 'Tăng (+), giảm (-)'],
      [null, 'TỔNG SỐ', 57.7, 55.7, -2],
      ['1', 'Dự án đường ĐT.241', 45.25, 41.875, -3.375],
      ['2', 'Dự án cầu Na Sầm', 12.45, 13.825, 1.375],
    ]);
    const [table] = detectTables(grid);
    expect(table.kind).toBe('budget');
    expect(table.columns.map((c) => c.role)).toEqual(['number', 'name', 'amount', 'amount', 'amount']);
  });

  it('finds a table listed by places whose header names them alone (`Xã, phường`, `Huyện, thị xã`), and checks its total', () => {
    for (const places of ['Xã, phường', 'Xã/phường/thị trấn', 'Huyện, thị xã, thành phố', 'Quận, huyện', 'Các xã', 'Địa bàn']) {
      const grid = gridOf([
        ['KẾ HOẠCH VÀ KẾT QUẢ THU TIỀN SỬ DỤNG ĐẤT NĂM 2024'],
        [null, null, null, null, 'Đơn vị: tỷ đồng'],
        ['TT', places, 'Kế hoạch', 'Thực hiện', 'Tỷ lệ TH/KH (%)'],
        [1, 'Phường Bắc Lý', 45.6, 52.3, 114.7],
        [2, 'Phường Nam Lý', 38.2, 41.7, 109.2],
        [3, 'Xã Bảo Ninh', 62, 70.4, 113.5],
        [null, 'Cộng', 145.8, 154.4, 105.9],
      ]);
      const [table] = detectTables(grid);
      expect([places, table?.kind, table?.columns.map((c) => c.role)]).toEqual([places, 'budget', ['number', 'name', 'amount', 'amount', 'ratio']]);
      // 45.6 + 38.2 + 62 = 145.8 and 52.3 + 41.7 + 70.4 = 164.4: the Cộng of Thực hiện is 10 short.
      const findings = checkSheet(grid).findings.filter((f) => f.severity === 'error');
      expect(findings.map((f) => f.cell)).toContain('D7');
    }
  });

  it('keeps a lone Tỉnh, Huyện or Xã over a column of a table by budget level an amount, not the name column', () => {
    const grid = gridOf([
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Tổng số', 'Tỉnh', 'Huyện', 'Xã'],
      ['1', 'Chi đầu tư phát triển', 600, 400, 150, 50],
      ['2', 'Chi thường xuyên', 900, 300, 400, 200],
    ]);
    const [table] = detectTables(grid);
    expect(table.columns.map((c) => c.role)).toEqual(['number', 'name', 'amount', 'amount', 'amount', 'amount']);
  });

  it('calls a result column of the same year as a target a result, and skips a column-number row', () => {
    const grid = gridOf([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'KH 2025', 'TH 2025'],
      ['1', '2', '3', '4', '5'],
      ['1', 'Tỷ lệ nữ thạc sỹ', '%', 40, 42],
    ]);
    const [table] = detectTables(grid);
    expect(table.dataTop).toBe(2);
    expect(table.columns.map((c) => c.role)).toEqual(['number', 'name', 'unit', 'target', 'result']);
  });

  it('keeps a total row written first out of the header when its amounts are text, as in any CSV', () => {
    const csv = (total: string[]) => ({
      ...gridOf([['Đơn vị tính: triệu đồng'], ['STT', 'Nội dung', 'Dự toán', '2025'], [null, 'Tổng cộng', ...total], ['1', 'Chi đầu tư', '1.000', '600'], ['2', 'Chi thường xuyên', '1.100', '700']]),
      textOnly: true,
    });
    for (const total of [['2.100', '1.300'], ['2100', '1300']]) {
      const [table] = detectTables(csv(total));
      expect(table.headerBottom).toBe(1);
      expect(table.rows.map((r) => [r.row, r.kind])).toEqual([[2, 'total'], [3, 'item'], [4, 'item']]);
      // A year may head a column.
      expect(table.columns.map((c) => c.header)).toEqual(['STT', 'Nội dung', 'Dự toán', '2025']);
    }
  });

  it('keeps a total row of error texts, as a CSV saved from a broken workbook writes them, out of the header', () => {
    const grid = {
      ...gridOf([
        ['Đơn vị: triệu đồng'],
        ['STT', 'Tỉnh, thành phố', 'Tổng thu', 'Tổng chi', 'Số bổ sung'],
        ['A', 'B', '1', '2', '#REF!'],
        [null, 'TỔNG SỐ', '#REF!', '#REF!', '#REF!'],
        ['1', 'Hà Nội', '19.348.000', '3.849.306', '#REF!'],
        ['2', 'Hải Phòng', '5.992.400', '1.757.821', '#REF!'],
      ]),
      textOnly: true,
    };
    const [table] = detectTables(grid);
    expect([table.headerBottom, table.dataTop, table.columnNumbers?.row]).toEqual([1, 3, 2]);
    expect(table.rows.map((r) => [r.row, r.kind])).toEqual([[3, 'total'], [4, 'item'], [5, 'item']]);
    expect(table.columns.map((c) => c.role).slice(0, 2)).toEqual(['number', 'name']);
  });

  it('reads years typed as numbers as a header of year columns, on the header line or under a title', () => {
    const body = [
      ['1', 'Tập huấn', 120, 120, 150, 390],
      ['2', 'Truyền thông', 80, 90, 90, 260],
      [null, 'Tổng cộng', 200, 210, 240, 650],
    ];
    const oneLine = gridOf([['Đơn vị: triệu đồng'], ['STT', 'Nội dung', 2023, 2024, 2025, 'Tổng giai đoạn'], ...body]);
    const twoLines = gridOf([['Đơn vị: triệu đồng'], ['STT', 'Nội dung', 'Kinh phí các năm', null, null, 'Tổng số'], [null, null, 2023, 2024, 2025, null], ...body]);
    for (const [grid, headerBottom] of [[oneLine, 1], [twoLines, 2]] as const) {
      const [table] = detectTables(grid);
      expect([table.kind, table.headerTop, table.headerBottom]).toEqual(['budget', 1, headerBottom]);
      expect(table.columns.map((c) => [c.role, c.year])).toEqual([
        ['number', undefined],
        ['name', undefined],
        ['amount', 2023],
        ['amount', 2024],
        ['amount', 2025],
        ['amount', undefined],
      ]);
      expect(table.rows.map((r) => r.kind)).toEqual(['item', 'item', 'total']);
    }
  });

  it('keeps a line of amounts that happen to rise through 1990–2100 in the body', () => {
    const grid = gridOf([
      ['Đơn vị: triệu đồng'],
      ['STT', 'Nội dung', 'Năm 2024', 'Năm 2025'],
      ['1', 'Tập huấn', 1000, 1000],
      [null, 'Hoạt động khác', 2010, 2011],
      [null, 'Tổng cộng', 3010, 3011],
    ]);
    const tables = detectTables(grid);
    expect(tables.map((t) => [t.headerBottom, t.range.bottom])).toEqual([[1, 4]]);
    expect(tables[0].rows.map((r) => r.row)).toEqual([2, 3, 4]);
    // Amounts that rise by more than a plan's step, or fall, are no years even beside a label.
    expect(detectTables(gridOf([['STT', 'Nội dung', 1995, 2040]]))).toEqual([]);
    expect(detectTables(gridOf([['STT', 'Nội dung', 2025, 2024]]))).toEqual([]);
  });

  it('reads a plan or outturn column with no year (Thực hiện, Kế hoạch) as an amount in a table of money, and as a value in an indicator grid', () => {
    const budget = gridOf([['Đơn vị tính: triệu đồng'], ['STT', 'Nội dung', 'Thực hiện'], ['1', 'Thu từ DNNN', 286_441], ['2', 'Thuế TNCN', 80_977], [null, 'Tổng cộng', 367_418]]);
    const [table] = detectTables(budget);
    expect([table.kind, table.columns[2].role]).toEqual(['budget', 'amount']);
    const grid = gridOf([['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện'], ['1', 'Tỷ lệ nữ đại biểu', '%', 30, 32]]);
    expect(detectTables(grid)[0].kind).toBe('indicator');
  });

  it('finds two tables on one sheet and none in prose', () => {
    const indicator = [
      ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'KQ 2024', 'KH 2025'],
      ['1', 'Tỷ lệ nữ', '%', 30, 35],
    ];
    const grid = gridOf([...indicator, [], [], ...budgetHeader, ['1', 'Dự án', 1, 1, 1, 1, 2, 2]], {
      merges: budgetMerges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + 4))),
    });
    expect(detectTables(grid).map((t) => t.kind)).toEqual(['indicator', 'budget']);
    expect(detectTables(gridOf([['Kế hoạch này được ban hành để thực hiện chương trình.'], ['Nơi nhận: như trên.']]))).toEqual([]);
  });

  it('applies the officer’s corrections of kind and column roles', () => {
    const grid = gridOf([
      ['TT', 'Nội dung', 'Năm 2024', 'Năm 2025'],
      ['1', 'Hoạt động', 10, 20],
    ]);
    const [table] = detectTables(grid, [{ sheet: 'Sheet1', kind: 'budget', columns: [{ col: 3, role: 'note' }] }]);
    expect(table.kind).toBe('budget');
    expect(table.columns[3]).toMatchObject({ role: 'note', overridden: true });
  });
  it('reads a column-number label over a merged header as the column of figures under it, not an empty one beside', () => {
    // `Bao gồm` over two merged sub-headers, each two columns wide: `2` and `3` are typed over the
    // left column of each, the figures stand in the right one (D holds a footnote marker).
    const grid = gridOf(
      [
        ['Đơn vị tính: Triệu đồng'],
        ['STT', 'Nội dung', 'Tổng số', 'Bao gồm', null, null, null],
        [null, null, null, 'Ngân sách cấp tỉnh', null, 'Ngân sách huyện', null],
        ['A', 'B', '1=2+3', 2, null, 3, null],
        ['A', 'Tổng chi', 9000, '(*)', 5000, null, 4000],
        ['I', 'Chi đầu tư', 4000, null, 3000, null, 1000],
        ['II', 'Chi thường xuyên', 5000, null, 2000, null, 3000],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:G2', 'D3:E3', 'F3:G3'] },
    );
    const [table] = detectTables(grid);
    const stated = table.columnIdentities?.find((i) => i.stated);
    expect(stated).toEqual(expect.objectContaining({ target: 2, terms: [{ col: 4, coef: 1 }, { col: 6, coef: 1 }] }));
  });

  it('reads a column-number row whose quotient is written with a colon (`5=1:4`)', () => {
    const grid = gridOf([
      ['Đơn vị: Triệu đồng'],
      ['STT', 'Huyện', 'Tổng thu', 'Bổ sung từ ngân sách tỉnh', 'Tổng chi', 'Tỷ lệ thu so với chi (%)'],
      ['A', 'B', 1, 2, 3, '4=1:3'],
      [null, 'Tổng số', 300, 50, 400, null],
      ['1', 'Huyện A', 100, 20, 200, 50],
      ['2', 'Huyện B', 200, 30, 200, 100],
    ]);
    const [table] = detectTables(grid);
    expect([table.columnNumbers?.row, table.dataTop]).toEqual([2, 3]);
    expect(table.rows[0]).toEqual(expect.objectContaining({ row: 3, kind: 'total' }));
    expect(table.ratioColumns).toEqual([{ target: 5, numerator: 2, denominator: 4 }]);
  });
  it('reads a column that sets one figure against another as a ratio, whatever plan or result words it names', () => {
    const table = (header: string, numbers?: TestCell[]) =>
      detectTables(
        gridOf([
          ['Đơn vị: Triệu đồng'],
          ['STT', 'Nội dung', 'Thực hiện năm 2023', 'Kế hoạch năm 2024', header],
          ...(numbers ? [numbers] : []),
          ['A', 'Tổng thu', 14475, 15700, 108.5],
          ['1', 'Thu nội địa', 12845, 13920, 108.4],
          ['2', 'Thu xuất nhập khẩu', 1630, 1780, 109.2],
        ]),
      )[0].columns[4].role;
    expect(table('KH 2024 so với TH 2023 (%)')).toBe('ratio');
    expect(table('Ước thực hiện so với dự toán')).toBe('ratio');
    expect(table('Thực hiện 2024 (%)')).toBe('ratio');
    // The column-number row states the quotient: its word stands over what the header says.
    expect(table('Ước thực hiện năm 2024', ['A', 'B', 1, 2, '3=2/1'])).toBe('ratio');
    expect(table('Ước thực hiện năm 2024')).toBe('amount');
  });

  it('reads a column named a ratio first (`Tỷ lệ thực hiện`, no `(%)`) in a table of money as a ratio, and checks it', () => {
    const rows = (second: string) => [
      [null, null, null, null, 'Đơn vị: triệu đồng'],
      ['STT', 'Nội dung', 'Dự toán', 'Thực hiện', 'Tỷ lệ thực hiện'],
      [null, 'Tổng chi', 395_800, 397_865, '100,5%'],
      [1, 'Chi đầu tư phát triển', 45_200, 43_870, '97,1%'],
      [2, 'Chi thường xuyên', 333_200, 337_145, second],
      [3, 'Chi chương trình mục tiêu quốc gia', 17_400, 16_850, '96,8%'],
    ];
    expect(detectTables(gridOf(rows('101,2%')))[0].columns.map((c) => c.role)).toEqual(['number', 'name', 'amount', 'amount', 'ratio']);
    expect(checkSheet(gridOf(rows('101,2%'))).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // 337.145 / 333.200 = 101,2%, typed 110,2%.
    expect(checkSheet(gridOf(rows('110,2%'))).findings.filter((f) => f.severity === 'error').map((f) => [f.cell, f.expected])).toEqual([['E5', '101.2']]);
  });

  it('reads tables set side by side, an empty column between them, each with its own header, as two tables', () => {
    const grid = gridOf([
      ['DỰ TOÁN THU, CHI NGÂN SÁCH XÃ NĂM 2026'],
      [null, null, null, null, null, null, 'ĐVT: nghìn đồng'],
      ['STT', 'NỘI DUNG THU', 'DỰ TOÁN 2026', null, 'STT', 'NỘI DUNG CHI', 'DỰ TOÁN 2026'],
      [null, 'TỔNG THU', 530_000, null, null, 'TỔNG CHI', 3_865_000],
      ['1', 'Các khoản thu xã hưởng 100%', 385_000, null, '1', 'Chi đầu tư phát triển', 650_000],
      ['-', 'Phí, lệ phí', 45_000, null, '2', 'Chi thường xuyên', 3_215_000],
      ['-', 'Thu khác', 340_000, null, '-', 'Chi quản lý nhà nước', 3_215_000],
      ['2', 'Thu bổ sung từ ngân sách cấp trên', 145_000, null, null, null, null],
    ]);
    const tables = detectTables(grid);
    expect(tables.map((t) => [rangeAddress(t.range), t.columns.map((c) => c.role)])).toEqual([
      ['A3:C8', ['number', 'name', 'amount']],
      ['E3:G7', ['number', 'name', 'amount']],
    ]);
    expect(checkSheet(grid).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reads tables set side by side with no empty column between them, each numbering its rows, as two tables', () => {
    const rows = (chiThuongXuyen: number) => [
      ['CÂN ĐỐI DỰ TOÁN NGÂN SÁCH XÃ NĂM 2025'],
      [null, null, null, null, null, 'Đơn vị: triệu đồng'],
      ['STT', 'Nội dung thu', 'Dự toán', 'STT', 'Nội dung chi', 'Dự toán'],
      ['I', 'Thu xã hưởng 100%', 555, 'I', 'Chi đầu tư phát triển', 3_100],
      ['1', 'Phí, lệ phí', 120, 'II', 'Chi thường xuyên', chiThuongXuyen],
      ['2', 'Thu từ quỹ đất công ích', 350, '1', 'Chi quản lý nhà nước', 3_850],
      ['3', 'Thu khác', 85, '2', 'Chi đảm bảo xã hội', 560],
      ['II', 'Thu bổ sung từ ngân sách cấp trên', 6_680, '3', 'Chi khác', 1_070],
      ['1', 'Bổ sung cân đối', 5_230, 'III', 'Dự phòng ngân sách', 125],
      ['2', 'Bổ sung có mục tiêu', 1_450, null, null, null],
      [null, 'TỔNG THU', 7_235, null, 'TỔNG CHI', 8_705],
    ];
    const grid = gridOf(rows(5_480));
    expect(detectTables(grid).map((t) => [rangeAddress(t.range), t.columns.map((c) => c.role)])).toEqual([
      ['A3:C11', ['number', 'name', 'amount']],
      ['D3:F11', ['number', 'name', 'amount']],
    ]);
    // Read as one table, the chi amounts stood under the thu rows: four errors on a clean table.
    expect(checkSheet(grid).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // 3.850 + 560 + 1.070 = 5.480: Chi thường xuyên typed 5.840 is found on its own side.
    expect(checkSheet(gridOf(rows(5_840))).findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toContain('F5');
  });

  it('reads a column of codes (`Mã ĐVQHNS`, `Mã chương`, `Code`) as identifiers, never amounts, whatever numbers it holds', () => {
    const table = (header: string) =>
      detectTables(
        gridOf([
          ['Đơn vị tính: triệu đồng'],
          ['STT', header, 'Tên tỉnh, thành phố', 'Thu NSNN trên địa bàn', 'Chi cân đối NSĐP'],
          ['I', null, 'Vùng Tây Nguyên', 3000, 5200],
          [1, 1000037, 'Kon Tum', 1000, 2000],
          [2, '1000074', 'Gia Lai', 2000, 3200],
          [3, 1000111, 'Đắk Lắk', null, null],
        ]),
      )[0].columns[1];
    for (const header of ['Mã ĐVQHNS', 'Mã chương', 'Mã dự án', 'Code']) expect(table(header)).toMatchObject({ role: 'other', code: true });
    expect(table('Mã số').role).toBe('number');
  });

  it('reads money raised from others (`Nguồn vận động`, `Tài trợ`, `Đóng góp`) as the other source of a row total', () => {
    for (const header of ['Nguồn vận động', 'Tài trợ', 'Đóng góp']) {
      const [table] = detectTables(
        gridOf([
          ['Đơn vị tính: triệu đồng'],
          ['TT', 'Nội dung chi', 'Tổng số', 'NS tỉnh', 'NS huyện', header],
          [1, 'Hội nghị triển khai', 85, 70, 0, 15],
          [2, 'Tập huấn hội viên', 200, 120, 60, 20],
          [3, 'Truyền thông', 120, 90, 30, 0],
        ]),
      );
      expect(table.columns[5]).toMatchObject({ role: 'amount', source: 'other' });
    }
  });

  it('reads the column of differences under a `So sánh` group as amounts, its percentage beside it as a ratio', () => {
    const roles = (difference: string, ratio: string) =>
      detectTables(
        gridOf(
          [
            ['Đơn vị tính: nghìn đồng'],
            ['TT', 'Nội dung chi', 'Dự toán', 'Quyết toán', 'So sánh', null],
            [null, null, null, null, difference, ratio],
            ['I', 'Hoạt động truyền thông', 96500, 93320, -3180, 96.7],
            ['1', 'Tuyên truyền', 60000, 60500, 500, 100.8],
            ['2', 'Nói chuyện chuyên đề', 36500, 32820, -3680, 89.9],
          ],
          { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2'] },
        ),
      )[0].columns.slice(4).map((c) => c.role);
    expect(roles('Tăng (+), giảm (-)', 'Tỷ lệ (%)')).toEqual(['amount', 'ratio']);
    expect(roles('Chênh lệch', '%')).toEqual(['amount', 'ratio']);
    expect(roles('Số tuyệt đối', 'Tương đối (%)')).toEqual(['amount', 'ratio']);
  });

  it('reads a subtotal row that names its group (`Cộng vùng I`, `Cộng II`, `Tổng vùng Tây Bắc`) as a total', () => {
    const kinds = (label: string) =>
      detectTables(
        gridOf([
          ['Đơn vị: Triệu đồng'],
          ['STT', 'Tỉnh', 'Tổng chi', 'Chi đầu tư'],
          ['I', 'Vùng Tây Bắc', null, null],
          ['1', 'Sơn La', 300, 100],
          ['2', 'Yên Bái', 200, 50],
          [null, label, 500, 150],
        ]),
      )[0].rows.map((r) => r.kind);
    for (const label of ['Cộng vùng I', 'Cộng II', 'Tổng vùng Tây Bắc', 'Cộng khu vực I', 'Subtotal region A', 'Cộng mục A', 'Cộng phần 2', 'Cộng huyện Nam Đàn', 'Cộng cấp tỉnh']) expect(kinds(label)).toEqual(['item', 'item', 'item', 'total']);
    expect(kinds('Công an tỉnh')).not.toContain('total');
    expect(isTotalLabel('tong muc dau tu')).toBe(false);
  });

  it('reads a cost estimate in đồng (`Đơn vị tính | Số lượng | Đơn giá | Thành tiền`) as a budget whose quantities and unit prices are no amounts', () => {
    const roles = (header: string[]) =>
      detectTables(
        gridOf([
          ['Đơn vị tính: đồng'],
          header,
          ['1', 'Thuê hội trường', 'ngày', 2, 3_000_000, 6_000_000],
          ['2', 'Tài liệu', 'bộ', 100, 25_000, 2_500_000],
          [null, 'Tổng cộng', null, null, null, 8_500_000],
        ]),
      ).map((t) => [t.kind, ...t.columns.map((c) => c.role)]);
    expect(roles(['STT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Đơn giá', 'Thành tiền'])).toEqual([['budget', 'number', 'name', 'unit', 'other', 'other', 'amount']]);
    expect(roles(['No.', 'Item', 'Unit', 'Quantity', 'Unit price', 'Amount'])).toEqual([['budget', 'number', 'name', 'unit', 'other', 'other', 'amount']]);
    expect(roles(['STT', 'Nội dung', 'Đơn vị tính', 'Số người', 'Định mức', 'Thành tiền'])).toEqual([['budget', 'number', 'name', 'unit', 'other', 'other', 'amount']]);
    // An indicator grid: the unit column stands with targets, not with an amount in money.
    expect(roles(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả 2024', 'Chỉ tiêu 2025', 'Ghi chú'])[0][0]).toBe('indicator');
  });

  it('reads an average beside a total and a count (`Tổng số | Số đơn vị | Bình quân/đơn vị`) as a figure no total adds', () => {
    const [table] = detectTables(
      gridOf([
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Đơn vị', 'Tổng số', 'Số đơn vị', 'Bình quân/đơn vị'],
        ['1', 'Khối trường học', 180_000, 90, 2_000],
        ['2', 'Khối y tế', 107_320, 48, 2_236],
        [null, 'Tổng cộng', 287_320, 138, 2_082],
      ]),
    );
    expect(table.columns.map((c) => [c.role, c.measure])).toEqual([['number', undefined], ['name', undefined], ['amount', undefined], ['amount', undefined], ['other', true]]);
  });

  it('reads money per head or per class (`Mức phụ cấp (nghìn đồng/người/tháng)`, `Kinh phí bình quân (triệu đồng/lớp)`) as a rate no total adds, money per month or year as an amount', () => {
    const columns = (rate: string) =>
      detectTables(
        gridOf([
          ['Đơn vị tính: nghìn đồng'],
          ['STT', 'Đơn vị', 'Số nhân viên (người)', rate, 'Thành tiền'],
          ['1', 'Xã A', 12, 1_053, 12_636],
          ['2', 'Xã B', 9, 1_053, 9_477],
          [null, 'Tổng cộng', 21, null, 22_113],
        ]),
      )[0].columns.map((c) => [c.role, c.measure]);
    for (const rate of ['Mức phụ cấp (nghìn đồng/người/tháng)', 'Kinh phí bình quân (triệu đồng/lớp)', 'Hỗ trợ (đ/người)', 'Mức trợ cấp']) expect([rate, columns(rate)[3]]).toEqual([rate, ['other', true]]);
    for (const amount of ['Quỹ lương (nghìn đồng/tháng)', 'Kinh phí (triệu đồng/năm)', 'Kinh phí (nghìn đồng)']) expect([amount, columns(amount)[3]]).toEqual([amount, ['amount', undefined]]);
    // Nothing asks the rate's blank on the total row to add up.
    const rows: TestCell[][] = [
      ['Đơn vị tính: nghìn đồng'],
      ['STT', 'Đơn vị', 'Số nhân viên (người)', 'Mức phụ cấp (nghìn đồng/người/tháng)', 'Số tháng', 'Thành tiền'],
      ['1', 'Xã A', 12, 1_053, 12, 151_632],
      ['2', 'Xã B', 9, 1_170, 12, 126_360],
      [null, 'Tổng cộng', 21, null, null, 277_992],
    ];
    expect(checkSheet(gridOf(rows)).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reads a total row that names what it totals and its period (`Tổng kinh phí`, `Cộng kinh phí`, `Tổng cộng giai đoạn 2021-2025`) as a total', () => {
    const kinds = (label: string) =>
      detectTables(
        gridOf([
          ['Đơn vị tính: triệu đồng'],
          ['STT', 'Nội dung', 'Tổng số', 'NSTW', 'NSĐP'],
          ['1', 'Truyền thông', 300, 100, 200],
          ['2', 'Tập huấn', 250, 150, 100],
          [null, label, 550, 250, 300],
        ]),
      )[0].rows.map((r) => r.kind);
    for (const label of ['Tổng kinh phí', 'Tổng cộng kinh phí', 'Tổng số kinh phí', 'Tổng nhu cầu kinh phí', 'Tổng vốn', 'Cộng kinh phí', 'Tổng cộng giai đoạn 2021-2025', 'Tổng kinh phí theo năm', 'Total cost']) {
      expect([label, kinds(label)]).toEqual([label, ['item', 'item', 'total']]);
    }
    for (const label of ['tong thu', 'tong chi', 'tong muc dau tu', 'tong san pham']) expect([label, isTotalLabel(label)]).toEqual([label, false]);
  });

  it('reads a line that is a unit of money alone (`Tỷ đồng - In billions of dong`, `(Triệu đồng)`) above the header as the table’s unit', () => {
    const unitOf = (line: string) =>
      detectTables(gridOf([[null, null, line], ['Stt', 'Chỉ tiêu', 'Dự toán năm 2011'], ['I', 'Thu NSTW', 398_679], ['II', 'Chi NSTW', 518_000]]))[0];
    expect(unitOf('Tỷ đồng - In billions of dong')).toMatchObject({ kind: 'budget', unit: { text: 'Tỷ đồng - In billions of dong', factor: 1e9 } });
    expect(unitOf('(Triệu đồng)')).toMatchObject({ kind: 'budget', unit: { text: 'Triệu đồng', factor: 1e6 } });
    expect(unitOf('Đồng chí Giám đốc').unit).toBeUndefined();
  });

  it('reads the years a header names, not the year of a document number or a date (`NĐ 204/2004`, `ngày 17/8/2004`)', () => {
    expect(['nam 2013', 'giai doan 2021 - 2025', '2021/2022', 'nd 204/2004', 'ngay 17/8/2004', 'qd 3234/qd-btc nam 2010'].map(yearsOf)).toEqual([[2013], [2021, 2025], [2021, 2022], [], [], [2010]]);
  });

  it('reads a bilingual header whose English lines are long as one header (`Ratio of shared revenues between central and local budgets`)', () => {
    const [table] = detectTables(
      gridOf([
        ['Triệu đồng - In millions of dong'],
        ['STT', 'Tỉnh, thành phố', 'Tổng thu NSNN trên địa bàn', 'Tỷ lệ (%) phân chia nguồn thu giữa NSTW và NSĐP', 'Tổng chi cân đối ngân sách địa phương'],
        ['No', 'Name of provinces and cities', 'Total revenues in the locality', 'Ratio of shared revenues between the central and the local budgets (%)', 'Total local budget balancing expenditures of the provinces'],
        ['1', 'Hà Giang', 239_800, 100, 1_561_007],
        ['2', 'Tuyên Quang', 331_000, 100, 1_272_632],
      ]),
    );
    expect([table.headerTop, table.headerBottom, table.dataTop]).toEqual([1, 2, 3]);
    expect(table.columns.map((c) => c.role)).toEqual(['number', 'name', 'amount', 'ratio', 'amount']);
  });

  it('reads the sources of bilingual header cells (`Tổng số / Total`, `Ngân sách trung ương / Central budget`)', () => {
    const [table] = detectTables(
      gridOf([
        ['Triệu đồng - In millions of dong'],
        ['STT / No.', 'Nội dung / Description', 'Tổng số / Total', 'Chia ra / Of which', null],
        [null, null, null, 'Ngân sách trung ương / Central budget', 'Ngân sách địa phương - Local budget'],
        ['1', 'Truyền thông / Communication', 450, 240, 210],
        ['2', 'Tập huấn / Training', 590, 150, 440],
      ], { merges: ['D2:E2'] }),
    );
    expect(table.kind).toBe('budget');
    expect(table.columns.map((c) => c.source)).toEqual([undefined, undefined, 'total', 'central', 'local']);
  });

  it('reads a header cell broken over lines (`TỔNG SỐ⏎TOTAL`) by its Vietnamese line, and keeps its header on one line', () => {
    const [table] = detectTables(
      gridOf([
        ['Triệu đồng - In millions of dong'],
        ['STT\nNo.', 'Nội dung\nDescription', 'TỔNG SỐ \nTOTAL', 'Chia ra\nOf which', null],
        [null, null, null, 'Ngân sách trung ương\n  Central budget', 'Ngân sách địa phương\nLocal budget'],
        ['1', 'Truyền thông', 450, 240, 210],
        ['2', 'Tập huấn', 590, 150, 440],
      ], { merges: ['D2:E2'] }),
    );
    expect(table.columns.map((c) => c.source)).toEqual([undefined, undefined, 'total', 'central', 'local']);
    expect(table.columns.map((c) => c.header)).toEqual(['STT No.', 'Nội dung Description', 'TỔNG SỐ TOTAL', 'Chia ra Of which / Ngân sách trung ương Central budget', 'Chia ra Of which / Ngân sách địa phương Local budget']);
  });

  it('reads a header line as a funding source only when it names no more than the source', () => {
    const source = (line: string) => sourceOfLine(fold(line));
    expect(['Ngân sách trung ương', 'NSTW', 'TW hỗ trợ', 'Nguồn vốn NSTW', 'Trong đó: NSTW'].map(source)).toEqual(['central', 'central', 'central', 'central', 'central']);
    expect(['NSĐP', 'Vốn đối ứng địa phương', 'Vốn đối ứng', 'Ngân sách cấp tỉnh', 'Nguồn khác', 'Xã hội hóa'].map(source)).toEqual(['local', 'local', 'local', 'local', 'other', 'other']);
    // A public unit's other sources: its own revenue, other lawful sources, programmes merged in, loans.
    expect(['Nguồn thu sự nghiệp', 'Nguồn hợp pháp khác', 'Thu dịch vụ', 'Huy động cộng đồng', 'Lồng ghép các chương trình', 'Vốn vay'].map(source)).toEqual(['other', 'other', 'other', 'other', 'other', 'other']);
    // A transfer between the budgets, a spending total, a deficit, a kind of spending: quantities, not whose money.
    expect(['BỔ SUNG TỪ NSTW CHO NSĐP', 'TỔNG CHI CÂN ĐỐI NSĐP', 'BỘI CHI NSĐP', 'Chi đầu tư phát triển khác', 'Chi trả nợ và viện trợ'].map(source)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  /** An item (sheet row 2) with the lines `body` under it, and the next item after them; returns the item's row as read. */
  const itemOver = (body: TestCell[][]) => {
    const [table] = detectTables(gridOf([['Đơn vị: Triệu đồng'], ['STT', 'Nội dung', 'NSTW', 'NSĐP'], ['1', 'Chi đầu tư cho các dự án', 1_320, 530], ...body, ['2', 'Chi khác', 60, null]]));
    const item = table.rows.find((r) => r.row === 2)!;
    const rowsOf = (indexes: number[]) => indexes.map((i) => table.rows[i].row);
    return { mode: item.childrenMode, children: rowsOf(item.children), breakdowns: item.breakdowns?.map((b) => [b.mode, rowsOf(b.children)]) };
  };
  const part = (label: string, central: number): TestCell[] => ['-', label, central, null];

  it('reads each `Trong đó` heading under one item as a breakdown of its own, the children together as parts', () => {
    expect(itemOver([[null, 'Trong đó: Chia theo lĩnh vực'], part('Giáo dục', 260), part('Y tế', 35), [null, 'Trong đó: Chia theo nguồn vốn'], part('Tiền sử dụng đất', 480), part('Xổ số', 95)])).toEqual({
      mode: 'ofWhich',
      children: [4, 5, 7, 8],
      breakdowns: [
        ['ofWhich', [4, 5]],
        ['ofWhich', [7, 8]],
      ],
    });
  });

  it('reads `Chia theo …` sub-headings under one `Trong đó:` as parts each, and without it as all of the item each', () => {
    const body = (headings: TestCell[][]) => [...headings, part('Giáo dục', 260), [null, 'Chia theo nguồn vốn'], part('Xổ số', 95)];
    expect(itemOver(body([[null, 'Trong đó:'], [null, 'Chia theo lĩnh vực']])).breakdowns).toEqual([
      ['ofWhich', [5]],
      ['ofWhich', [7]],
    ]);
    expect(itemOver(body([[null, 'Chia theo lĩnh vực']])).breakdowns).toEqual([
      ['all', [4]],
      ['all', [6]],
    ]);
  });

  it('reads a `Trong đó:` after children that stand under no heading as before: one list', () => {
    expect(itemOver([part('Giáo dục', 260), [null, 'Trong đó:'], part('Xổ số', 95)])).toEqual({ mode: 'all', children: [3, 5], breakdowns: undefined });
  });

  /** Two sections each closed by `Cộng` (150 = 100 + 50, 50 = 30 + 20), with the rows given `above` and `below` them. */
  const sections = (above: TestCell[][], below: TestCell[][]) => {
    const [table] = detectTables(
      gridOf([
        ['Đơn vị: Triệu đồng'],
        ['STT', 'Nội dung', 'Số tiền'],
        ...above,
        ['1', 'Sửa chữa trụ sở', 100],
        ['2', 'Mua sắm thiết bị', 50],
        [null, 'Cộng', 150],
        ['3', 'Tập huấn', 30],
        ['4', 'Tuyên truyền', 20],
        [null, 'Cộng', 50],
        ...below,
      ]),
    );
    return (row: number) => table.rows.find((r) => r.row === row)!.children.map((i) => table.rows[i].row);
  };

  it('reads a total under several sections each closed by `Cộng` as the sum of their subtotals, a stacked total as the same rows', () => {
    const childRows = sections([], [[null, 'Tổng cộng', 200], [null, 'Total', 200]]);
    expect(childRows(4)).toEqual([2, 3]);
    expect(childRows(7)).toEqual([5, 6]);
    expect(childRows(8)).toEqual([4, 7]);
    expect(childRows(9)).toEqual([4, 7]);
  });

  it('reads a total above sections each closed by `Cộng` as the sum of their subtotals', () => {
    const childRows = sections([[null, 'Tổng số', 200]], []);
    expect(childRows(2)).toEqual([5, 8]);
    expect(childRows(5)).toEqual([3, 4]);
  });

  describe('a lettered group between a sector and its projects', () => {
    /** The sheet rows of each parent's children, by the parent's sheet row. */
    const hierarchy = (rows: TestCell[][]) => {
      const [table] = detectTables(gridOf([['Đơn vị: triệu đồng'], ['STT', 'Danh mục dự án', 'TMĐT', 'Kế hoạch năm 2025'], ...rows]));
      const parents: Record<number, number[]> = {};
      for (const row of table.rows) if (row.children.length > 0) parents[row.row] = row.children.map((i) => table.rows[i].row);
      return parents;
    };

    it('reads `a)` / `b)` groups as subtotals of the projects under them, numbered straight through the groups, where the sums show it', () => {
      // As public-investment plans write it: sector › ongoing / new projects › projects 1, 2, 3….
      const parents = hierarchy([
        [null, 'TỔNG SỐ', 420, 150],
        ['I', 'Ngành Giao thông', 300, 100],
        ['a)', 'Dự án chuyển tiếp', 100, 60],
        ['1', 'Đường liên xã', 70, 40],
        ['2', 'Cầu Khe Lau', 30, 20],
        ['b)', 'Dự án khởi công mới', 200, 40],
        ['3', 'Đường ven biển', 200, 40],
        ['II', 'Ngành Nông nghiệp', 120, 50],
        ['4', 'Hồ chứa nước', 80, 30],
        ['5', 'Kè sông La', 40, 20],
      ]);
      expect(parents).toEqual({ 2: [3, 9], 3: [4, 7], 4: [5, 6], 7: [8], 9: [10, 11] });
    });

    it('reads them so when the projects restart under each group, and when the groups are capital letters', () => {
      const rows: TestCell[][] = [
        ['I', 'Ngành Giáo dục', 60, 30],
        ['A', 'Dự án chuyển tiếp', 25, 10],
        ['1', 'Trường THPT', 15, 5],
        ['2', 'Trường Mầm non', 10, 5],
        ['B', 'Dự án khởi công mới', 35, 20],
        ['1', 'Trường Tiểu học', 35, 20],
        ['II', 'Ngành Y tế', 9, 9],
        ['A', 'Dự án chuyển tiếp', 9, 9],
        ['1', 'Trạm y tế xã', 9, 9],
      ];
      expect(hierarchy(rows)).toEqual({ 2: [3, 6], 3: [4, 5], 6: [7], 8: [9], 9: [10] });
    });

    it('keeps letters under the item above them where the sums say so (`1` = `a)` + `b)`)', () => {
      const parents = hierarchy([
        ['I', 'Dự án 1', 100, 50],
        ['1', 'Tuyên truyền', 60, 30],
        ['a)', 'Hội nghị', 40, 20],
        ['b)', 'Tờ rơi', 20, 10],
        ['2', 'Tập huấn', 40, 20],
      ]);
      expect(parents).toEqual({ 2: [3, 6], 3: [4, 5] });
    });
  });
});

describe('detectTables: the number convention', () => {
  /** A balance pasted from Word: every figure text, amounts `412.300`, a ratio column `4=2/1` written `ratio`. */
  const balance = (ratio: string): TestCell[][] => [
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Dự toán năm 2024', 'Dự toán năm 2025', 'Tỷ lệ (%)'],
    ['A', 'B', '1', '2', '3=2/1'],
    ['I', 'Thu bổ sung cân đối', '412.300', '428.650', ratio],
    ['II', 'Thu bổ sung có mục tiêu', '68.240', '54.310', '79,6'],
  ];

  it('takes it from a ratio column’s decimal commas, with no number written the other way: unanimous', () => {
    const [table] = detectTables(gridOf(balance('104,0')));
    expect(table.columns.map((c) => c.role)).toContain('ratio');
    expect([table.convention, table.conventionFrom]).toEqual(['vi', 'unanimous']);
  });

  it('takes the majority, not unanimous, when the table’s numbers are written both ways', () => {
    const [table] = detectTables(gridOf([...balance('104.05'), ['III', 'Thu khác', '1.250', '1.300', '104,0']]));
    expect([table.convention, table.conventionFrom]).toEqual(['vi', undefined]);
  });

  it('falls back on the grouping of whole amounts when no figure is unambiguous', () => {
    const withoutRatios = balance('').map((row) => row.slice(0, 4));
    const [table] = detectTables(gridOf(withoutRatios));
    expect([table.convention, table.conventionFrom]).toEqual(['vi', 'grouping']);
  });
});

describe('detectTables: the number convention of a sheet', () => {
  /** An indicator grid written `writtenAs`, a blank row, then a budget table of ambiguous amounts only. */
  const sheet = (writtenAs: string): TestCell[][] => [
    ['TT', 'Mục tiêu, chỉ tiêu', 'Đơn vị tính', 'KQ năm 2024', 'KH năm 2025'],
    ['1', 'Tỷ lệ lao động nữ làm công hưởng lương', '%', writtenAs, '53'],
    [],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Năm 2024', 'Năm 2025'],
    ['1', 'Tuyên truyền', '1.040', '2.050'],
    ['2', 'Tập huấn', 10.5, 20],
  ];

  it('gives a table with no unambiguous number of its own the convention its sheet’s other tables write in', () => {
    const tables = detectTables(gridOf(sheet('51,8')));
    expect(tables.map((t) => [t.kind, t.convention, t.conventionFrom])).toEqual([
      ['indicator', 'vi', 'unanimous'],
      ['budget', 'vi', 'sheet'],
    ]);
  });

  it('leaves it alone where the sheet would read its cells otherwise than it does (its identities were completed so)', () => {
    const tables = detectTables(gridOf(sheet('51.82')));
    expect(tables.map((t) => [t.convention, t.conventionFrom])).toEqual([
      ['en', 'unanimous'],
      [undefined, undefined],
    ]);
  });
});
