import { checkSheet } from '../../../src/engine/check';
import type { Finding } from '../../../src/engine/types';
import { gridOf, type TestCell } from '../grid';

/**
 * A Biểu 49 shape: `Ngân sách địa phương (1=2+3) | Chia ra: NS cấp tỉnh, NS huyện`. `Chi thường xuyên`
 * (row 7) is an item of `Chi cân đối NSĐP` (row 5, typed, adds up), and its `Trong đó` part `Chi giáo
 * dục` (row 9) is the only part with an amount in NS huyện (3,120,450). `education`: that amount as
 * typed; `formulaTotals`: the row's `Tổng số` as `=D+E`, else typed from the figures as shown;
 * `withTotal`: whether row 5 is there to confirm the whole.
 */
function table(education: number, formulaTotals: boolean, withTotal = true): TestCell[][] {
  const rows: [string | null, string, number | null, number | null][] = [
    ['A', 'Chi cân đối NSĐP', 7_252_650, 5_674_190],
    ['I', 'Chi đầu tư phát triển', 2_038_300, 412_000],
    ['II', 'Chi thường xuyên', 5_214_350, 5_262_190],
    [null, 'Trong đó:', null, null],
    ['1', 'Chi giáo dục - đào tạo và dạy nghề', 1_425_600, education],
    ['2', 'Chi khoa học và công nghệ', 38_900, null],
  ];
  const body = rows
    .filter((_, i) => withTotal || i > 0)
    .map(([no, name, d, e], i): TestCell[] => {
      const r = i + 5;
      if (d === null) return [no, name, null, null, null];
      const sum = d + (e ?? 0);
      return [no, name, formulaTotals ? `=D${r}+E${r}|${sum}` : sum, d, e];
    });
  return [
    ['Đơn vị: Triệu đồng'],
    ['STT', 'Nội dung', 'Ngân sách địa phương', 'Chia ra', null],
    [null, null, null, 'Ngân sách cấp tỉnh', 'Ngân sách huyện'],
    ['A', 'B', '1=2+3', '2', '3'],
    ...body,
  ];
}
const check = (...args: Parameters<typeof table>) => checkSheet(gridOf(table(...args), { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2'] })).findings;
const fixes = (list: Finding[]) => list.filter((f) => f.fix).map((f) => [f.cell, f.severity, f.fix!.value]);

describe('a lone "Trong đó" part well past a whole that the totals confirm', () => {
  it('the consistent table has no finding', () => {
    expect(check(3_120_450, true).filter((f) => f.severity !== 'info')).toEqual([]);
    expect(check(3_120_450, false).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a zero too many, the row total a formula that follows it: the part is located with its fix (a warning), both wholes follow it', () => {
    const list = check(31_204_500, true);
    expect(list.find((f) => f.rule === 'budget/root-cause')).toMatchObject({ cell: 'E9', severity: 'warning', messageId: 'budgetRootPowerOfTen' });
    expect(fixes(list)).toEqual([['E9', 'warning', '3120450']]);
    // The wholes (NS huyện and, through =D9+E9, NSĐP) are its consequences.
    expect(list.filter((f) => f.rule === 'budget/children-sum').map((f) => [f.cell, Boolean(f.causeId)])).toEqual([
      ['C7', true],
      ['E7', true],
    ]);
  });

  it('a zero too many, the row total typed from it: the part and the total added up from it are fixed, as warnings', () => {
    const list = check(31_204_500, false);
    expect(fixes(list)).toEqual([
      ['E9', 'warning', '3120450'],
      ['C9', 'warning', '4546050'],
    ]);
    expect(list.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('no total confirms the whole: the whole may be the cell that is off, so nothing is fixed', () => {
    const list = check(31_204_500, true, false);
    expect(list.some((f) => f.rule === 'budget/children-sum' && f.severity === 'warning')).toBe(true);
    expect(fixes(list)).toEqual([]);
  });

  it('a part only a little past its confirmed whole (a digit slip, not a zero too many) gets no fix', () => {
    expect(fixes(check(6_120_450, true))).toEqual([]);
  });
});
