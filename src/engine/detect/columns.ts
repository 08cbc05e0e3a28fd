import { fold, hasPhrase } from '../text';
import type { ColumnInfo, TableKind } from '../types';
import { HEADER_WORDS, namesDifference, namesPartner, namesPartOfYear, namesPlaces, noteKind, sourceOfLine, yearsOf } from './keywords';
import type { UnitKind } from './unit-kind';

/** A column's role from its header lines alone; `year` and amount columns are settled once the kind is known. */
/** `resultWords`: a plan or result column with no year (`Thực hiện`, `Kế hoạch`), an amount in a table of money. */
/** `partOfYear`: a quarter, a month or a half-year (`Quý I`, `Tháng 7`), an amount in a table of money. */
/** `span`: the years a column's own header line runs over (`Giai đoạn 2026-2030`), first and last. */
export type Draft = ColumnInfo & { yearOnly?: boolean; amountWords?: boolean; resultWords?: boolean; partOfYear?: boolean; span?: [number, number] };

const isNumberHeader = (folded: string) =>
  (HEADER_WORDS.number as readonly string[]).includes(folded) || /^(so )?(tt|stt)$/.test(folded) || /^(so)?s?tt$/.test(folded.replace(/[\s/.]/g, ''));

/**
 * The role a column's header lines give it. Lines come from the top down (`Năm 2013`, `Trung ương`);
 * the lowest line decides a funding source, the whole path decides years and ratios. Lines that
 * only introduce a breakdown (`Trong đó:`, `Chia ra`) say nothing of the column's own role.
 */
export function columnFromHeader(col: number, allLines: string[]): Draft {
  // Sheets of one form repeat their headers: each column's reading is kept (drafts are never modified).
  const key = `${col}\u0000${allLines.join('\u0001')}`;
  let draft = drafts.get(key);
  if (draft === undefined) {
    if (drafts.size >= 10_000) drafts.clear();
    draft = readHeader(col, allLines);
    drafts.set(key, draft);
  }
  return draft;
}

const drafts = new Map<string, Draft>();

const CODE_HEADER = /^(ma|code|id)\b(?! so$)|\bcode$/;

/** A money unit per something (`đồng/người/tháng`, `triệu đồng / lớp`), folded: what follows the slashes. */
const MONEY_PER = /(?:\bdong|\bvnd|\bd)\s*((?:\/\s*[a-z][a-z ]*)+)/;

/**
 * Whether a folded header states its figures in money per something (`Mức phụ cấp (nghìn đồng/người/tháng)`,
 * `Kinh phí bình quân (triệu đồng/lớp)`): a rate, as a unit price is, that no total adds. Money per a
 * period alone (`Quỹ lương (triệu đồng/tháng)`, `triệu đồng/năm`) is an amount, which totals add.
 */
function namesRate(folded: string): boolean {
  const per = MONEY_PER.exec(folded);
  if (!per) return false;
  const parts = per[1].split('/');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i].trim();
    if (part && !/^(nam|thang|quy|ky|year|month|quarter)$/.test(part)) return true;
  }
  return false;
}

