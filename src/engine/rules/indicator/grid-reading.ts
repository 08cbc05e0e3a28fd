import { parseNumbering } from '../../detect/numbering';
import { fold } from '../../text';
import type { Cell, ColumnInfo, RowInfo, TableModel } from '../../types';
import type { RuleContext } from '../rule';
import { mergeAt } from '../../merges';
import { WeakMemo } from '../../memo';
import { keepShapes } from '../../shapes';

/** Columns that hold an indicator's values: last year's result, the plan, this year's result. */
const VALUE_ROLES: ReadonlySet<ColumnInfo['role']> = new Set(['baseline', 'target', 'result']);

/** Asked for per row by some rules: each table's are found once (shared: callers do not change them). */
export function valueColumns(table: TableModel): readonly ColumnInfo[] {
  let columns = valueColumnsByTable.get(table);
  if (columns === undefined) valueColumnsByTable.set(table, (columns = table.columns.filter((column) => VALUE_ROLES.has(column.role))));
  return columns;
}

const valueColumnsByTable = new WeakMemo<TableModel, readonly ColumnInfo[]>();

/** The first column with the role. A loop, no closure: several rules ask it for every row. */
export function columnWithRole(table: TableModel, role: ColumnInfo['role']): ColumnInfo | undefined {
  const { columns } = table;
  for (let c = 0; c < columns.length; c++) if (columns[c].role === role) return columns[c];
  return undefined;
}

/** The cell to point at for something about a whole row: its number, else its name. */
export function rowAnchorColumn(table: TableModel): number {
  return (columnWithRole(table, 'number') ?? columnWithRole(table, 'name') ?? table.columns[0]).col;
}

function textOf(cell: Cell | undefined): string {
  const value = cell?.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return String(value).trim();
}

/** The text a cell shows, a merged area showing its top-left cell's text everywhere. */
export function shownText(context: RuleContext, row: number, col: number): string {
  const merge = mergeAt(context.grid, row, col);
  return textOf(merge ? context.cell(merge.top, merge.left) : context.cell(row, col));
}

/** `shownText(context, row, col) !== ''`, without writing out a number as text. */
export function showsText(context: RuleContext, row: number, col: number): boolean {
  const merge = mergeAt(context.grid, row, col);
  const value = (merge ? context.cell(merge.top, merge.left) : context.cell(row, col))?.value;
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'object') return value.error !== '';
  return true;
}

/** The cell's own text: empty inside a merged area that starts in another cell. */
export function ownText(context: RuleContext, row: number, col: number): string {
  const merge = mergeAt(context.grid, row, col);
  if (merge && (merge.top !== row || merge.left !== col)) return '';
  return textOf(context.cell(row, col));
}

/** The unit a row states, folded, without parentheses: `(%)` → `%`, `Lần` → `lan`. */
export function unitOf(context: RuleContext, table: TableModel, row: RowInfo): string {
  // Kept by row for the check (context and table go together): rules ask it of a row and again of its parent and children.
  let units = unitsByContext.get(context);
  if (units === undefined) unitsByContext.set(context, (units = new Array<string | undefined>(table.range.bottom - table.range.top + 1)));
  const index = row.row - table.range.top;
  let unit = index >= 0 && index < units.length && table === context.table ? units[index] : undefined;
  if (unit === undefined) {
    unit = readUnitOf(context, table, row);
    if (index >= 0 && index < units.length && table === context.table) units[index] = unit;
  }
  return unit;
}

const unitsByContext = new WeakMemo<RuleContext, (string | undefined)[]>();

function readUnitOf(context: RuleContext, table: TableModel, row: RowInfo): string {
  const column = columnWithRole(table, 'unit');
  if (!column) return '';
  const text = shownText(context, row.row, column.col);
  let unit = unitsByText.get(text);
  if (unit === undefined) {
    unit = fold(text).replace(/[()[\]\s]/g, '');
    if (unitsByText.size >= 10_000) unitsByText.clear();
    unitsByText.set(text, unit);
  }
  return unit;
}

/** A grid writes a handful of different units over thousands of rows, which four rules read. */
const unitsByText = new Map<string, string>();

export function isPercentUnit(unit: string): boolean {
  return unit === '%' || unit === 'phantram' || unit === 'percent';
}

