import { allRules } from '../../../../src/engine/rules';
import type { Finding } from '../../../../src/engine/types';
import { findingsOf, gridOf, type TestCell } from '../../grid';

/**
 * How a budget table's `Trong đó` (of which) markers are read, in the forms officers type them,
 * judged through the whole engine: a parent over parts is ≥ them.
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

describe('`Trong đó` markers in a budget table', () => {
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
  });
});
