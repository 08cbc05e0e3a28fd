import { checkSheet } from '../../../src/engine/check';
import type { Finding, Report, SheetGrid } from '../../../src/engine/types';
import { gridOf, type TestCell } from '../grid';
import { applyRootFixes, expectFixesResolve } from './recheck';

/**
 * The walk through formula totals (locate/adjoint.ts) on the shapes where its shortcuts could part
 * from a plain cell-by-cell walk: the typed cells under one SUM walked as one slot (a leaf block)
 * while one of them is also reached another way, members listed in sheet order though the walk
 * meets them in another, and the flags of a total over many rows kept by column. Each table's
 * answer here is the one a cell-by-cell walk gives.
 */

/** `STT | <name> | Tổng số | Chia ra: NSTW, NSĐP` (merge D2:E2) under its unit line; rows from 4. */
const header = (name: string): TestCell[][] => [['Đơn vị tính: triệu đồng'], ['STT', name, 'Tổng số', 'Chia ra', null], [null, null, null, 'NSTW', 'NSĐP']];

/** The grid with every plain-sum formula's cached value worked out as Excel would (formulas are written without one). */
const computed = (rows: TestCell[][]): SheetGrid => applyRootFixes(gridOf(rows, { merges: ['D2:E2'] }), { findings: [] } as unknown as Report);

const roots = (list: Finding[]) => list.filter((f) => f.rule === 'budget/root-cause');

