/**
 * A budget table as the accuracy benchmark knows it: every amount cell with its value (and formula),
 * and every identity the table's layout makes (row totals, parent = Σ children, grand totals), so
 * that a slip can be injected and judged against the truth.
 */
import { cellAddress, parseRangeAddress } from '../../../src/engine/address';
import type { Cell, SheetGrid } from '../../../src/engine/types';

export type Source = 'central' | 'local' | 'other';

/**
 * An amount column: one source of one year, a year's total, or (no year) the period's; or
 * (`difference`, no year) one amount column minus another on every row (`Tăng (+), giảm (-)`).
 */
export interface AmountColumn {
  col: number;
  year?: number;
  source: Source | 'total' | 'difference';
  /** For a difference: the columns it is `minuend − subtrahend` of. */
  of?: { minuend: number; subtrahend: number };
}

/**
 * - `total`: `Cộng`, `Tổng số`, `TOTAL`: Σ of the top-level rows;
 * - `group`: a project or region: Σ of its children (`parent` of each child points to it);
 * - `item`: a leaf with amounts of its own;
 * - `note`: `Trong đó:` and other text-only rows;
 * - `ofWhich`: an item listed under `Trong đó:` below its `parent`: a partial breakdown (parent ≥ Σ);
 * - `grand`: `Tổng cộng` merged over each year's source columns (multi-year layouts).
 */
export type RowRole = 'total' | 'group' | 'item' | 'note' | 'ofWhich' | 'grand';

export interface RowSpec {
  number?: string | number;
  label: string;
  role: RowRole;
  /** Index into LayoutSpec.rows of the parent (group / total), or the partial parent (ofWhich). */
  parent?: number;
}

export interface LayoutSpec {
  layout: string;
  /** Language of the words: text slips are written in this convention (`1.234` vi, `1,234` en). */
  lang: 'vi' | 'en';
  /** Title, unit line, header rows and column-number row, written verbatim from A1. */
  top: (string | number | null)[][];
  merges: string[];
  columns: AmountColumn[];
  /** Data rows, written right below `top`. */
  rows: RowSpec[];
  /** Totals as SUM formulas: `columns` for parents and total rows, `rows` for year and period totals. */
  formulas: { columns: boolean; rows: boolean };
  /** Range of a leaf amount. */
  amounts: { min: number; max: number };
  numberFormat: string;
}

/** A cell key: sheet row × 256 + sheet column (the tables are narrow). */
export type Key = number;
export const keyOf = (row: number, col: number): Key => row * 256 + col;
export const rowOf = (key: Key): number => Math.floor(key / 256);
export const colOf = (key: Key): number => key % 256;
export const addressOf = (key: Key): string => cellAddress(rowOf(key), colOf(key));

export interface AmountCell {
  /** The number typed, or the cached result of the formula. */
  value: number;
  /** `SUM` arguments: the cells added, with repetition (a row counted twice appears twice). */
  refs?: Key[];
  /** Set when the number is stored as text (what the cell shows). */
  text?: string;
}

/** Σ coefs[i] × value(keys[i]) = 0. */
export interface Identity {
  keys: Key[];
  coefs: number[];
}

export interface BudgetTable {
  spec: LayoutSpec;
  cells: Map<Key, AmountCell>;
  /** Equalities the layout makes: row totals, column totals, grand totals. */
  identities: Identity[];
  /** `Trong đó` parents: parent ≥ Σ children, per column. */
  partials: { parent: Key; children: Key[] }[];
  /** Totals over rows: the cell and the cells it adds (its column identity), for left-out and double-counted rows. */
  totals: { key: Key; terms: Key[] }[];
  /** First data row on the sheet. */
  dataTop: number;
}

export type Random = () => number;

