import { fold, hasPhrase } from '../text';
import type { ColumnInfo, TableKind } from '../types';
import { HEADER_WORDS, sourceOf, yearsOf } from './keywords';
import type { UnitKind } from './unit-kind';

/** A column's role from its header lines alone; `year` columns are settled once the kind is known. */
type Draft = ColumnInfo & { yearOnly?: boolean };

export function columnFromHeader(col: number, lines: string[]): Draft {
  const header = lines.join(' / ');
  const folded = fold(header);
  const lowest = fold(lines[lines.length - 1] ?? '');
  const years = yearsOf(folded);
  const base = { col, header };
  if (lines.length === 0) return { ...base, role: 'other' };
  if ((HEADER_WORDS.number as readonly string[]).includes(lowest) || (HEADER_WORDS.number as readonly string[]).includes(folded)) {
    return { ...base, role: 'number' };
  }
  if (hasPhrase(folded, HEADER_WORDS.unit)) return { ...base, role: 'unit' };
  if (hasPhrase(folded, HEADER_WORDS.agency)) return { ...base, role: 'agency' };
  if (hasPhrase(folded, HEADER_WORDS.note)) return { ...base, role: 'note' };
  // The lowest line: `Đánh giá kết quả năm 2024` over `KH | TH | Đạt/Không đạt` names the group, not each column.
  if (hasPhrase(lowest, HEADER_WORDS.evaluation)) return { ...base, role: 'evaluation', ...(years.length > 0 ? { year: years[years.length - 1] } : {}) };

  const source = sourceOf(lowest) ?? (lines.length === 1 ? undefined : sourceOf(folded));
  const isPeriod = years.length > 1 || hasPhrase(folded, HEADER_WORDS.period);
  if (source && !hasPhrase(lowest, HEADER_WORDS.name)) {
    const scope = years.length === 1 && !isPeriod ? 'year' : 'period';
    return { ...base, role: 'amount', source, scope, ...(scope === 'year' ? { year: years[0] } : {}) };
  }
  if (years.length > 0) {
    const year = years[years.length - 1];
    if (hasPhrase(folded, HEADER_WORDS.result)) return { ...base, role: 'baseline', year };
    if (hasPhrase(folded, HEADER_WORDS.target)) return { ...base, role: 'target', year };
  }
  if (hasPhrase(folded, HEADER_WORDS.name)) return { ...base, role: 'name' };
  if (years.length > 0) return { ...base, role: 'other', year: years[years.length - 1], yearOnly: true };
  return { ...base, role: 'other' };
}

/**
 * Budget when amounts by source are there; indicator when targets, results or units are. Plan and
 * result columns (`Kế hoạch`, `Thực hiện`) are a budget's amounts when the unit is money (unitKindOf),
 * an indicator's values otherwise (`%`, `người`, `/100`).
 */
export function classify(columns: Draft[], moneyUnit: boolean, unitKind?: UnitKind): TableKind {
  const amounts = columns.filter((c) => c.role === 'amount').length;
  const yearOnly = columns.filter((c) => c.yearOnly).length;
  const indicatorColumns = columns.filter((c) => c.role === 'target' || c.role === 'baseline' || c.role === 'unit').length;
  if (amounts >= 2 || (amounts >= 1 && moneyUnit)) return 'budget';
  if (unitKind === 'money' && columns.some((c) => c.role === 'target' || c.role === 'baseline' || c.yearOnly)) return 'budget';
  if (indicatorColumns >= 1) return 'indicator';
  if (yearOnly >= 2 && moneyUnit) return 'budget';
  if (yearOnly >= 1) return 'indicator';
  return 'other';
}

/**
 * Settles what the header alone left open: a bare `Năm 2021` is a budget amount in a budget table
 * and a target in an indicator grid; a result column is a `result` when a target of the same year
 * stands beside it, otherwise the `baseline` the targets are held against.
 */
export function settleColumns(columns: Draft[], kind: TableKind): ColumnInfo[] {
  const targetYears = new Set(columns.filter((c) => c.role === 'target').map((c) => c.year));
  return columns.map(({ yearOnly, ...column }) => {
    if (yearOnly && kind === 'budget') return { ...column, role: 'amount', source: 'total', scope: 'year' };
    // `Kế hoạch 2024 | Thực hiện 2024` in triệu đồng: each a year's amount (dự toán, quyết toán).
    if ((column.role === 'target' || column.role === 'baseline') && kind === 'budget') {
      return { ...column, role: 'amount', source: 'total', scope: 'year' };
    }
    if (yearOnly && kind === 'indicator') return { ...column, role: 'target' };
    if (column.role === 'baseline' && targetYears.has(column.year)) return { ...column, role: 'result' };
    return column;
  });
}
