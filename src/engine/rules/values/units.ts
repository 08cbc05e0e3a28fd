import { Decimal, readText, type NumberQuantity } from '../../numbers';
import { fold } from '../../text';
import type { ColumnInfo, RowInfo } from '../../types';
import type { RuleContext } from '../rule';
import { phraseMatcher, shownText, valueColumns } from './cells';
import { typedColumnsOf, type TypedColumn } from './typed';
import { WeakMemo } from '../../memo';
import { mergeIndexOf, type MergeIndex } from '../../merges';
import { EMPTY_GRID, keepShapes } from '../../shapes';

/** What a row's unit says its values are. */
export type UnitKind = 'percent' | 'perMille' | 'ratio' | 'times' | 'count';

export interface RowUnit {
  kind: UnitKind;
  /** As written (`(%o)`). */
  text: string;
  /** The cell that states it; undefined when it came from the label. */
  at?: { row: number; col: number };
  /** Denominator: 100 for %, 1000 for ‰, 100,000 for `/100.000`. */
  per?: Decimal;
}

const isPerMilleWord = phraseMatcher(['phan nghin', 'phan ngan', 'per mille', 'per thousand']);
const isPercentWord = phraseMatcher(['phan tram', 'percent']);
const isTimesWord = phraseMatcher(['lan', 'times']);
const isCountWord = phraseMatcher(['nguoi', 'so', 'so luong', 'ca', 'cai', 'xa', 'huyen', 'don vi', 'co so', 'ho', 'lop', 'cuoc', 'buoi', 'tin', 'bai', 'persons', 'people', 'number', 'cases', 'units', 'households']);
const isRatioWord = phraseMatcher(['ty so', 'sex ratio', 'boys per', 'ratio of']);

/** Reads a unit text (`%`, `(%o)`, `lần`, `người`, `/100.000`, `trẻ/1000`); undefined when it is none of these. */
export function parseUnit(text: string): Omit<RowUnit, 'at'> | undefined {
  // One look-up for a unit read before (`%` on thousands of rows); a second only for a text that is no unit.
  const known = unitsByText.get(text);
  if (known !== undefined || unitsByText.has(text)) return known;
  const unit = readUnit(text);
  if (unitsByText.size >= 10_000) unitsByText.clear();
  unitsByText.set(text, unit);
  return unit;
}

/** A grid writes a handful of different units over thousands of rows. */
const unitsByText = new Map<string, Omit<RowUnit, 'at'> | undefined>();

function readUnit(text: string): Omit<RowUnit, 'at'> | undefined {
  const written = text.trim();
  const bare = written.replace(/^\((.*)\)$/, '$1').trim();
  const folded = fold(bare);
  if (!folded) return undefined;
  if (/%o|‰/.test(folded) || isPerMilleWord(folded)) return { kind: 'perMille', text: written, per: new Decimal(1000) };
  const slash = /\/\s*([\d.,\s]+)/.exec(bare);
  if (slash) {
    // Read as a ratio's denominator, so `100,000` and `100.000` are both one hundred thousand.
    const ratio = readText(`1/${slash[1].trim()}`);
    if (ratio.kind === 'number' && ratio.per) return { kind: 'ratio', text: written, per: ratio.per };
  }
  const perWords = /^per\s+([\d.,]+)/.exec(folded);
  if (perWords) {
    const per = readText(perWords[1], 'en');
    if (per.kind === 'number' && !per.value.isZero()) return { kind: 'ratio', text: written, per: per.value };
  }
  if (folded.includes('%') || isPercentWord(folded)) return { kind: 'percent', text: written, per: new Decimal(100) };
  // `Tỷ số` (a ratio: boys per 100 girls, deaths per 100.000 births) before the counts, whose `số` it holds.
  if (isRatioWord(folded)) return { kind: 'ratio', text: written };
  if (isTimesWord(folded)) return { kind: 'times', text: written };
  if (isCountWord(folded)) return { kind: 'count', text: written };
  return undefined;
}

