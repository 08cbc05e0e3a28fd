import { Decimal } from '../numbers';

/**
 * The typing slips that turn an intended amount into the written one (Scholtus 2009, "Automatic
 * correction of simple typing errors in numerical data with balance edits"): two adjacent digits
 * swapped, one digit wrong, a power of ten (an amount typed in another unit), a sign, a value
 * copied from the cell beside it. `Product`: no typing slip but a figure its own row gives, an amount
 * whose right value is its row's quantity × unit price (`Thành tiền`, rules/budget/product.ts).
 */
export type SlipKind = 'SwappedDigits' | 'OneDigit' | 'ThousandTimes' | 'Thousandth' | 'PowerOfTen' | 'Sign' | 'CopiedValue' | 'Product';

/** The powers of ten other than a thousand (which has its own names) that an amount typed in another unit is off by. */
const POWERS = [10, 100, 10_000, 100_000, 1_000_000];

/** The slip that explains `written` where `intended` belongs, if one does; `neighbours` are the cells beside it. */
export function slipOf(written: Decimal, intended: Decimal, neighbours: Decimal[] = []): SlipKind | undefined {
  // An empty cell (or a 0) tells no typing story: nothing, or no digit worth the name, was typed.
  if (written.equals(intended) || intended.isZero() || written.isZero()) return undefined;
  if (written.equals(intended.negated())) return 'Sign';
  if (written.equals(intended.times(1000))) return 'ThousandTimes';
  if (written.times(1000).equals(intended)) return 'Thousandth';
  // Signed: a power of ten that also flips the sign is two slips, not one.
  const ratio = written.dividedBy(intended);
  for (const power of POWERS) {
    if (ratio.equals(power) || ratio.equals(new Decimal(1).dividedBy(power))) return 'PowerOfTen';
  }
  if (written.isNegative() === intended.isNegative()) {
    const a = written.abs().toFixed();
    const b = intended.abs().toFixed();
    if (a.length === b.length) {
      const differing: number[] = [];
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing.push(i);
      if (differing.length === 2 && differing[1] === differing[0] + 1 && a[differing[0]] === b[differing[1]] && a[differing[1]] === b[differing[0]] && !a.includes('.', differing[0]) === !b.includes('.', differing[0])) {
        if (a[differing[0]] !== '.' && a[differing[1]] !== '.') return 'SwappedDigits';
      }
      if (differing.length === 1 && a[differing[0]] !== '.' && b[differing[0]] !== '.') return 'OneDigit';
    }
  }
  // A copy keeps the sign of what it replaced: one that also flips it is two slips (a 50 copied where −199,750 belongs is no slip).
  if (written.isNegative() === intended.isNegative() && neighbours.some((n) => n.equals(written) && !n.isZero())) return 'CopiedValue';
  return undefined;
}

/**
 * slipOf for whole amounts held as doubles (safe integers), without allocating: the same answers,
 * for the thousands of cells under one total that a typing slip must tell apart. `left`, `right`:
 * the amounts beside it (0 when empty or none).
 */
export function slipOfWhole(written: number, intended: number, left = 0, right = 0): SlipKind | undefined {
  if (written === intended || intended === 0 || written === 0) return undefined;
  if (written === -intended) return 'Sign';
  if (written === intended * 1000) return 'ThousandTimes';
  if (written * 1000 === intended) return 'Thousandth';
  for (let k = 0; k < POWERS.length; k++) {
    if (written === intended * POWERS[k] || written * POWERS[k] === intended) return 'PowerOfTen';
  }
  // No other difference needs the digits compared (most cells under one total are ruled out here).
  if (isDigitShaped(Math.abs(written - intended)) && written < 0 === intended < 0) {
    const kind = digitSlip(Math.abs(written), Math.abs(intended));
    if (kind) return kind;
  }
  if (written < 0 !== intended < 0) return undefined;
  return copiedBeside(written, left, right) ? 'CopiedValue' : undefined;
}

/** Whether a cell beside holds the written amount, not 0 (a value copied from the next column). */
function copiedBeside(written: number, left: number, right: number): boolean {
  return (left !== 0 && left === written) || (right !== 0 && right === written);
}

/**
 * What slipOfWhole can find for one change `step` (intended − written), worked out once for the
 * thousands of cells a hypothesis's members are: the only written amounts a sign or a power of ten
 * allows (w = −step / 2, w = −1000 step / 999, …), and whether the difference has a digit slip's
 * shape (every cell's difference is |step|). `mayBe` is false only where slipOfWhole(written,
 * written + step, left, right) is undefined.
 */
export class WholeSlipSieve {
  private readonly open: boolean;
  private readonly digitShaped: boolean;
  /** Whether step × 10^6 is exact: past it, the doubles slipOfWhole compares are not, and nothing is sieved. */
  private readonly exact: boolean;
  private readonly written: number[];

  constructor(private readonly step: number) {
    this.digitShaped = isDigitShaped(Math.abs(step));
    this.exact = Number.isSafeInteger(step * 1_000_000);
    this.open = this.digitShaped || !this.exact;
    const written = [-step / 2, (-1000 * step) / 999, step / 999];
    for (const power of POWERS) written.push((-power * step) / (power - 1), step / (power - 1));
    this.written = written.filter((w) => Number.isSafeInteger(w) && w !== 0);
  }

