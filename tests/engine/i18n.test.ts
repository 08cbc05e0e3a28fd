import { formatNumber, messages, render } from '../../src/engine/i18n';
import { allRules } from '../../src/engine/rules';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('says one total and two totals in English (`{count:total|totals}`)', () => {
    const params = { written: '412', intended: '142', totals: 'C12' };
    expect(render('budgetRootSwappedDigits', { ...params, count: 1 }, 'en')).toContain('it breaks 1 total (C12)');
    expect(render('budgetRootSwappedDigits', { ...params, count: 2 }, 'en')).toContain('it breaks 2 totals (C12)');
    expect(render('budgetRootSwappedDigits', { ...params, count: 1 }, 'vi')).toContain('nó làm sai 1 ô tổng (C12)');
  });

  it('have the same message ids in Vietnamese and English, with the same placeholders', () => {
    expect(Object.keys(messages.vi).sort()).toEqual(Object.keys(messages.en).sort());
    for (const id of Object.keys(messages.vi)) {
      expect({ id, placeholders: placeholders(messages.vi[id]) }).toEqual({ id, placeholders: placeholders(messages.en[id]) });
    }
  });

  it('hold every message id that a rule can report', () => {
    const ids = allRules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of allRules) {
      for (const messageId of rule.meta.messageIds) {
        expect({ rule: rule.meta.id, messageId, vi: messageId in messages.vi, en: messageId in messages.en }).toEqual({
          rule: rule.meta.id,
          messageId,
          vi: true,
          en: true,
        });
      }
    }
  });

  it('shows numbers in the reader’s convention', () => {
    expect(formatNumber('1234567.5', 'vi')).toBe('1.234.567,5');
    expect(formatNumber('1234567.5', 'en')).toBe('1,234,567.5');
    expect(formatNumber('-20', 'vi')).toBe('-20');
    // Four-digit amounts are grouped as budget documents write them; years are params of their own, shown as written.
    expect(formatNumber('2082', 'vi')).toBe('2.082');
    expect(render('valuesTargetMet', { year: '2017', result: '50', target: '49' }, 'en')).toContain('2017');
    expect(render('noTable', { sheet: 'Kinh phí' }, 'vi')).toBe('Không tìm thấy bảng chỉ tiêu hay bảng kinh phí nào trong trang tính “Kinh phí”.');
  });

  it('shows what the sheet names things by as written: a header typed as a bare year, a row numbered 1.2, a sheet named 2025', () => {
    const backward = { target: '“Over 99”', earlier: '99.4', targetHeader: '2030', earlierHeader: '2029' };
    expect(render('valuesTargetBackwardHigher', backward, 'vi')).toContain('Chỉ tiêu “2030” ghi “Over 99”, thấp hơn chỉ tiêu “2029” (99,4)');
    expect(render('valuesTargetBackwardHigher', backward, 'en')).toContain('“2030”');
    expect(render('budgetChildrenSum', { rowName: '1.2', column: '2013', expected: '1770', actual: '1750' }, 'vi')).toBe(
      'Dòng 1.2 phải bằng tổng các dòng con ở cột “2013”: 1.770, nhưng ô ghi 1.750.',
    );
    expect(render('noTable', { sheet: '2025' }, 'en')).toContain('“2025”');
  });

  it('shows the values a list of candidate cells needs in the reader’s convention, not as plain decimals (`206391.156589` reads as a whole number in Vietnamese)', () => {
    const params = { count: 2, candidates: 'K36 → 206391.156589; L36 → -2317' };
    expect(render('budgetCauseOneOf', params, 'vi')).toContain('K36 → 206.391,156589; L36 → -2.317');
    expect(render('budgetCauseOneOf', params, 'en')).toContain('K36 → 206,391.156589; L36 → -2,317');
  });
});
