/**
 * The engine's contract. Adapters (Office.js, exceljs, CSV) turn a sheet into a SheetGrid;
 * the engine turns SheetGrids into a Report. Nothing here knows where the grid came from.
 */

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  error: string;
}

/** What a cell holds: for a formula cell, the cached result Excel last computed. */
export type CellValue = number | string | boolean | CellError | null;

export interface Cell {
  value: CellValue;
  /** The formula without its leading `=`, e.g. `SUM(C5:C18)`. */
  formula?: string;
  numberFormat?: string;
  /**
   * A formula whose result the file does not hold and the reader could not compute (a workbook
   * written by a generator, or saved in manual calculation): `value` is then null and means
   * "unknown", never 0.
   */
  notComputed?: boolean;
}

/** A rectangle of cells, 0-based, inclusive, in sheet coordinates. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One sheet, or the part of it the user selected. `cells[r][c]` is the cell at sheet row
 * `origin.row + r`, column `origin.col + c`; a missing entry is an empty cell.
 */
export interface SheetGrid {
  name: string;
  origin: { row: number; col: number };
  cells: (Cell | undefined)[][];
  /** Merged areas, in sheet coordinates. */
  merges: CellRange[];
  /** Sheet rows (0-based) known to be hidden. */
  hiddenRows?: number[];
  /** Sheet columns (0-based) known to be hidden. */
  hiddenCols?: number[];
  /** Every value is text as written (a CSV file): no cell is "a number stored as text". */
  textOnly?: boolean;
}

export type Severity = 'error' | 'warning' | 'info';
export type TableKind = 'indicator' | 'budget' | 'other';
export type Lang = 'vi' | 'en';
/** How numbers typed as text are written: `1.234,5` (vi) or `1,234.5` (en). */
export type NumberConvention = 'vi' | 'en';

export type FundingSource = 'central' | 'local' | 'other' | 'total';

export type ColumnRole =
  | 'number'
  | 'name'
  | 'unit'
  | 'baseline'
  | 'target'
  | 'result'
  | 'agency'
  | 'amount'
  | 'note'
  | 'ratio' // `Tỷ lệ (%)`, `So sánh (%)`: never summed
  | 'evaluation' // an officer's own verdict: `Đánh giá`, `Đạt/Không đạt`
  | 'other';

export interface ColumnInfo {
  /** Sheet column, 0-based. */
  col: number;
  /** The header text, its merged parent headers first, joined with ` / `. */
  header: string;
  role: ColumnRole;
  /** Year of a baseline / target / result column, or of a budget amount column. */
  year?: number;
  /** Budget amount columns: which source; `total` for a per-year or period total. */
  source?: FundingSource;
  /** Budget amount columns: a single year or the whole period. */
  scope?: 'year' | 'period';
  /** Set when the officer corrected the role by hand. */
  overridden?: boolean;
  /**
   * Budget tables: a quantity, unit price, norm or coefficient (`Số lượng`, `Đơn giá`, `Số ngày`,
   * `Định mức`): a factor of an amount (`Thành tiền`), never an amount itself (role `other`).
   */
  measure?: boolean;
  /** An identifier (`Mã ĐVQHNS`, `Mã chương`, `Code`): numbers that are never amounts (role `other`). */
  code?: boolean;
  /** Indicator grids: the agencies that take part (`Cơ quan phối hợp`), not the lead agency (role `agency`). */
  partner?: boolean;
}

export type RowKind =
  | 'goal' // a heading row (indicator goal, budget project heading)
  | 'item' // an ordinary data row
  | 'total' // `Cộng`, `Tổng số`: sum of the top-level rows
  | 'grandTotal' // `Tổng cộng` below another total row
  | 'columnNumbers' // `1 2 3 4=1+2` under the header
  | 'note' // `Trong đó:`, `Ghi chú`, blank separators
  | 'blank';

/** How the children of a row relate to it. */
export type ChildrenMode = 'all' | 'ofWhich';

/** One of several breakdowns of a row, each under its own heading: its rows (indexes into TableModel.rows) and how they relate to the row. */
export interface Breakdown {
  children: number[];
  mode: ChildrenMode;
}

