import { forgetLastEntries, WeakMemo } from '../../src/engine/memo';

describe('WeakMemo', () => {
  it('answers each key with its own value, whichever was asked for last', () => {
    const memo = new WeakMemo<object, number[]>();
    const a = {};
    const b = {};
    const forA = [1];
    const forB = [2];
    expect(memo.get(a)).toBeUndefined();
    memo.set(a, forA);
    memo.set(b, forB);
    expect(memo.get(a)).toBe(forA);
    expect(memo.get(a)).toBe(forA);
    expect(memo.get(b)).toBe(forB);
    expect(memo.get({})).toBeUndefined();
    // A key asked for last and then set again answers the new value.
    const again = [3];
    memo.set(b, again);
    expect(memo.get(b)).toBe(again);
    // Once the check ends the last entry is dropped, and the map still answers.
    forgetLastEntries();
    expect(memo.get(b)).toBe(again);
    expect(memo.get(a)).toBe(forA);
  });
});
