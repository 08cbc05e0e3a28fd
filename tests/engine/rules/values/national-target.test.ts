import { NATIONAL_TARGETS } from '../../../../src/engine/data/national-targets';
import { rule } from '../../../../src/engine/rules/values/national-target';
import { nationalTargetFor } from '../../../../src/engine/rules/values/national';
import { findingsOf, gridOf } from '../../grid';
import { enHeader, rendered, summary } from './tables';

const header = ['TT', 'Mục tiêu, chỉ tiêu', 'Đơn vị tính', 'KQ năm 2016', 'KH năm 2017', 'Đơn vị chủ trì'];

describe('national targets data', () => {
  it('holds both strategies, each entry with a source and milestones inside its period', () => {
    for (const entry of NATIONAL_TARGETS) {
      expect(entry.source).not.toBe('');
      const [from, to] = entry.strategy === '2011-2020' ? [2011, 2020] : [2021, 2030];
      for (const m of entry.milestones) expect(m.year >= from && m.year <= to).toBe(true);
    }
    // national-targets.md: 12 and 18 rows; masters / doctors and victims / perpetrators are two indicators each.
    expect(NATIONAL_TARGETS.filter((e) => e.strategy === '2011-2020')).toHaveLength(14);
    expect(NATIONAL_TARGETS.filter((e) => e.strategy === '2021-2030')).toHaveLength(19);
  });

  it('picks the strategy by year and the first milestone not before it', () => {
    expect(nationalTargetFor('Tỷ số giới tính khi sinh', 2013)?.milestone).toEqual({ year: 2015, value: '113', source: 'qd2351' });
    expect(nationalTargetFor('Tỷ số giới tính khi sinh', 2017)?.milestone).toEqual({ year: 2020, value: '115', provincial: '116' });
    expect(nationalTargetFor('Tỷ số giới tính khi sinh', 2023)?.milestone).toEqual({ year: 2025, value: '111' });
    expect(nationalTargetFor('Ty so gioi tinh khi sinh', 2030)?.milestone).toEqual({ year: 2030, value: '109', source: 'nq28-lang-son' });
    expect(nationalTargetFor('Tỷ lệ nữ làm chủ doanh nghiệp', 2035)).toBeUndefined();
  });

  it('holds 2011–2020 plans against the 2011–2020 strategy and 2021 onwards against 2021–2030, never the other way', () => {
    // Maternal mortality: 52 by 2020 (Decision 2351/QĐ-TTg), 42 by 2030 (Resolution 28/NQ-CP).
    for (const [year, strategy, milestone] of [[2011, '2011-2020', 2020], [2020, '2011-2020', 2020], [2021, '2021-2030', 2030], [2024, '2021-2030', 2030]] as const) {
      const found = nationalTargetFor('Tỷ số tử vong mẹ', year);
      expect([found?.strategy.id, found?.milestone.year]).toEqual([strategy, milestone]);
    }
    // A 2024 plan is held against the next milestone at or after it: 2025, not 2030.
    expect(nationalTargetFor('Tỷ lệ lao động nữ làm công hưởng lương', 2024)?.milestone.year).toBe(2025);
    expect(nationalTargetFor('Tỷ lệ lao động nữ làm công hưởng lương', 2026)?.milestone.year).toBe(2030);
    // The 2021–2030 indicator has no 2011–2020 counterpart: a 2019 plan is not held against it.
    expect(nationalTargetFor('Tỷ lệ lao động nữ làm công hưởng lương', 2019)).toBeUndefined();
    expect(nationalTargetFor('Tỷ lệ lao động nữ làm công hưởng lương', 2010)).toBeUndefined();
  });
});