export interface RowInfo {
  /** Sheet row, 0-based. */
  row: number;
  kind: RowKind;
  /** The text in the number column, trimmed (`I`, `1.2`, `a)`, `-`). */
  number?: string;
  label: string;
  /** 0 for top-level rows; children are one deeper than their parent. */
  level: number;
  /** Index into TableModel.rows of the parent, if any. */
  parent?: number;
  /** Indexes into TableModel.rows. */
  children: number[];
  /** `ofWhich` too where the children form several breakdowns: together they are no sum of the row. */
  childrenMode: ChildrenMode;
  /**
   * The children split where each heading (`Trong đó: chia theo lĩnh vực` …, `Trong đó: chia theo
   * nguồn vốn` …) starts another breakdown of the row: each is checked against the row on its own.
   * Undefined where they are one list.
   */
  breakdowns: Breakdown[] | undefined;
  /**
   * A total row that only its label makes one (`TỔNG THU CÂN ĐỐI …` unnumbered above the items):
   * its sum is kept only where the numbers hold it.
   */
  impliedTotal?: boolean;
}

export interface TableUnit {
  /** As written, e.g. `triệu đồng`. */
  text: string;
  /** The amount in đồng of one unit (1,000,000 for triệu đồng), when known. */
  factor?: number;
}

/**
 * A column identity: on every data row, `target` = Σ coef × `terms` (`=`), or Σ terms ≤ target
 * (`<=`, a `Trong đó` breakdown). `stated` when the table says it (the column-number row's
 * `3=4+5`); otherwise implied by the header and kept only where it holds on most rows.
 */
export interface ColumnIdentity {
  target: number;
  terms: { col: number; coef: number }[];
  relation: '=' | '<=';
  stated: boolean;
  /** `difference`: a column headed as a difference whose two amounts the figures show (detect/difference-identities.ts). */
  origin: 'columnNumbers' | 'header' | 'difference';
  /**
   * The column-number row's own formula (its cell's column and label, `1=2+3`) where the figures
   * follow this identity instead: the row's formula leaves out a column every row adds (`added`).
   */
  statedAs?: { col: number; label: string; added: number };
}

/**
 * A column the column-number row states as a quotient of two amount columns (`5=4/3`, `(3)=(2)/(1)`,
 * `5=4/3*100`): a ratio (`So sánh`, `Tỷ lệ (%)`), checked row by row within its shown rounding.
 */
export interface RatioColumn {
  target: number;
  numerator: number;
  denominator: number;
  /** A share of the total (`Tỷ trọng`, `Cơ cấu %`): the sheet row whose amount in `denominator` every row is divided by; on the row itself where undefined. */
  denominatorRow?: number;
}

/**
 * An amount column the column-number row states as a product of other columns (`6=4x5`,
 * `(6)=(3)*(4)*(5)`): `Thành tiền = Số lượng × Đơn giá` of a cost estimate, checked row by row in
 * the unit of the amount (÷ 1,000 when prices are in đồng and amounts in nghìn đồng).
 */
export interface ProductColumn {
  target: number;
  factors: number[];
}

/** The column-number row (`A B 1 2 3=4+5`): each column's label as written. */
export interface ColumnNumbers {
  row: number;
  labels: { col: number; label: string }[];
}

