import type { Catalog } from './catalog';
import { common } from './catalog/common';
import { budget } from './catalog/budget';
import { indicator } from './catalog/indicator';
import { values } from './catalog/values';
import type { Finding, Lang, Notice, Params } from '../types';

const groups: Catalog[] = [common, budget, indicator, values];

export const messages: Catalog = {
  vi: Object.assign({}, ...groups.map((g) => g.vi)),
  en: Object.assign({}, ...groups.map((g) => g.en)),
};

/**
 * Fills `{name}` placeholders. Numbers in params are plain decimal strings (`1770.5`); they are
 * shown in the reader's convention: `1.770,5` in Vietnamese, `1,770.5` in English.
 */
export function render(messageId: string, params: Params, lang: Lang): string {
  const template = messages[lang][messageId] ?? messages.en[messageId] ?? messageId;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(value)) return formatNumber(String(value), lang);
    // A list of cells with the value each needs (`G5 → 6100000; G6 → 4600000`): the values in the reader's convention too.
    return value.replace(/→ (-?\d+(?:\.\d+)?)/g, (_arrow, plain: string) => `→ ${formatNumber(plain, lang)}`);
  });
}

/** `1234567.5` → `1.234.567,5` (vi) or `1,234,567.5` (en). Years and short numbers stay as they are. */
export function formatNumber(plain: string, lang: Lang): string {
  const negative = plain.startsWith('-');
  const [whole, fraction] = (negative ? plain.slice(1) : plain).split('.');
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;
  return `${negative ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

export interface RenderedFinding {
  message: string;
  explanation?: string;
}

export function renderFinding(finding: Finding, lang: Lang): RenderedFinding {
  const params = { ...finding.params, cell: finding.cell, expected: finding.expected ?? '', actual: finding.actual ?? '', difference: finding.difference ?? '' };
  return {
    message: render(finding.messageId, params, lang),
    explanation: finding.explanation ? render(finding.explanation.messageId, { ...params, ...finding.explanation.params }, lang) : undefined,
  };
}

export function renderNotice(notice: Notice, lang: Lang): string {
  return render(notice.messageId, { sheet: notice.sheet ?? '', ...notice.params }, lang);
}