function readHeader(col: number, allLines: string[]): Draft {
  const lines = allLines.filter((line) => !/^(trong do|chia ra|bao gom|gom|of which|including)\s*:?$/.test(fold(line)));
  // Shown in messages and the CLI's column line: each header line on one line (`TỔNG SỐ⏎TOTAL` in one
  // cell reads `TỔNG SỐ TOTAL`). The lines read for roles keep their breaks (a bilingual cell turns
  // language at one: sourceOfBilingual), and fold() reads a break as a space.
  const header = allLines.map(oneLine).join(' / ');
  const folded = fold(lines.join(' / '));
  const lowest = fold(lines[lines.length - 1] ?? '');
  const years = yearsOf(folded);
  const base = { col, header };
  if (lines.length === 0) return { ...base, role: 'other' };
  if (isNumberHeader(lowest) || isNumberHeader(folded) || /^(so )?(tt|stt)\b/.test(fold(lines[0]))) return { ...base, role: 'number' };
  // `Mã ĐVQHNS`, `Mã chương`, `Mã dự án`, `Code`: identifiers, numbers that are never amounts.
  if (CODE_HEADER.test(lowest)) return { ...base, role: 'other', code: true };
  // `Unit price` is a price, not a unit; `Kinh phí bình quân (triệu đồng/lớp)` a rate, whatever it is of.
  if ((hasPhrase(folded, HEADER_WORDS.measure) && !hasPhrase(folded, HEADER_WORDS.amount)) || namesRate(folded)) return { ...base, role: 'other', measure: true };
  if (hasPhrase(folded, HEADER_WORDS.unit)) return { ...base, role: 'unit' };
  // `Cơ quan phối hợp` beside `Cơ quan chủ trì`: agencies too, but not the one that reports the indicator.
  if (hasPhrase(folded, HEADER_WORDS.agency)) return { ...base, role: 'agency', ...(namesPartner(lowest) ? { partner: true } : {}) };
  if (hasPhrase(folded, HEADER_WORDS.note)) return { ...base, role: 'note' };
  // The lowest line: `Đánh giá kết quả năm 2024` over `KH | TH | Đạt/Không đạt` names the group, not each column.
  if (hasPhrase(lowest, HEADER_WORDS.evaluation)) return { ...base, role: 'evaluation', ...(years.length > 0 ? { year: years[years.length - 1] } : {}) };
  if (hasPhrase(folded, HEADER_WORDS.entity) && folded.length <= 40 && !hasPhrase(lowest, HEADER_WORDS.amount)) return { ...base, role: 'name' };
  // `Xã, phường`, `Huyện, thị xã`: the list of places a district's or commune's table is by.
  if (namesPlaces(folded)) return { ...base, role: 'name' };
  // `So sánh` over `Tăng (+), giảm (-) | Tỷ lệ (%)`: the group names both; the lowest line says which
  // column holds differences, amounts that add up like any other (column-identities differenceColumns).
  if (namesDifference(lowest)) return { ...base, role: 'other', amountWords: true };
  // A ratio in a budget table is never summed; in an indicator grid `(%)` is only the unit.
  const comparison = hasPhrase(folded, HEADER_WORDS.comparison);
  const ratio = comparison || hasPhrase(folded, HEADER_WORDS.ratio) || /\(%\)|%$/.test(folded);
  if (comparison || (ratio && !hasPhrase(folded, HEADER_WORDS.target) && !hasPhrase(folded, HEADER_WORDS.result))) return { ...base, role: 'ratio' };

  let source: ColumnInfo['source'];
  for (let i = lines.length - 1; i >= 0 && !source; i--) source = sourceOfBilingual(lines[i]);
  const isPeriod = years.length > 1 || hasPhrase(folded, HEADER_WORDS.period);
  if (source && !hasPhrase(lowest, HEADER_WORDS.name)) {
    const scope = years.length === 1 && !isPeriod ? 'year' : 'period';
    return { ...base, role: 'amount', source, scope, ...(scope === 'year' ? { year: years[0] } : {}) };
  }
  const amountWords = hasPhrase(folded, HEADER_WORDS.amount);
  // `Quý I` (`Quý I năm 2025`): a part of the year, beside the others and the year's total (`Cả năm`);
  // read before the years, so that a quarter named with its year is not that year's total.
  // In an indicator grid a quarter of a year (`Quý I/2025`) stays that year's value, as before.
  if (namesPartOfYear(lowest) && !amountWords) return { ...base, role: 'other', partOfYear: true, ...(years.length > 0 ? { year: years[years.length - 1], yearOnly: true } : {}) };
  // A range on the column's own line (`Giai đoạn 2026-2030`), not years of the heading above it.
  const own = [...new Set(yearsOf(lowest))];
  const span: { span?: [number, number] } = own.length >= 2 && own[0] < own[own.length - 1] ? { span: [own[0], own[own.length - 1]] } : {};
  if (years.length > 0) {
    const year = years[years.length - 1];
    if (hasPhrase(folded, HEADER_WORDS.result)) return { ...base, role: 'baseline', year, amountWords, ...span };
    if (hasPhrase(folded, HEADER_WORDS.target)) return { ...base, role: 'target', year, amountWords, ...span };
  }
  if (hasPhrase(folded, HEADER_WORDS.name) && !amountWords) return { ...base, role: 'name' };
  if (years.length > 0) return { ...base, role: 'other', year: years[years.length - 1], yearOnly: true, amountWords, ...span };
  // `Tỷ lệ thực hiện (%)` compares a result; it is no amount.
  const resultWords = !ratio && (hasPhrase(folded, HEADER_WORDS.result) || hasPhrase(folded, HEADER_WORDS.target));
  return { ...base, role: 'other', amountWords, ...(resultWords ? { resultWords } : {}) };
}