/** Units of a rate: percent, per mille, per 100 / 1,000 / 100,000. */
export function isRateUnit(unit: string): boolean {
  return isPercentUnit(unit) || unit === '%o' || unit === '‰' || /^(\/|tren|per)\d/.test(unit) || unit === 'tyle' || unit === 'tile';
}

/** Numbers are shown quoted in messages so that `2.1` stays `2.1` in a Vietnamese sentence. */
export function quoted(text: string): string {
  return `“${text}”`;
}


/** `Mục tiêu 1: …`, `Goal 2 …`, `Objective III`: a goal's heading, whatever the detector made of its row. */
const GOAL_LABEL = /^(?:[ivx]+[.)]?\s+)?(?:muc tieu|goal|objective)\s*(?:\d+|[ivx]+)\b/;

/** Every rule asks of every row whether it is a goal's heading: most labels start with a letter no goal label starts with, and are not folded whole. */
function hasGoalLabel(label: string): boolean {
  const code = label.charCodeAt(0);
  // An ASCII letter folds to itself in lower case: no string made for it.
  if (code >= 0x41 && code <= 0x7a && (code <= 0x5a || code >= 0x61)) {
    if (!GOAL_INITIALS[code | 0x20]) return false;
  } else {
    const first = fold(label.charAt(0));
    if (first !== '' && !'ivxmgo'.includes(first)) return false;
  }
  return GOAL_LABEL.test(fold(label));
}

/** Lower-case ASCII codes of the letters a goal label may start with (`ivxmgo`). */
const GOAL_INITIALS: boolean[] = [];
for (const letter of 'ivxmgo') GOAL_INITIALS[letter.charCodeAt(0)] = true;

/**
 * A goal's heading: a row the detector read as one, or one labelled `Mục tiêu 1: …`, `Goal 2`
 * though not merged across the row. With `headingNumber`, also a row numbered `I`, `II` or `A`
 * (goals in an indicator grid, DOMAIN.md §1) that holds values of its own.
 */
export function isGoalRow(row: RowInfo, headingNumber = false): boolean {
  if (row.kind === 'goal') return true;
  if (row.kind !== 'item') return false;
  if (hasGoalLabel(row.label)) return true;
  return headingNumber && headsGoalByNumber(row);
}

/** Numbered `I`, `II` or `A`, as goals are. */
function headsGoalByNumber(row: RowInfo): boolean {
  // A number that starts with a digit (most rows') is neither: it is not parsed again.
  const first = row.number ? row.number.charCodeAt(0) : 0;
  if (first >= 0x30 && first <= 0x39) return false;
  const numbering = row.number ? parseNumbering(row.number) : undefined;
  return numbering?.scheme === 'roman' || numbering?.scheme === 'upperLetter';
}

/** A data row of the grid: an indicator or sub-indicator, not a goal heading nor a note. */
export function isIndicatorRow(row: RowInfo): boolean {
  return row.kind === 'item' && !isGoalRow(row);
}

/** What each row of a table is (rowClasses), by index into table.rows: 1 where it is, 0 where not. */
export interface RowClasses {
  /** isIndicatorRow(row). */
  indicator: Uint8Array;
  /** isGoalRow(row, true): a goal's heading, by its label or its number. */
  goalHeading: Uint8Array;
}

/**
 * What each row of the table is: several rules ask it of every row, and a goal's label and number
 * are read once for all. Arrays, not flags to import: run through tsx, an imported constant is
 * read through a getter at each use.
 */
export function rowClasses(table: TableModel): RowClasses {
  let classes = classesByTable.get(table);
  if (classes === undefined) {
    const height = table.rows.length;
    classes = noClasses(height);
    for (let i = 0; i < height; i++) {
      const row = table.rows[i];
      // isGoalRow's reading, each label read once: an item labelled as a goal is one, else it may head a goal by its number.
      if (row.kind === 'goal' || (row.kind === 'item' && hasGoalLabel(row.label))) classes.goalHeading[i] = 1;
      else if (row.kind === 'item') {
        classes.indicator[i] = 1;
        if (headsGoalByNumber(row)) classes.goalHeading[i] = 1;
      }
    }
    classesByTable.set(table, classes);
  }
  return classes;
}

const classesByTable = new WeakMemo<TableModel, RowClasses>();

/** RowClasses with every row 0: made here only, and one kept (../../shapes.ts). */
function noClasses(height: number): RowClasses {
  return { indicator: new Uint8Array(height), goalHeading: new Uint8Array(height) };
}
keepShapes(noClasses(0));
