import fc from 'fast-check';
import { conventionTold, Decimal, formatDecimal, inTableUnit, numberOf, readCell, readText, type Quantity } from '../../src/engine/numbers';

/** The quantity with decimals as plain strings, so expectations read like the cells. */
function plain(quantity: Quantity): Record<string, unknown> {
  return JSON.parse(JSON.stringify(quantity, (_key, value) => (value instanceof Decimal ? value.toFixed() : value)));
}

describe('readText: Vietnamese and English text numbers', () => {
  it.each([
    ['3.600.000đ', '3600000', 1],
    ['3.600.000 đồng', '3600000', 1],
    ['1.500.000 VNĐ', '1500000', 1],
    ['350 triệu', '350', 1e6],
    ['350tr', '350', 1e6],
    ['2,5 tỷ đồng', '2.5', 1e9],
    ['120 nghìn đồng', '120', 1e3],
    ['(105.000) triệu', '-105000', 1e6],
  ])('%s is the figure %s written with its unit of money (%d đồng a unit)', (text, value, money) => {
    expect(plain(readText(text, 'vi'))).toMatchObject({ kind: 'number', value, money });
  });

  it.each([
    ["'1.500", '1500'],
    ["' 2.231", '2231'],
    ['2.231\u200b', '2231'],
    ['\u200b\u200b1.234,5', '1234.5'],
    ['\u00a01\u00a0500\u00a0', '1500'],
  ])('%j, as a copy from a web page or a text-formatted paste leaves it, is the number %s', (text, value) => {
    expect(plain(readText(text, 'vi'))).toMatchObject({ kind: 'number', value });
  });

  it("keeps an apostrophe before words, and a quote that is no prefix, as words: 'Dự án 1, 1'5", () => {
    expect(readText("'Dự án 1").kind).toBe('words');
    expect(readText("1'5").kind).toBe('words');
  });

  it.each(['2 đợt', '10 đ/kg', 'Dự án 1', '3 người', '12 tháng'])('%s is no amount of money', (text) => {
    const quantity = readText(text, 'vi');
    expect(quantity.kind === 'number' && quantity.money !== undefined).toBe(false);
  });

  it('gives a figure written with its unit in the table’s unit: 350 triệu is 350,000,000 đồng, 2,5 tỷ is 2.500 triệu', () => {
    const read = (text: string) => readText(text, 'vi') as Extract<Quantity, { kind: 'number' }>;
    expect(inTableUnit(read('350 triệu'), 1).toFixed()).toBe('350000000');
    expect(inTableUnit(read('2,5 tỷ'), 1e6).toFixed()).toBe('2500');
    expect(inTableUnit(read('350 triệu'), undefined).toFixed()).toBe('350');
    expect(inTableUnit(read('1.234'), 1).toFixed()).toBe('1234');
  });

  it.each([
    ['16,21', '16.21', 'vi'],
    ['1.234.567,5', '1234567.5', 'vi'],
    ['1.234.567', '1234567', 'vi'],
    ['0,5', '0.5', 'vi'],
    ['42.86', '42.86', 'en'],
    ['1,234.5', '1234.5', 'en'],
    ['1,234,567', '1234567', 'en'],
    ['100', '100', 'plain'],
    ['-5', '-5', 'plain'],
  ])('%s is %s, written the %s way', (text, value, notation) => {
    expect(plain(readText(text))).toEqual({ kind: 'number', value, notation });
  });

  it('reads 1.040 as one thousand and forty by default and in Vietnamese, 1.04 in English, and says both', () => {
    const readings = { vi: '1040', en: '1.04' };
    expect(plain(readText('1.040'))).toEqual({ kind: 'number', value: '1040', notation: 'ambiguous', readings });
    expect(plain(readText('1.040', 'vi'))).toMatchObject({ value: '1040' });
    expect(plain(readText('1.040', 'en'))).toEqual({ kind: 'number', value: '1.04', notation: 'ambiguous', readings });
  });

  it('reads 1,200 as 1.2 the Vietnamese way and 1200 the English way', () => {
    expect(plain(readText('1,200'))).toMatchObject({ value: '1.2', notation: 'ambiguous', readings: { vi: '1.2', en: '1200' } });
    expect(plain(readText('1,200', 'en'))).toMatchObject({ value: '1200' });
  });

  it('reads an unambiguous number the same way whatever the table convention', () => {
    expect(plain(readText('16,21', 'en'))).toMatchObject({ value: '16.21', notation: 'vi' });
    expect(plain(readText('42.86', 'vi'))).toMatchObject({ value: '42.86', notation: 'en' });
  });

  it('reads a leading 0 before three digits as a decimal only: no thousands group starts with 0', () => {
    expect(plain(readText('0,630', 'en'))).toMatchObject({ value: '0.63', notation: 'vi' });
    expect(plain(readText('(0,630)'))).toMatchObject({ value: '-0.63', notation: 'vi' });
    expect(plain(readText('0.630', 'vi'))).toMatchObject({ value: '0.63', notation: 'en' });
    expect(conventionTold('0,630')).toBe('vi');
    expect(conventionTold('(0,630)')).toBe('vi');
  });

  it('reads a figure marked with its footnote (`1.401.700(1)`, `112.450(*)`) as the figure, and keeps the marker', () => {
    expect(plain(readText('1.401.700(1)'))).toMatchObject({ value: '1401700', notation: 'vi', footnote: '(1)' });
    expect(plain(readText('112.450 (*)'))).toMatchObject({ value: '112450', notation: 'ambiguous', footnote: '(*)' });
    expect(plain(readText('16,5**'))).toMatchObject({ value: '16.5', footnote: '**' });
    // Before the figure, spaced from it, as a published total row marks it.
    expect(plain(readText('(1)     419.278.223'))).toMatchObject({ value: '419278223', footnote: '(1)' });
    expect(readText('(1) ghi chú').kind).toBe('words');
    // A figure's own bracket is a negative, a marker alone is no figure, a percentage keeps its sign.
    expect(plain(readText('(1.234)'))).toMatchObject({ value: '-1234' });
    expect(readText('(1)')).toEqual({ kind: 'notAvailable' });
    expect(readText('Dự án (1)')).toEqual({ kind: 'words', text: 'Dự án (1)' });
    expect(readText('12 (abc)')).toEqual({ kind: 'words', text: '12 (abc)' });
  });

  it('reads an accounting negative in brackets', () => {
    expect(plain(readText('(1.200)'))).toMatchObject({ value: '-1200', notation: 'ambiguous' });
    expect(plain(readText('(16,5)'))).toMatchObject({ value: '-16.5', notation: 'vi' });
  });
});

