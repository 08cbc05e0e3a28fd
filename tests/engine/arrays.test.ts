import { grown, lender } from '../../src/engine/arrays';

describe('grown', () => {
  it('keeps the type and the elements, and zeroes the rest', () => {
    const ints = grown(Int32Array.from([3, -4]), 4);
    expect(ints).toBeInstanceOf(Int32Array);
    expect([...ints]).toEqual([3, -4, 0, 0]);
    const doubles = grown(Float64Array.from([0.5]), 2);
    expect(doubles).toBeInstanceOf(Float64Array);
    expect([...doubles]).toEqual([0.5, 0]);
    expect([...grown(Uint8Array.from([7]), 3)]).toEqual([7, 0, 0]);
  });
});

describe('lender', () => {
  it('lends zeroed arrays again once the work that borrowed them ends', () => {
    const first = lender.during(() => {
      const ints = lender.int32(1000);
      ints.fill(7);
      return ints.buffer;
    });
    lender.during(() => {
      const again = lender.int32(900);
      // The same memory, cleared: nothing of the earlier work shows through.
      expect(again.buffer).toBe(first);
      expect(again.length).toBe(900);
      expect(again.every((v) => v === 0)).toBe(true);
      // Two arrays lent at once never share memory.
      expect(lender.float64(100).buffer).not.toBe(again.buffer);
    });
  });

  it('takes back what nested work borrowed when it ends, and what work that throws borrowed', () => {
    lender.during(() => {
      const outer = lender.uint8(5000);
      const inner = lender.during(() => lender.uint8(5000).buffer);
      expect(inner).not.toBe(outer.buffer);
      // The inner work's array is free again; the outer one is still lent.
      expect(lender.uint8(5000).buffer).toBe(inner);
    });
    let lent: ArrayBufferLike | undefined;
    expect(() =>
      lender.during(() => {
        lent = lender.int32(3000).buffer;
        throw new Error('bad table');
      }),
    ).toThrow('bad table');
    expect(lender.during(() => lender.int32(3000).buffer)).toBe(lent);
  });

  it('makes a new array outside any work, and keeps no buffer too large to hold on to', () => {
    const outside = lender.uint8(1000);
    expect(outside.length).toBe(1000);
    expect(lender.during(() => lender.uint8(1000).buffer)).not.toBe(outside.buffer);
    const huge = lender.during(() => lender.float64(3_000_000).buffer);
    expect(lender.during(() => lender.float64(3_000_000).buffer)).not.toBe(huge);
  });
});

describe('lender.grown', () => {
  it('lends the bigger array, with the elements and type of the smaller', () => {
    lender.during(() => {
      const ints = lender.int32(3);
      ints.set([5, -6, 7]);
      const bigger = lender.grown(ints, 5000);
      expect(bigger).toBeInstanceOf(Int32Array);
      expect([...bigger.subarray(0, 4)]).toEqual([5, -6, 7, 0]);
      expect(bigger.length).toBe(5000);
      expect(lender.grown(Float64Array.from([0.25]), 2)).toEqual(Float64Array.from([0.25, 0]));
      expect(lender.grown(Uint8Array.from([9]), 2)).toEqual(Uint8Array.from([9, 0]));
    });
  });
});
