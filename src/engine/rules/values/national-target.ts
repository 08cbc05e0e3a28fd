import type { Citation, Milestone, NationalTarget } from '../../data/national-targets';
import { Decimal, formatDecimal, type NumberQuantity } from '../../numbers';
import type { ColumnInfo } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { fold } from '../../text';
import { itemRows, numberShown, phraseMatcher } from './cells';
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
 * target's year (2017 → 2020, 2024 → 2025). The finding cites the document the value comes from.
 * A target for the milestone's own year weaker than it is a warning (the reference data's rule:
 * weaker than the national one for the same year), a note in a report of that year's results (the
 * target was set before); an earlier year's, a note, and only
 * where the row sets no target for a later year up to the milestone (that one is held against it).
 * A province may keep its own value, with a reason.
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
    const resultYears = new Set(context.table.columns.filter((c) => c.role === 'result').map((c) => c.year));
    for (const row of itemRows(context.table)) {
      // Made only for a row with a weaker target: most rows have none.
      let weaker: Weaker[] | undefined;
      for (let t = 0; t < targets.length; t++) {
        const target = targets[t];
        const found = nationalTargetFor(row.label, target.year!);
        if (!found) continue;
        if (target.year! < found.milestone.year && laterTargetSet(context, row.row, targets, target.year!, found.milestone.year)) continue;
        // A cell formatted as a percentage shows 0.6 as 60%: the national 60% is held against what it shows.
        const quantity = numberShown(context, row.row, target.col);
        if (!quantity) continue;
        const value = onEntryScale(quantity, found.entry, unitKindOfRow(context, row), row.label);
        if (value && isWorse(value, milestoneValue(found.milestone), found.entry.better)) (weaker ??= []).push({ col: target.col, year: target.year!, value, bound: quantity.bound === '~' ? undefined : quantity.bound, found });
      }
      if (weaker === undefined) continue;
      // The milestone's own year is a target weaker than the national one for the same year: a
      // warning, each on its own, in a plan being set; a report of that year's results only notes it.
      const due = weaker.filter((w) => w.year === w.found.milestone.year);
      for (const w of due) reportWeaker(context, row.row, w, [], resultYears.has(w.year) ? 'info' : 'warning');
      const ahead = weaker.filter((w) => w.year !== w.found.milestone.year);
      if (ahead.length > 0) reportWeaker(context, row.row, ahead[0], ahead.slice(1), 'info');
    }
  },
};

/**
 * Whether the row sets a target for a later year up to the milestone's (2027 or 2030 where the
 * milestone is 2030): that one is held against it, and the years before are the plan's way there
 * (a 2026 target below the 2030 level is no weaker target).
 */
function laterTargetSet(context: RuleContext, row: number, targets: ColumnInfo[], year: number, milestoneYear: number): boolean {
  for (const other of targets) if (other.year! > year && other.year! <= milestoneYear && context.quantity(row, other.col).kind === 'number') return true;
  return false;
}

/** A target column of a row weaker than the national milestone its year is held against. */
interface Weaker {
  col: number;
  year: number;
  value: Decimal;
  bound?: Milestone['bound'];
  found: NonNullable<ReturnType<typeof nationalTargetFor>>;
}

/** Reports a weaker target (`others`: the row's further weaker columns, as related cells). */
function reportWeaker(context: RuleContext, row: number, first: Weaker, others: Weaker[], severity: 'warning' | 'info'): void {
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
    at: { row, col: first.col },
    related: others.map((w) => ({ row, col: w.col })),
    expected: milestone.value,
    actual: formatDecimal(first.value),
    params,
    explanation: { messageId: SOURCE_MESSAGES[source], params: {} },
    ...(severity === 'warning' ? { severity } : {}),
  });
}