/** A header line that starts by naming a ratio (`Tỷ lệ …`, `Tỷ trọng …`, `So sánh …`). */
const RATIO_NAME = /^(ty le|ti le|ty trong|ti trong|so sanh)\b/;

/** A column's lowest header line (`Năm 2025 / Tỷ lệ thực hiện` → `Tỷ lệ thực hiện`), as written. */
export function ownLine(header: string): string {
  const lines = header.split(' / ');
  return lines[lines.length - 1];
}

/** A header line's whitespace runs, line breaks among them, as one space. */
export function oneLine(line: string): string {
  return /\s\s|[^\S ]/.test(line) ? line.replace(/\s+/g, ' ').trim() : line.trim();
}

/**
 * The source a header line names; in a bilingual form's line (`Ngân sách trung ương / Central
 * budget`, `Tổng số - Total`, `TỔNG SỐ` over `TOTAL` in one cell), the Vietnamese part's: the English
 * one is a translation (`Chi khác / Others` is spending, whatever `Others` alone would say).
 */
function sourceOfBilingual(line: string): ColumnInfo['source'] {
  const source = sourceOfLine(fold(line));
  return source || !BILINGUAL.test(line) ? source : sourceOfLine(fold(line.split(BILINGUAL)[0]));
}

/** Where a bilingual header cell turns to its other language. */
const BILINGUAL = /\s*\n\s*|\s[-–\/]\s/;

/**
 * Budget when amounts by source are there; indicator when targets, results or units are. Plan and
 * result columns (`Kế hoạch`, `Thực hiện`) are a budget's amounts when the unit is money (unitKindOf),
 * an indicator's values otherwise (`%`, `người`, `/100`).
 */
export function classify(columns: Draft[], moneyUnit: boolean, unitKind?: UnitKind): TableKind {
  const amounts = columns.filter((c) => c.role === 'amount').length;
  const amountWords = columns.filter((c) => c.amountWords).length;
  const yearOnly = columns.filter((c) => c.yearOnly).length;
  const units = columns.filter((c) => c.role === 'unit').length;
  const indicatorColumns = columns.filter((c) => c.role === 'target' || c.role === 'baseline' || c.role === 'unit').length;
  if (amounts >= 2 || (amounts >= 1 && moneyUnit)) return 'budget';
  if (unitKind === 'money' && columns.some((c) => c.role === 'target' || c.role === 'baseline' || c.yearOnly)) return 'budget';
  const resultWords = columns.filter((c) => c.resultWords).length;
  if (units === 0 && moneyUnit && (amountWords >= 1 || yearOnly >= 1 || indicatorColumns >= 1 || resultWords >= 1)) return 'budget';
  // `Cả năm | Quý I | … | Quý IV` in triệu đồng: a year's money by quarter.
  if (units === 0 && moneyUnit && columns.filter((c) => c.partOfYear).length >= 2) return 'budget';
  if (units === 0 && amountWords >= 1 && yearOnly + amountWords >= 2) return 'budget';
  // `Đơn vị tính | Số lượng | Đơn giá | Thành tiền` in đồng: a cost estimate (dự toán chi tiết), its
  // units those of the things bought; an indicator grid holds targets or results.
  if (moneyUnit && amountWords >= 1 && yearOnly === 0 && indicatorColumns === units) return 'budget';
  if (indicatorColumns >= 1) return 'indicator';
  if (yearOnly >= 2 && moneyUnit) return 'budget';
  if (yearOnly >= 1) return 'indicator';
  return 'other';
}

/**
 * Settles what the header alone left open: a bare `Năm 2021` is a budget amount in a budget table
 * and a target in an indicator grid, or its baseline when its year comes before the plan's period
 * (`periodStart`, the first year of the period the title names) or before every target column's; a result column is a `result` when a target of the same year
 * stands beside it, otherwise the `baseline` the targets are held against. In a budget table,
 * `Dự toán`, `Ước thực hiện`, `Quyết toán` and unnamed number columns are amounts.
 */
