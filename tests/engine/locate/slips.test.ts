import fc from 'fast-check';
import { slipOf, slipOfWhole } from '../../../src/engine/locate/slips';
import { Decimal } from '../../../src/engine/numbers';

describe('typing slips', () => {
  it('names each kind of slip between a written and an intended amount', () => {
    expect(slipOfWhole(1530, 1350)).toBe('SwappedDigits');
    expect(slipOfWhole(1540, 1350)).toBeUndefined();
    expect(slipOfWhole(1390, 1350)).toBe('OneDigit');
    expect(slipOfWhole(50_000, 50)).toBe('ThousandTimes');
    expect(slipOfWhole(-50, 50)).toBe('Sign');
    expect(slipOfWhole(500, 50)).toBe('PowerOfTen');
    // A power of ten with the sign flipped is two slips (found by the property below).
    expect(slipOf(new Decimal(-2), new Decimal(20))).toBeUndefined();
    expect(slipOfWhole(700, 350, 700, 12)).toBe('CopiedValue');
    // A copy that would also flip the sign is two slips: 50 beside 50 is no copy of −199,750.
    expect(slipOfWhole(50, -199_750, 50)).toBeUndefined();
    expect(slipOf(new Decimal(50), new Decimal(-199_750), [new Decimal(50)])).toBeUndefined();
    // An empty cell tells no typing story.
    expect(slipOfWhole(0, 2)).toBeUndefined();
    expect(slipOf(new Decimal(0), new Decimal(2))).toBeUndefined();
  });

  it('on whole amounts, the allocation-free reading agrees with the decimal one', () => {
    const power = (scale: number) => fc.integer({ min: 1, max: 9 }).chain((d) => fc.integer({ min: 0, max: 6 }).map((k) => scale * d * 10 ** k));
    // Any amount, and the shifts of one digit (d × 10^k) and of two swapped digits (9 × d × 10^k), either sign.
    const amount = fc.oneof(fc.integer({ min: -99_999_999, max: 99_999_999 }), power(1), power(-1), power(9), power(-9));
    fc.assert(
      fc.property(amount, amount, fc.array(amount, { maxLength: 2 }), (written, shift, neighbours) => {
        const intended = written + shift;
        const decimal = slipOf(new Decimal(written), new Decimal(intended), neighbours.map((n) => new Decimal(n)));
        expect(slipOfWhole(written, intended, neighbours[0], neighbours[1])).toBe(decimal);
      }),
      { numRuns: 5000 },
    );
  });
});