describe('readText: nothing, not available, words, errors', () => {
  it.each(['-', '–', '', '   '])('%j is nothing', (text) => expect(readText(text)).toEqual({ kind: 'empty' }));
  it.each(['...', '…', 'n/a'])('%s is not available', (text) => expect(readText(text)).toEqual({ kind: 'notAvailable' }));
  it.each(['Giảm thiếu tối đa', 'dưới 45 tuổi', '25/100 trẻ/năm', '2016-2020', '12 abc', '1.2.3,4,5'])('%s is words', (text) => {
    expect(readText(text)).toEqual({ kind: 'words', text });
  });
  it('reads Excel error text as an error', () => {
    expect(readText('#N/A')).toEqual({ kind: 'error', error: '#N/A' });
    expect(readText('#DIV/0!')).toEqual({ kind: 'error', error: '#DIV/0!' });
  });
});

describe('readText: ratios, bounds, percentages', () => {
  it('reads a ratio as its numerator per its denominator', () => {
    expect(plain(readText('113/100'))).toEqual({ kind: 'number', value: '113', notation: 'plain', per: '100' });
    expect(plain(readText('16/ 100.000'))).toEqual({ kind: 'number', value: '16', notation: 'plain', per: '100000' });
    // The words that name what each side counts, as plans write the sex ratio at birth and maternal mortality.
    expect(plain(readText('112 trẻ trai/100 trẻ gái'))).toEqual({ kind: 'number', value: '112', notation: 'plain', per: '100' });
    expect(plain(readText('111,5 trẻ trai/100 trẻ gái'))).toMatchObject({ value: '111.5', per: '100' });
    expect(plain(readText('25/100 trẻ'))).toMatchObject({ value: '25', per: '100' });
    expect(plain(readText('<45 ca/100.000 trẻ đẻ sống'))).toMatchObject({ value: '45', per: '100000', bound: '<' });
    // A figure over a word with no figure is no ratio: `2 lớp/năm` stays words.
    expect(readText('2 lớp/năm')).toEqual({ kind: 'words', text: '2 lớp/năm' });
    expect(readText('12 tháng/năm')).toEqual({ kind: 'words', text: '12 tháng/năm' });
  });

  it('reads the denominator as a whole number even in an English table (100.000 is not 100)', () => {
    expect(plain(readText('16/ 100.000', 'en'))).toMatchObject({ value: '16', per: '100000' });
  });

  it('keeps the numerator’s notation: 11,8/100 is written the Vietnamese way', () => {
    expect(plain(readText('11,8/100', 'en'))).toEqual({ kind: 'number', value: '11.8', notation: 'vi', per: '100' });
  });

  it.each([
    ['<52/ 100.000', { value: '52', per: '100000', bound: '<' }],
    ['>= 40', { value: '40', bound: '>=' }],
    ['≤ 1,7', { value: '1.7', bound: '<=' }],
    ['dưới 25', { value: '25', bound: '<' }],
    ['duoi 25', { value: '25', bound: '<' }],
    ['trên 90', { value: '90', bound: '>' }],
    ['không vượt quá 1,7', { value: '1.7', bound: '<=' }],
    ['tối đa 25', { value: '25', bound: '<=' }],
    ['ít nhất 40%', { value: '40', bound: '>=', percent: true }],
    ['từ 40% trở lên', { value: '40', bound: '>=', percent: true }],
    ['40% trở lên', { value: '40', bound: '>=', percent: true }],
    ['5 trở xuống', { value: '5', bound: '<=' }],
    ['at least 40%', { value: '40', bound: '>=', percent: true }],
    ['under 18/1.000', { value: '18', per: '1000', bound: '<' }],
    ['khoảng 50', { value: '50', bound: '~' }],
  ])('%s is a bound', (text, expected) => {
    expect(plain(readText(text))).toMatchObject({ kind: 'number', ...expected });
  });

  it('reads dưới typed without precomposed letters (NFD) like the usual form', () => {
    expect(plain(readText('dưới 25'.normalize('NFD')))).toMatchObject({ value: '25', bound: '<' });
  });

  it('reads a percent sign, and a per mille sign as per 1,000', () => {
    expect(plain(readText('45%'))).toEqual({ kind: 'number', value: '45', notation: 'plain', percent: true });
    expect(plain(readText('12,5 %'))).toMatchObject({ value: '12.5', notation: 'vi', percent: true });
    expect(plain(readText('5‰'))).toEqual({ kind: 'number', value: '5', notation: 'plain', per: '1000' });
    expect(plain(readText('5%o'))).toMatchObject({ value: '5', per: '1000' });
  });

  it('does not read a zero denominator as a ratio', () => {
    expect(readText('5/0')).toEqual({ kind: 'words', text: '5/0' });
  });
});