/** mulberry32: a small seeded generator, so every run builds the same tables. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
export const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

/** Fills a layout with consistent random amounts: every identity holds. */
export function buildTable(spec: LayoutSpec, random: Random): BudgetTable {
  const dataTop = spec.top.length;
  const cells = new Map<Key, AmountCell>();
  const value = (row: number, col: number) => cells.get(keyOf(dataTop + row, col))?.value ?? 0;
  const set = (row: number, col: number, v: number) => cells.set(keyOf(dataTop + row, col), { value: v });
  const sourceColumns = spec.columns.filter((c) => c.source !== 'total' && c.year !== undefined);
  const children = spec.rows.map((_, i) => spec.rows.flatMap((r, j) => (r.parent === i && r.role !== 'ofWhich' ? [j] : [])));
  const partialChildren = spec.rows.map((_, i) => spec.rows.flatMap((r, j) => (r.parent === i && r.role === 'ofWhich' ? [j] : [])));
  const numeric = (role: RowRole) => role !== 'note' && role !== 'grand';

  // Leaves first, then `Trong đó` parts of them, then parents bottom-up (children come after parents).
  // The amounts a difference compares: the later one (`Kế hoạch sau điều chỉnh`) the earlier one's, changed by up to 40 %.
  const compared = new Map(spec.columns.filter((c) => c.of).map((c) => [c.of!.minuend, c.of!.subtrahend]));
  spec.rows.forEach((row, i) => {
    if (row.role !== 'item' || children[i].length > 0) return;
    for (const column of sourceColumns) {
      const earlier = compared.get(column.col);
      if (earlier !== undefined) {
        if (random() < 0.85) set(i, column.col, Math.round(value(i, earlier) * (0.6 + 0.8 * random())));
        continue;
      }
      // Central money every year, local most years, other now and then, as in real plans; 0 = blank.
      const present = column.source === 'central' || random() < (column.source === 'local' ? 0.8 : 0.35);
      if (present) set(i, column.col, between(random, spec.amounts.min, spec.amounts.max));
    }
  });
  spec.rows.forEach((row, i) => {
    if (row.role !== 'ofWhich') return;
    for (const column of sourceColumns) {
      const whole = value(row.parent!, column.col);
      const siblings = partialChildren[row.parent!].length;
      const share = Math.floor((whole / (siblings + 1)) * (0.3 + 0.6 * random()));
      if (share > 0) set(i, column.col, share);
    }
  });
  // Parents after their children, wherever the total row stands.
  const addUp = (i: number): void => {
    if (children[i].length === 0) return;
    children[i].forEach(addUp);
    for (const column of sourceColumns) set(i, column.col, children[i].reduce((s, c) => s + value(c, column.col), 0));
  };
  spec.rows.forEach((row, i) => row.parent === undefined && addUp(i));

  const identities: Identity[] = [];
  const add = (target: Key, terms: Key[]) => identities.push({ keys: [target, ...terms], coefs: [-1, ...terms.map(() => 1)] });
  const formulaFor = new Map<Key, Key[]>();
  const at = (row: number, col: number) => keyOf(dataTop + row, col);

  // Row identities: a year's total = Σ its sources; a period source = Σ years; the period total = Σ either.
  const rowTerms = (column: AmountColumn): Key[][] => {
    if (column.source === 'difference') return [];
    const years = spec.columns.filter((c) => c.year !== undefined);
    if (column.source !== 'total' && column.year === undefined) return [years.filter((c) => c.source === column.source).map((c) => c.col)];
    if (column.source !== 'total') return [];
    if (column.year !== undefined) return [years.filter((c) => c.year === column.year && c.source !== 'total').map((c) => c.col)];
    const periodSources = spec.columns.filter((c) => c.year === undefined && c.source !== 'total').map((c) => c.col);
    const yearTotals = years.filter((c) => c.source === 'total').map((c) => c.col);
    const ways = [periodSources, yearTotals].filter((w) => w.length > 0);
    return ways.length > 0 ? ways : [years.map((c) => c.col)];
  };
  spec.rows.forEach((row, i) => {
    if (!numeric(row.role)) return;
    // Year totals and period sources before the period total that adds them up.
    const order = (c: AmountColumn) => (c.source === 'total' && c.year === undefined ? 1 : 0);
    for (const column of [...spec.columns].sort((a, b) => order(a) - order(b))) {
      const ways = rowTerms(column);
      if (ways.length === 0) continue;
      set(i, column.col, ways[0].reduce((s, c) => s + value(i, c), 0));
      ways.forEach((cols) => add(at(i, column.col), cols.map((c) => at(i, c))));
      if (spec.formulas.rows) formulaFor.set(at(i, column.col), ways[0].map((c) => at(i, c)));
    }
  });

  // A difference on every row: minuend − subtrahend (typed: no plain SUM states it).
  for (const column of spec.columns) {
    if (!column.of) continue;
    const { minuend, subtrahend } = column.of;
    spec.rows.forEach((row, i) => {
      if (!numeric(row.role)) return;
      set(i, column.col, value(i, minuend) - value(i, subtrahend));
      identities.push({ keys: [at(i, column.col), at(i, minuend), at(i, subtrahend)], coefs: [-1, 1, -1] });
    });
  }

  // Column identities: a parent = Σ its children; a `Trong đó` parent ≥ Σ its parts.
  const totals: BudgetTable['totals'] = [];
  const partials: BudgetTable['partials'] = [];
  spec.rows.forEach((_, i) => {
    for (const column of spec.columns) {
      if (children[i].length > 0) {
        const terms = children[i].map((c) => at(c, column.col));
        add(at(i, column.col), terms);
        totals.push({ key: at(i, column.col), terms });
        if (spec.formulas.columns && !formulaFor.has(at(i, column.col))) formulaFor.set(at(i, column.col), terms);
      }
      if (partialChildren[i].length > 0) partials.push({ parent: at(i, column.col), children: partialChildren[i].map((c) => at(c, column.col)) });
    }
  });

  // `Tổng cộng` merged over each year's sources = Σ of the total row's sources of that year (typed).
  const grand = spec.rows.findIndex((r) => r.role === 'grand');
  const totalRow = spec.rows.findIndex((r) => r.role === 'total');
  if (grand >= 0) {
    const groups = new Map<number | undefined, number[]>();
    for (const c of spec.columns) if (c.source !== 'total') groups.set(c.year, [...(groups.get(c.year) ?? []), c.col]);
    for (const cols of groups.values()) {
      set(grand, cols[0], cols.reduce((s, c) => s + value(totalRow, c), 0));
      add(at(grand, cols[0]), cols.map((c) => at(totalRow, c)));
    }
  }

  for (const [key, refs] of formulaFor) cells.get(key)!.refs = refs;
  for (const [key, cell] of cells) if (cell.value === 0 && !cell.refs) cells.delete(key); // a typed 0 is left blank
  return { spec, cells, identities, partials, totals, dataTop };
}

