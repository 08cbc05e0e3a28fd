import { Decimal } from '../../../../src/engine/numbers';
import type { Rule } from '../../../../src/engine/rules/rule';
import { holdsOther, isNegativeTyped, isPercentTyped, nearestAt, nearestJsNumber, typedColumn, typedIn, typedNumber } from '../../../../src/engine/rules/values/typed';
import { findingsOf, gridOf } from '../../grid';
import { viHeader } from './tables';

/** The next double above `x` (x finite, not the largest). */
function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x === 0 ? 0 : x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, x >= 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

describe('values/typed', () => {
  it('gives a Decimal its nearest JS number, the same when asked again', () => {
    for (const text of ['45.23', '0.1', '123456789.123456789123', '-0', '1e-400']) {
      const value = new Decimal(text);
      expect(Object.is(nearestJsNumber(value), value.toNumber())).toBe(true);
      expect(Object.is(nearestJsNumber(value), value.toNumber())).toBe(true);
    }
  });

  it('orders typed numbers as JS numbers exactly as their Decimals, neighbouring doubles and whole constants included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const values = [0, -0, 1, 100, 0.1 + 0.2, 0.3, 1e-320, 5e-324, 1e21, 123456789.123, -42.86, 99.99999999999999, 100.00000000000001];
    for (let i = 0; i < 300; i++) values.push(Math.round(random() * 1e6) / 100 - 2000, (random() - 0.5) * 10 ** (Math.floor(random() * 40) - 20));
    for (const v of [...values]) values.push(nextUp(v));
    const disagreeing: unknown[] = [];
    for (const a of values) {
      for (const b of [...values.slice(0, 40), 0, 1, 100]) {
        if ((a < b ? -1 : a > b ? 1 : 0) !== new Decimal(a).cmp(new Decimal(b))) disagreeing.push([a, b]);
      }
      if (isNegativeTyped(a) !== new Decimal(a).isNegative()) disagreeing.push(a);
    }
    expect(disagreeing).toEqual([]);
    expect(values.length).toBeGreaterThan(1000);
  });

  it('reads only typed numbers, as the rule context shows the cell: not text, not a cell a merged area covers', () => {
    const read: unknown[] = [];
    const probe: Rule = {
      meta: { id: 'test/probe', severity: 'info', kinds: ['indicator'], messageIds: [], description: '' },
      check(context) {
        for (const row of [1, 2, 3]) for (const col of [3, 4]) read.push([typedNumber(context, row, col), isPercentTyped(context, row, col)]);
      },
    };
    const grid = gridOf(
      [viHeader, ['1', 'Tỷ lệ nữ', '%', 40.5, { value: 0.45, numberFormat: '0%' }, null], ['2', 'Tỷ lệ nam', '%', '59,5', 60, null], ['3', 'Tỷ lệ chung', '%', 50, null, null]],
      { merges: ['D4:E4'] },
    );
    findingsOf(grid, [probe]);
    expect(read).toEqual([[40.5, false], [0.45, true], [undefined, false], [60, false], [50, false], [undefined, false]]);
  });

  it('reads a column once into arrays that say what typedNumber says, which other cells hold something, and keep a text number\'s nearest JS number', () => {
    const read: unknown[] = [];
    const probe: Rule = {
      meta: { id: 'test/probe', severity: 'info', kinds: ['indicator'], messageIds: [], description: '' },
      check(context) {
        for (const col of [3, 4]) {
          const column = typedColumn(context, col);
          for (const row of [1, 2, 3, 4]) {
            const quantity = context.quantity(row, col);
            const nearest = quantity.kind === 'number' && quantity.notation !== 'typed' ? nearestAt(column, row, quantity.value) : undefined;
            read.push([typedNumber(context, row, col) ?? NaN, typedIn(column, context, row, col), holdsOther(column, row), nearest]);
          }
        }
        // Below the table the arrays do not say: typedIn reads the cell (none), holdsOther cannot tell.
        const column = typedColumn(context, 3);
        read.push([typedIn(column, context, 10, 3), holdsOther(column, 10)]);
      },
    };
    const grid = gridOf(
      [viHeader, ['1', 'Tỷ lệ nữ', '%', 40.5, '0,1'], ['2', 'Tỷ lệ nam', '%', '59,5', true], ['3', 'Tỷ lệ chung', '%', null, 60], ['4', 'Tỷ lệ', '%', 50, 'x']],
      { merges: ['D4:E4'] },
    );
    findingsOf(grid, [probe]);
    expect(read).toEqual([
      [40.5, 40.5, false, undefined],
      [NaN, NaN, true, 59.5],
      [NaN, NaN, false, undefined],
      [50, 50, false, undefined],
      [NaN, NaN, true, 0.1],
      [NaN, NaN, true, undefined],
      // E4 lies under the merged area D4:E4: the context shows it empty.
      [NaN, NaN, false, undefined],
      [NaN, NaN, true, undefined],
      [NaN, true],
    ]);
  });
});