describe('readCell', () => {
  it('reads typed numbers, booleans, errors and empty cells', () => {
    expect(plain(readCell({ value: 12.5 }))).toEqual({ kind: 'number', value: '12.5', notation: 'typed' });
    expect(plain(readCell({ value: 1040, numberFormat: '#,##0' }))).toMatchObject({ value: '1040', notation: 'typed' });
    expect(readCell({ value: Number.NaN })).toEqual({ kind: 'error', error: '#NUM!' });
    expect(readCell({ value: true })).toEqual({ kind: 'words', text: 'true' });
    expect(readCell({ value: { error: '#REF!' } })).toEqual({ kind: 'error', error: '#REF!' });
    expect(readCell(undefined)).toEqual({ kind: 'empty' });
    expect(readCell({ value: null })).toEqual({ kind: 'empty' });
    expect(readCell({ value: '' })).toEqual({ kind: 'empty' });
  });

  it('reads text in the given convention', () => {
    expect(plain(readCell({ value: '1.040' }, 'en'))).toMatchObject({ value: '1.04' });
    expect(plain(readCell({ value: '1.040' }, 'vi'))).toMatchObject({ value: '1040' });
  });
});

describe('numberOf and formatDecimal', () => {
  it('gives a bare number only: not a ratio, a bound or words', () => {
    expect(numberOf({ value: '1.040' })?.toFixed()).toBe('1040');
    expect(numberOf({ value: 7 })?.toFixed()).toBe('7');
    expect(numberOf({ value: '113/100' })).toBeUndefined();
    expect(numberOf({ value: '<52' })).toBeUndefined();
    expect(numberOf({ value: 'Giảm thiểu tối đa' })).toBeUndefined();
    expect(numberOf(undefined)).toBeUndefined();
  });

  it('writes decimals plainly, with no exponent and no trailing zeros', () => {
    expect(formatDecimal(new Decimal('1770.50'))).toBe('1770.5');
    expect(formatDecimal(new Decimal('1e21'))).toBe('1000000000000000000000');
    expect(formatDecimal(new Decimal('0.1').plus('0.2'))).toBe('0.3');
  });
});

