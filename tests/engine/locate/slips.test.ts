import fc from 'fast-check';
import { slipNearWhole, slipOf, slipOfWhole, WholeSlipSieve } from '../../../src/engine/locate/slips';
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

  it('the sieve for one change lets through every cell whose written amount a slip explains', () => {
    // The cases a sieve must keep: a sign, ×1000 and ÷1000, other powers of ten, digits, a copy; and any amount.
    const kinds = [(n: number) => -n, (n: number) => n * 1000, (n: number) => n / 1000, (n: number) => n * 100_000, (n: number) => n / 10, (n: number) => n];
    const amount = fc.integer({ min: -99_999_999, max: 99_999_999 });
    fc.assert(
      fc.property(amount, fc.nat(kinds.length - 1), amount, amount, fc.boolean(), (intended, kind, other, beside, copied) => {
        let written = kinds[kind](intended);
        if (!Number.isSafeInteger(written) || kind === kinds.length - 1) written = other;
        const left = copied ? written : beside;
        const step = intended - written;
        if (!Number.isSafeInteger(step)) return;
        if (slipOfWhole(written, intended, left, beside) !== undefined) expect(new WholeSlipSieve(step).mayBe(written, left, beside)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    // What it exists for: a change of 11 (no digit slip's shape) rules out every cell but a copy of
    // the cell beside it and the few amounts a sign or a power of ten needs.
    expect(new WholeSlipSieve(11).mayBe(1234, 5, 6)).toBe(false);
    expect(new WholeSlipSieve(11).mayBe(1234, 1234, 6)).toBe(true);
    expect(new WholeSlipSieve(-1998).mayBe(999, 0, 0)).toBe(true); // 999 where −999 belongs: a sign
    // A change of a digit's shape (7) rules nothing out: any cell may have one digit off.
    expect(new WholeSlipSieve(7).mayBe(1234, 0, 0)).toBe(true);
  });

  it("the sieve's own answer for a cell is slipOfWhole's, digit slips among them", () => {
    const swapped = (n: number, at: number) => {
      const digits = String(Math.abs(n)).split('');
      const i = at % Math.max(1, digits.length - 1);
      if (digits.length > 1) [digits[i], digits[i + 1]] = [digits[i + 1], digits[i]];
      return Math.sign(n) * Number(digits.join(''));
    };
    const oneDigit = (n: number, at: number) => n + (at % 9 === 0 ? 1 : at % 9) * 10 ** (at % 6);
    const kinds = [(n: number) => -n, (n: number) => n * 1000, (n: number) => n * 100, swapped, oneDigit, (n: number, at: number) => n + at];
    const amount = fc.integer({ min: -99_999_999, max: 99_999_999 });
    fc.assert(
      fc.property(amount, fc.nat(kinds.length - 1), fc.nat(40), amount, amount, fc.boolean(), (intended, kind, at, other, beside, copied) => {
        // Each cell of a group moves by the same step: the slip's, tried on the slipped cell and on another.
        const slipped = kinds[kind](intended, at);
        const step = intended - slipped;
        if (!Number.isSafeInteger(slipped) || !Number.isSafeInteger(step) || step === 0) return;
        for (const written of [slipped, other]) {
          const left = copied ? written : beside;
          if (!Number.isSafeInteger(written + step)) continue;
          expect(new WholeSlipSieve(step).slipOf(written, left, beside)).toBe(slipOfWhole(written, written + step, left, beside));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('the sieve answers as slipOfWhole for whole amounts past 2^53, where written + step is rounded', () => {
    // 2^60 + 2 is 2^60 as a double: slipOfWhole sees no change (a copy beside it is no slip), and neither may the sieve.
    expect(slipOfWhole(2 ** 60, 2 ** 60 + 2, 2 ** 60)).toBeUndefined();
    expect(new WholeSlipSieve(2).slipOf(2 ** 60, 2 ** 60, 0)).toBeUndefined();
    const step = fc.oneof(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }).map((d) => 9 * d), fc.integer({ min: -99_999, max: 99_999 }));
    const large = fc.tuple(fc.integer({ min: 1, max: 2 ** 20 }), fc.integer({ min: 33, max: 50 }), fc.boolean()).map(([m, e, negative]) => (negative ? -1 : 1) * m * 2 ** e);
    fc.assert(
      fc.property(large, step, fc.boolean(), fc.boolean(), (written, change, copiedLeft, copiedRight) => {
        const left = copiedLeft ? written : 0;
        const right = copiedRight ? written : 0;
        expect(new WholeSlipSieve(change).slipOf(written, left, right)).toBe(slipOfWhole(written, written + change, left, right));
      }),
      { numRuns: 3000 },
    );
  });

  it('a slip within rounding: the nearest typing story whose amount lies within the allowance of the needed one', () => {
    // 983,072 typed ×1000 where the identities, rounded elsewhere, pin 983,071.8.
    expect(slipNearWhole(983_072_000, 983_071.8, 2.5)).toEqual({ kind: 'ThousandTimes', intended: 983_072 });
    expect(slipNearWhole(893_072, 983_071.8, 2.5)).toEqual({ kind: 'SwappedDigits', intended: 983_072 });
    expect(slipNearWhole(-16_000, -61_001, 1.5)).toEqual({ kind: 'SwappedDigits', intended: -61_000 });
    expect(slipNearWhole(764_914, 774_913, 1.5)).toEqual({ kind: 'OneDigit', intended: 774_914 });
    expect(slipNearWhole(61_000, -61_000.4, 1)).toEqual({ kind: 'Sign', intended: -61_000 });
    // Past the allowance, or with no allowance (an exact table), no story.
    expect(slipNearWhole(983_072_000, 983_069, 2.5)).toBeUndefined();
    expect(slipNearWhole(983_072_000, 983_071.8, 0)).toBeUndefined();
    // One digit moves within 0–9 and never leaves a leading zero; an amount never becomes 0.
    expect(slipNearWhole(1_000, 0.4, 0.5)).toBeUndefined();
    expect(slipNearWhole(95_000, 5_000, 1)).toBeUndefined();
  });

  it('a slip within rounding is a typing slip of the written amount, and lies within the allowance', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 1, max: 30 }), (written, needed, tenths) => {
        const allowance = tenths / 10;
        const near = slipNearWhole(written, needed, allowance);
        if (!near) return;
        expect(Math.abs(near.intended - needed)).toBeLessThanOrEqual(allowance);
        expect(slipOfWhole(written, near.intended)).toBe(near.kind);
      }),
      { numRuns: 5000 },
    );
  });
});
