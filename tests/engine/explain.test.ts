import { checkSheet } from '../../src/engine/check';
import { renderFinding } from '../../src/engine/i18n';
import { budgetRules } from '../../src/engine/rules/budget';
import type { Finding } from '../../src/engine/types';
import { gridOf, type TestCell } from './grid';
import { buildBudget } from './rules/budget/builder';

/**
 * Two years × NSTW/NSĐP with period columns per source (G, H). Row 5 `I Dự án 1` (children rows 6, 7),
 * row 8 `II Dự án 2`, row 9 `Tổng cộng`. C6 = 1350, C8 = 1040, D7 = 50.
 */
function table(change: (rows: TestCell[][]) => void = () => {}) {
  const built = buildBudget(
    { years: [2021, 2022], sources: ['central', 'local'], yearTotals: false, periodSources: true, periodTotal: false, totalOnTop: false, language: 'vi' },
    [
      { amounts: [], children: [[[1350, 200], [400, 150]], [[250, 50], [300, 50]]] },
      { amounts: [[1040, 80], [620, 90]], children: [] },
    ],
  );
  change(built.rows);
  return gridOf(built.rows, { merges: built.merges });
}

const findings = (change: (rows: TestCell[][]) => void) => checkSheet(table(change), {}, budgetRules).findings;
const at = (list: Finding[], cell: string, rule?: string) => list.find((f) => f.cell === cell && (!rule || f.rule === rule));

describe('explainFindings', () => {
  it('the consistent table has no finding', () => {
    expect(findings(() => {})).toEqual([]);
  });

  it('a row left out of the total: one root cause, its consequences linked to it', () => {
    const list = findings((rows) => {
      rows[8][2] = 1600; // C9 leaves out C8 (1040)
      rows[8][4] = 700; // E9 leaves out E8 (620)
      rows[8][6] = 2300; // G9 = C9 + E9, leaving out G8 (1660)
    });
    const root = list.find((f) => f.rule === 'budget/root-cause');
    expect(root).toMatchObject({ severity: 'warning', cell: 'B8', messageId: 'budgetRootRowLeftOut', cells: ['C9', 'E9', 'G9'], params: { rowName: 'II “Dự án 2”', count: 3 } });
    const errors = list.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.cell)).toEqual(['C9', 'E9', 'G9']);
    for (const error of errors) expect(error.causeId).toBe(root!.id);
    expect(at(list, 'C9')!.explanation).toEqual({ messageId: 'budgetCauseRowLeftOut', params: { amount: '1040', rowName: 'II “Dự án 2”', cells: 'C8' } });
    expect(renderFinding(at(list, 'C9', 'budget/total-rows')!, 'vi').explanation).toBe(
      'Chênh lệch 1040 đúng bằng dòng II “Dự án 2” (ô C8): dòng này chưa được cộng vào tổng.',
    );
    expect(renderFinding(at(list, 'G9', 'budget/total-rows')!, 'en').explanation).toBe(
      'The difference, 1660, is exactly row II “Dự án 2” (G8): that row was left out of the total.',
    );
  });

  it('a row counted twice', () => {
    const list = findings((rows) => (rows[8][2] = 3680)); // 2640 + 1040
    expect(at(list, 'C9', 'budget/total-rows')!.explanation).toMatchObject({ messageId: 'budgetCauseRowCountedTwice', params: { rowName: 'II “Dự án 2”', amount: '1040' } });
  });

  it('a parent added together with its children', () => {
    const list = findings((rows) => (rows[8][2] = 4240)); // 2640 + 1600 (the children of I)
    expect(at(list, 'C9', 'budget/total-rows')!.explanation).toMatchObject({ messageId: 'budgetCauseParentWithChildren', params: { rowName: 'I “Dự án 1”' } });
  });

  it('every parent added with its children: exactly twice the total', () => {
    const list = findings((rows) => (rows[8][2] = 5280));
    expect(at(list, 'C9', 'budget/total-rows')!.explanation).toEqual({ messageId: 'budgetCauseAllDoubled', params: {} });
  });

  it('two digits swapped in one typed cell: that cell is the root of every total it breaks', () => {
    const list = findings((rows) => (rows[5][2] = 1530)); // C6: 1350 typed as 1530
    const root = list.find((f) => f.rule === 'budget/root-cause');
    expect(root).toMatchObject({
      cell: 'C6',
      messageId: 'budgetRootSwappedDigits',
      params: { written: '1530', intended: '1350', count: 2 },
      fix: { cell: 'C6', value: '1350' },
    });
    const errors = list.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.cell).sort()).toEqual(['C5', 'G6']);
    for (const error of errors) {
      expect(error.causeId).toBe(root!.id);
      expect(error.explanation).toMatchObject({ messageId: 'budgetCauseSwappedDigits', params: { at: 'C6', amount: '180' } });
    }
  });

  it('a value typed in đồng instead of triệu đồng: a factor of 1,000', () => {
    const list = findings((rows) => (rows[7][2] = 1040000)); // C8
    const root = list.find((f) => f.rule === 'budget/root-cause');
    expect(root).toMatchObject({ cell: 'C8', messageId: 'budgetRootThousandTimes', params: { written: '1040000', intended: '1040' } });
    expect(list.filter((f) => f.severity === 'error').every((f) => f.causeId === root!.id)).toBe(true);
  });

  it('a negative typed among positive amounts', () => {
    const list = findings((rows) => (rows[6][3] = -50)); // D7
    const root = list.find((f) => f.rule === 'budget/root-cause');
    expect(root).toMatchObject({ cell: 'D7', messageId: 'budgetRootSign', params: { written: '-50', intended: '50' } });
    expect(at(list, 'D5', 'budget/children-sum')!.explanation).toMatchObject({ messageId: 'budgetCauseSign', params: { at: 'D7' } });
  });

  it('a total written with the wrong sign is explained at the total itself', () => {
    const list = findings((rows) => (rows[8][3] = -330)); // D9
    const error = at(list, 'D9', 'budget/total-rows')!;
    expect(error.explanation).toMatchObject({ messageId: 'budgetCauseSign', params: { at: 'D9', intended: '330' } });
  });

  it('a text number that a SUM formula skipped', () => {
    const list = findings((rows) => {
      rows[7][2] = '1.040'; // C8 typed as text, the Vietnamese way
      rows[8][2] = '=SUM(C5,C8)|1600'; // Excel's SUM skips text: the cached total lacks 1.040
    });
    const error = at(list, 'C9', 'budget/total-rows')!;
    expect(error).toMatchObject({ expected: '2640', actual: '1600' });
    expect(error.explanation).toEqual({ messageId: 'budgetCauseTextSkipped', params: { amount: '1040', cells: 'C8' } });
    expect(renderFinding(error, 'en').explanation).toBe('The difference, 1040, is exactly cell C8: a number typed as text, which the formula skipped.');
  });

  it('names no cause when two rows fit the difference equally', () => {
    const list = findings((rows) => {
      rows[7][3] = 50; // D8 = D7 = 50
      rows[7][7] = 140;
      rows[8][3] = 330; // D9 leaves out one of the two 50s: which one cannot be told
      rows[8][7] = 710;
    });
    const error = at(list, 'D9', 'budget/total-rows')!;
    expect(error.explanation).toBeUndefined();
  });
});
