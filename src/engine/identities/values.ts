import { conventionAt, Decimal, inTableUnit, type Reading, readCell } from '../numbers';
import type { Cell, NumberConvention } from '../types';

/** A cell in sheet coordinates. */
export interface Pos {
  row: number;
  col: number;
}

/** How a cell takes part in the arithmetic. */
export const enum Status {
  /** Not read yet. */
  Unread = 0,
  /** Empty, or `-`: zero. */
  Empty = 1,
  /** A plain amount (typed, or text that reads as one). */
  Amount = 2,
  /** Words, an error value, a ratio or bound, `...`, or a formula without a result: no value. */
  Unknown = 3,
}

/** Where an AmountGrid reads its cells: an object with a method, so that every table's grid calls the same function. */
export interface CellSource {
  cell(row: number, col: number): Cell | undefined;
}

/** Beyond this many decimals a value is summed with decimal.js instead of as a scaled integer. */
const MAX_SCALE = 9;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/**
 * A table's amounts, read once into flat arrays: the value as a double, its decimals, its status.
 * Sums are exact: each identity is added as integers scaled to its largest number of decimals
 * while they stay below 2^53, and with decimal.js otherwise. Nothing is allocated per cell.
 */
export class AmountGrid {
  private readonly value: Float64Array;
  private readonly scale: Uint8Array;
  private readonly status: Uint8Array;
  /** 1 where a formula computes the cell: localisation walks through formula totals cell by cell. */
  private readonly formula: Uint8Array;
  private readonly width: number;

  constructor(
    private readonly top: number,
    private readonly left: number,
    bottom: number,
    right: number,
    private readonly cells: CellSource,
    private readonly reading: Reading = {},
  ) {
    this.width = right - left + 1;
    const size = Math.max(0, (bottom - top + 1) * this.width);
    this.value = new Float64Array(size);
    this.scale = new Uint8Array(size);
    this.status = new Uint8Array(size);
    this.formula = new Uint8Array(size);
  }

  private index(row: number, col: number): number {
    return (row - this.top) * this.width + (col - this.left);
  }

  private read(i: number, row: number, col: number): void {
    this.take(i, this.cells.cell(row, col), conventionAt(this.reading, row, col));
  }

  /**
   * Reads the plain numbers and empty cells of one row's `cols` at once, from the grid's own row
   * (`line[c - lineLeft]` is column c); text is left for read() to parse when asked for. Only for a
   * row no merged area touches (its cells are then their own): the table is read in the order it
   * is stored, not identity by identity down its columns.
   */
  readRow(row: number, line: readonly (Cell | undefined)[] | undefined, lineLeft: number, cols: readonly number[]): void {
    const { status } = this;
    if (row < this.top || (row - this.top) * this.width >= status.length) return;
    const base = (row - this.top) * this.width - this.left;
    for (let k = 0; k < cols.length; k++) {
      const col = cols[k];
      const i = base + col;
      if (col < this.left || col - this.left >= this.width || status[i] !== Status.Unread) continue;
      this.take(i, line?.[col - lineLeft], false);
    }
  }

  /**
   * Cell i's status and amount from the cell; a text is parsed in `convention` (undefined: the
   * default reading), or, when `false`, left unread.
   */
  private take(i: number, cell: Cell | undefined, convention: NumberConvention | undefined | false): void {
    const raw = cell?.value;
    if (cell?.formula !== undefined) this.formula[i] = 1;
    if (cell?.notComputed) {
      this.status[i] = Status.Unknown;
    } else if (raw === null || raw === undefined) {
      this.status[i] = Status.Empty;
    } else if (typeof raw === 'number') {
      if (!Number.isFinite(raw)) this.status[i] = Status.Unknown;
      else this.store(i, raw);
    } else if (convention !== false) {
      const quantity = readCell(cell, convention);
      if (quantity.kind === 'empty') this.status[i] = Status.Empty;
      else if (quantity.kind === 'number' && !quantity.per && !quantity.bound && !quantity.percent) {
        const value = inTableUnit(quantity, this.reading.unit?.factor);
        this.store(i, value.toNumber(), value.decimalPlaces());
      } else this.status[i] = Status.Unknown;
    }
  }

  private store(i: number, value: number, knownScale?: number): void {
    this.status[i] = Status.Amount;
    this.value[i] = value;
    this.scale[i] = knownScale !== undefined ? Math.min(knownScale, MAX_SCALE + 1) : scaleOf(value);
  }

  statusAt(row: number, col: number): Status {
    const i = this.index(row, col);
    if (i < 0 || i >= this.status.length) return Status.Unknown;
    if (this.status[i] === Status.Unread) this.read(i, row, col);
    return this.status[i];
  }