describe('property: any number written either way reads back exactly', () => {
  const grouped = (digits: string, mark: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, mark);
  it('reads n written the Vietnamese way and the English way as n', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 1, max: 99 }), (whole, fraction) => {
        const expected = new Decimal(`${whole}.${String(fraction).padStart(2, '0')}`);
        const digits = whole.toString();
        const vi = readText(`${grouped(digits, '.')},${String(fraction).padStart(2, '0')}`, 'vi');
        const en = readText(`${grouped(digits, ',')}.${String(fraction).padStart(2, '0')}`, 'en');
        return vi.kind === 'number' && vi.value.equals(expected) && en.kind === 'number' && en.value.equals(expected);
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => ['number', 'empty', 'notAvailable', 'words', 'error'].includes(readText(text).kind)));
  });
});

describe('readText: denominators written the English way', () => {
  it('reads 16/100,000 as per one hundred thousand, not per 100', () => {
    expect(plain(readText('16/100,000'))).toMatchObject({ value: '16', per: '100000' });
    expect(plain(readText('16/100,000', 'en'))).toMatchObject({ value: '16', per: '100000' });
    expect(plain(readText('0,5/1.000'))).toMatchObject({ value: '0.5', per: '1000' });
  });
});

describe('conventionTold: what a text number says of its convention, as readText reads it', () => {
  /** readText's own answer: its notation where it tells a convention, `ambiguous` only with two readings. */
  function byReadText(text: string): string | undefined {
    const quantity = readText(text);
    if (quantity.kind !== 'number') return undefined;
    if (quantity.notation === 'vi' || quantity.notation === 'en') return quantity.notation;
    return quantity.notation === 'ambiguous' && quantity.readings ? 'ambiguous' : undefined;
  }

  it.each([
    ['16,21', 'vi'],
    ['42.86', 'en'],
    ['1.040', 'ambiguous'],
    ['1,200', 'ambiguous'],
    ['0.000', undefined],
    ['1234,567', 'vi'],
    ['100', undefined],
    ['1.234.567,5', 'vi'],
    ['11,8/100', 'vi'],
    [' 45,3 ', 'vi'],
    ['Tăng 5,2', undefined],
  ])('%s tells %s', (text, told) => {
    expect(conventionTold(text)).toBe(told);
    expect(byReadText(text)).toBe(told);
  });

  it('agrees with readText on digits with one mark between them, and on any text', () => {
    const mark = fc.constantFrom('.', ',');
    const digits = fc.stringMatching(/^[0-9]{1,6}$/);
    fc.assert(fc.property(digits, mark, digits, (whole, m, fraction) => conventionTold(`${whole}${m}${fraction}`) === byReadText(`${whole}${m}${fraction}`)));
    fc.assert(fc.property(fc.string(), (text) => conventionTold(text) === byReadText(text)));
  });
});
