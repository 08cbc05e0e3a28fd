import { checkSheet } from '../../../src/engine/check';
import { renderFinding } from '../../../src/engine/i18n';
import type { Finding } from '../../../src/engine/types';
import { gridOf, type TestCell } from '../grid';
import { buildBudget } from '../rules/budget/builder';
import { expectFixesResolve } from './recheck';

/**
 * Two years × NSTW/NSĐP with period columns per source (G, H). Row 5 `I Dự án 1` (children rows 6, 7),
 * row 8 `II Dự án 2`, row 9 `Tổng cộng`. C6 = 1350, C8 = 1040, D7 = 50.
 */
function table(change: (rows: TestCell[][]) => void = () => {}, hiddenRows?: number[]) {
  const built = buildBudget(
    { years: [2021, 2022], sources: ['central', 'local'], yearTotals: false, periodSources: true, periodTotal: false, totalOnTop: false, language: 'vi' },
    [
      { amounts: [], children: [[[1350, 200], [400, 150]], [[250, 50], [300, 50]]] },
      { amounts: [[1040, 80], [620, 90]], children: [] },
    ],
  );
  change(built.rows);
  return { ...gridOf(built.rows, { merges: built.merges }), ...(hiddenRows ? { hiddenRows } : {}) };
}

const findings = (change: (rows: TestCell[][]) => void) => checkSheet(table(change)).findings;

/** A one-year table's header: `STT | <name> | Tổng số | Chia ra: NSTW, NSĐP` (merge D2:E2), under its unit line. */
const header = (name: string): TestCell[][] => [['Đơn vị tính: triệu đồng'], ['STT', name, 'Tổng số', 'Chia ra', null], [null, null, null, 'NSTW', 'NSĐP']];
const at = (list: Finding[], cell: string, rule?: string) => list.find((f) => f.cell === cell && (!rule || f.rule === rule));
const fixed = (list: Finding[]) => list.filter((f) => f.fix).map((f) => f.fix!.cell).sort();