  /** Whether a formula computes the cell (read as the sheet view shows it: a merged area's top-left cell). */
  formulaAt(row: number, col: number): boolean {
    if (col < this.left || col - this.left >= this.width || row < this.top) return this.cells.cell(row, col)?.formula !== undefined;
    const i = this.index(row, col);
    if (i >= this.status.length) return this.cells.cell(row, col)?.formula !== undefined;
    if (this.status[i] === Status.Unread) this.read(i, row, col);
    return this.formula[i] === 1;
  }

  /**
   * The size (absolute value) of the amount where it is typed, 0 where the cell has none or a
   * formula computes it: one look-up for every cell of a table scanned for an amount out of scale.
   */
  typedSizeAt(row: number, col: number): number {
    const i = this.index(row, col);
    if (i < 0 || i >= this.status.length) return 0;
    if (this.status[i] === Status.Unread) this.read(i, row, col);
    return this.status[i] === Status.Amount && this.formula[i] === 0 ? Math.abs(this.value[i]) : 0;
  }

  /** Whether the cell holds a plain amount (not empty, not words). */
  isAmount(row: number, col: number): boolean {
    return this.statusAt(row, col) === Status.Amount;
  }

  /** The amount as a double (0 for empty cells); check `statusAt` first. */
  number(row: number, col: number): number {
    return this.statusAt(row, col) === Status.Amount ? this.value[this.index(row, col)] : 0;
  }

  /** The amount as an exact decimal, or undefined when the cell has none. */
  decimal(row: number, col: number): Decimal | undefined {
    const status = this.statusAt(row, col);
    if (status === Status.Empty) return new Decimal(0);
    if (status !== Status.Amount) return undefined;
    const i = this.index(row, col);
    const scale = this.scale[i];
    if (scale > MAX_SCALE) return exactOf(this.cells.cell(row, col), conventionAt(this.reading, row, col), this.reading.unit?.factor);
    // The decimals it shows, not the double's last binary digits: a total Excel added in doubles
    // (65.658.017,599999994) is 65.658.017,6, as Excel itself shows it.
    return new Decimal(scale === 0 ? this.value[i] : this.value[i].toFixed(scale));
  }

  /**
   * Σ coef × term − target, exactly, over the terms `rows` × `cols` (each row's columns in turn,
   * `coefs` in that order): a number when it is a whole number or zero (nothing is allocated
   * then), a decimal otherwise; undefined when a cell has no value.
   */
  residual(targetRow: number, targetCol: number, rows: readonly number[], cols: readonly number[], coefs?: readonly number[]): Decimal | number | undefined {
    const sum = this.wholeResidual(targetRow, targetCol, rows, cols, coefs);
    if (sum === undefined) return undefined;
    if (!Number.isNaN(sum)) return sum === 0 ? 0 : sum;
    return this.residualScaled(targetRow, targetCol, rows, cols, coefs);
  }

  /**
   * residual() over whole numbers (most tables): one pass, reading each cell, adding while every
   * step is a safe integer; NaN when a cell has decimals or a step is past 2^53, undefined when a
   * cell has no value.
   *
   * Why a method of its own, with nothing after its loop but a test of two booleans: the first call
   * may add a parent's 20,000 items, and V8 then compiles the loop while it runs (on-stack
   * replacement) before anything after it has ever run. Code after the loop that needs what it has
   * seen (a comparison, a call) left the compiled loop on the first reach, and re-entered it on the
   * next call's loop, on and on: 1,094 such exits in the first check of a 20,000-item table.
   */
  private wholeResidual(targetRow: number, targetCol: number, rows: readonly number[], cols: readonly number[], coefs?: readonly number[]): number | undefined {
    const { status, scale: scales, value, width } = this;
    const target = this.index(targetRow, targetCol);
    if (target < 0 || target >= status.length) return undefined;
    if (status[target] === Status.Unread) this.read(target, targetRow, targetCol);
    if (status[target] === Status.Unknown) return undefined;
    let whole = status[target] !== Status.Amount || scales[target] === 0;
    let sum = status[target] === Status.Amount ? -value[target] : 0;
    let exact = Number.isSafeInteger(sum);
    for (let r = 0, k = 0; r < rows.length; r++) {
      const base = (rows[r] - this.top) * width - this.left;
      for (let c = 0; c < cols.length; c++, k++) {
        const i = base + cols[c];
        if (i < 0 || i >= status.length) return undefined;
        if (status[i] === Status.Unread) this.read(i, rows[r], cols[c]);
        const cellStatus = status[i];
        if (cellStatus === Status.Unknown) return undefined;
        if (cellStatus !== Status.Amount) continue;
        if (scales[i] !== 0) whole = false;
        else if (exact) {
          sum += (coefs ? coefs[k] : 1) * value[i];
          exact = Number.isSafeInteger(value[i]) && Number.isSafeInteger(sum);
        }
      }
    }
    return whole && exact ? sum : Number.NaN;
  }

