import { allRules } from '../../../../src/engine/rules';
import type { Finding } from '../../../../src/engine/types';
import { findingsOf, gridOf, type TestCell } from '../../grid';

/**
 * How a budget table's `Trong đó` (of which) markers and its ratio lines are read, in the forms
 * officers type them, judged through the whole engine: a parent over parts is ≥ them, a ratio line
 * is no item of the row above.
 */
const problems = (rows: TestCell[][]): Finding[] => findingsOf(gridOf(rows), allRules).filter((f) => f.severity !== 'info');

const HEAD: TestCell[][] = [['Đơn vị tính: tỷ đồng'], ['STT', 'Chỉ tiêu', 'Dự toán năm 2017']];

/** A balance as the Ministry's: B 1.390 is more than its listed items 1–2 (1.240), which are parts of it. */
function partsTable(parent: TestCell[], marker?: TestCell[]): TestCell[][] {
  return [
    ...HEAD,
    ['A', 'Tổng thu', 1200],
    ['1', 'Thu nội địa', 1000],
    ['2', 'Thu từ dầu thô', 200],
    parent,
    ...(marker ? [marker] : []),
    ['1', 'Chi đầu tư phát triển', 350],
    ['2', 'Chi thường xuyên', 890],
  ];
}

/** An item with a part written on one line with the marker, bullet and all: 6 holds 543, of which 260. */
function inlinePartTable(part: TestCell[]): TestCell[][] {
  return [...HEAD, ['I', 'Thu nội địa', 1043], ['5', 'Thuế bảo vệ môi trường', 500], ['6', 'Các loại phí, lệ phí', 543], part];
}

/** A deficit and its two parts, each followed by its share of GDP: C = 1 + 2 only. */
function deficitTable(ratio: (share: number) => TestCell[], deficit = 178_300): TestCell[][] {
  return [...HEAD, ['C', 'Bội chi ngân sách nhà nước', deficit], ratio(3.5), ['1', 'Bội chi NSTW', 172_300], ratio(3.4), ['2', 'Bội chi NSĐP', 6000], ratio(0.1)];
}

const percent = (share: number): TestCell => ({ value: share / 100, numberFormat: '0.0%' });