  mayBe(written: number, left: number, right: number): boolean {
    // Past 2^53 the sum written + step is rounded, and slipOfWhole compares what it rounds to: nothing is sieved.
    return this.open || !Number.isSafeInteger(written + this.step) || (written !== 0 && (left === written || right === written)) || this.written.includes(written);
  }

  /**
   * slipOfWhole(written, written + step, left, right), for each of the thousands of members of one
   * hypothesis: where step × 10^6 and written + step are exact, a written amount no sign or power
   * of ten allows is asked only whether its digits or a neighbour tell the slip.
   */
  slipOf(written: number, left: number, right: number): SlipKind | undefined {
    const intended = written + this.step;
    // A digit-shaped step lets every cell through the sieve (mayBe): the digits are compared at once.
    if (this.digitShaped && this.exact && Number.isSafeInteger(intended) && !this.written.includes(written)) {
      if (written === 0 || intended === 0 || written < 0 !== intended < 0) return undefined;
      return digitSlip(Math.abs(written), Math.abs(intended)) ?? (copiedBeside(written, left, right) ? 'CopiedValue' : undefined);
    }
    return this.mayBe(written, left, right) ? slipOfWhole(written, intended, left, right) : undefined;
  }
}

/**
 * Two whole amounts (≥ 0) of as many digits that differ in one digit, or in two adjacent digits
 * swapped; read with arithmetic, not as text: asked of every cell under a total.
 */
function digitSlip(a: number, b: number): 'SwappedDigits' | 'OneDigit' | undefined {
  let count = 0;
  // Places from the right of the differing digits, and their digits in a and in b.
  let place = 0;
  let firstPlace = -1;
  let firstA = 0;
  let firstB = 0;
  let secondPlace = -1;
  let secondA = 0;
  let secondB = 0;
  for (; a > 0 && b > 0; place++) {
    const da = a % 10;
    const db = b % 10;
    if (da !== db) {
      if (++count > 2) return undefined;
      if (count === 1) (firstPlace = place), (firstA = da), (firstB = db);
      else (secondPlace = place), (secondA = da), (secondB = db);
    }
    a = (a - da) / 10;
    b = (b - db) / 10;
  }
  // Not as many digits.
  if (a > 0 || b > 0) return undefined;
  if (count === 2 && secondPlace === firstPlace + 1 && firstA === secondB && secondA === firstB) return 'SwappedDigits';
  return count === 1 ? 'OneDigit' : undefined;
}

/** Whether a difference is a digit slip's: one digit changes an amount by d × 10^k, two adjacent digits swapped by 9 × d × 10^k. */
function isDigitShaped(difference: number): boolean {
  return singleDigitTimesPowerOfTen(difference) || (difference % 9 === 0 && singleDigitTimesPowerOfTen(difference / 9));
}

/** Whether n is d × 10^k for a digit d from 1 to 9. */
function singleDigitTimesPowerOfTen(n: number): boolean {
  if (n <= 0 || !Number.isSafeInteger(n)) return false;
  while (n % 10 === 0) n /= 10;
  return n <= 9;
}

/**
 * The typing slip whose intended amount lies within `allowance` of `needed`, though not on it: in a
 * table rounded elsewhere, the identities a slip breaks also carry their rounding residue, so the
 * value they pin is a little off the amount typed before the slip (the Ministry of Finance's tables
 * are full of ±1). Whole amounts held as doubles; the intended amount is whole too. In slipOf's
 * order of kinds; undefined when none is that near.
 */
export function slipNearWhole(written: number, needed: number, allowance: number): { kind: SlipKind; intended: number } | undefined {
  if (written === 0 || !(allowance > 0) || !Number.isSafeInteger(written)) return undefined;
  const near = (intended: number) => intended !== 0 && intended !== written && Number.isSafeInteger(intended) && Math.abs(intended - needed) <= allowance;
  if (near(-written)) return { kind: 'Sign', intended: -written };
  if (written % 1000 === 0 && near(written / 1000)) return { kind: 'ThousandTimes', intended: written / 1000 };
  if (near(written * 1000)) return { kind: 'Thousandth', intended: written * 1000 };
  for (const power of POWERS) {
    if (written % power === 0 && near(written / power)) return { kind: 'PowerOfTen', intended: written / power };
    if (near(written * power)) return { kind: 'PowerOfTen', intended: written * power };
  }
  const sign = written < 0 ? -1 : 1;
  const digits = String(Math.abs(written));
  for (let i = 0; i + 1 < digits.length; i++) {
    if (digits[i] === digits[i + 1] || (i === 0 && digits[1] === '0')) continue;
    const swapped = sign * Number(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
    if (near(swapped)) return { kind: 'SwappedDigits', intended: swapped };
  }
  // One digit, at place `unit`, moved by k: the k that lands nearest the needed amount.
  for (let place = 0, unit = 1; place < digits.length; place++, unit *= 10) {
    const digit = digits.charCodeAt(digits.length - 1 - place) - 48;
    const k = Math.round((sign * needed - Math.abs(written)) / unit);
    const moved = digit + k;
    if (k === 0 || moved < 0 || moved > 9 || (moved === 0 && place === digits.length - 1 && place > 0)) continue;
    const intended = sign * (Math.abs(written) + k * unit);
    if (near(intended)) return { kind: 'OneDigit', intended };
  }
  return undefined;
}