  /** residual() for decimals and past 2^53: integers scaled to the largest number of decimals while they stay safe, else decimal.js. */
  private residualScaled(targetRow: number, targetCol: number, rows: readonly number[], cols: readonly number[], coefs?: readonly number[]): Decimal | number | undefined {
    const targetStatus = this.statusAt(targetRow, targetCol);
    if (targetStatus === Status.Unknown) return undefined;
    const { status, width } = this;
    let scale = targetStatus === Status.Amount ? this.scale[this.index(targetRow, targetCol)] : 0;
    for (let r = 0; r < rows.length; r++) {
      for (let c = 0; c < cols.length; c++) {
        const cellStatus = this.statusAt(rows[r], cols[c]);
        if (cellStatus === Status.Unknown) return undefined;
        if (cellStatus === Status.Amount) {
          const cellScale = this.scale[(rows[r] - this.top) * width + (cols[c] - this.left)];
          if (cellScale > scale) scale = cellScale;
        }
      }
    }
    if (scale <= MAX_SCALE) {
      const factor = POW10[scale];
      let sum = -this.scaled(this.index(targetRow, targetCol), factor);
      for (let r = 0, k = 0; r < rows.length && Number.isSafeInteger(sum); r++) {
        const base = (rows[r] - this.top) * width - this.left;
        for (let c = 0; c < cols.length && Number.isSafeInteger(sum); c++, k++) {
          const i = base + cols[c];
          if (status[i] === Status.Amount) sum += (coefs ? coefs[k] : 1) * this.scaled(i, factor);
        }
      }
      if (Number.isSafeInteger(sum)) return sum === 0 ? 0 : scaledResult(sum, scale);
    }
    let sum = (this.decimal(targetRow, targetCol) as Decimal).negated();
    for (let r = 0, k = 0; r < rows.length; r++) {
      for (let c = 0; c < cols.length; c++, k++) {
        const value = this.decimal(rows[r], cols[c]) as Decimal;
        if (!value.isZero()) sum = sum.plus(coefs ? value.times(coefs[k]) : value);
      }
    }
    return sum;
  }

  /** The cell (by index) as an integer in units of 10^-scale (NaN past 2^53, which fails the safe-integer test). */
  private scaled(i: number, factor: number): number {
    if (this.status[i] !== Status.Amount) return 0;
    const scaled = Math.round(this.value[i] * factor);
    return Number.isSafeInteger(scaled) ? scaled : Number.NaN;
  }

  /**
   * The amount as a double when it is whole (its scale 0); 0 for a cell with no amount (as number()
   * gives); NaN for an amount with decimals. One look-up for the thousands of cells a typing slip
   * must tell apart.
   */
  wholeAt(row: number, col: number): number {
    if (this.statusAt(row, col) !== Status.Amount) return 0;
    const i = this.index(row, col);
    return this.scale[i] === 0 ? this.value[i] : Number.NaN;
  }

  /** The number of decimals the cell's value has (10 past nine). */
  scaleAt(row: number, col: number): number {
    return this.statusAt(row, col) === Status.Amount ? this.scale[this.index(row, col)] : 0;
  }
}

/** A scaled integer sum as an exact number when it is whole, else as a decimal. */
function scaledResult(sum: number, scale: number): Decimal | number {
  return scale === 0 ? sum : new Decimal(sum).dividedBy(POW10[scale]);
}

/**
 * The decimals a double shows: 1.1 → 1, 0.30000000000000004 (a formula's floating round-off) → 1.
 * More than nine decimals → 10 (summed with decimal.js). The round-off allowed is some fifty units
 * of the double's last place, not more: 21.696.785,575985 is six decimals, not 21.696.785,576.
 */
function scaleOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  for (let k = 1; k <= MAX_SCALE; k++) {
    const scaled = value * POW10[k];
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-14 * Math.max(1, Math.abs(scaled))) return k;
  }
  return MAX_SCALE + 1;
}

function exactOf(cell: Cell | undefined, convention: NumberConvention | undefined, factor: number | undefined): Decimal | undefined {
  const quantity = readCell(cell, convention);
  return quantity.kind === 'number' ? inTableUnit(quantity, factor) : undefined;
}

/** A residual as a decimal, whichever form it came in. */
export function toDecimal(value: Decimal | number): Decimal {
  return typeof value === 'number' ? new Decimal(value) : value;
}

/** Whether a residual is zero. */
export function isZero(value: Decimal | number): boolean {
  return typeof value === 'number' ? value === 0 : value.isZero();
}
