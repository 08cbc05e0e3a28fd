import { rule } from '../../../../src/engine/rules/budget/row-total';
import { columnsNamed } from '../../../../src/engine/rules/budget/arithmetic';
import type { ColumnInfo } from '../../../../src/engine/types';
import { findingsOf, gridOf } from '../../grid';
import { englishSingleYearTable, twoYearTable, yearTotalFirstTable } from './tables';

/** The rule's own findings: localisation adds the root cause beside them (tests/engine/locate.test.ts). */
const check = ({ rows, merges }: { rows: Parameters<typeof gridOf>[0]; merges: string[] }, tolerance?: number) =>
  findingsOf(gridOf(rows, { merges }), [rule], { tolerance }).filter((f) => f.rule === rule.meta.id);

describe('budget/row-total', () => {
  describe('valid', () => {
    it.each([
      ['Vietnamese, period total per source', twoYearTable()],
      ['no diacritics, year total before its sources, text numbers 1.040', yearTotalFirstTable()],
      ['English, one year with a total column', englishSingleYearTable()],
    ])('%s', (_name, table) => {
      expect(check(table)).toEqual([]);
    });

    it('does not check a heading row with no amounts at all', () => {
      const table = twoYearTable((rows) => rows.splice(4, 0, ['A', 'Các dự án thành phần', null, null, null, null, null, null]));
      expect(check(table)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a total over the levels of the local budget (`Ngân sách tỉnh | Ngân sách huyện | Ngân sách xã`), each a source of its own', () => {
      const rows = [
        ['Đơn vị: Triệu đồng'],
        ['STT', 'Nội dung', 'Tổng số', 'Ngân sách tỉnh', 'Ngân sách huyện', 'Ngân sách xã'],
        ['1', 'Sự nghiệp giáo dục', 600, 300, 200, 100],
        ['2', 'Sự nghiệp y tế', 380, 250, 100, 20],
      ];
      // A plan of no year: the total is the row's sources', not a period's.
      expect(check({ rows, merges: [] }).map((f) => [f.cell, f.cells, f.expected, f.messageId])).toEqual([['C4', ['D4', 'E4', 'F4'], '370', 'budgetRowTotalSources']]);
    });

    it('sources listed under `Trong đó` beside a plan’s total are a part of it: below it is right, above it is said so', () => {
      const rows = (huyen: number) => [
        ['ĐVT: triệu đồng'],
        ['STT', 'Nội dung hoạt động', 'Tổng kinh phí', 'Trong đó', null],
        [null, null, null, 'Ngân sách tỉnh hỗ trợ', 'Ngân sách huyện'],
        ['1', 'Tọa đàm nhân Ngày Quốc tế Phụ nữ 8/3', 30, null, 25],
        ['2', 'Chuyên mục trên Đài truyền thanh huyện', 24, null, 24],
        ['3', 'Hưởng ứng Tháng hành động', 45, 20, 15],
        ['4', 'Tập huấn lồng ghép giới', 60, 40, huyen],
      ];
      const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2'];
      expect(check({ rows: rows(20), merges })).toEqual([]);
      expect(check({ rows: rows(70), merges }).map((f) => [f.cell, f.severity, f.messageId])).toEqual([['C7', 'warning', 'budgetRowBreakdownExceeds']]);
    });

    it('sources under `Trong đó` that add up to the year’s total on every other item are all of it: an item short of it is an error', () => {
      const rows = [
        ['Đơn vị tính: triệu đồng'],
        ['TT', 'Nội dung', 'Năm 2026', null, null],
        [null, null, 'Tổng số', 'Trong đó: NSTW', 'NSĐP'],
        ['1', 'Truyền thông thay đổi hành vi', 420, 180, 240],
        ['2', 'Xây dựng mô hình phòng ngừa', 580, 250, 310],
        ['3', 'Tập huấn kỹ năng cho cán bộ cơ sở', 215, 120, 95],
        ['4', 'Duy trì nhà tạm lánh', 250, 90, 160],
        ['5', 'Hỗ trợ pháp lý cho nạn nhân', 155, 70, 85],
      ];
      const merges = ['A2:A3', 'B2:B3', 'C2:E2'];
      expect(check({ rows, merges }).map((f) => [f.cell, f.severity, f.expected])).toEqual([['C5', 'error', '560']]);
    });

    it('a total split by sources and by years (`Chia theo nguồn | Chia theo năm`) is the sum of each', () => {
      const rows = (year2030: number) => [
        ['Đơn vị tính: tỷ đồng'],
        ['STT', 'Nội dung', 'Tổng số', 'Chia theo nguồn', null, 'Chia theo năm', null, null],
        [null, null, null, 'NSTW', 'NSĐP', 'Năm 2028', 'Năm 2029', 'Năm 2030'],
        ['A', 'B', '1=2+3', '2', '3', '4', '5', '6'],
        ['1', 'Truyền thông', 3.3, 1.2, 2.1, 1.0, 1.1, 1.2],
        ['2', 'Tập huấn', 1.5, 0.9, 0.6, 0.5, 0.5, year2030],
      ];
      const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:H2'];
      expect(check({ rows: rows(0.5), merges })).toEqual([]);
      expect(check({ rows: rows(0.7), merges }).map((f) => [f.cell, f.expected, f.messageId])).toEqual([['C6', '1.7', 'budgetRowTotalPeriod']]);
    });

    it('every column `Chia ra` splits a total into is one of its sources, named as a source or not (`Quỹ hỗ trợ nông dân`)', () => {
      const rows = (first: number) => [
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Tổng số', 'Chia ra', null, null],
        [null, null, null, 'NSTW', 'NSĐP', 'Quỹ hỗ trợ nông dân'],
        ['1', 'Hỗ trợ phát triển sản xuất', first, 1_200, 3_460, 2_150],
        ['2', 'Đào tạo nghề cho lao động nông thôn', 7_030, 800, 5_920, 310],
        ['3', 'Khuyến nông', 4_750, 0, 4_150, 600],
      ];
      const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2'];
      // Read as NSTW + NSĐP, four of the rows disagreed and the total was not checked at all.
      expect(check({ rows: rows(6_810), merges })).toEqual([]);
      expect(check({ rows: rows(6_180), merges }).map((f) => [f.cell, f.expected, f.actual])).toEqual([['C4', '6810', '6180']]);
    });

    it('a bare `Tổng số` beside columns of categories (no source words, no `Chia ra`) is their total where the rows bear it out', () => {
      const rows = [
        ['Đơn vị tính: nghìn đồng'],
        ['STT', 'Đơn vị', 'Tổng số', 'Chi sự nghiệp giáo dục', 'Chi sự nghiệp khác'],
        ['1', 'Huyện Hải Hậu', 511_122_221, 412_356_789, 98_765_432],
        ['2', 'Huyện Giao Thủy', 443_872_717, 356_218_450, 87_654_321],
        ['3', 'Huyện Nghĩa Hưng', 480_355_235, 389_120_675, 91_234_560],
      ];
      expect(check({ rows, merges: [] }).map((f) => [f.cell, f.expected])).toEqual([['C4', '443872771']]);
      // Where most rows do not add up so, the columns are no breakdown of it: nothing is checked.
      const unrelated = rows.map((row, i) => (i >= 2 ? [...row.slice(0, 3), 1_000, 2_000] : row));
      expect(check({ rows: unrelated, merges: [] })).toEqual([]);
    });

    it('a year split by quarter (`Cả năm | Quý I … Quý IV`, no amount word) is a table of money whose whole year is the sum of its quarters', () => {
      const rows = (q2: number) => [
        ['DỰ TOÁN THU, CHI NGÂN SÁCH XÃ NĂM 2025 CHIA THEO QUÝ'],
        [null, null, null, null, null, null, 'Đơn vị: triệu đồng'],
        ['STT', 'Nội dung', 'Cả năm', 'Quý I', 'Quý II', 'Quý III', 'Quý IV'],
        ['1', 'Chi đầu tư phát triển', 1_400, 0, 400, 500, 500],
        ['2', 'Chi quản lý hành chính', 3_960, 965, q2, 980, 1_045],
        ['3', 'Chi đảm bảo xã hội', 640, 140, 150, 140, 210],
      ];
      expect(check({ rows: rows(970), merges: [] })).toEqual([]);
      // 965 + 790 + 980 + 1.045 = 3.780, not 3.960: Quý II typed 790 for 970.
      expect(check({ rows: rows(790), merges: [] }).map((f) => [f.cell, f.expected, f.actual])).toEqual([['C5', '3780', '3960']]);
      // Quarters named with their year (`Quý I năm 2025`) and a year named beside Cả năm are read the same way.
      const named = rows(790).map((row, i) => (i === 2 ? ['STT', 'Nội dung', 'Cả năm 2025', 'Quý I năm 2025', 'Quý II năm 2025', 'Quý III năm 2025', 'Quý IV năm 2025'] : row));
      expect(check({ rows: named, merges: [] }).map((f) => f.cell)).toEqual(['C5']);
    });

    it('a half-year result beside the whole year under one heading (`Thực hiện năm 2025` over `6 tháng đầu năm | Ước cả năm`) is no breakdown of it', () => {
      const rows = [
        [null, null, null, null, null, 'Đơn vị: triệu đồng'],
        ['STT', 'Nội dung', 'Dự toán năm 2025', 'Thực hiện năm 2025', null, 'So sánh ƯTH/DT (%)'],
        [null, null, null, '6 tháng đầu năm', 'Cả năm', null],
        [null, 'Tổng thu', 30_000, 14_200, 31_500, 105],
        ['1', 'Thu thuế', 20_000, 9_800, 21_000, 105],
        ['2', 'Thu phí, lệ phí', 4_000, 1_900, 4_200, 105],
        ['3', 'Thu khác', 6_000, 2_500, 6_300, 105],
      ];
      expect(check({ rows, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3'] })).toEqual([]);
    });

    it('a period total of one source that is not the sum over the years', () => {
      const findings = check(twoYearTable((rows) => (rows[5][6] = 140)));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        rule: 'budget/row-total',
        severity: 'error',
        cell: 'G6',
        cells: ['C6', 'E6'],
        expected: '130',
        actual: '140',
        difference: '10',
        messageId: 'budgetRowTotalSource',
        params: expect.objectContaining({ source: 'NSTW', formula: 'C6+E6' }),
        fix: { cell: 'G6', value: '130' },
      });
    });

    it('a year total above its `Trong đó` sources breaks the period total, text numbers read the Vietnamese way', () => {
      // `Tổng số | Trong đó: NSTW | NSĐP` is a part (≤), so 1.050 ≥ 1.000 + 40 holds; the period total does not.
      const findings = check(yearTotalFirstTable((rows) => (rows[5][2] = '1.050')));
      expect(findings.map((f) => [f.cell, f.expected, f.actual, f.messageId])).toEqual([['I6', '1065', '1055', 'budgetRowTotalPeriod']]);
    });

    it('an empty cell counts as zero when the row has other amounts', () => {
      const findings = check(englishSingleYearTable((rows) => (rows[6][2] = null)));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ cell: 'C7', expected: '200', actual: '0', messageId: 'budgetRowTotalYear' });
    });

    it('a grand total merged over each year checks its period cell against the year cells', () => {
      const rows = [
        ['Kinh phí'],
        ['ĐVT: triệu đồng'],
        ['TT', 'Nội dung', 'Năm 2021', null, 'Năm 2022', null, 'Tổng cộng giai đoạn', null],
        [null, null, 'Trung ương', 'Địa phương', 'Trung ương', 'Địa phương', 'Trung ương', 'Địa phương'],
        ['1', 'Dự án 1', 100, 50, 120, 60, 220, 110],
        [null, 'Cộng', 100, 50, 120, 60, 220, 110],
        [null, 'Tổng cộng', 150, null, 180, null, 340, null],
      ];
      const findings = findingsOf(gridOf(rows, { merges: ['C3:D3', 'E3:F3', 'G3:H3', 'C7:D7', 'E7:F7', 'G7:H7'] }), [rule]);
      expect(findings.map((f) => [f.cell, f.cells.join(','), f.expected, f.actual])).toEqual([['G7', 'C7,E7', '330', '340']]);
    });

    it('accepts a difference within the tolerance and flags one beyond it', () => {
      const table = twoYearTable((rows) => (rows[7][6] = 20.4));
      expect(check(table, 0.5)).toEqual([]);
      expect(check(table, 0.3).map((f) => f.cell)).toEqual(['G8']);
    });
  });
});

describe('columnsNamed', () => {
  const column = (col: number, header: string): ColumnInfo => ({ col, header, role: 'amount' });
  it('names a few short columns by their headers’ last parts, many or long ones by their letters', () => {
    expect(columnsNamed([column(2, 'Năm 2024 / NSTW'), column(3, 'Năm 2024 / NSĐP')])).toBe('NSTW, NSĐP');
    // Nine bilingual headers (the Ministry's 2010 table, K63) would fill ten lines.
    const nine = [11, 12, 13, 14, 15, 16, 17, 18, 19].map((col) => column(col, 'Chi giáo dục - đào tạo, dạy nghề Education and vocational training'));
    expect(columnsNamed(nine)).toBe('L–T');
    expect(columnsNamed([column(3, 'A'), column(4, 'B'), column(6, 'C'), column(8, 'D'), column(9, 'E'), column(10, 'F')])).toBe('D, E, G, I–K');
  });
});