/**
 * The row's unit: the unit column, else a unit in brackets at the end of the label (`… (%o)`).
 * Callers do not change it. Most rows' units are only asked for their kind (unitKindOfRow): the
 * object with the cell that states it is made for a row when asked for.
 */
export function unitOfRow(context: RuleContext, row: RowInfo): RowUnit | undefined {
  const unit = writtenUnitOf(context, row);
  if (!unit) return undefined;
  const { unitColumn } = unitsOf(context);
  // Stated by the label where the unit cell is empty (or there is no unit column).
  if (!unitColumn || !shownText(context, row.row, unitColumn.col)) return unit;
  const at = { row: row.row, col: unitColumn.col };
  // Built field by field: a spread of the shared unit costs more than the rest of the row's reading.
  return unit.per ? { kind: unit.kind, text: unit.text, per: unit.per, at } : { kind: unit.kind, text: unit.text, at };
}

/** unitOfRow(context, row)?.kind, with nothing made for the row. */
export function unitKindOfRow(context: RuleContext, row: RowInfo): UnitKind | undefined {
  return writtenUnitOf(context, row)?.kind;
}

/** The rows whose unit is a percentage (unitKindOfRow), in their order: a loop here, not a call from another module per row. */
export function percentRowsOf(context: RuleContext, rows: readonly RowInfo[]): RowInfo[] {
  const percent: RowInfo[] = [];
  for (let r = 0; r < rows.length; r++) if (writtenUnitOf(context, rows[r])?.kind === 'percent') percent.push(rows[r]);
  return percent;
}

/**
 * The unit the row states (parseUnit's, shared by every row that writes it alike), read once per
 * row of a table and kept by its place in the table.
 */
function writtenUnitOf(context: RuleContext, row: RowInfo): Omit<RowUnit, 'at'> | undefined {
  const { table } = context;
  const cached = unitsOf(context);
  const index = row.row - table.range.top;
  if (index < 0 || index >= cached.units.length) return readRowUnit(context, row, cached);
  const known = cached.units[index];
  if (known !== undefined) return known ?? undefined;
  const unit = readRowUnit(context, row, cached);
  cached.units[index] = unit ?? null;
  return unit;
}

/**
 * Rows' units by row from the table's top (null: none), for the rules' context (one per table and
 * check, on the grid the check was given); an array, not a map of thousands of rows.
 */
const unitsByContext = new WeakMemo<RuleContext, UnitsRead>();

/** What unitsOf keeps for a context: the unit column, the grid's merged areas, the rows' units. */
interface UnitsRead {
  unitColumn?: ColumnInfo;
  merges: MergeIndex;
  units: (Omit<RowUnit, 'at'> | null | undefined)[];
}

/** A UnitsRead with no row read yet: made here only, and one kept (../../shapes.ts). */
function unitsRead(height: number, unitColumn: ColumnInfo | undefined, merges: MergeIndex): UnitsRead {
  return { units: new Array<Omit<RowUnit, 'at'> | null | undefined>(height).fill(undefined), unitColumn, merges };
}
keepShapes(unitsRead(0, undefined, mergeIndexOf(EMPTY_GRID)));

function unitsOf(context: RuleContext): UnitsRead {
  let cached = unitsByContext.get(context);
  if (cached === undefined) {
    const { table } = context;
    const height = table.range.bottom - table.range.top + 1;
    cached = unitsRead(height, table.columns.find((c) => c.role === 'unit'), mergeIndexOf(context.grid));
    unitsByContext.set(context, cached);
  }
  return cached;
}

