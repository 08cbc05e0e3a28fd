import { conventionAt, Decimal, writtenDecimals } from '../numbers';
import type { BudgetReader } from '../rules/budget/model';
import type { Identity } from './index';
import { Status } from './values';

/**
 * The largest difference rounding can explain in an identity: half a unit of the last shown digit
 * for each rounded figure in it (its non-zero terms and its target). A figure is rounded when its
 * number format shows fewer decimals than it may hold (`#,##0`, `#,##0.0`, accounting formats);
 * a figure in the General format shows what it holds and is exact. Published tables round every
 * figure, whole numbers included, so a region of a dozen provinces may be off by up to six
 * (the Ministry of Finance's disclosure appendices, ../shared/mof, are full of ±1); whole figures
 * shown as held are read so too where the table shows that rounding (readsRoundedToUnit).
 */
export function allowanceOf(identity: Identity, reader: BudgetReader): Decimal {
  // Worked out again for a table read as rounded to the unit after its allowances were first asked for.
  const cache = roundedToUnit.has(reader.table) ? unitAllowances : allowances;
  let allowance = cache.get(identity);
  if (allowance === undefined) {
    allowance = allowanceAt(identity.target.row, identity.target.col, identity.termSheetRows, identity.termCols, reader);
    cache.set(identity, allowance);
  }
  return allowance;
}

/** allowanceOf() for the identity with this target and terms (rows × columns), not kept. */
export function allowanceAt(targetRow: number, targetCol: number, termRows: readonly number[], termCols: readonly number[], reader: BudgetReader): Decimal {
  // How many rounded figures show each number of decimals: a total of 20,000 items is asked about often.
  const figures: number[] = [];
  const count = (row: number, col: number) => {
    const decimals = decimalsShownAt(reader, row, col);
    if (decimals !== undefined) figures[decimals] = (figures[decimals] ?? 0) + 1;
  };
  count(targetRow, targetCol);
  for (const row of termRows) {
    for (const col of termCols) if (reader.amounts.number(row, col) !== 0) count(row, col);
  }
  let halfUnits = new Decimal(0);
  figures.forEach((n, decimals) => (halfUnits = halfUnits.plus(new Decimal(10).pow(-decimals).times(n))));
  return halfUnits.dividedBy(2);
}

/** An identity's cells do not change while the engine checks them. */
const allowances = new WeakMap<Identity, Decimal>();
const unitAllowances = new WeakMap<Identity, Decimal>();

/** Tables whose whole figures shown as held are read as rounded to the unit (readsRoundedToUnit). */
const roundedToUnit = new WeakSet<object>();

/**
 * Whether a table whose whole figures show as they are held (the General format, a plain CSV) was
 * rounded to the unit all the same, as published tables are (a disclosure pasted from its PDF, a CSV
 * of the Ministry's figures): three or more of its identities (`=`) are off by a whole amount within
 * half a unit per figure, and no one cell stands in all of them. One mistyped figure breaks only the
 * identities it stands in (and, where formula totals follow it, the typed totals above them): a
 * single slip stays a slip. Once true, the table's whole figures read as `#,##0` (decimalsShownAt).
 *
 * `violations`: the identities that break and their residuals (Σ coef × terms − target).
 */
export function readsRoundedToUnit(reader: BudgetReader, violations: readonly { identity: Identity; residual: Decimal | number }[]): boolean {
  if (roundedToUnit.has(reader.table)) return true;
  // A residual read as a number is whole (AmountGrid.residual); the size is told before the figures are read.
  const small = violations.filter(
    ({ identity, residual }) => identity.relation === '=' && typeof residual === 'number' && Math.abs(residual) <= halfUnitsOf(reader, identity) && shownAsHeldWhole(reader, identity),
  );
  if (small.length < 3 || shareACell(small.map((v) => v.identity))) return false;
  roundedToUnit.add(reader.table);
  return true;
}

/** Whether every figure of the identity is whole and shown as held. */
function shownAsHeldWhole(reader: BudgetReader, identity: Identity): boolean {
  const whole = (row: number, col: number) => decimalsShownAt(reader, row, col) === undefined && reader.amounts.scaleAt(row, col) === 0;
  if (!whole(identity.target.row, identity.target.col)) return false;
  for (const row of identity.termSheetRows) for (const col of identity.termCols) if (!whole(row, col)) return false;
  return true;
}

