import { HEADER_WORDS, yearsOf } from '../../detect/keywords';
import { formatDecimal } from '../../numbers';
import { fold, hasPhrase } from '../../text';
import type { ColumnInfo, FundingSource } from '../../types';
import type { FindingDraft, Rule } from '../rule';
import { formulaSum } from './formula-refs';
import { readerOf, rowName } from './model';

/** What a column of a public-investment plan holds. */
type Kind = 'investment' | 'allocated' | 'plan';

interface PlanColumn {
  column: ColumnInfo;
  kind: Kind;
  source: FundingSource;
  /** Years its header names (`đến hết năm 2024`, `Kế hoạch năm 2025`). */
  years: number[];
}

/**
 * In a public-investment plan (`Danh mục dự án`), a project's allocation so far (`Lũy kế vốn đã bố
 * trí`) cannot exceed its approved total investment (`Tổng mức đầu tư`, `TMĐT`), nor can the
 * allocation so far and this year's plan (`Kế hoạch năm 2025`) together: the columns of one source
 * are compared (`Trong đó: NSĐP` with `Trong đó: NSĐP`), the totals with the totals. Only projects
 * (item rows without children); a group's sums follow from its projects. The rule cannot tell
 * which figure is wrong: no fix.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/allocation-exceeds-investment',
    severity: 'warning',
    kinds: ['budget'],
    messageIds: ['budgetAllocatedExceedsInvestment', 'budgetPlanExceedsInvestment', 'budgetPlanAloneExceedsInvestment'],
    description:
      'In a public-investment plan, a project’s allocation so far (`Lũy kế vốn đã bố trí`) exceeds its total investment (`Tổng mức đầu tư`), or the allocation so far and this year’s plan (`Kế hoạch năm …`) together do, in columns of the same source.',
  },
  check(context) {
    const columns = planColumns(context.table.columns);
    const investments = columns.filter((c) => c.kind === 'investment');
    const allocated = columns.filter((c) => c.kind === 'allocated');
    const plans = columns.filter((c) => c.kind === 'plan');
    if (investments.length === 0 || allocated.length + plans.length === 0) return;
    const reader = readerOf(context);
    const { amounts } = reader;
    const formulaAt = (row: number, col: number) => reader.cell(row, col)?.formula;
    const header = (c: PlanColumn) => c.column.header;
    for (const info of context.table.rows) {
      if (info.kind !== 'item' || info.children.length > 0) continue;
      const { row } = info;
      const reported = new Set<number>();
      const drafts: { column: PlanColumn; draft: FindingDraft }[] = [];
      for (const investment of investments) {
        if (!amounts.isAmount(row, investment.column.col)) continue;
        const total = amounts.decimal(row, investment.column.col);
        // No approved total (a project still being prepared): nothing to bound.
        if (!total || total.lessThanOrEqualTo(0)) continue;
        const base = { rowName: rowName(info), investmentColumn: header(investment), investment: formatDecimal(total) };
        const sameSource = (c: PlanColumn) => c.source === investment.source;
        for (const so of allocated.filter(sameSource)) {
          const given = amounts.isAmount(row, so.column.col) ? amounts.decimal(row, so.column.col) : undefined;
          if (given && given.greaterThan(total)) {
            if (reported.has(so.column.col)) continue;
            reported.add(so.column.col);
            drafts.push({ column: so, draft: {
              messageId: 'budgetAllocatedExceedsInvestment',
              at: { row, col: so.column.col },
              related: [{ row, col: investment.column.col }],
              expected: formatDecimal(total),
              actual: formatDecimal(given),
              difference: formatDecimal(given.minus(total)),
              params: { ...base, allocatedColumn: header(so), allocated: formatDecimal(given) },
            } });
          }
        }
        for (const plan of plans.filter(sameSource)) {
          if (!amounts.isAmount(row, plan.column.col) || reported.has(plan.column.col)) continue;
          const planned = amounts.decimal(row, plan.column.col);
          if (!planned) continue;
          // The allocation so far before the plan's years: with none (a new project), the plan alone.
          const before = allocated.filter((so) => sameSource(so) && precedes(so, plan));
          if (before.some((so) => amounts.decimal(row, so.column.col) === undefined)) continue;
          if (before.some((so) => amounts.decimal(row, so.column.col)!.greaterThan(total))) continue;
          // An empty allocation so far (a new project) adds nothing: the plan alone is compared.
          const largest = before
            .filter((so) => amounts.isAmount(row, so.column.col))
            .reduce<PlanColumn | undefined>((best, so) => (!best || amounts.decimal(row, so.column.col)!.greaterThan(amounts.decimal(row, best.column.col)!) ? so : best), undefined);
          const given = largest ? amounts.decimal(row, largest.column.col)! : undefined;
          const sum = given ? given.plus(planned) : planned;
          if (!sum.greaterThan(total)) continue;
          reported.add(plan.column.col);
          drafts.push({ column: plan, draft: {
            messageId: largest ? 'budgetPlanExceedsInvestment' : 'budgetPlanAloneExceedsInvestment',
            at: { row, col: plan.column.col },
            related: [...(largest ? [{ row, col: largest.column.col }] : []), { row, col: investment.column.col }],
            expected: formatDecimal(total),
            actual: formatDecimal(sum),
            difference: formatDecimal(sum.minus(total)),
            params: {
              ...base,
              planColumn: header(plan),
              plan: formatDecimal(planned),
              ...(largest && given ? { allocatedColumn: header(largest), allocated: formatDecimal(given), sum: formatDecimal(sum) } : {}),
            },
          } });
        }
      }
      for (const { column, draft } of drafts) if (!followsSource(row, column, drafts, formulaAt)) context.report(draft);
    }
  },
};

/**
 * Whether a total column's excess only follows a source's on the same row: the total is a formula
 * that adds a source cell reported there (`Kế hoạch năm 2026 / Tổng số` = `L19+M19`, M19 above its
 * TMĐT of NSĐP). A formula's result is never the wrong figure (it follows its cells), and an officer
 * told that both 4.008.000 and 4.000.000 exceed their TMĐT would look for two mistakes. A typed
 * total is still compared: it may be the wrong one.
 */