/** Recomputes every formula's cached result as Excel would: SUM skips text. */
export function recalculate(cells: Map<Key, AmountCell>): void {
  const done = new Set<Key>();
  const visit = (key: Key): number => {
    const cell = cells.get(key);
    if (!cell) return 0;
    if (cell.refs && !done.has(key)) {
      done.add(key);
      cell.value = cell.refs.reduce((s, r) => s + (cells.get(r)?.text === undefined ? visit(r) : 0), 0);
    }
    return cell.value;
  };
  for (const key of cells.keys()) visit(key);
}

/** `SUM(C6:C9,C12)`: runs of adjacent cells in a column or a row become ranges. */
export function formulaText(refs: Key[]): string {
  const args: string[] = [];
  for (let i = 0; i < refs.length; ) {
    let j = i;
    const step = refs.length > i + 1 && refs[i + 1] - refs[i] === 1 ? 1 : 256;
    while (j + 1 < refs.length && refs[j + 1] - refs[j] === step) j++;
    args.push(j > i ? `${addressOf(refs[i])}:${addressOf(refs[j])}` : addressOf(refs[i]));
    i = j + 1;
  }
  return `SUM(${args.join(',')})`;
}

/** The sheet the engine sees. */
export function toGrid(table: BudgetTable, name: string): SheetGrid {
  const { spec, dataTop } = table;
  const rows: (Cell | undefined)[][] = spec.top.map((line) => line.map((v) => (v === null ? undefined : { value: v })));
  spec.rows.forEach((row, i) => {
    const line: (Cell | undefined)[] = [];
    if (row.number !== undefined) line[0] = { value: row.number };
    line[1] = { value: row.label };
    rows[dataTop + i] = line;
  });
  for (const [key, cell] of table.cells) {
    const line = rows[rowOf(key)];
    if (cell.text !== undefined) line[colOf(key)] = { value: cell.text };
    else if (cell.refs) line[colOf(key)] = { value: cell.value, formula: formulaText(cell.refs), numberFormat: spec.numberFormat };
    else line[colOf(key)] = { value: cell.value, numberFormat: spec.numberFormat };
  }
  const merges = [...spec.merges];
  const grand = spec.rows.findIndex((r) => r.role === 'grand');
  if (grand >= 0) {
    const groups = new Map<number | undefined, number[]>();
    for (const c of spec.columns) if (c.source !== 'total') groups.set(c.year, [...(groups.get(c.year) ?? []), c.col]);
    for (const cols of groups.values()) merges.push(`${cellAddress(dataTop + grand, cols[0])}:${cellAddress(dataTop + grand, cols[cols.length - 1])}`);
  }
  return { name, origin: { row: 0, col: 0 }, cells: rows, merges: merges.map((m) => parseRangeAddress(m)!) };
}

export function cloneCells(cells: Map<Key, AmountCell>): Map<Key, AmountCell> {
  const copy = new Map<Key, AmountCell>();
  for (const [key, cell] of cells) copy.set(key, { ...cell, refs: cell.refs && [...cell.refs] });
  return copy;
}