export interface TableModel {
  id: string;
  sheet: string;
  kind: TableKind;
  /** The whole table, header included, sheet coordinates. */
  range: CellRange;
  headerTop: number;
  headerBottom: number;
  /** First data row (after the header and any column-number row). */
  dataTop: number;
  title?: string;
  unit?: TableUnit;
  columns: ColumnInfo[];
  rows: RowInfo[];
  /** How text numbers in this table are written, decided from its unambiguous cells (or its headers). */
  convention?: NumberConvention;
  /**
   * `unanimous`: decided by its unambiguous text numbers, none of them written the other way, so an
   * ambiguous cell is no doubt; `grouping`: decided instead by its ambiguous cells, which only that
   * way read as whole, in a table of whole amounts; `sheet`: it has no unambiguous text number, and
   * the sheet's other tables write all theirs this way.
   */
  conventionFrom?: 'unanimous' | 'grouping' | 'sheet';
  /**
   * Ambiguous cells (`1.040`) read in the other convention than the table's: the only reading under
   * which the totals they stand in add up (key row × 20,000 + column).
   */
  readAs?: ReadonlyMap<number, NumberConvention>;
  /** Column identities beyond the year × source plan: the column-number row's and the header's. */
  columnIdentities?: ColumnIdentity[];
  /** Ratio columns the column-number row states (`5=4/3`). */
  ratioColumns?: RatioColumn[];
  /** Product columns the column-number row states (`6=4x5`). */
  productColumns?: ProductColumn[];
  columnNumbers?: ColumnNumbers;
  /** Amounts the notes under the table name (`Ghi chú: (1) Bao gồm 207 tỷ đồng …`): a total may hold them beyond its rows. */
  noteAmounts?: NoteAmount[];
}

/**
 * An amount a note under a table names: `value` (a plain decimal string) × `factor` in the table's
 * unit (`207 tỷ đồng` in a table of triệu đồng: `207` × 1,000), and the note's cell.
 */
export interface NoteAmount {
  row: number;
  col: number;
  value: string;
  factor: number;
}

export interface FindingFix {
  /** A1 address of the cell to write. */
  cell: string;
  /** The value to write, as a plain decimal string (`1770`). */
  value?: string;
  /** A formula to write instead, without the leading `=`. */
  formula?: string;
}

export type Params = Record<string, string | number>;

export interface Finding {
  /** Unique within a report: `F1`, `F2`, ... */
  id: string;
  rule: string;
  severity: Severity;
  messageId: string;
  sheet: string;
  tableId?: string;
  /** The cell to look at, A1. */
  cell: string;
  /** Related cells, A1. */
  cells: string[];
  expected?: string;
  actual?: string;
  difference?: string;
  params: Params;
  explanation?: { messageId: string; params: Params };
  fix?: FindingFix;
  /** When this finding is a consequence of another (its root cause), that finding's id. */
  causeId?: string;
  /**
   * A consequence whose own cell is right: it disagrees with its parts only because one of them is
   * wrong, so `expected` is what they add up to today, not a value for it (front ends label the pair
   * as a comparison: comparesToReference).
   */
  rightCell?: true;
}

/** Something the officer should know that is not a finding about a cell. */
export interface Notice {
  messageId: string;
  sheet?: string;
  params: Params;
}

export interface TableSummary {
  id: string;
  sheet: string;
  range: string;
  kind: TableKind;
  unit?: string;
  title?: string;
  convention?: NumberConvention;
  /** First data row (0-based sheet row), below the header and any column-number row. */
  dataTop?: number;
  /** Ambiguous text cells (A1) read in the other convention than the table's, because its totals add up only so. */
  readAs?: Record<string, NumberConvention>;
  columns: (ColumnInfo & { address: string })[];
}

export interface Report {
  tables: TableSummary[];
  findings: Finding[];
  notices: Notice[];
  summary: { errors: number; warnings: number; info: number };
}

/** The officer's corrections to what detection found, applied before the rules run. */
export interface TableOverride {
  sheet: string;
  /** A1 range of the table as the officer sets it; detection runs inside it only. */
  range?: string;
  kind?: TableKind;
  columns?: { col: number; role: ColumnRole; year?: number; source?: FundingSource; scope?: 'year' | 'period' }[];
}

export interface CheckOptions {
  /** Largest difference still accepted as equal, in the table's unit. Default 0. */
  tolerance?: string | number;
  overrides?: TableOverride[];
  /**
   * Where to add up the milliseconds the check spends, as ESLint's `stats` option keeps them (for
   * benchmarks and for finding a slow rule): per rule, by its id, and `locate`, error localisation
   * with the findings it settles (src/engine/locate). Added to what the object holds; nothing is
   * timed when it is not given.
   */
  timings?: Record<string, number>;
}
