import type { Citation, Milestone, NationalTarget } from '../../data/national-targets';
import { Decimal, formatDecimal, type NumberQuantity } from '../../numbers';
import type { Rule } from '../rule';
import { fold } from '../../text';
import { itemRows, phraseMatcher } from './cells';
import { isWorse } from './direction';
import { nationalTargetFor } from './national';
import { unitKindOfRow, type UnitKind } from './units';

const BOUND_SIGNS: Record<NonNullable<Milestone['bound']>, string> = { '<': '< ', '<=': '≤ ', '>': '> ', '>=': '≥ ' };

/** Message ids by the indicator's unit, so each language writes `35%`, `52/100.000` or `1,7 lần` its own way. */
const UNIT_SUFFIX: Record<NationalTarget['unit'], string> = { '%': 'Percent', ratio: 'Ratio', times: 'Times' };

/** The message that cites each document by its title and number. */
const SOURCE_MESSAGES: Record<Citation, string> = {
  nq28: 'valuesNationalTargetSourceNq28',
  'nq28-lang-son': 'valuesNationalTargetSourceNq28LangSon',
  qd2351: 'valuesNationalTargetSourceQd2351',
  hd3002: 'valuesNationalTargetSourceHd3002',
  'qd2351-hd3002': 'valuesNationalTargetSourceQd2351Hd3002',
  'na1046-hd3002': 'valuesNationalTargetSourceNa1046Hd3002',
};

/** Documents whose value a province set, the national strategy naming none. */
const ADOPTED: ReadonlySet<Citation> = new Set(['hd3002', 'na1046-hd3002']);

/** A milestone's value as a Decimal, made once for the catalogue's constant milestones: every row matching an entry is held against one. */
function milestoneValue(milestone: Milestone): Decimal {
  let value = milestoneValues.get(milestone);
  if (value === undefined) milestoneValues.set(milestone, (value = new Decimal(milestone.value)));
  return value;
}

const milestoneValues = new WeakMap<Milestone, Decimal>();

/** With no unit column, a label that says it is a share (`Tỷ lệ …`) is taken as one. */
const isShareLabel = phraseMatcher(['ty le', 'share', 'percentage', 'proportion', 'rate']);

/** The target on the entry's scale, or undefined when the row's unit (`unit`: its kind, unitKindOfRow) is not the entry's. */
function onEntryScale(quantity: NumberQuantity, entry: NationalTarget, unit: UnitKind | undefined, label: string): Decimal | undefined {
  if (entry.unit === '%') {
    // `Số doanh nghiệp do nữ làm chủ` counts enterprises: not the national share of them.
    if (unit ? unit !== 'percent' : !quantity.percent && !isShareLabel(fold(label))) return undefined;
    return quantity.per ? quantity.value.div(quantity.per).times(100) : quantity.value;
  }
  if (entry.unit === 'times') return unit && unit !== 'times' ? undefined : quantity.per ? undefined : quantity.value;
  if (unit === 'count' || unit === 'times') return undefined;
  return quantity.per ? quantity.value.div(quantity.per).times(entry.per!) : quantity.value;
}

/**
 * A target weaker than the national strategy's target for its period: a target of 2011–2020 is
 * held against the 2011–2020 strategy (Decision 2351/QĐ-TTg), one of 2021 or later against the
 * 2021–2030 strategy (Resolution 28/NQ-CP), at the strategy's first milestone at or after the
 * target's year (2017 → 2020, 2024 → 2025). The note cites the document the value comes from.
 * Info only: a province may keep its own value, with a reason.
 */
export const rule: Rule = {
  meta: {
    id: 'values/national-target',
    severity: 'info',
    comparesToReference: true,
    kinds: ['indicator'],
    messageIds: [
      ...['National', 'Adopted'].flatMap((whose) =>
        ['Higher', 'Lower'].flatMap((side) => Object.values(UNIT_SUFFIX).map((unit) => `values${whose}Target${side}${unit}`)),
      ),
      ...Object.values(SOURCE_MESSAGES),
    ],
    description: 'A target weaker than the national gender-equality strategy’s target for that period.',
  },
  check(context) {
    const targets = context.table.columns.filter((c) => c.role === 'target' && c.year !== undefined);
    for (const row of itemRows(context.table)) {
      // Made only for a row with a weaker target: most rows have none.
      let weaker: { col: number; year: number; value: Decimal; bound?: Milestone['bound']; found: NonNullable<ReturnType<typeof nationalTargetFor>> }[] | undefined;
      for (let t = 0; t < targets.length; t++) {
        const target = targets[t];
        const found = nationalTargetFor(row.label, target.year!);
        if (!found) continue;
        const quantity = context.quantity(row.row, target.col);
        if (quantity.kind !== 'number') continue;
        const value = onEntryScale(quantity, found.entry, unitKindOfRow(context, row), row.label);
        if (value && isWorse(value, milestoneValue(found.milestone), found.entry.better)) (weaker ??= []).push({ col: target.col, year: target.year!, value, bound: quantity.bound === '~' ? undefined : quantity.bound, found });
      }
      if (weaker === undefined) continue;
      const [first, ...others] = weaker;
      const { entry, milestone } = first.found;
      const params: Record<string, string> = {
        year: String(first.year),
        milestoneYear: String(milestone.year),
        national: milestone.value,
        bound: milestone.bound ? BOUND_SIGNS[milestone.bound] : '',
        target: formatDecimal(first.value),
        targetBound: first.bound ? BOUND_SIGNS[first.bound] : '',
        per: entry.per !== undefined ? String(entry.per) : '',
      };
      if (milestone.provincial) {
        params.provincial = milestone.provincial;
        // Provincial values are whole shares or ratios per 100: written the same in both languages.
        params.provincialUnit = entry.unit === '%' ? '%' : entry.unit === 'ratio' ? `/${entry.per}` : '';
      }
      const source = milestone.source ?? entry.source;
      context.report({
        // A value only provinces set (Hải Dương, Nghệ An) is not called national.
        messageId: `values${ADOPTED.has(source) ? 'Adopted' : 'National'}Target${entry.better === 'lower' ? 'Lower' : 'Higher'}${UNIT_SUFFIX[entry.unit]}`,
        at: { row: row.row, col: first.col },
        related: others.map((w) => ({ row: row.row, col: w.col })),
        expected: milestone.value,
        actual: formatDecimal(first.value),
        params,
        explanation: { messageId: SOURCE_MESSAGES[source], params: {} },
      });
    }
  },
};