describe('values/national-target', () => {
  describe('valid', () => {
    it('passes targets that reach the national ones, bounds equal to them, and shares that hold the 40% minimum', () => {
      const grid = gridOf([
        header,
        ['1', 'Tỷ lệ nữ làm chủ doanh nghiệp', '(%)', 30, 36, null],
        ['2', 'Giảm tỷ lệ tử vong bà mẹ', '/100.000', '60/100.000', '<52/ 100.000', null],
        ['3', 'Tỷ số giới tính khi sinh', '/100', '117/100', '115/100', null],
        ['4.1', 'Tỷ lệ nam được tạo việc làm mới', '(%)', 58, 57.5, null],
        ['4.2', 'Tỷ lệ nữ được tạo việc làm mới', '(%)', 42, 42.5, null],
        ['5', 'Tỷ lệ nữ được tập huấn kỹ năng', '%', 10, 12, null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('notes a 2017 target below the 2020 national target, with the provincial value beside it', () => {
      const grid = gridOf([header, ['2', 'Tỷ lệ nữ làm chủ doanh nghiệp', '(%)', 20, 27, 'Sở KH-ĐT']]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map(summary)).toEqual([
        { rule: 'values/national-target', severity: 'info', cell: 'E2', cells: [], messageId: 'valuesNationalTargetHigherPercent', expected: '35', actual: '27' },
      ]);
      const text = rendered(findings[0]);
      expect(text.en).toContain('The national target for 2020 is 35%, this plan’s 2017 target is 27%');
      expect(text.en).toContain('Hải Dương province set its own value, 30%, in its plan 3002/KH-UBND');
      expect(text.vi).toContain('Quyết định 2351/QĐ-TTg');
      expect(text.vi).toContain('tỉnh Hải Dương đặt mức riêng 30% trong Kế hoạch 3002/KH-UBND');
      expect(text.vi).toContain('Chỉ tiêu quốc gia đến năm 2020 là 35%, chỉ tiêu năm 2017 của kế hoạch này là 27%');
    });

    it('notes a lower-is-better target above the national one, on the national denominator (2030 English plan)', () => {
      const grid = gridOf([
        ['No.', 'Indicator', 'Unit', 'Result 2025', 'Target 2030', 'Lead agency'],
        ['1', 'Maternal mortality ratio', 'per 100,000', 46, '0,5/1.000', null],
        ['2', 'Sex ratio at birth', 'boys/100 girls', 112, 110, null],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.messageId, f.expected, f.actual])).toEqual([
        ['E2', 'valuesNationalTargetLowerRatio', '42', '50'],
        ['E3', 'valuesNationalTargetLowerRatio', '109', '110'],
      ]);
      expect(rendered(findings[0]).en).toContain('The national target for 2030 is 42/100,000, this plan’s 2030 target is 50/100,000');
      expect(rendered(findings[0]).vi).toContain('42/100.000');
    });

    it('warns of a target weaker than the national one for the same year, and notes an earlier year only where nothing later decides', () => {
      // 2017 against the 2020 milestone: a note. 2030 against the 2030 milestone: a warning.
      expect(findingsOf(gridOf([header, ['2', 'Tỷ lệ nữ làm chủ doanh nghiệp', '(%)', 20, 27, null]]), [rule]).map((f) => f.severity)).toEqual(['info']);
      const grid = gridOf([
        ['TT', 'Chỉ tiêu', 'ĐVT', 'KQ năm 2025', 'KH năm 2026', 'KH năm 2027', 'KH năm 2030'],
        // On its way to the national 2030 level, and reaching it: nothing.
        ['1', 'Tỷ lệ nữ làm chủ doanh nghiệp', '%', 27, 28, 28.5, 30],
        // Still above the national 109 in 2030: a warning there, not a note on 2026 and 2027.
        ['2', 'Tỷ số giới tính khi sinh', 'bé trai/100 bé gái', 113, 112.8, 112.5, 112],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.severity, f.expected, f.actual, f.cells])).toEqual([['G3', 'warning', '109', '112', []]]);
    });

    it('only notes a weaker target for the same year in a report of that year’s results: the target was set before', () => {
      const grid = gridOf([
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2025', 'Thực hiện năm 2025'],
        ['1', 'Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã', '%', 25, 23.8],
      ]);
      expect(findingsOf(grid, [rule]).map((f) => [f.cell, f.severity])).toEqual([['D2', 'info']]);
    });

    it('notes only the last year a plan sets before the milestone: the years before it are its way there', () => {
      const grid = gridOf([
        ['TT', 'Chỉ tiêu', 'ĐVT', 'KQ năm 2025', 'KH năm 2026', 'KH năm 2027'],
        ['1', 'Tỷ lệ nữ làm chủ doanh nghiệp', '%', 26, 26.5, 27],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.severity, f.params.milestoneYear])).toEqual([['F2', 'info', '2030']]);
    });

    it('holds a plan year 2023 against the 2025 milestone of the 2021–2030 strategy', () => {
      const grid = gridOf([enHeader.map((h) => (h === 'Target 2025' ? 'Target 2023' : h)), ['1', 'Share of women wage earners', '%', 45, 48, null]]);
      const [finding] = findingsOf(grid, [rule]);
      expect([finding.cell, finding.expected, finding.params.milestoneYear]).toEqual(['E2', '50', '2025']);
    });
  });
});

describe('values/national-target: what the note cites', () => {
  const row = (label: string, unit: string, target: number | string) => ['1', label, unit, null, target, null];
  const grid = (year: number, ...rows: (string | number | null)[][]) =>
    gridOf([['TT', 'Chỉ tiêu', 'ĐVT', `KQ năm ${year - 1}`, `KH năm ${year}`, 'Đơn vị chủ trì'], ...rows]);

  it('cites every document by title and number, never a file name, and writes no English in Vietnamese', () => {
    const cases = [
      grid(2024, row('Tỷ lệ lao động nữ làm công hưởng lương', '%', 45)),
      grid(2026, row('Tỷ số tử vong mẹ', '/100.000', 50)),
      grid(2013, row('Tỷ số giới tính khi sinh', '/100', 114)),
      grid(2017, row('Tỷ lệ nữ tham gia cấp ủy Đảng', '%', 20)),
      grid(2017, row('Tỷ lệ nữ được tạo việc làm mới', '%', 35)),
      grid(2017, row('Tỷ lệ nữ tiến sỹ', '%', 15)),
    ];
    const cited = [
      'Nghị quyết 28/NQ-CP ngày 03/3/2021',
      'Kế hoạch thực hiện Chiến lược giai đoạn 2026–2030 trên địa bàn tỉnh Lạng Sơn',
      'Quyết định 2351/QĐ-TTg ngày 24/12/2010',
      'Kế hoạch 3002/KH-UBND ngày 29/12/2015',
      'Quyết định 1046/QĐ-UBND',
      'tỉnh Hải Dương đặt mức riêng 20%',
    ];
    cases.forEach((sheet, i) => {
      const findings = findingsOf(sheet, [rule]);
      expect(findings).toHaveLength(1);
      const { vi, en } = rendered(findings[0]);
      expect(vi).toContain(cited[i]);
      expect(vi).not.toMatch(/seed|press|national|source|Resolution|Decision/i);
      expect(en).not.toMatch(/seed|press|Nguồn/i);
      expect(en).toMatch(/Resolution 28\/NQ-CP|Decision 2351\/QĐ-TTg/);
      // A value only provinces set is not called national.
      expect(findings[0].messageId.startsWith(i === 3 || i === 4 ? 'valuesAdoptedTarget' : 'valuesNationalTarget')).toBe(true);
    });
  });
});

describe('values/national-target: units', () => {
  it('does not hold a count of enterprises or a share with no % against a national share', () => {
    const grid = gridOf([
      header,
      ['1', 'Số doanh nghiệp do nữ làm chủ', 'doanh nghiệp', 120, 130, null],
      ['2', 'Nữ làm chủ doanh nghiệp', null, 120, 130, null],
      ['3', 'Tỷ lệ nữ làm chủ doanh nghiệp', null, 20, 27, null],
    ]);
    expect(findingsOf(grid, [rule]).map((f) => f.cell)).toEqual(['E4']);
  });
  it('reads a share typed into a cell formatted as a percentage as the percentage it shows (0.6 shown 60%)', () => {
    const pct = (value: number) => ({ value, numberFormat: '0.0%' });
    const grid = gridOf([
      ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả 2025', 'Chỉ tiêu 2030', 'Cơ quan chủ trì'],
      ['1', 'Tỷ lệ lao động nữ làm công hưởng lương', '%', pct(0.51), pct(0.6), 'Sở Nội vụ'],
      ['2', 'Tỷ lệ nữ giám đốc, chủ doanh nghiệp, hợp tác xã', '%', pct(0.26), pct(0.28), 'Sở Tài chính'],
    ]);
    const findings = findingsOf(grid, [rule]);
    // 60% reaches the national 60%; 28% is below the national 30%, said in percent.
    expect(findings.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([['E3', 'warning', '30', '28']]);
    expect(rendered(findings[0]).vi).toContain('là 28%');
  });
  it('holds a sex ratio under the unit “Tỷ số”, written with the words of what it counts, against the national 109/100', () => {
    const grid = gridOf([
      ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'KQ năm 2025', 'KH năm 2026', 'KH năm 2030', 'Cơ quan chủ trì'],
      ['1', 'Tỷ số giới tính khi sinh', 'Tỷ số', '112 trẻ trai/100 trẻ gái', '111 trẻ trai/100 trẻ gái', '110 trẻ trai/100 trẻ gái', 'Sở Y tế'],
      ['2', 'Tỷ số tử vong mẹ', 'Tỷ số', '46/100.000', '45/100.000', '42/100.000', 'Sở Y tế'],
      ['3', 'Tỷ số giới tính khi sinh (huyện miền núi)', 'Tỷ số', 111, 110, 109, 'Sở Y tế'],
    ]);
    expect(findingsOf(grid, [rule]).map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([['F2', 'warning', '109', '110']]);
  });
});