/** shownText(context, row, col) (./cells), the grid's merged areas looked up in their index: no function of another module per row. */
function shownTextIn(context: RuleContext, merges: MergeIndex, row: number, col: number): string {
  const list = merges.inRow(row);
  const merge = list ? merges.find(list, col) : undefined;
  const value = (merge ? context.cell(merge.top, merge.left) : context.cell(row, col))?.value;
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function readRowUnit(context: RuleContext, row: RowInfo, { unitColumn, merges }: UnitsRead): Omit<RowUnit, 'at'> | undefined {
  if (unitColumn) {
    const text = shownTextIn(context, merges, row.row, unitColumn.col);
    if (text) return parseUnit(text);
  }
  const inLabel = /\(([^()]{1,20})\)\s*\.?$/.exec(row.label);
  return inLabel ? parseUnit(inLabel[1]) : undefined;
}

/** A value that does not fit the unit, and why. */
export interface UnitMismatch {
  at: { row: number; col: number };
  text: string;
  reason: 'perNotPercent' | 'ratioNotPercent' | 'perNotPerMille' | 'perNotUnitPer' | 'percentSign';
  per?: Decimal;
}

/**
 * The value cells of a row that do not fit its unit: a ratio over another denominator than the
 * unit's, a ratio such as boys per 100 girls under `%`, a `%` sign under `lần`, `người` or `‰`.
 */
export function unitMismatches(context: RuleContext, row: RowInfo, unit: RowUnit): UnitMismatch[] {
  const columns = valueColumns(context.table);
  // Only ratios and % signs can misfit a unit; most rows have neither and stop here, having made nothing.
  const typed = typedColumnsOf(context, columns);
  if (!hasRatioOrPercent(context, row, columns, typed)) return NO_MISMATCHES;
  const cells: { col: number; quantity: NumberQuantity }[] = [];
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c];
    // A typed number is neither a ratio nor written with `%`, an empty cell holds neither: only the others are read (holdsOther, in place).
    if (typed[c].other[row.row - typed[c].top] === 0) continue;
    const quantity = context.quantity(row.row, column.col);
    if (quantity.kind !== 'number') continue;
    cells.push({ col: column.col, quantity });
  }
  const ratioLabel = isRatioLabel(row.label) || cells.some((c) => c.quantity.per?.equals(100) && c.quantity.value.greaterThan(100));
  const mismatches: UnitMismatch[] = [];
  for (const { col, quantity } of cells) {
    const at = { row: row.row, col };
    const value = context.cell(row.row, col)?.value;
    const text = typeof value === 'string' ? value.trim() : String(value);
    const { per } = quantity;
    if (unit.kind === 'percent') {
      if (per && !per.equals(100)) mismatches.push({ at, text, reason: 'perNotPercent', per });
      else if (per && ratioLabel) mismatches.push({ at, text, reason: 'ratioNotPercent', per });
    } else if (unit.kind === 'perMille' || unit.kind === 'ratio') {
      // A ratio unit that names no denominator (`Tỷ số`) fits every ratio.
      if (per && unit.per && !per.equals(unit.per)) mismatches.push({ at, text, reason: unit.kind === 'perMille' ? 'perNotPerMille' : 'perNotUnitPer', per });
      else if (quantity.percent) mismatches.push({ at, text, reason: 'percentSign' });
    } else if (quantity.percent) {
      mismatches.push({ at, text, reason: 'percentSign' });
    }
  }
  return mismatches;
}

/** Shared by every row that has no mismatch; callers do not change it. */
const NO_MISMATCHES: UnitMismatch[] = [];

/** Some value cell of the row is text read as a ratio (`113/100`) or written with `%`. */
function hasRatioOrPercent(context: RuleContext, row: RowInfo, columns: readonly ColumnInfo[], typed: readonly TypedColumn[]): boolean {
  for (let c = 0; c < columns.length; c++) {
    if (typed[c].other[row.row - typed[c].top] === 0) continue;
    const quantity = context.quantity(row.row, columns[c].col);
    if (quantity.kind === 'number' && (quantity.per || quantity.percent)) return true;
  }
  return false;
}

/** `Tỷ số giới tính khi sinh`, `trai/gái`, `sex ratio`: one count over another, not a share of a whole. */
function isRatioLabel(label: string): boolean {
  const folded = fold(label);
  return isRatioWord(folded) || /trai\s*\/\s*(tre so sinh )?gai|nam\s*\/\s*nu|boys\s*\/\s*girls/.test(folded);
}