describe('the walk through formula totals', () => {
  // Every `Tổng số` is =SUM(Dr:Er) but one, typed over its formula; NSTW and NSĐP of project I are
  // SUMs of its items. A slip in that row's NSTW reaches the typed row total directly and its
  // parent's SUM (a leaf block) too: the block's cells are not alike, and the walk must say so.
  const overwritten = (slipped: number): TestCell[][] => {
    const items = [
      [120, 30],
      [140, 60],
      [75, 25],
      [210, 90],
      [55, 45],
    ];
    const rows = header('Nội dung');
    rows.push(['I', 'Dự án 1', '=SUM(D4:E4)', '=SUM(D5:D9)', '=SUM(E5:E9)']);
    items.forEach(([d, e], k) => rows.push([`${k + 1}`, `Hoạt động ${k + 1}`, k === 1 ? d + e : `=SUM(D${5 + k}:E${5 + k})`, k === 1 ? slipped : d, e]));
    rows.push(['II', 'Dự án 2', '=SUM(D10:E10)', 300, 200]);
    const d = items.reduce((sum, [value]) => sum + value, 0);
    const e = items.reduce((sum, [, value]) => sum + value, 0);
    rows.push([null, 'Tổng cộng', d + e + 500, d + 300, e + 200]);
    return rows;
  };

  it('an item under a SUM that a typed row total also adds: located by its slip, not by a story that sees it only through the SUM', () => {
    expect(checkSheet(computed(overwritten(140))).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const grid = computed(overwritten(410));
    const list = checkSheet(grid).findings;
    expect(roots(list)).toMatchObject([{ cell: 'D6', messageId: 'budgetRootSwappedDigits', fix: { cell: 'D6', value: '140' }, params: { count: 4, totals: 'C4, C6, C11, D11' } }]);
    expect(list.filter((f) => f.fix && !f.causeId).map((f) => f.fix!.cell)).toEqual(['D6']);
    expectFixesResolve(grid);
  });

  it('an item off by no typing slip there: its typed row total pins it among the items its SUM adds alike', () => {
    const list = checkSheet(computed(overwritten(177))).findings;
    expect(roots(list)).toMatchObject([{ cell: 'D6', messageId: 'budgetRootValue', fix: { cell: 'D6', value: '140' }, params: { count: 4 } }]);
  });

  // Project I adds two sub-projects (12 items each), project II its 12 items directly: the walk from
  // the typed grand total meets II's items before I's, a level nearer. The cells listed are still
  // the first in sheet order.
  it('"one of" 36 items met out of sheet order lists the first 24 in sheet order', () => {
    const rows = header('Nội dung');
    const line = (no: string, name: string, d: TestCell = null, e: TestCell = null) => {
      const row = rows.length + 1;
      rows.push([no, name, `=SUM(D${row}:E${row})`, d, e]);
      return row;
    };
    const items = (prefix: string, parent: number) => {
      const first = rows.length + 1;
      for (let i = 1; i <= 12; i++) line(`${prefix}${i}`, `Hoạt động ${prefix}${i}`, 10 * (rows.length + 1), 5);
      rows[parent - 1][3] = `=SUM(D${first}:D${rows.length})`;
      rows[parent - 1][4] = `=SUM(E${first}:E${rows.length})`;
    };
    const project1 = line('I', 'Dự án 1');
    const part1 = line('1', 'Tiểu dự án 1');
    items('1.', part1);
    const part2 = line('2', 'Tiểu dự án 2');
    items('2.', part2);
    rows[project1 - 1][3] = `=D${part1}+D${part2}`;
    rows[project1 - 1][4] = `=E${part1}+E${part2}`;
    items('', line('II', 'Dự án 2'));
    const typed = rows.filter((row) => typeof row[3] === 'number');
    const d = typed.reduce((sum, row) => sum + (row[3] as number), 0);
    rows.push([null, 'Tổng cộng', d + 5 * typed.length, d, 5 * typed.length]);
    rows[9][3] = (rows[9][3] as number) + 37; // D10: 100, off by 37 (no typing slip)
    const list = checkSheet(computed(rows)).findings;
    const root = list.find((f) => f.messageId === 'budgetRootOneOf')!;
    expect(root.params).toMatchObject({ count: 36, totals: 'C44, D44' });
    const sheetOrder = [...Array.from({ length: 12 }, (_, i) => `D${6 + i}`), ...Array.from({ length: 12 }, (_, i) => `D${19 + i}`)];
    expect(root.cells).toEqual(sheetOrder);
    // At the first total that does not add up, not at a candidate (which may well be right).
    expect(root.cell).toBe('C44');
  });

  // `n` communes typed, a `Cộng` line whose NSTW and NSĐP are SUMs and whose `Tổng số` is typed, a
  // typed `Tổng cộng`. Commune 7's `Tổng số` is 37 too many, carried into both totals of `Tổng số`.
  // Its NSTW and NSĐP each break the typed `Tổng cộng` of their column, which holds: neither is a
  // slip on its own, but each is one mistake with that total added up from it (carriedValues), as
  // is the `Tổng số` with its two. Past 16 communes those flags are kept by column; the answer must not change.
  it.each([10, 20])('cells under a typed total of %i rows that holds are no slip on their own (its flags kept by column past 16)', (n) => {
    const rows = header('Tên đơn vị');
    let d = 0;
    let e = 0;
    for (let k = 1; k <= n; k++) {
      const [nstw, nsdp] = [100 + 10 * k, 50 + k];
      rows.push([`${k}`, `Xã ${k}`, nstw + nsdp + (k === 7 ? 37 : 0), nstw, nsdp]);
      d += nstw;
      e += nsdp;
    }
    const sum = rows.length + 1;
    rows.push([null, 'Cộng', d + e + 37, `=SUM(D4:D${sum - 1})`, `=SUM(E4:E${sum - 1})`]);
    rows.push([null, 'Tổng cộng', d + e + 37, d, e]);
    const list = checkSheet(computed(rows)).findings;
    const total = sum + 1;
    expect(roots(list)).toMatchObject([{ messageId: 'budgetRootOneOf', cell: 'C10', params: { count: 3, totals: `C10, C${sum}, C${total}` } }]);
    expect(roots(list)[0].cells).toEqual(['C10', 'D10', 'E10']);
    expect(list.filter((f) => f.fix)).toEqual([]);
  });
});
