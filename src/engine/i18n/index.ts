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

/** `{count:total|totals}`: the first form where the param is 1, the second otherwise (English nouns after a count). */
const PLURAL = /\{(\w+):([^{}|]*)\|([^{}]*)\}/g;

/**
 * Fills `{name}` placeholders (and `{name:one|other}`, PLURAL). Numbers in params are plain decimal strings (`1770.5`); they are
 * shown in the reader's convention: `1.770,5` in Vietnamese, `1,770.5` in English.
 */
export function render(messageId: string, params: Params, lang: Lang): string {
  const template = (messages[lang][messageId] ?? messages.en[messageId] ?? messageId).replace(PLURAL, (_whole, name: string, one: string, other: string) => (Number(params[name]) === 1 ? one : other));
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(value)) return isLabel(name) ? String(value) : formatNumber(String(value), lang, !UNGROUPED.has(name));
    // A list of cells with the value each needs (`G5 → 6100000; G6 → 4600000`): the values in the reader's convention too.
    return value.replace(/→ (-?\d+(?:\.\d+)?)/g, (_arrow, plain: string) => `→ ${formatNumber(plain, lang)}`);
  });
}

/**
 * Params that are labels, not quantities, shown as written: years (`2025`), row and column numbers
 * (`1.2` is item 2 of 1, not one and a fifth), and the names the sheet gives things: a row's name
 * (`rowName`: its number `1.2`, or its sheet row), a sheet's (`2025`), a column's header (`column`,
 * `header`, `targetHeader`, `planColumn`…), which a grid often types as a bare year (`2030`): quoted as
 * “2.030” it would name no column of the sheet.
 */
const LABELS = new Set(['year', 'milestoneYear', 'number', 'previous', 'should', 'missing', 'before', 'after', 'last', 'label', 'rowName', 'sheet', 'column', 'header']);

/** LABELS, and every param named for a column's header (`baselineHeader`, `investmentColumn`). */
function isLabel(name: string): boolean {
  return LABELS.has(name) || name.endsWith('Header') || name.endsWith('Column');
}
/** The two readings of an ambiguous number (`1040` against `1,04`): not grouped, or the first would read as the very text in doubt. */
const UNGROUPED = new Set(['vi', 'en']);

/**
 * `1234567.5` → `1.234.567,5` (vi) or `1,234,567.5` (en); `2082` → `2.082`, as budget documents
 * write four-digit amounts (`grouping` false: `2082`). Years are params of their own (LABELS), never passed here.
 */
export function formatNumber(plain: string, lang: Lang, grouping = true): string {
  const negative = plain.startsWith('-');
  const [whole, fraction] = (negative ? plain.slice(1) : plain).split('.');
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = grouping && whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;
  return `${negative ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

export interface RenderedFinding {
  message: string;
  explanation?: string;
}

export function renderFinding(finding: Finding, lang: Lang): RenderedFinding {
  // A message's own `expected` wins: a row's sum today, where `Đúng ra` shows what the fix writes (locate/findings.ts).
  const params = { cell: finding.cell, expected: finding.expected ?? '', actual: finding.actual ?? '', difference: finding.difference ?? '', ...finding.params };
  return {
    message: render(finding.messageId, params, lang),
    explanation: finding.explanation ? render(finding.explanation.messageId, { ...params, ...finding.explanation.params }, lang) : undefined,
  };
}

export function renderNotice(notice: Notice, lang: Lang): string {
  return render(notice.messageId, { sheet: notice.sheet ?? '', ...notice.params }, lang);
}