describe('error localisation', () => {
  it('the consistent table has no finding', () => {
    expect(findings(() => {})).toEqual([]);
  });

  it("the check's timings (CheckOptions.timings) count localisation only where something breaks, and every rule that ran", () => {
    const clean: Record<string, number> = {};
    checkSheet(table(), { timings: clean });
    expect(clean.locate).toBeUndefined();
    expect(clean['budget/row-total']).toBeGreaterThanOrEqual(0);
    const slipped: Record<string, number> = { locate: 1000 };
    checkSheet(
      table((rows) => {
        rows[5][2] = 1530; // C6: 1350 with two digits swapped
      }),
      { timings: slipped },
    );
    // Added to what the object held.
    expect(slipped.locate).toBeGreaterThan(1000);
    expect(Object.keys(slipped)).toEqual(expect.arrayContaining(['budget/row-total', 'budget/children-sum']));
  });

  it('a row left out of three totals: each total is located, fixed and explained by that row; nothing else is fixed', () => {
    const change = (rows: TestCell[][]) => {
      rows[8][2] = 1600; // C9 leaves out C8 (1040)
      rows[8][4] = 700; // E9 leaves out E8 (620)
      rows[8][6] = 2300; // G9 = C9 + E9, leaving out G8 (1660)
    };
    const list = findings(change);
    const errors = list.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.cell, f.fix?.value, f.causeId])).toEqual([
      ['C9', '2640', undefined],
      ['E9', '1320', undefined],
      ['G9', '3960', undefined],
    ]);
    expect(at(list, 'C9')!.explanation).toEqual({ messageId: 'budgetCauseRowLeftOut', params: { amount: '1040', rowName: 'II “Dự án 2”', cells: 'C8' } });
    expect(renderFinding(at(list, 'G9')!, 'en').explanation).toBe('The difference, 1,660, is exactly row II “Dự án 2” (G8): that row was left out of the total.');
    expect(fixed(list)).toEqual(['C9', 'E9', 'G9']);
    expectFixesResolve(table(change));
  });

  it('two independent slips in one table are both located: a row left out of the totals and an amount ×1000', () => {
    const change = (rows: TestCell[][]) => {
      rows[8][2] = 1600; // C9 leaves out C8
      rows[8][4] = 700; // E9 leaves out E8
      rows[8][6] = 2300; // G9 leaves out G8
      rows[6][3] = 50_000; // D7: 50 typed as 50.000
    };
    const list = findings(change);
    expect(list.find((f) => f.rule === 'budget/root-cause')).toMatchObject({ cell: 'D7', messageId: 'budgetRootThousandTimes', fix: { value: '50' } });
    expect(fixed(list)).toEqual(['C9', 'D7', 'E9', 'G9']);
    expectFixesResolve(table(change));
  });

  it('a row left out of totals in a table with decimals is still found: its sums are exact decimals there, not doubles', () => {
    const change = (rows: TestCell[][]) => {
      rows[7][2] = 1040.5; // C8, and its period total G8
      rows[7][6] = 1660.5;
      rows[8][2] = 1600; // C9 leaves out C8
      rows[8][4] = 700; // E9 leaves out E8
      rows[8][6] = 2300; // G9 leaves out G8
    };
    const list = findings(change);
    expect(list.filter((f) => f.severity === 'error').map((f) => [f.cell, f.fix?.value, f.explanation?.messageId])).toEqual([
      ['C9', '2640.5', 'budgetCauseRowLeftOut'],
      ['E9', '1320', 'budgetCauseRowLeftOut'],
      ['G9', '3960.5', 'budgetCauseRowLeftOut'],
    ]);
    expectFixesResolve(table(change));
  });

  it('a row counted twice', () => {
    const list = findings((rows) => (rows[8][2] = 3680)); // 2640 + 1040
    expect(at(list, 'C9', 'budget/total-rows')!.explanation).toMatchObject({ messageId: 'budgetCauseRowCountedTwice', params: { rowName: 'II “Dự án 2”', amount: '1040' } });
  });

  it('a typed total that adds a row again beside the parent that holds it: that row counted twice, in every column it shows in', () => {
    const rows: TestCell[][] = [
      ...header('Nội dung'),
      ['1', 'Chi sự nghiệp kinh tế', 14_490, 4_300, 10_190],
      ['1.1', 'Sự nghiệp giao thông', 8_820, 2_500, 6_320],
      ['1.2', 'Sự nghiệp nông nghiệp, thủy lợi', 5_670, 1_800, 3_870],
      ['2', 'Chi sự nghiệp bảo vệ môi trường', 7_750, 900, 6_850],
      ['2.1', 'Thu gom, xử lý rác thải', 5_640, 0, 5_640],
      ['2.2', 'Xử lý nước thải', 2_110, 900, 1_210],
      // 1 + 2 = 22.240 / 5.200 / 17.040; 2.1 added again: 27.880 / 5.200 / 22.680.
      [null, 'Tổng cộng', 27_880, 5_200, 22_680],
    ];
    const list = checkSheet(gridOf(rows, { merges: ['D2:E2'] })).findings;
    for (const cell of ['C10', 'E10']) {
      expect(at(list, cell)).toMatchObject({ explanation: { messageId: 'budgetCauseRowCountedTwice', params: { rowName: '2.1 “Thu gom, xử lý rác thải”', amount: '5640' } } });
    }
    expect(at(list, 'C10')!.explanation!.params).toMatchObject({ cells: 'C8' });
    expect(fixed(list)).toEqual(['C10', 'E10']);
  });

  describe('a typed total in one column only, off by exactly one of its rows', () => {
    const rows = (total: number, second: number): TestCell[][] => [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tỉnh', 'Chi thường xuyên'],
      ['1', 'Sơn La', 8_864_825],
      ['2', 'Yên Bái', second],
      ['3', 'Hòa Bình', 6_909_277],
      [null, 'Cộng', total],
    ];
    it('left that row out when no chance makes an amount of its digits match: the total is located and fixed', () => {
      const list = checkSheet(gridOf(rows(15_774_102, 11_914_941))).findings;
      expect(at(list, 'C6')).toMatchObject({ fix: { value: '27689043' }, explanation: { messageId: 'budgetCauseRowLeftOut', params: { cells: 'C4' } } });
      expect(fixed(list)).toEqual(['C6']);
    });
    it('says nothing of the kind when the difference is a round amount many rows may hold: one of the cells', () => {
      const list = checkSheet(gridOf(rows(15_774_102, 1_000))).findings;
      expect(at(list, 'C6')!.explanation).toMatchObject({ messageId: 'budgetCauseOneOf' });
      expect(fixed(list)).toEqual([]);
    });
  });

  it('a parent above its listed rows in every column by exactly one of them counted that row twice: not read as a part list', () => {
    const items = [
      [4_183_939, 9_407_008, 6_574_734],
      [4_055_284, 20_658_292, 8_505_565],
      [2_495_782, 14_277_253, 5_827_664],
      [4_536_709, 10_102_333, 5_019_765],
    ];
    const parent = [0, 1, 2].map((c) => items.reduce((sum, row) => sum + row[c], 0) + items[1][c]);
    const rows: TestCell[][] = [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tỉnh', 'Thu NSĐP', 'Chi NSĐP', 'Bổ sung'],
      ['I', 'Bắc Trung Bộ', ...parent],
      ...items.map((row, r): TestCell[] => [String(r + 1), `Tỉnh ${r + 1}`, ...row]),
    ];
    const list = checkSheet(gridOf(rows)).findings;
    expect(['C3', 'D3', 'E3'].map((cell) => at(list, cell, 'budget/children-sum')?.explanation)).toEqual(
      ['C5', 'D5', 'E5'].map((cells) => expect.objectContaining({ messageId: 'budgetCauseRowCountedTwice', params: expect.objectContaining({ cells }) })),
    );
    expect(fixed(list)).toEqual(['C3', 'D3', 'E3']);
  });

  it('a row counted twice in a subtotal whose own row total is one unit off by rounding: that difference stays rounding', () => {
    // Tổng số = Cân đối + Mục tiêu, rounded: Tỉnh 2 is one over its parts, Tỉnh 4 one under. Cộng vùng I counts Tỉnh 1 twice.
    const rows: TestCell[][] = [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tỉnh', 'Tổng số', 'Bổ sung cân đối', 'Bổ sung có mục tiêu'],
      ['1', '2', '3=4+5', '4', '5'],
      ['1', 'Tỉnh 1', 510_715, 0, 510_715],
      ['2', 'Tỉnh 2', 480_632, 92_137, 388_494],
      ['3', 'Tỉnh 3', 728_498, 467_303, 261_195],
      [null, 'Cộng vùng I', 2_230_560, 559_440, 1_671_119],
      ['4', 'Tỉnh 4', 162_520, 100_000, 62_521],
      ['5', 'Tỉnh 5', 534_510, 293_189, 241_321],
      [null, 'Cộng vùng II', 697_030, 393_189, 303_842],
      [null, 'Tổng số', 2_416_875, 952_629, 1_464_246],
    ];
    const list = checkSheet(gridOf(rows)).findings;
    // C7 − (D7 + E7) is 1 before and after the fix: the row counted twice moves C7 and E7 alike.
    expect(list.find((f) => f.cell === 'C7' && f.cells.join() === 'D7,E7')).toMatchObject({ severity: 'info', messageId: 'budgetRounding' });
    expect(['C7', 'E7'].map((cell) => list.find((f) => f.fix?.cell === cell)?.fix?.value)).toEqual(['1719845', '1160404']);
    expect(fixed(list)).toEqual(['C7', 'E7']);
    expectFixesResolve(gridOf(rows));
  });

  it('a typed total that adds every line above it, subtotals and their rows: the subtotals counted twice, fixed at the total', () => {
    const rows: TestCell[][] = [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Năm 2025', 'Tổng giai đoạn'],
      ['I', 'Truyền thông', 200, 210, 240, 250, 900],
      ['1', 'Phát thanh', 120, 120, 150, 150, 540],
      ['2', 'Sự kiện', 80, 90, 90, 100, 360],
      ['II', 'Tập huấn', 60, 110, 70, 120, 360],
      ['1', 'Cấp tỉnh', 60, 60, 70, 70, 260],
      ['2', 'Học tập kinh nghiệm', 0, 50, 0, 50, 100],
      ['III', 'Kiểm tra, đánh giá', 20, 20, 20, 20, 80],
      [null, 'Cộng', 540, 660, 640, 760, 2600],
    ];
    const list = checkSheet(gridOf(rows)).findings;
    // Not row III "copied from the next column": the total row alone is wrong.
    expect(fixed(list)).toEqual(['C10', 'D10', 'E10', 'F10', 'G10']);
    expect(at(list, 'D10')!.explanation).toMatchObject({ messageId: 'budgetCauseSubtotalsWithRows', params: { amount: '320', cells: 'D3, D6' } });
    expectFixesResolve(gridOf(rows));
  });

  it('a typed total that adds every line above it over three levels (I / 1 / a): every subtotal, the nested ones too, counted twice', () => {
    // The excess, 380 in 2024, is I + its 1 + II (200 + 120 + 60): each level below the terms was added again.
    const rows: TestCell[][] = [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Năm 2024', 'Năm 2025', 'Tổng giai đoạn'],
      ['I', 'Truyền thông', 200, 220, 420],
      ['1', 'Phát thanh, truyền hình', 120, 130, 250],
      ['a', 'Đài tỉnh', 70, 80, 150],
      ['b', 'Đài huyện', 50, 50, 100],
      ['2', 'Sự kiện', 80, 90, 170],
      ['II', 'Tập huấn', 60, 70, 130],
      ['1', 'Cấp tỉnh', 40, 45, 85],
      ['2', 'Cấp huyện', 20, 25, 45],
      ['III', 'Kiểm tra, đánh giá', 20, 30, 50],
      [null, 'Cộng', 660, 740, 1400],
    ];
    const list = checkSheet(gridOf(rows)).findings;
    expect(fixed(list)).toEqual(['C12', 'D12', 'E12']);
    expect(at(list, 'C12')).toMatchObject({ fix: { value: '280' }, explanation: { messageId: 'budgetCauseSubtotalsWithRows', params: { amount: '380', cells: 'C3, C4, C8' } } });
    expectFixesResolve(gridOf(rows));
  });

  it('an item whose typed totals above were added up from it is one mistake, not a slip in each of the totals', () => {
    // Item 2's sources add up to 560, its total says 580, and both `Cộng` and `TỔNG CỘNG` were added up
    // from the item's figures column by column: which of its three figures is wrong, nothing tells.
    const rows: TestCell[][] = [
      ['Đơn vị tính: triệu đồng'],
      ['TT', 'Nội dung', 'Năm 2026', null, null],
      [null, null, 'Tổng số', 'NSTW', 'NSĐP'],
      ['I', 'PHÒNG NGỪA', null, null, null],
      ['1', 'Truyền thông thay đổi hành vi', 420, 180, 240],
      ['2', 'Xây dựng mô hình phòng ngừa', 580, 250, 310],
      ['3', 'Tập huấn kỹ năng cho cán bộ cơ sở', 215, 120, 95],
      [null, 'Cộng', 1215, 550, 645],
      ['II', 'ỨNG PHÓ, HỖ TRỢ NẠN NHÂN', null, null, null],
      ['1', 'Duy trì nhà tạm lánh', 250, 90, 160],
      ['2', 'Hỗ trợ pháp lý cho nạn nhân', 155, 70, 85],
      [null, 'Cộng', 405, 160, 245],
      [null, 'TỔNG CỘNG (I+II)', 1620, 710, 890],
    ];
    const list = checkSheet(gridOf(rows, { merges: ['A2:A3', 'B2:B3', 'C2:E2'] })).findings;
    const roots = list.filter((f) => !f.causeId);
    expect(roots.map((f) => [f.cell, f.messageId, f.params.count])).toEqual([['C6', 'budgetRootOneOf', 3]]);
    expect(roots[0].cells).toEqual(['C6', 'D6', 'E6']);
    expect(fixed(list)).toEqual([]);
  });

  it('a figure typed with two digits swapped and its row total added up from it: both fixed, the total as carried from it', () => {
    const rows: TestCell[][] = [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Tổng số', 'NSTW', 'NSĐP'],
      ['I', 'Hỗ trợ vùng khó khăn', 563, 345, 218],
      ['1', 'Mô hình khởi nghiệp', 443, 279, 164],
      ['2', 'Hỗ trợ nạn nhân', 138, 66, 72],
    ];
    const grid = gridOf(rows);
    const list = checkSheet(grid).findings;
    expect(fixed(list)).toEqual(['C4', 'E4']);
    expect(at(list, 'E4', 'budget/root-cause')).toMatchObject({ messageId: 'budgetRootSwappedDigits', fix: { value: '146' } });
    expect(at(list, 'C4', 'budget/root-cause')).toMatchObject({ messageId: 'budgetRootCarried', params: { from: 'E4' }, fix: { value: '425' } });
    expectFixesResolve(grid);
  });

  it('a project typed as its sub-projects and all their lines (`-`), the grand total added from it: counted twice, not a list that is a part', () => {
    const rows: TestCell[][] = [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Tổng số', 'Chia ra', null, null],
      [null, null, null, 'NSTW', 'NSĐP', 'Khác'],
      [null, 'TỔNG CỘNG', 1765, 1020, 580, 165],
      ['I', 'Dự án 1: Phát triển sinh kế', 1560, 900, 500, 160],
      ['1', 'Tiểu dự án 1: Hỗ trợ sản xuất', 350, 210, 120, 20],
      ['-', 'Giống cây trồng, vật nuôi', 250, 150, 80, 20],
      ['-', 'Tập huấn kỹ thuật', 100, 60, 40, 0],
      ['2', 'Tiểu dự án 2: Đa dạng hóa sinh kế', 430, 240, 130, 60],
      ['-', 'Mô hình du lịch cộng đồng', 350, 200, 100, 50],
      ['-', 'Hỗ trợ tiêu thụ sản phẩm', 80, 40, 30, 10],
      ['II', 'Dự án 2: Nâng cao năng lực', 205, 120, 80, 5],
      ['1', 'Tập huấn cán bộ', 150, 90, 60, 0],
      ['2', 'Hội thảo chia sẻ kinh nghiệm', 55, 30, 20, 5],
    ];
    const grid = gridOf(rows, { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2'] });
    const list = checkSheet(grid).findings;
    expect(fixed(list)).toEqual(['C4', 'C5', 'D4', 'D5', 'E4', 'E5', 'F4', 'F5']);
    expect(at(list, 'C5')).toMatchObject({ severity: 'error', fix: { value: '780' }, explanation: { messageId: 'budgetCauseSubtotalsWithRows' } });
    expect(at(list, 'C4')).toMatchObject({ messageId: 'budgetRootCarried', fix: { value: '985' } });
    expectFixesResolve(grid);
  });

  /** Four provinces under region I, both it and TỔNG SỐ typed as `region` (Tổng số = the three sources). */
  const regionTable = (region: number[]): TestCell[][] => [
    ['Đơn vị tính: Triệu đồng'],
    ['STT', 'Tỉnh, thành phố', 'Tổng số', 'Bổ sung cân đối', 'Vốn đầu tư', 'Vốn sự nghiệp'],
    ['A', 'B', '1=2+3+4', '2', '3', '4'],
    [null, 'TỔNG SỐ', ...region],
    ['I', 'ĐỒNG BẰNG SÔNG HỒNG', ...region],
    ['1', 'Hải Dương', 480_632, 78_068, 103_260, 299_304],
    ['2', 'Hưng Yên', 728_498, 467_303, 85_050, 176_145],
    ['3', 'Hà Nam', 1_157_249, 426_933, 372_000, 358_316],
    ['4', 'Nam Định', 2_720_345, 1_234_963, 538_060, 947_322],
  ];

  it('a region that left out a province, with the grand total built on it: the region’s totals and the grand total carried up from them are fixed', () => {
    // Region I left out Hưng Yên (row 7), and TỔNG SỐ was built on it.
    const rows = regionTable([4_358_226, 1_739_964, 1_013_320, 1_604_942]);
    const list = checkSheet(gridOf(rows)).findings;
    expect(list.filter((f) => f.fix).map((f) => [f.cell, f.fix!.value])).toEqual([
      ['C5', '5086724'], ['D5', '2207267'], ['E5', '1098370'], ['F5', '1781087'],
      ['C4', '5086724'], ['D4', '2207267'], ['E4', '1098370'], ['F4', '1781087'],
    ]);
    expect(at(list, 'C5')!.explanation).toMatchObject({ messageId: 'budgetCauseRowLeftOut' });
    expect(at(list, 'C4', 'budget/root-cause')).toMatchObject({ messageId: 'budgetRootCarried', cells: ['C5'] });
    expect(list.filter((f) => f.severity !== 'info' && /^[C-F]([6-9])$/.test(f.cell))).toEqual([]);
    expectFixesResolve(gridOf(rows));
  });

  it('a subtotal that counted a line with its own detail lines, the levels above typed from it: one mistake, not three wrong leaves', () => {
    // 1 = a + b + a's `-` lines (a counted twice); I and the total were added up from 1.
    const rows: TestCell[][] = [
      ...header('Nội dung'),
      ['I', 'Sự nghiệp giáo dục', 193_850, 47_900, 145_950],
      ['1', 'Giáo dục mầm non', 107_750, 26_600, 81_150],
      ['a', 'Chi lương', 50_850, 12_400, 38_450],
      ['-', 'Khối công lập', 48_000, 12_400, 35_600],
      ['-', 'Khối tư thục', 2_850, 0, 2_850],
      ['b', 'Chi hoạt động chuyên môn', 6_050, 1_800, 4_250],
      ['2', 'Giáo dục phổ thông', 86_100, 21_300, 64_800],
      [null, 'Tổng cộng', 193_850, 47_900, 145_950],
    ];
    const list = checkSheet(gridOf(rows)).findings;
    expect(at(list, 'C5')).toMatchObject({ fix: { value: '56900' }, explanation: { messageId: 'budgetCauseRowCountedTwice' } });
    expect(list.filter((f) => f.messageId === 'budgetRootCarried').map((f) => [f.cell, f.fix!.value])).toEqual([
      ['C4', '143000'], ['D4', '35500'], ['E4', '107500'], ['C11', '143000'], ['D11', '35500'], ['E11', '107500'],
    ]);
    expect(list.filter((f) => f.fix && /^[C-E](6|9)$/.test(f.cell))).toEqual([]);
    expectFixesResolve(gridOf(rows));
  });

  it('a row left out of a subtotal in every year, its amounts round (210, 230): told by the same row in each year, and the total carried up fixed', () => {
    const rows: TestCell[][] = [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Năm 2024', 'Năm 2025', 'Năm 2026'],
      [null, 'TỔNG CỘNG', 540, 590, 640],
      ['I', 'Truyền thông', 465, 510, 555],
      ['1', 'Phát thanh, truyền hình', 320, 350, 380],
      ['2', 'Tài liệu truyền thông', 145, 160, 175],
      ['3', 'Sự kiện Tháng hành động', 210, 230, 240],
      ['II', 'Kiểm tra, giám sát', 75, 80, 85],
    ];
    const list = checkSheet(gridOf(rows)).findings;
    expect(Object.fromEntries(list.filter((f) => f.fix).map((f) => [f.cell, f.fix!.value]))).toEqual({ C4: '675', D4: '740', E4: '795', C3: '750', D3: '820', E3: '880' });
    expect(at(list, 'C4')!.explanation).toMatchObject({ messageId: 'budgetCauseRowLeftOut' });
    expectFixesResolve(gridOf(rows));
  });

  it('"one of these cells" stands at a total that does not add up: the candidate that is one, not the row total it carried, nor a candidate that may well be right', () => {
    // Region I is 37 over its provinces in `Bổ sung cân đối` (and so in `Tổng số`), and TỔNG SỐ was
    // built on it: any province may be 37 short in both; none is known. The region's own
    // `Bổ sung cân đối` is both a broken total and a candidate; its `Tổng số` (C5) only carries it.
    const list = checkSheet(gridOf(regionTable([5_086_761, 2_207_304, 1_098_370, 1_781_087]))).findings;
    const root = list.find((f) => f.messageId === 'budgetRootOneOf')!;
    expect(root.cell).toBe('D5');
    // A province's `Bổ sung cân đối`, its typed `Tổng số` added up from it, is one story; so is the region's.
    expect(root.cells).toEqual(expect.arrayContaining(['D5', 'D7']));
    expect(list.filter((f) => f.fix)).toEqual([]);
    expect(list.filter((f) => f.severity !== 'info' && /^[C-F]([6-9])$/.test(f.cell))).toEqual([]);
  });

  it('a region over its provinces in one column, carried into its row totals and TỔNG SỐ, in a table rounded elsewhere: one story of one cell, the region’s among them, not several', () => {
    // Region I's `Vốn sự nghiệp` is 19,661 over its provinces; its `Tổng số` columns (3 = 4 + 5,
    // 1 = 2 + 3) and TỔNG SỐ were added up from it. The region carries rounding of its own (2 and 4
    // one below their provinces, so 3 and 1 carry it), and two provinces' `Tổng số` are one off:
    // the region's column sums are off by 19,661, 19,660, 19,659. Its story leaves those within
    // their rounding, as a province's does: one of these cells, not "at least 3 cells".
    const rows: TestCell[][] = [
      ['Đơn vị tính: Triệu đồng'],
      ['STT', 'Tỉnh, thành phố', 'Tổng số', 'Bổ sung cân đối', 'Bổ sung có mục tiêu', 'Vốn đầu tư', 'Vốn sự nghiệp'],
      ['A', 'B', '1=2+3', '2', '3=4+5', '4', '5'],
      [null, 'TỔNG SỐ', 3_992_315, 2_207_266, 1_785_049, 1_098_369, 686_680],
      ['I', 'ĐỒNG BẰNG SÔNG HỒNG', 3_992_315, 2_207_266, 1_785_049, 1_098_369, 686_680],
      ['1', 'Hải Dương', 346_617, 78_068, 268_548, 103_260, 165_288],
      ['2', 'Hưng Yên', 650_571, 467_303, 183_268, 85_050, 98_218],
      ['3', 'Hà Nam', 893_629, 426_933, 466_696, 372_000, 94_696],
      ['4', 'Nam Định', 2_081_839, 1_234_963, 846_877, 538_060, 308_817],
    ];
    const list = checkSheet(gridOf(rows)).findings;
    const root = list.find((f) => f.rule === 'budget/root-cause')!;
    expect(root).toMatchObject({ messageId: 'budgetRootOneOf', cell: 'G5' });
    expect(root.cells).toEqual(['G5', 'G7', 'G8']);
    expect(list.filter((f) => f.fix)).toEqual([]);
    // The region's own one-unit differences and the provinces' are rounding.
    expect(list.filter((f) => f.severity !== 'info' && ['D5', 'F5', 'C6', 'C9'].includes(f.cell))).toEqual([]);
  });

  it('two digits swapped in one typed cell: that cell is the root, the totals it breaks are consequences without a fix', () => {
    const change = (rows: TestCell[][]) => (rows[5][2] = 1530); // C6: 1350 typed as 1530
    const list = findings(change);
    const root = list.find((f) => f.rule === 'budget/root-cause')!;
    expect(root).toMatchObject({ cell: 'C6', severity: 'error', messageId: 'budgetRootSwappedDigits', params: { written: '1530', intended: '1350', count: 2 }, fix: { cell: 'C6', value: '1350' } });
    const consequences = list.filter((f) => f.causeId === root.id);
    expect(consequences.map((f) => f.cell).sort()).toEqual(['C5', 'G6']);
    for (const consequence of consequences) {
      expect(consequence.fix).toBeUndefined();
      expect(consequence.explanation).toMatchObject({ messageId: 'budgetCauseSwappedDigits', params: { at: 'C6', amount: '180' } });
      // Typed totals that stay right once C6 is corrected: notes under the root, never errors of their own.
      expect(consequence.severity).toBe('info');
    }
    expect(fixed(list)).toEqual(['C6']);
    expectFixesResolve(table(change));
  });

  it('a value typed in đồng instead of triệu đồng: a factor of 1,000, fixed at the cell and nowhere else', () => {
    const change = (rows: TestCell[][]) => (rows[7][2] = 1040000); // C8
    const list = findings(change);
    const root = list.find((f) => f.rule === 'budget/root-cause');
    expect(root).toMatchObject({ cell: 'C8', messageId: 'budgetRootThousandTimes', params: { written: '1040000', intended: '1040' }, fix: { value: '1040' } });
    expect(list.filter((f) => f.severity === 'error' && f !== root).every((f) => f.causeId === root!.id && !f.fix)).toBe(true);
    expectFixesResolve(table(change));
  });

  it('a negative typed among positive amounts', () => {
    const list = findings((rows) => (rows[6][3] = -50)); // D7
    const root = list.find((f) => f.rule === 'budget/root-cause');
    expect(root).toMatchObject({ cell: 'D7', messageId: 'budgetRootSign', params: { written: '-50', intended: '50' } });
    expect(at(list, 'D5', 'budget/children-sum')!.explanation).toMatchObject({ messageId: 'budgetCauseSign', params: { at: 'D7' } });
  });

  it('a total written with the wrong sign is located at the total itself', () => {
    const list = findings((rows) => (rows[8][3] = -330)); // D9
    const error = at(list, 'D9', 'budget/total-rows')!;
    expect(error).toMatchObject({ fix: { cell: 'D9', value: '330' }, explanation: { messageId: 'budgetCauseSign', params: { at: 'D9', intended: '330' } } });
    expect(error.causeId).toBeUndefined();
  });

  it('a number stored as text that a SUM skips: the text cell is the root, the formula total a consequence with no fix', () => {
    const change = (rows: TestCell[][]) => {
      rows[7][2] = '1.040'; // C8 typed as text, the Vietnamese way
      rows[8][2] = '=SUM(C5,C8)|1600'; // Excel's SUM skips text: the cached total lacks 1.040
    };
    const list = findings(change);
    const total = at(list, 'C9', 'budget/total-rows')!;
    expect(total).toMatchObject({ expected: '2640', actual: '1600' });
    expect(total.fix).toBeUndefined();
    // The SUM shows a wrong amount until C8 is a number (then it recomputes): still an error where it is.
    expect(total.severity).toBe('error');
    const root = list.find((f) => f.id === total.causeId)!;
    expect(root).toMatchObject({ cell: 'C8', messageId: 'budgetRootTextSkipped', fix: { cell: 'C8', value: '1040' } });
    expect(renderFinding(total, 'en').explanation).toBe('The difference, 1,040, is exactly cell C8: a number typed as text, which the formula skipped.');
  });

  it('a number stored as text in the total column: its SUM total breaks its column and its row, one mistake named once', () => {
    const rows: TestCell[][] = [
      ...header('Nội dung'),
      [null, 'Tổng cộng', '=SUM(C5:C7)|19134', '=SUM(D5:D7)|14500', '=SUM(E5:E7)|6865'],
      ['1', 'Dự án A', 12_345, 8_000, 4_345],
      ['2', 'Dự án B', '2.231', 1_000, 1_231], // C6 stored as text: SUM(C5:C7) skips it
      ['3', 'Dự án C', 6_789, 5_500, 1_289],
    ];
    const list = checkSheet(gridOf(rows, { merges: ['D2:E2'] })).findings;
    const root = list.find((f) => f.rule === 'budget/root-cause')!;
    // C4 is wrong against C5:C7 and against D4 + E4: the skipped text explains both (it was "one of C5…C7" before).
    expect(root).toMatchObject({ cell: 'C6', messageId: 'budgetRootTextSkipped', fix: { cell: 'C6', value: '2231' }, params: { count: 1, totals: 'C4' }, cells: ['C4'] });
    const totals = list.filter((f) => f.cell === 'C4' && f.severity === 'error');
    expect(totals.length).toBe(2);
    for (const total of totals) expect(total).toMatchObject({ causeId: root.id, expected: '21365' });
  });

  it('a number stored as text that a SUM skips beside a row formula that shows #VALUE! over it: the text is still located', () => {
    const rows: TestCell[][] = [
      ...header('Nội dung'),
      [null, 'Tổng cộng', { formula: 'SUM(C5:C6)', value: { error: '#VALUE!' } }, '=SUM(D5:D6)|2100', '=SUM(E5:E6)|400'],
      ['1', 'Dự án A', { formula: 'D5+E5', value: { error: '#VALUE!' } }, 1_200, '1 834'], // E5: a space groups its thousands
      ['2', 'Dự án B', '=D6+E6|1300', 900, 400],
    ];
    const list = checkSheet(gridOf(rows, { merges: ['D2:E2'] })).findings;
    // C4 = D4 + E4 and C5 = D5 + E5 cannot be read (#VALUE!): they neither confirm nor rule out a slip in E.
    const root = list.find((f) => f.rule === 'budget/root-cause')!;
    expect(root).toMatchObject({ cell: 'E5', messageId: 'budgetRootTextSkipped', fix: { cell: 'E5', value: '1834' } });
    expect(list.find((f) => f.cell === 'E4' && f.severity === 'error')).toMatchObject({ causeId: root.id, expected: '2234' });
  });

  it('a total that adds a subtotal (`=C8+C7`) follows it: a number stored as text under the subtotal explains both, and only the text cell is fixed', () => {
    const rows: TestCell[][] = [
      ['Đơn vị tính: tỷ đồng'],
      ['STT', 'Nội dung', 'Quyết toán năm 2010'],
      ['A', 'Chi theo dự toán Quốc hội', 304_199],
      ['B', 'Kinh phí chuyển nguồn sang năm sau', '20.291'], // stored as text: the SUMs skip it
      ['C', 'Kinh phí đã xuất quỹ ngân sách', 74_281],
      ['D', 'Các khoản thu, chi quản lý qua ngân sách', 73_525],
      [null, 'Tổng số (A+B+C+D)', '=C3+C4+C5+C6|452005'],
      ['E', 'Chi từ nguồn viện trợ và vay nợ', 46_540],
      [null, 'Tổng số (A+B+C+D+E)', '=C8+C7|498545'],
    ];
    const list = checkSheet(gridOf(rows)).findings;
    const root = list.find((f) => f.rule === 'budget/root-cause')!;
    expect(root).toMatchObject({ cell: 'C4', messageId: 'budgetRootTextSkipped' });
    expect(at(list, 'C9', 'budget/total-rows')).toMatchObject({ causeId: root.id });
    expect(list.filter((f) => f.fix && f.fix.cell !== 'C4')).toEqual([]);
    // `20.291` is also ambiguous: that warning says the same of C4 and is listed under the root, which alone carries the fix.
    const ambiguous = list.find((f) => f.rule === 'values/ambiguous-number' && f.cell === 'C4')!;
    expect(ambiguous).toMatchObject({ causeId: root.id });
    expect(ambiguous.fix).toBeUndefined();
    expect(list.filter((f) => f.fix)).toEqual([root]);
    expect(list.indexOf(root)).toBeLessThan(list.indexOf(ambiguous));
  });

  it('a formula over the wrong range gets a corrected formula, never a typed number', () => {
    const change = (rows: TestCell[][]) => (rows[8][2] = '=SUM(C5:C7)|3200'); // adds I with its children, leaves out II
    const list = findings(change);
    const total = at(list, 'C9', 'budget/total-rows')!;
    expect(total.fix).toEqual({ cell: 'C9', formula: 'C5+C8' });
    expect(total.explanation).toMatchObject({ messageId: 'budgetCauseFormulaWrongRows', params: { written: 'SUM(C5:C7)' } });
    expect(fixed(list)).toEqual(['C9']);
    expectFixesResolve(table(change));
  });

  it('a total formula filled across a row over the wrong row (`=C7+C11+C14` where III is row 15) is one mistake, rewritten in every column', () => {
    const rows: TestCell[][] = [
      ...header('Nội dung'),
      [null, 'Tổng cộng', '=C5+C9+C12|1240', '=D5+D9+D12|405', '=E5+E9+E12|835'],
      ['I', 'Truyền thông', '=SUM(C6:C8)|340', '=SUM(D6:D8)|165', '=SUM(E6:E8)|175'],
      ['1', 'Tuyên truyền', '=D6+E6|205', 120, 85],
      ['2', 'In ấn tài liệu', '=D7+E7|60', 0, 60],
      ['3', 'Hội nghị', '=D8+E8|75', 45, 30],
      ['II', 'Nâng cao năng lực', 775, 240, 535],
      ['1', 'Tập huấn cấp huyện', '=D10+E10|220', 150, 70],
      ['2', 'Tập huấn cấp xã', '=D11+E11|430', 90, 340],
      ['3', 'Tham quan học tập', '=D12+E12|125', 0, 125],
      ['III', 'Kiểm tra, giám sát', '=D13+E13|65', 40, 25],
    ];
    const list = checkSheet(gridOf(rows)).findings;
    expect(list.filter((f) => f.fix).map((f) => [f.cell, f.fix!.formula])).toEqual([['C4', 'C5+C9+C13'], ['D4', 'D5+D9+D13'], ['E4', 'E5+E9+E13']]);
    expect(renderFinding(at(list, 'C4', 'budget/total-rows')!, 'vi').explanation).toContain('cộng dòng 3 “Tham quan học tập” mà bỏ sót dòng III “Kiểm tra, giám sát”');
    expectFixesResolve(gridOf(rows));
  });

  it('a SUM over the wrong range is found where Excel added figures with decimals in doubles (its result a few binary places off the exact sum)', () => {
    const n = (value: number) => ({ value, numberFormat: '#,##0' });
    const items = [11_512_324.139073001, 10_184_461.436912, 4_688_075.772776];
    const rows: TestCell[][] = [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tỉnh, thành phố', 'Tổng chi cân đối ngân sách địa phương'],
      ['IV', 'Bắc Trung Bộ', { ...n(items[0] + items[1]), formula: 'SUM(C4:C5)' }], // leaves out row 6
      ['1', 'Thanh Hóa', n(items[0])],
      ['2', 'Nghệ An', n(items[1])],
      ['3', 'Thừa Thiên - Huế', n(items[2])],
    ];
    const list = checkSheet(gridOf(rows)).findings;
    // Not "C6 should be 0": the formula is what is wrong.
    expect(list.filter((f) => f.fix)).toMatchObject([{ cell: 'C3', fix: { formula: 'SUM(C4:C6)' } }]);
  });

  it('SUBTOTAL(109, …) that drops a hidden row is named as such', () => {
    const grid = table((rows) => (rows[8][2] = '=SUBTOTAL(109,C5,C8)|1600'), [7]);
    const list = checkSheet(grid).findings;
    expect(at(list, 'C9', 'budget/total-rows')!.explanation).toMatchObject({ messageId: 'budgetCauseSubtotalHidden', params: { rows: 'II “Dự án 2”' } });
    expect(at(list, 'A8', 'budget/hidden-row')).toBeDefined();
  });

  it('SUBTOTAL(109, …) over a block whose subtotal is a SUBTOTAL too (which it leaves out, as Excel does) is named as dropping its hidden row', () => {
    // I = SUBTOTAL(109, rows 5–9): Excel leaves out the nested SUBTOTAL of 1 (row 5, adding a and b)
    // and hidden item 3 (row 9): 420 where the rows add up to 465. Read as adding row 5 too, the
    // formula's own cells said 720, and the story fell back to "a row left out".
    const rows: TestCell[][] = [
      ...header('Nội dung'),
      ['I', 'Dự án 1', '=SUBTOTAL(109,C5:C9)|420', '=SUBTOTAL(109,D5:D9)|280', '=SUBTOTAL(109,E5:E9)|140'],
      ['1', 'Truyền thông', '=SUBTOTAL(9,C6:C7)|300', '=SUBTOTAL(9,D6:D7)|200', '=SUBTOTAL(9,E6:E7)|100'],
      ['a', 'Phát thanh, truyền hình', 200, 150, 50],
      ['b', 'Báo in', 100, 50, 50],
      ['2', 'Tập huấn', 120, 80, 40],
      ['3', 'Hội thảo', 45, 30, 15],
      ['II', 'Dự án 2', 90, 60, 30],
    ];
    const list = checkSheet({ ...gridOf(rows, { merges: ['D2:E2'] }), hiddenRows: [8] }).findings;
    for (const cell of ['C4', 'D4', 'E4']) {
      expect(at(list, cell, 'budget/children-sum')!.explanation).toMatchObject({ messageId: 'budgetCauseSubtotalHidden', params: { rows: '3 “Hội thảo”' } });
    }
    // The printout adds up; the hidden row is what the SUBTOTAL leaves out.
    expect(at(list, 'A9', 'budget/hidden-row')).toMatchObject({ messageId: 'budgetHiddenRowSkipped' });
  });

  it('when several cells would each explain it, says "one of these cells" with the value each needs, and proposes no fix', () => {
    const rows: TestCell[][] = [
      ...header('Nội dung'),
      ['1', 'Dự án 1', 160, 100, 50],
      ['2', 'Dự án 2', 70, 40, 30],
    ];
    const list = checkSheet(gridOf(rows, { merges: ['D2:E2'] })).findings;
    expect(list.filter((f) => f.fix)).toEqual([]);
    expect(at(list, 'C4')!.explanation).toMatchObject({ messageId: 'budgetCauseOneOf', params: { count: 3, candidates: 'C4 → 150; D4 → 110; E4 → 60' } });
  });

  it('where the fewest cells to correct are two or more and no set is the only one, says "at least N of these cells", not "one of them"', () => {
    // I is 38 over its items and II 38 under its own, the grand total agreeing with both: I and II
    // together, or an item of each, are two corrections; which, the figures do not tell.
    const rows: TestCell[][] = [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kinh phí'],
      [null, 'Tổng cộng', 260],
      ['I', 'Khối tỉnh', 148],
      ['1', 'Tập huấn', 47],
      ['2', 'Truyền thông', 63],
      ['II', 'Khối huyện', 112],
      ['3', 'Kiểm tra', 71],
      ['4', 'Hội nghị', 79],
    ];
    const list = checkSheet(gridOf(rows)).findings;
    const root = at(list, 'C4', 'budget/root-cause')!;
    expect(root).toMatchObject({ messageId: 'budgetRootSeveralOf', params: { size: 2, count: 6 } });
    expect(renderFinding(root, 'vi').message).toContain('Có ít nhất 2 ô ghi sai, trong số 6 ô sau');
    expect(list.filter((f) => f.fix)).toEqual([]);
  });

  it('lists no cell whose needed value would be negative in a column of amounts that holds none', () => {
    const table = (last: number, total = 75) =>
      gridOf([
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Kinh phí'],
        [null, 'Tổng cộng', total],
        ['1', 'Tập huấn', 60],
        ['2', 'Truyền thông', 30],
        ['3', 'Kiểm tra', last],
      ]);
    // 25 too little in the total: the total, or an item 25 smaller; 10 − 25 is no amount of a column of positive ones.
    const [finding] = checkSheet(table(10)).findings;
    expect(finding.explanation).toMatchObject({ messageId: 'budgetCauseOneOf', params: { count: 3, candidates: 'C3 → 100; C4 → 35; C5 → 5' } });
    // With an adjustment in the column, a negative figure is an amount like another: it may be needed.
    const [adjusted] = checkSheet(table(-10, 67)).findings;
    expect(adjusted.explanation).toMatchObject({ params: { count: 4, candidates: 'C3 → 80; C4 → 47; C5 → 17; C6 → -23' } });
  });

  it('a difference only rounding explains is an info finding, not an error', () => {
    const rows: TestCell[][] = [
      ...header('Tỉnh, thành phố'),
      ['A', 'B', '1=2+3', 2, 3],
      [null, 'Tổng số', ...[1001, 701, 300].map((value) => ({ value, numberFormat: '#,##0' }))],
      ['1', 'Hà Nội', ...[500, 350, 150].map((value) => ({ value, numberFormat: '#,##0' }))],
      ['2', 'Hải Phòng', ...[500, 350, 150].map((value) => ({ value, numberFormat: '#,##0' }))],
    ];
    const list = checkSheet(gridOf(rows, { merges: ['D2:E2'] })).findings;
    // Each column is one off its provinces; no single cell explains both: rounding, said as such.
    expect(list.map((f) => [f.cell, f.severity, f.messageId])).toEqual([
      ['C5', 'info', 'budgetRounding'],
      ['D5', 'info', 'budgetRounding'],
    ]);
  });
  it('in a CSV saved from Excel, figures written with their thousands grouped were rounded to what they show', () => {
    // Every field is text, as Excel writes each figure as shown: `1,001` is a rounded figure.
    const csv = (grouped: boolean): TestCell[][] => [
      ...header('Tỉnh, thành phố'),
      ['A', 'B', '1=2+3', '2', '3'],
      [null, 'Tổng số', ...(grouped ? ['2,001', '1,401', '600'] : ['2001', '1401', '600'])],
      ['1', 'Hà Nội', ...(grouped ? ['1,000', '700', '300'] : ['1000', '700', '300'])],
      ['2', 'Hải Phòng', ...(grouped ? ['1,000', '700', '300'] : ['1000', '700', '300'])],
    ];
    const severities = (grouped: boolean) =>
      checkSheet({ ...gridOf(csv(grouped), { merges: ['D2:E2'] }), textOnly: true })
        .findings.filter((f) => f.rule.startsWith('budget/'))
        .map((f) => [f.cell, f.severity]);
    expect(severities(true)).toEqual([
      ['C5', 'info'],
      ['D5', 'info'],
    ]);
    // Written plain, the same figures are exact: one off is a mistake.
    expect(severities(false).filter(([, severity]) => severity === 'info')).toEqual([]);
    expect(severities(false).length).toBeGreaterThan(0);
  });
  it('a slip in a detail row that SUM formulas carry up to a typed grand total is located in the detail row', () => {
    const rows: TestCell[][] = [
      ...header('Nội dung'),
      ['I', 'Dự án 1', '=SUM(D4:E4)|370', '=SUM(D5:D6)|290', '=SUM(E5:E6)|80'],
      ['1', 'Hoạt động 1.1', '=SUM(D5:E5)|245', 210, 35], // D5: 120 typed as 210
      ['2', 'Hoạt động 1.2', '=SUM(D6:E6)|125', 80, 45],
      ['II', 'Dự án 2', '=SUM(D7:E7)|360', 300, 60],
      [null, 'Tổng cộng', 640, 500, 140],
    ];
    const grid = gridOf(rows, { merges: ['D2:E2'] });
    const list = checkSheet(grid).findings;
    const root = list.find((f) => f.rule === 'budget/root-cause')!;
    expect(root).toMatchObject({ cell: 'D5', messageId: 'budgetRootSwappedDigits', fix: { cell: 'D5', value: '120' } });
    // The typed grand totals are right: they are consequences, and get no fix.
    expect(list.filter((f) => f.causeId === root.id).map((f) => f.cell).sort()).toEqual(['C8', 'D8']);
    expect(fixed(list)).toEqual(['D5']);
    expectFixesResolve(grid);
  });

  it('two slips that break one total together are both located, each with its fix; the shared total is a consequence', () => {
    const rows: TestCell[][] = [
      ...header('Nội dung'),
      ['I', 'Dự án 1', '=SUM(D4:E4)|370', '=SUM(D5:D6)|290', '=SUM(E5:E6)|80'],
      ['1', 'Hoạt động 1.1', '=SUM(D5:E5)|245', 210, 35], // D5: 120 typed as 210
      ['2', 'Hoạt động 1.2', '=SUM(D6:E6)|125', 80, 45],
      ['II', 'Dự án 2', '=SUM(D7:E7)|366', 300, 66], // E7: 60 typed as 66
      [null, 'Tổng cộng', 640, 500, 140],
    ];
    const grid = gridOf(rows, { merges: ['D2:E2'] });
    const list = checkSheet(grid).findings;
    // C8 is off by 96 = 90 + 6: neither slip alone explains it, both together do.
    expect(fixed(list)).toEqual(['D5', 'E7']);
    expect(list.find((f) => f.fix?.cell === 'D5')).toMatchObject({ messageId: 'budgetRootSwappedDigits', fix: { value: '120' } });
    expect(list.find((f) => f.fix?.cell === 'E7')).toMatchObject({ messageId: 'budgetRootOneDigit', fix: { value: '60' } });
    expect(at(list, 'C8')!.causeId).toBeDefined();
    expectFixesResolve(grid);
  });

  it('a row total wrong beside a wrong source on its row: its `Đúng ra` is the value its fix writes, its message the row’s sum today', () => {
    const rows: TestCell[][] = [
      ...header('Nội dung'),
      ['I', 'Dự án 1', 43_150, 11_500, 31_650],
      ['1', 'Hoạt động 1.1', 28_450, 0, 28_450],
      ['2', 'Hoạt động 1.2', 10_150, 11_500, 6_900], // 14.700 = 11.500 + 3.200: C6 and E6 both typed wrong
      ['II', 'Dự án 2', 8_500, 2_000, 6_500],
      [null, 'Tổng cộng', 51_650, 13_500, 38_150],
    ];
    const list = checkSheet(gridOf(rows, { merges: ['D2:E2'] })).findings;
    expect(fixed(list)).toEqual(['C6', 'E6']);
    const root = list.find((f) => f.fix?.cell === 'C6')!;
    expect(root).toMatchObject({ expected: '14700', actual: '10150', difference: '-4550', fix: { value: '14700' } });
    expect(renderFinding(root, 'vi').message).toContain('18.400, nhưng ô ghi 10.150');
  });

  it('a total typed where its column’s other totals are formulas, tied with its row’s amounts for a typing slip, is the one: its formula goes back', () => {
    const periodHeader: TestCell[][] = [['Đơn vị tính: triệu đồng'], ['TT', 'Nội dung', 'Tổng giai đoạn 2026-2029', 'Năm 2026', 'Năm 2027', 'Năm 2028', 'Năm 2029']];
    const rows = (text: boolean): TestCell[][] => [
      ...periodHeader,
      ['1', 'Hỗ trợ sản xuất', '=SUM(D3:G3)|18500', 4_200, 4_500, 4_800, 5_000],
      ['2', 'Hỗ trợ việc làm', `=SUM(D4:G4)|${text ? 4_250 : 5_700}`, 1_350, 1_400, text ? '1.450' : 1_450, 1_500],
      ['3', 'Truyền thông', 1_390, 320, 330, 340, 350], // typed 1.390 over =SUM(D5:G5), 1.340; 370, 380 and 390 in D5, E5, F5 are one digit away too
      ['4', 'Giám sát', '=SUM(D6:G6)|1060', 250, 260, 270, 280],
      [null, 'Tổng cộng', `=SUM(C3:C6)|${text ? 25_200 : 26_650}`, '=SUM(D3:D6)|6120', '=SUM(E3:E6)|6490', `=SUM(F3:F6)|${text ? 5_410 : 6_860}`, '=SUM(G3:G6)|7130'],
    ];
    const list = checkSheet(gridOf(rows(false))).findings;
    expect(list.filter((f) => f.fix).map((f) => f.fix)).toEqual([{ cell: 'C5', formula: 'SUM(D5:G5)' }]);
    // A number stored as text that a row's SUM skips does not make the column's sums look like no sums: the typed total is still found.
    const withText = checkSheet(gridOf(rows(true))).findings;
    expect(withText.filter((f) => f.fix).map((f) => f.fix!.cell).sort()).toEqual(['C5', 'F4']);
  });

  it('cells that every total sees alike and no typing slip tells apart: "one of these N cells", counted, nothing fixed', () => {
    const rows: TestCell[][] = [
      ...header('Nội dung'),
      ['I', 'Dự án 1', '=SUM(D4:E4)|317', '=SUM(D5:D6)|237', '=SUM(E5:E6)|80'],
      ['1', 'Hoạt động 1.1', '=SUM(D5:E5)|192', 157, 35], // D5: 120, off by 37 — no typing slip
      ['2', 'Hoạt động 1.2', '=SUM(D6:E6)|125', 80, 45],
      ['II', 'Dự án 2', '=SUM(D7:E7)|360', 300, 60],
      [null, 'Tổng cộng', 640, 500, 140],
    ];
    const list = checkSheet(gridOf(rows, { merges: ['D2:E2'] })).findings;
    expect(list.filter((f) => f.fix)).toEqual([]);
    const root = list.find((f) => f.messageId === 'budgetRootOneOf')!;
    expect(root.params).toMatchObject({ count: 3, candidates: 'D5 → 120; D6 → 43; D7 → 263' });
  });

  // A walk reaches each item once through its parent's SUM and its row's, or through both (two ranges
  // over one cell): every item must be counted, however many cells the walk holds.
  it.each([
    ['the parents\' totals add their own row', (row: number) => `=SUM(D${row}:E${row})`],
    ['the parents\' totals add their items\' totals', (row: number) => `=SUM(C${row + 1}:C${row + 2})`],
  ])('under SUM formulas over 1,400 items, "one of N" counts every item a typed grand total sees alike (%s)', (_, parentTotal) => {
    const rows: TestCell[][] = [...header('Nội dung')];
    const parents = 700;
    for (let p = 0; p < parents; p++) {
      const row = rows.length + 1;
      rows.push([`${p + 1}`, `Dự án ${p + 1}`, `${parentTotal(row)}|300`, `=SUM(D${row + 1}:D${row + 2})|200`, `=SUM(E${row + 1}:E${row + 2})|100`]);
      for (let i = 1; i <= 2; i++) rows.push([`${p + 1}.${i}`, `Hoạt động ${i}`, `=SUM(D${row + i}:E${row + i})|150`, 100, 50]);
    }
    // D5: 100, typed 137 (off by 37: no typing slip), and the SUMs above it carry it. Any item 37
    // smaller stays an amount (63): none is ruled out by its sign.
    rows[4][3] = 137;
    rows[4][2] = '=SUM(D5:E5)|187';
    rows[3][2] = `${parentTotal(4)}|337`;
    rows[3][3] = '=SUM(D5:D6)|237';
    rows.push([null, 'Tổng cộng', parents * 300, parents * 200, parents * 100]);
    const list = checkSheet(gridOf(rows, { merges: ['D2:E2'] })).findings;
    expect(list.filter((f) => f.fix)).toEqual([]);
    expect(list.find((f) => f.messageId === 'budgetRootOneOf')!.params).toMatchObject({ count: parents * 2 });
  });

  it('a total linked to the same figure elsewhere (`=C5`) does not tie with a typing slip among its items: the slip is located', () => {
    const rows: TestCell[][] = [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Quyết toán năm 2009'],
      ['A', 'Tổng thu ngân sách địa phương', 134_618],
      ['1', 'Thu nội địa', 500],
      ['2', 'Thu bổ sung từ ngân sách cấp trên', 134_118],
      ['B', 'Chi tiết thu bổ sung', '=C5|134118'],
      ['1', 'Bổ sung cân đối', 38_754],
      ['2', 'Bổ sung có mục tiêu', 95_364_000], // 95,364 typed in đồng
    ];
    const grid = gridOf(rows);
    const list = checkSheet(grid).findings;
    // A link adds none of its items: no range slip tells its story, and the ×1000 does.
    expect(list.find((f) => f.rule === 'budget/root-cause')).toMatchObject({ cell: 'C8', messageId: 'budgetRootThousandTimes', fix: { value: '95364' } });
    expect(fixed(list)).toEqual(['C8']);
    expect(at(list, 'C6')!.causeId).toBeDefined();
  });

  it('an item typed ×1000 in a list that is a part of its parent (units not listed) is located, not read as a whole list gone wrong', () => {
    // Row I holds more than its four bodies in every column, each by its own amount (units not
    // listed, as the Ministry leaves out Defence and Public Security): the list is a part of it.
    const sources = ['Chi đầu tư phát triển', 'Chi thường xuyên', 'Chi trả nợ', 'Chi dự trữ', 'Chi khác'];
    const items = [
      [400, 300, 90, 20, 45],
      [350, 280, 60, 25, 30],
      [200, 500, 40, 10, 15],
      [150, 120, 35, 5, 10],
    ];
    const short = [1000, 700, 300, 200, 100];
    const parent = sources.map((_, c) => items.reduce((sum, row) => sum + row[c], 0) + short[c]);
    const rows = (slipped: number): TestCell[][] => [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tên đơn vị', 'Tổng số', 'Chia ra', null, null, null, null],
      [null, null, null, ...sources],
      ['I', 'Các Bộ, cơ quan Trung ương', parent.reduce((a, b) => a + b, 0), ...parent],
      ...items.map((row, r): TestCell[] => [String(r + 1), `Bộ ${r + 1}`, row.reduce((a, b) => a + b, 0), ...row.map((v, c) => (r === 1 && c === 4 ? slipped : v))]),
    ];
    const check = (slipped: number) => checkSheet(gridOf(rows(slipped), { merges: ['D2:H2'] })).findings;
    expect(check(30).filter((f) => f.severity !== 'info')).toEqual([]);
    const list = check(30_000);
    expect(list.find((f) => f.rule === 'budget/root-cause')).toMatchObject({ cell: 'H6', messageId: 'budgetRootThousandTimes', fix: { value: '30' } });
    expect(fixed(list)).toEqual(['H6']);
    // The other columns are still read as parts of row I: none of them is an error.
    expect(list.filter((f) => f.severity === 'error' && f.rule === 'budget/children-sum')).toEqual([]);
  });

  describe('a part larger than its whole on its own, typed in another unit', () => {
    // `Tổng số` of a recurrent budget, and `Trong đó` two of its items: parts, so ≤ their whole.
    const rows = (education: number, health: number, whole = 1_500): TestCell[][] => [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Dự toán năm 2024'],
      ['I', 'Chi thường xuyên', whole],
      [null, 'Trong đó:', null],
      ['1', 'Chi giáo dục - đào tạo', education],
      ['2', 'Chi y tế', health],
    ];
    const check = (...args: Parameters<typeof rows>) => checkSheet(gridOf(rows(...args))).findings;

    it('is located as a warning with its fix, where one cell read in the other unit brings the parts back within', () => {
      const list = check(620_000, 310);
      expect(list.find((f) => f.rule === 'budget/root-cause')).toMatchObject({ cell: 'C5', severity: 'warning', messageId: 'budgetRootThousandTimes', fix: { cell: 'C5', value: '620' } });
      expect(fixed(list)).toEqual(['C5']);
      expect(at(list, 'C3')).toMatchObject({ severity: 'warning', messageId: 'budgetChildrenOfWhichExceed' });
    });
    it('a whole smaller than both its parts, which agree with each other: the whole is the cell, read in the unit they are in', () => {
      const list = check(620_000, 310_000);
      // The whole is itself the broken total: its own finding is the root.
      expect(list.filter((f) => f.fix)).toMatchObject([{ cell: 'C3', severity: 'warning', explanation: { messageId: 'budgetCauseThousandth' }, fix: { cell: 'C3', value: '1500000' } }]);
    });
    it('a small item typed ×1000 under a large whole: past its whole, and ten times every other part', () => {
      const rows: TestCell[][] = [
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Dự toán năm 2024'],
        ['III', 'Chi thường xuyên', 200_000],
        [null, 'Trong đó:', null],
        ['1', 'Chi giáo dục - đào tạo', 60_000],
        ['2', 'Chi y tế', 45_000],
        ['3', 'Chi thể dục thể thao', 970_000],
        ['4', 'Chi quản lý hành chính', 30_000],
      ];
      expect(checkSheet(gridOf(rows)).findings.filter((f) => f.fix)).toMatchObject([{ cell: 'C7', severity: 'warning', messageId: 'budgetRootThousandTimes', fix: { value: '970' } }]);
    });
    it('a year total below its `Trong đó` sources that the column and the period totals show wrong is an error, with its fix', () => {
      // `Năm 2027: Tổng số | Trong đó: NSTW, NSĐP`; F5 typed 205 for 255, every total added from 255.
      const grid = gridOf(
        [
          ['Đơn vị tính: triệu đồng'],
          ['STT', 'Nội dung', 'Năm 2026', null, null, 'Năm 2027', null, null, 'Tổng cộng 2026-2027'],
          [null, null, 'Tổng số', 'Trong đó', null, 'Tổng số', 'Trong đó', null, null],
          [null, null, null, 'NSTW', 'NSĐP', null, 'NSTW', 'NSĐP', null],
          ['I', 'Nâng cao năng lực', 360, 150, 210, 375, 150, 225, 735],
          ['1', 'Tập huấn cán bộ', 240, 150, 90, 205, 150, 105, 495],
          ['2', 'Khảo sát thực trạng', 120, null, 120, 120, null, 120, 240],
          [null, 'Tổng cộng', 360, 150, 210, 375, 150, 225, 735],
        ],
        { merges: ['A2:A4', 'B2:B4', 'C2:E2', 'F2:H2', 'I2:I4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:H3'] },
      );
      const list = checkSheet(grid).findings;
      expect(list.filter((f) => f.fix)).toMatchObject([{ cell: 'F6', severity: 'error', fix: { value: '255' } }]);
      expect(list.filter((f) => f.severity !== 'info').map((f) => f.cell)).toEqual(['F6']);
    });
    it('a whole typed a digit short leaves its largest part a little above it: that part is right, and nothing is fixed', () => {
      expect(fixed(check(1_620_000, 310_000, 1_520_000))).toEqual([]);
    });
    it('parts past their whole with no part larger than it on its own pin nothing: no fix', () => {
      expect(fixed(check(1_000, 700))).toEqual([]);
    });
    it('a zero too many where the row’s settled amount says so: read ten times smaller, not a thousand', () => {
      // `Dự toán` 4,200,000 beside its `Quyết toán` 398,150: 420,000 was meant, not 4,200 in đồng.
      const rows: TestCell[][] = [
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Dự toán', 'Quyết toán'],
        ['1', 'Chi đầu tư cho các dự án', 2_450_000, 2_318_640],
        [null, 'Trong đó:', null, null],
        ['-', 'Chi giáo dục - đào tạo', 4_200_000, 398_150],
        ['-', 'Chi khoa học và công nghệ', 35_000, 28_420],
      ];
      expect(checkSheet(gridOf(rows)).findings.filter((f) => f.fix)).toMatchObject([{ cell: 'C5', messageId: 'budgetRootPowerOfTen', fix: { value: '420000' } }]);
    });
  });

  describe('in a table rounded elsewhere, a slip is located though its totals carry the rounding residue', () => {
    // `Tổng số = Vốn ĐTPT + Vốn sự nghiệp`, figures shown `#,##0` though some hold a decimal (as the
    // Ministry's tables do): the Vốn ĐTPT column is 0.5 off its items, the Vốn sự nghiệp column 0.2.
    const n = (value: number) => ({ value, numberFormat: '#,##0' });
    const rounded = (sn: number): TestCell[][] => {
      const items: [string, string, number, number][] = [
        ['1', 'Chương trình việc làm', 275_342.2, 441_756.4],
        ['2', 'Chương trình nước sạch', 1_100_106.3, 167_001.4],
        ['3', 'Chương trình dân số', 9_917, 764_914],
        ['4', 'Chương trình phòng chống bệnh', 247_997, sn],
      ];
      return [
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Tổng số', 'Chia ra', null],
        [null, null, null, 'Vốn ĐTPT', 'Vốn sự nghiệp'],
        ['I', 'Chương trình mục tiêu quốc gia', { ...n(3_990_106), formula: 'D4+E4' }, n(1_633_362), n(2_356_744)],
        ...items.map(([stt, name, dtpt, snValue], i): TestCell[] => [stt, name, { ...n(dtpt + snValue), formula: `D${5 + i}+E${5 + i}` }, n(dtpt), n(snValue)]),
      ];
    };
    const root = (sn: number) => checkSheet(gridOf(rounded(sn), { merges: ['D2:E2'] })).findings.find((f) => f.rule === 'budget/root-cause');

    it('the clean table has no root cause', () => {
      expect(root(983_072)).toBeUndefined();
    });
    it('×1000: the amount typed before the slip is the fix, not the one the residue pins (983,071.8)', () => {
      expect(root(983_072_000)).toMatchObject({ cell: 'E8', messageId: 'budgetRootThousandTimes', fix: { cell: 'E8', value: '983072' } });
    });
    it('a slip among the cells a formula total adds, within the residue of a total already a unit off: told apart by its typing slip', () => {
      // II is one off its items as published (81,406 + 74,360 = 155,766), and so is the total: the
      // table is rounded. Then 135,360 typed as 315,360 under the VAT formula: only a swap within
      // II's residue explains it, not a new value for C6 beside it.
      const rows = (refunds: number): TestCell[][] => [
        ['Đơn vị tính: tỷ đồng'],
        ['STT', 'Chỉ tiêu', 'Quyết toán năm 2011'],
        [null, 'Tổng thu', n(265_969)],
        ['I', 'Thu từ dầu thô', n(110_205)],
        ['II', 'Thu từ hoạt động xuất khẩu, nhập khẩu', n(155_765)],
        ['1', 'Thuế xuất khẩu, nhập khẩu', n(81_406)],
        ['2', 'Thuế giá trị gia tăng hàng nhập khẩu', { ...n(refunds - 61_000), formula: 'C8+C9' }],
        [null, '- Tổng số thu', n(refunds)],
        [null, '- Số hoàn thuế', n(-61_000)],
      ];
      expect(checkSheet(gridOf(rows(135_360))).findings.filter((f) => f.severity !== 'info')).toEqual([]);
      const list = checkSheet(gridOf(rows(315_360))).findings;
      expect(list.filter((f) => f.fix)).toMatchObject([{ cell: 'C8', messageId: 'budgetRootSwappedDigits', fix: { value: '135360' } }]);
    });
    it('an item typed short (digits swapped) is a slip, not a "Trong đó" list the parent exceeds', () => {
      expect(root(893_072)).toMatchObject({ cell: 'E8', messageId: 'budgetRootSwappedDigits', fix: { cell: 'E8', value: '983072' } });
    });
  });

  it('a typed total that left out a column, which is also the value beside it, is one correction, not "one of"', () => {
    const rows: TestCell[][] = [
      ...header('Nội dung'),
      ['1', 'Dự án 1', 150, 100, 50],
      ['2', 'Dự án 2', 40, 40, 30], // C5: 70, written as D5 beside it (or as D5 alone, NSĐP left out)
      [null, 'Tổng cộng', 220, 140, 80],
    ];
    const grid = gridOf(rows, { merges: ['D2:E2'] });
    const list = checkSheet(grid).findings;
    expect(list.some((f) => f.messageId === 'budgetRootOneOf' || f.explanation?.messageId === 'budgetCauseOneOf')).toBe(false);
    expect(list.find((f) => f.fix)).toMatchObject({ cell: 'C5', fix: { cell: 'C5', value: '70' } });
    expect(fixed(list)).toEqual(['C5']);
    expectFixesResolve(grid);
  });

  it('among cells that would each explain a row, the one that also brings its parts back within their whole is located', () => {
    const rows: TestCell[][] = [
      ...header('Nội dung'),
      ['1', 'Hoạt động 1', 150, 50, 100],
      [null, 'Trong đó:'],
      ['-', 'Chi lương', 60, 57, 45], // D6: 15 mistyped; its row alone cannot say which cell
      ['-', 'Mua sắm', 20, 10, 10],
    ];
    const grid = gridOf(rows, { merges: ['D2:E2'] });
    const list = checkSheet(grid).findings;
    const root = list.find((f) => f.fix)!;
    expect(root).toMatchObject({ fix: { cell: 'D6', value: '15' } });
    // The parts that exceeded NSTW are a consequence of the same slip.
    expect(at(list, 'D4')).toMatchObject({ messageId: 'budgetChildrenOfWhichExceed', causeId: root.id });
    expect(fixed(list)).toEqual(['D6']);
  });

  it('whole figures shown as held (General format) that a table shows rounded, off by one in places no cell ties together, are rounding', () => {
    const rows = (dongNai: number[], total: number[]): TestCell[][] => [
      ...header('Tỉnh, thành phố'),
      [null, 'Tổng số', ...total],
      ['1', 'Hà Nội', 1000, 700, 300],
      ['2', 'Hải Phòng', 1000, 700, 300],
      ['3', 'Đà Nẵng', ...dongNai],
    ];
    // Its own row one off, and three columns one off their provinces: no single cell stands in all four.
    const rounded = checkSheet(gridOf(rows([1001, 700, 300], [3000, 2101, 899]), { merges: ['D2:E2'] })).findings;
    expect(rounded.length).toBe(4);
    expect(rounded.every((f) => f.severity === 'info' && f.messageId === 'budgetRounding' && !f.fix)).toBe(true);
    // One cell off in the two totals it stands in, every other total exact: a slip, fixed as before.
    const slipped = checkSheet(gridOf(rows([1000, 701, 300], [3000, 2100, 900]), { merges: ['D2:E2'] })).findings;
    expect(slipped.find((f) => f.fix)).toMatchObject({ cell: 'D7', severity: 'error', fix: { cell: 'D7', value: '700' } });
  });

  it('one unit off in every identity of a cell, in a table rounded nowhere else, is a slip: a warning with its fix', () => {
    const format = (values: number[]) => values.map((value) => ({ value, numberFormat: '#,##0' }));
    const rows: TestCell[][] = [
      ...header('Tỉnh, thành phố'),
      [null, 'Tổng số', ...format([1000, 700, 300])],
      ['1', 'Hà Nội', ...format([500, 350, 150])],
      ['2', 'Hải Phòng', ...format([500, 351, 150])], // D6: 350 typed as 351
    ];
    const grid = gridOf(rows, { merges: ['D2:E2'] });
    const list = checkSheet(grid).findings;
    const root = list.find((f) => f.fix)!;
    expect(root).toMatchObject({ cell: 'D6', severity: 'warning', fix: { cell: 'D6', value: '350' } });
    expect(list.filter((f) => f.severity === 'error')).toEqual([]);
    expect(fixed(list)).toEqual(['D6']);
  });

  it('a lone difference within rounding in an exact table names the cells that would explain it, and fixes nothing', () => {
    const format = (values: number[]) => values.map((value) => ({ value, numberFormat: '#,##0' }));
    const rows: TestCell[][] = [
      ...header('Tỉnh, thành phố'),
      ['1', 'Hà Nội', ...format([501, 350, 150])],
      ['2', 'Hải Phòng', ...format([500, 350, 150])],
    ];
    const list = checkSheet(gridOf(rows, { merges: ['D2:E2'] })).findings;
    expect(list.map((f) => [f.cell, f.severity])).toEqual([['C4', 'info']]);
    expect(list[0].explanation).toMatchObject({ messageId: 'budgetCauseRoundingOrOneOf', params: { count: 3, candidates: 'C4 → 500; D4 → 351; E4 → 151' } });
    expect(renderFinding(list[0], 'en').explanation).toContain('one of these 3 cells is mistyped');
  });
});