export function settleColumns(columns: Draft[], kind: TableKind, periodStart?: number): ColumnInfo[] {
  const targetYears = new Set(columns.filter((c) => c.role === 'target').map((c) => c.year));
  // In an indicator grid, a bare year before the plan's period (`Năm 2025` in a 2026–2030 plan), or
  // the one bare year before every year a column calls a target (`Năm 2015 | Mục tiêu năm 2020`), is
  // where the plan starts (several such years may be yearly targets).
  const firstTarget = Math.min(...columns.filter((c) => c.role === 'target' && c.year !== undefined).map((c) => c.year!));
  const bareBefore = columns.filter((c) => c.yearOnly && c.year !== undefined && c.year < firstTarget).length;
  const startsBefore = (year: number | undefined) => year !== undefined && ((periodStart !== undefined && year < periodStart) || (bareBefore === 1 && year < firstTarget));
  // A column over a range of years (`Giai đoạn 2026-2030`) that two of the table's year columns fall
  // in is the period's: its total in a budget, its target over the period in an indicator grid.
  const yearCols = columns.filter((c) => c.year !== undefined && !c.span);
  const spansYears = (span: [number, number] | undefined) => span !== undefined && yearCols.filter((c) => c.year! >= span[0] && c.year! <= span[1]).length >= 2;
  return columns.map(({ yearOnly, amountWords, resultWords, partOfYear, span, ...column }) => {
    if (spansYears(span) && (yearOnly || column.role === 'target')) {
      if (kind === 'budget') return { ...column, role: 'amount', source: 'total', scope: 'period', year: undefined };
      if (kind === 'indicator') return { ...column, role: 'target', scope: 'period' };
    }
    // A quarter is no year's total: its year, if named, would make it one in the year × source plan.
    if (kind === 'budget' && partOfYear) return { ...column, role: 'amount', year: undefined };
    // `Thực hiện 2024 (%)` in a table of money: a percentage of something, never an amount.
    if (kind === 'budget' && /\(%\)|%$/.test(fold(column.header)) && column.role !== 'number' && column.role !== 'name') return { ...column, role: 'ratio' };
    // `Tỷ lệ thực hiện`, `Tỷ lệ hoàn thành kế hoạch` with no `(%)`: its own line names a ratio first,
    // whatever plan or result it compares; read as an amount, a wrong percentage beside its amounts
    // went unseen. Its own line only: `So sánh` over `Tăng (+), giảm (-)` names the group of both.
    if (kind === 'budget' && RATIO_NAME.test(fold(ownLine(column.header))) && column.role !== 'number' && column.role !== 'name') return { ...column, role: 'ratio' };
    if (kind === 'budget' && (yearOnly || column.role === 'target' || column.role === 'baseline' || column.role === 'result' || (column.role === 'other' && (amountWords || resultWords)))) {
      const settled: ColumnInfo = { ...column, role: 'amount' };
      // `Năm 2024`, `Kế hoạch 2024 | Thực hiện 2024` in triệu đồng: each a year's amount (dự toán, quyết toán).
      if (column.year !== undefined && column.role !== 'other') Object.assign(settled, { source: 'total', scope: 'year' });
      else if (column.year !== undefined && yearOnly && !amountWords) Object.assign(settled, { source: 'total', scope: 'year' });
      return settled;
    }
    if (yearOnly && kind === 'indicator') return { ...column, role: startsBefore(column.year) ? 'baseline' : 'target' };
    if (column.role === 'baseline' && targetYears.has(column.year)) return { ...column, role: 'result' };
    return column;
  });
}

/**
 * The column as a table keeps it: every field present, in one order, absent ones undefined. The
 * settled columns are copies made per check (spread, rest, Object.assign), each of a hidden class
 * of its own that a full garbage collection drops, and with it the optimised code of every rule
 * that read a column (../shapes.ts); made here, all have the one class of this literal.
 */
export function keptColumn(column: ColumnInfo): ColumnInfo {
  return { col: column.col, header: column.header, role: column.role, year: column.year, source: column.source, scope: column.scope, overridden: column.overridden, measure: column.measure, code: column.code, partner: column.partner };
}

/** Whether a header line introduces a partial (`Trong đó`) or complete (`Chia ra`) breakdown. */
export function breakdownOf(line: string): 'ofWhich' | 'all' | undefined {
  const kind = noteKind(fold(line));
  return kind === 'note' ? undefined : kind;
}