function followsSource(row: number, column: PlanColumn, drafts: { column: PlanColumn }[], formulaAt: (row: number, col: number) => string | undefined): boolean {
  if (column.source !== 'total') return false;
  const formula = formulaAt(row, column.column.col);
  const adds = formula ? formulaSum(formula)?.cells : undefined;
  if (!adds) return false;
  return drafts.some((d) => d.column.source !== 'total' && d.column.kind === column.kind && adds.some((cell) => cell.row === row && cell.col === d.column.column.col));
}

/**
 * The table's columns of a public-investment plan, by their header: the innermost part of the
 * header that names one of the three decides (`Lũy kế vốn đã bố trí đến hết kế hoạch năm 2024`
 * is an allocation so far, not a plan). A column without a source counts as the total only when it
 * is its kind's one column; a kind with two columns of one source bounds nothing it cannot tell apart.
 */
function planColumns(columns: readonly ColumnInfo[]): PlanColumn[] {
  const found: { column: ColumnInfo; kind: Kind; years: number[] }[] = [];
  for (const column of columns) {
    if (column.role !== 'amount') continue;
    const parts = column.header.split(' / ');
    let kind: Kind | undefined;
    for (let i = parts.length - 1; i >= 0 && !kind; i--) kind = kindOf(fold(parts[i]));
    if (kind) found.push({ column, kind, years: yearsOf(column.header) });
  }
  const planned: PlanColumn[] = [];
  for (const c of found) {
    const ofKind = found.filter((o) => o.kind === c.kind);
    const source = c.column.source ?? (ofKind.length === 1 ? 'total' : undefined);
    if (source) planned.push({ ...c, source });
  }
  // Two total investments of one source (`TMĐT ban đầu`, `TMĐT điều chỉnh`): which one bounds is not known.
  return planned.filter((c) => c.kind !== 'investment' || planned.filter((o) => o.kind === 'investment' && o.source === c.source).length === 1);
}

function kindOf(folded: string): Kind | undefined {
  if (hasPhrase(folded, HEADER_WORDS.allocatedSoFar)) return 'allocated';
  if (hasPhrase(folded, HEADER_WORDS.investmentTotal)) return 'investment';
  if (hasPhrase(folded, HEADER_WORDS.allocationPlan)) return 'plan';
  return undefined;
}

/**
 * Whether the allocation so far ends before the plan's years begin (`đến hết năm 2024`, `Kế hoạch
 * năm 2025`), so that the two add up. A plan whose header names no year is not added to anything;
 * an allocation so far with no year is taken as up to now.
 */
function precedes(so: PlanColumn, plan: PlanColumn): boolean {
  if (plan.years.length === 0) return false;
  return so.years.length === 0 || Math.max(...so.years) < Math.min(...plan.years);
}
