import { grown } from '../../src/engine/arrays';

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
