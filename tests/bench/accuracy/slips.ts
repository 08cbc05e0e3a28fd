/**
 * The typing slips officers make (issue 9; Scholtus 2009 on typing errors under balance edits), each
 * injected at one random cell of a clean table. Formula results are then recomputed as Excel would,
 * so a slip in a cell that formulas read shows wherever those formulas do.
 */
import { cloneCells, keyOf, colOf, pick, recalculate, rowOf, type AmountCell, type BudgetTable, type Key, type Random } from './table';

export const SLIP_KINDS = ['swap', 'digit', 'x1000', 'sign', 'omitted', 'doubled', 'text', 'copied'] as const;
export type SlipKind = (typeof SLIP_KINDS)[number];

export const SLIP_NAMES: Record<SlipKind, string> = {
  swap: 'two adjacent digits swapped',
  digit: 'one digit wrong',
  x1000: '×1000',
  sign: 'sign flipped',
  omitted: 'row left out of a total',
  doubled: 'row counted twice',
  text: 'number stored as text',
  copied: 'value copied from the next column',
};

export interface Slip {
  kind: SlipKind;
  /** The cell the slip is in. */
  key: Key;
  /** What the cell held before: its value, and its formula's cells if it is a formula. */
  original: number;
  originalRefs?: Key[];
  /** The table's amount cells after the slip, formula results recomputed. */
  cells: Map<Key, AmountCell>;
}

/** Injects one slip of `kind` at a random cell that can take it; undefined if no cell can. */
export function injectSlip(table: BudgetTable, kind: SlipKind, random: Random): Slip | undefined {
  const cells = cloneCells(table.cells);
  const typed = [...cells.entries()].filter(([, c]) => !c.refs && c.value !== 0).map(([k]) => k);
  const digits = (v: number) => String(Math.abs(v));
  const withDigits = (v: number, d: string) => Math.sign(v) * Number(d);
  let key: Key;
  switch (kind) {
    case 'swap': {
      const pairs = (v: number) => [...digits(v)].flatMap((d, i, all) => (i + 1 < all.length && d !== all[i + 1] && !(i === 0 && all[1] === '0') ? [i] : []));
      const candidates = typed.filter((k) => pairs(cells.get(k)!.value).length > 0);
      if (candidates.length === 0) return undefined;
      key = pick(random, candidates);
      const cell = cells.get(key)!;
      const i = pick(random, pairs(cell.value));
      const d = [...digits(cell.value)];
      [d[i], d[i + 1]] = [d[i + 1], d[i]];
      cell.value = withDigits(cell.value, d.join(''));
      break;
    }
    case 'digit': {
      if (typed.length === 0) return undefined;
      key = pick(random, typed);
      const cell = cells.get(key)!;
      const d = [...digits(cell.value)];
      const i = Math.floor(random() * d.length);
      const choices = '0123456789'.split('').filter((c) => c !== d[i] && !(i === 0 && d.length > 1 && c === '0'));
      d[i] = pick(random, choices);
      cell.value = withDigits(cell.value, d.join(''));
      break;
    }
    case 'x1000':
    case 'sign': {
      if (typed.length === 0) return undefined;
      key = pick(random, typed);
      const cell = cells.get(key)!;
      cell.value = kind === 'sign' ? -cell.value : cell.value * 1000;
      break;
    }
    case 'text': {
      if (typed.length === 0) return undefined;
      key = pick(random, typed);
      const cell = cells.get(key)!;
      cell.text = cell.value.toLocaleString(table.spec.lang === 'vi' ? 'de-DE' : 'en-US', { useGrouping: true, maximumFractionDigits: 10 });
      break;
    }
    case 'copied': {
      const next = (k: Key) => cells.get(keyOf(rowOf(k), colOf(k) + 1));
      const candidates = typed.filter((k) => {
        const right = next(k);
        return right !== undefined && right.value !== 0 && right.value !== cells.get(k)!.value;
      });
      if (candidates.length === 0) return undefined;
      key = pick(random, candidates);
      cells.get(key)!.value = next(key)!.value;
      break;
    }
    case 'omitted':
    case 'doubled': {
      const options = table.totals.flatMap(({ key: total, terms }) => {
        const cell = cells.get(total);
        if (terms.length < 2) return [];
        // A formula that adds something else (a row total's own SUM) is not where a row goes missing.
        if (cell?.refs && !sameCells(cell.refs, terms)) return [];
        const contiguous = cell?.refs && terms.every((t, i) => i === 0 || t - terms[i - 1] === 256);
        return terms
          .filter((t, i) => (cells.get(t)?.value ?? 0) !== 0 && (kind === 'doubled' || !contiguous || i === 0 || i === terms.length - 1))
          .map((term) => ({ total, term }));
      });
      if (options.length === 0) return undefined;
      const { total, term } = pick(random, options);
      key = total;
      const termValue = cells.get(term)!.value;
      const cell = cells.get(total) ?? { value: 0 };
      cells.set(total, cell);
      if (cell.refs) {
        // A range that stops a row short (or starts a row late), or a term added again.
        if (kind === 'omitted') cell.refs.splice(cell.refs.indexOf(term), 1);
        else cell.refs.push(term);
      } else cell.value += kind === 'omitted' ? -termValue : termValue;
      break;
    }
  }
  recalculate(cells);
  const before = table.cells.get(key);
  return { kind, key, original: before?.value ?? 0, originalRefs: before?.refs, cells };
}

function sameCells(a: Key[], b: Key[]): boolean {
  const sorted = (keys: Key[]) => [...keys].sort((x, y) => x - y);
  const other = sorted(b);
  return a.length === b.length && sorted(a).every((k, i) => k === other[i]);
}