describe('`Trong đó` markers and ratio lines in a budget table', () => {
  describe('valid', () => {
    it.each([
      ['at the end of the parent’s label, after a comma', partsTable(['B', 'TỔNG CHI CÂN ĐỐI NSNN, trong đó:', 1390])],
      ['at the end of the parent’s label, in brackets', partsTable(['B', 'Tổng chi cân đối NSNN (trong đó)', 1390])],
      ['alone in the STT column beside an empty name', partsTable(['B', 'Tổng chi', 1390], ['Trong đó:', null, null])],
      ['with a bullet in the name column', partsTable(['B', 'Tổng chi', 1390], [null, '- Trong đó:', null])],
      ['with a bullet in the STT column', partsTable(['B', 'Tổng chi', 1390], ['- Trong đó:', null, null])],
      ['in brackets on its own row', partsTable(['B', 'Tổng chi', 1390], [null, '(Trong đó)', null])],
      ['in English, with a bullet', partsTable(['B', 'Expenditure', 1390], [null, '+ Of which:', null])],
      ['ending an unnumbered total heading', [...HEAD, [null, 'TỔNG CHI NSNN, trong đó:', 1390], ['1', 'Chi đầu tư phát triển', 350], ['2', 'Chi thường xuyên', 890]]],
      ['on its own row under a total', [...HEAD, [null, 'Tổng số', 1390], [null, 'Trong đó:', null], ['1', 'Chi đầu tư phát triển', 350], ['2', 'Chi thường xuyên', 890]]],
      ['with the part’s name, a bullet in both columns', inlinePartTable(['-', '- Trong đó: Lệ phí trước bạ', 260])],
      ['with the part’s name, a bullet in the STT column only', inlinePartTable(['+', 'Trong đó: Lệ phí trước bạ', 260])],
    ])('%s: the parent may exceed its parts', (_name, rows) => {
      expect(problems(rows)).toEqual([]);
    });

    it.each([
      ['`-` in the STT column, percentage format', (s: number) => ['-', 'Tỷ lệ bội chi so GDP', percent(s)]],
      ['`+` in the STT column', (s: number) => ['+', 'Tỷ lệ bội chi so GDP', percent(s)]],
      ['`-` and percentage points typed as a number under `(%)`', (s: number) => ['-', 'Tỷ lệ bội chi so GDP (%)', s]],
      ['worded `So với GDP`', (s: number) => [null, 'So với GDP', s / 100]],
      ['worded `% GDP`', (s: number) => [null, '% GDP', s / 100]],
      ['worded `Bội chi/GDP`', (s: number) => [null, 'Bội chi/GDP', s / 100]],
      ['in English, `… to GDP ratio`', (s: number) => [null, 'Deficit to GDP ratio', s / 100]],
      ['in English, `% of GDP` with a bullet in the label', (s: number) => [null, '- As % of GDP', s / 100]],
      ['any wording, every value formatted as a percentage', (s: number) => ['-', 'Mức bội chi', percent(s)]],
    ])('a ratio line %s is not added to the amount above', (_name, ratio) => {
      expect(problems(deficitTable(ratio as (share: number) => TestCell[]))).toEqual([]);
    });

    it('a rate inside an item’s name (`Dự phòng (3%)`) and a bulleted amount line are still items', () => {
      const rows = [...HEAD, ['B', 'Tổng chi', 1030], ['-', 'Chi thường xuyên', 1000], ['-', 'Dự phòng ngân sách (3%)', 30]];
      expect(problems(rows)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('parts past a parent whose label ends with the marker are a warning, not an equality error', () => {
      const rows = partsTable(['B', 'TỔNG CHI CÂN ĐỐI NSNN, trong đó:', 1200]);
      const found = problems(rows).filter((f) => f.rule === 'budget/children-sum');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ cell: 'C6', severity: 'warning', messageId: 'budgetChildrenOfWhichExceed', expected: '1240', actual: '1200' });
    });

    it('a part on the marker’s line past its item is a warning there', () => {
      const found = problems(inlinePartTable(['-', '- Trong đó: Lệ phí trước bạ', 600])).filter((f) => f.rule === 'budget/children-sum');
      expect(found.map((f) => [f.cell, f.severity, f.messageId])).toEqual([['C5', 'warning', 'budgetChildrenOfWhichExceed']]);
    });

    it('parts past a total heading that ends with the marker are a warning', () => {
      const rows = [...HEAD, [null, 'TỔNG CHI NSNN, trong đó:', 1200], ['1', 'Chi đầu tư phát triển', 350], ['2', 'Chi thường xuyên', 890]];
      expect(problems(rows).map((f) => [f.cell, f.severity, f.messageId])).toEqual([['C3', 'warning', 'budgetChildrenOfWhichExceed']]);
    });

    it.each([
      ['`- Chia ra:` in the STT column (a full breakdown)', partsTable(['B', 'Tổng chi', 1390], ['- Chia ra:', null, null])],
      ['the words inside a sentence of the label', partsTable(['B', 'Chi khác, trong đó có chi hỗ trợ doanh nghiệp', 1390])],
    ])('%s: the parent must equal its items', (_name, rows) => {
      const found = problems(rows).filter((f) => f.rule === 'budget/children-sum');
      expect(found.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([['C6', 'error', '1240', '1390']]);
    });

    it('a wrong deficit among ratio lines is found against its amounts only, and no ratio cell is blamed', () => {
      const list = problems(deficitTable((s) => ['-', 'Tỷ lệ bội chi so GDP', percent(s)], 178_000));
      const sums = list.filter((f) => f.rule === 'budget/children-sum');
      expect(sums.map((f) => [f.cell, f.expected, f.actual, f.cells])).toEqual([['C3', '178300', '178000', ['C5', 'C7']]]);
      const named = list.flatMap((f) => [f.cell, ...(f.cells ?? []), ...(f.fix ? [f.fix.cell] : [])]);
      expect(named.filter((cell) => ['C4', 'C6', 'C8'].includes(cell))).toEqual([]);
    });
  });
});