/** Half a unit per non-zero figure of the identity (its target and terms): what rounding to the unit allows. */
function halfUnitsOf(reader: BudgetReader, identity: Identity): number {
  let figures = 1;
  for (const row of identity.termSheetRows) for (const col of identity.termCols) if (reader.amounts.number(row, col) !== 0) figures++;
  return figures / 2;
}

/** Whether one cell (a target or a term) stands in every one of the identities. */
function shareACell(identities: Identity[]): boolean {
  const cellsOf = (identity: Identity) => [identity.target, ...identity.terms].map(({ row, col }) => row * 20_000 + col);
  let common = new Set(cellsOf(identities[0]));
  for (let i = 1; i < identities.length && common.size > 0; i++) {
    const cells = new Set(cellsOf(identities[i]));
    common = new Set([...common].filter((key) => cells.has(key)));
  }
  return common.size > 0;
}

/** Records allowanceOf(identity), worked out already for its packed form (IdentityList). */
export function rememberAllowance(identity: Identity, allowance: Decimal): void {
  allowances.set(identity, allowance);
}

/**
 * How many decimals a figure of the table shows: its number format's (decimalsShown). In a column
 * whose amounts are all text with their thousands grouped — a CSV saved from Excel, which writes
 * each figure as it is shown — the decimals its text writes (`14,677,366` none, `24,000.0` one): such
 * figures were rounded to what they show, as formatted ones are. Undefined: shown as held, exact.
 */
export function decimalsShownAt(reader: BudgetReader, row: number, col: number): number | undefined {
  const cell = reader.cell(row, col);
  if (typeof cell?.value !== 'string' || cell.numberFormat !== undefined || !shownAsText(reader, col)) {
    const decimals = decimalsShown(cell?.numberFormat);
    // A whole figure shown as held, in a table read as rounded to the unit (readsRoundedToUnit).
    if (decimals === undefined && roundedToUnit.has(reader.table) && reader.amounts.isAmount(row, col) && reader.amounts.scaleAt(row, col) === 0) return 0;
    return decimals;
  }
  return writtenDecimals(cell.value, conventionAt(reader.table, row, col));
}

/** The unit of a figure's last shown digit (1 when it shows what it holds). */
export function lastDigitUnitAt(reader: BudgetReader, row: number, col: number): Decimal {
  return new Decimal(10).pow(-(decimalsShownAt(reader, row, col) ?? 0));
}

/** Whether every amount of the column is text and some group their thousands (decimalsShownAt). */
function shownAsText(reader: BudgetReader, col: number): boolean {
  let columns = textColumns.get(reader.table);
  if (!columns) textColumns.set(reader.table, (columns = new Map()));
  let shown = columns.get(col);
  if (shown === undefined) {
    const grouped = reader.table.convention === 'en' ? /\d,\d{3}/ : /\d\.\d{3}/;
    let groups = false;
    let typed = false;
    const { range } = reader.table;
    for (let row = range.top; row <= range.bottom && !typed; row++) {
      if (reader.amounts.statusAt(row, col) !== Status.Amount) continue;
      const value = reader.cell(row, col)?.value;
      if (typeof value !== 'string') typed = true;
      else if (!groups && grouped.test(value)) groups = true;
    }
    shown = groups && !typed;
    columns.set(col, shown);
  }
  return shown;
}

const textColumns = new WeakMap<object, Map<number, boolean>>();

/** How many decimals a number format shows; undefined for General, text and non-numeric formats. */
export function decimalsShown(format: string | undefined): number | undefined {
  if (!format || format === 'General' || format === '@') return undefined;
  // A table has a handful of formats and thousands of cells.
  if (shown.has(format)) return shown.get(format);
  const section = format.split(';')[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  const match = /\.([0#?]+)/.exec(section);
  const decimals = !/[0#?]/.test(section) ? undefined : match ? match[1].length : 0;
  if (shown.size >= 1_000) shown.clear();
  shown.set(format, decimals);
  return decimals;
}

const shown = new Map<string, number | undefined>();

/** A difference the table cannot show (below half the last digit its total shows): decimals hidden by `#,##0`, binary round-off. */
export function invisible(identity: Identity, residual: Decimal, reader: BudgetReader): boolean {
  const { row, col } = identity.target;
  return decimalsShownAt(reader, row, col) !== undefined && residual.abs().lessThan(lastDigitUnitAt(reader, row, col).dividedBy(2));
}

