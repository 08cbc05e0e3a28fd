/**
 * Slips typed into the Ministry of Finance's own published tables (tests/fixtures/mof-*.xls): real
 * headers, `Trong đó` lists, links between sheets, ±1 rounding and the few mistakes they already
 * carry. Nobody annotated them, so no oracle says whether a slip is uniquely locatable; what is
 * measured is what an officer would see: the slip fixed at its cell to the amount typed before it,
 * named among "one of these N cells", not seen at all (every total above it a formula, so nothing
 * breaks), and — the figure that must stay 0 — a fix proposed on another cell.
 *
 * Per table, a few typed amounts are drawn (seeded); each takes each kind of slip in turn, the SUM
 * formulas above it recomputed as Excel would (a number stored as text, skipped by them). A trial
 * whose cell a formula other than a plain sum reads is skipped (its new value cannot be worked out
 * here). Then every SUM total leaves out its last row in turn.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cellAddress, parseCellAddress } from '../../../src/engine/address';
import { checkWorkbook } from '../../../src/engine';
import { formulaSum } from '../../../src/engine/rules/budget/formula-refs';
import type { Cell, Finding, SheetGrid } from '../../../src/engine/types';
import { readWorkbook } from '../../../src/io';
import { seeded } from './table';

export const REAL_WORKBOOKS = ['mof-plan-2004.xls', 'mof-final-2006.xls', 'mof-final-2010.xls', 'mof-final-2011.xls', 'mof-plan-2017.xls'];
const KINDS = ['×1000', 'two digits swapped', 'one digit wrong', 'sign flipped', 'stored as text'] as const;
type Kind = (typeof KINDS)[number];
type Verdict = 'fixed' | 'oneOf' | 'unseen' | 'other' | 'elsewhere';

/** The written amount the slip makes of `value`; undefined when it makes none (too small, no two digits to swap). */
function slipped(kind: Kind, value: number): number | string | undefined {
  if (!Number.isInteger(value) || Math.abs(value) < 10) return undefined;
  // As a Vietnamese-locale officer types it: `1.234.567`.
  if (kind === 'stored as text') return (value < 0 ? '-' : '') + String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const digits = String(Math.abs(value));
  const sign = Math.sign(value);
  switch (kind) {
    case '×1000':
      return value * 1000;
    case 'sign flipped':
      return -value;
    case 'two digits swapped': {
      for (let i = 0; i + 1 < digits.length; i++) {
        if (digits[i] === digits[i + 1] || (i === 0 && digits[1] === '0')) continue;
        return sign * Number(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
      }
      return undefined;
    }
    case 'one digit wrong': {
      const i = Math.min(1, digits.length - 1);
      const next = digits.slice(0, i) + ((Number(digits[i]) + 3) % 10) + digits.slice(i + 1);
      return next[0] === '0' ? undefined : sign * Number(next);
    }
  }
}

interface FormulaCell {
  row: number;
  col: number;
  cell: Cell;
  /** The cells of a plain sum, each as often as it is added; undefined for any other formula. */
  sum?: { row: number; col: number }[];
  /** Every range the formula reads: top, left, bottom, right. */
  reads: number[][];
}

function formulasOf(sheet: SheetGrid): FormulaCell[] {
  const out: FormulaCell[] = [];
  sheet.cells.forEach((cells, r) =>
    cells?.forEach((cell, c) => {
      if (!cell?.formula) return;
      const reads = [...cell.formula.matchAll(/\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g)].map((m) => {
        const a = parseCellAddress(m[1] + m[2])!;
        const b = m[3] ? parseCellAddress(m[3] + m[4])! : a;
        return [a.row, a.col, b.row, b.col];
      });
      out.push({ row: sheet.origin.row + r, col: sheet.origin.col + c, cell, sum: formulaSum(cell.formula)?.cells, reads });
    }),
  );
  return out;
}

/** Moves the cell by `delta` and the plain sums above it, as Excel recomputes them; returns the undo, or undefined (nothing moved) when another formula reads a moved cell. */
function recompute(formulas: FormulaCell[], row: number, col: number, delta: number): (() => void) | undefined {
  const undo: (() => void)[] = [];
  const queue: [number, number, number][] = [[row, col, delta]];
  for (let q = 0; q < queue.length && q < 500; q++) {
    const [r, c, d] = queue[q];
    for (const f of formulas) {
      if (!f.reads.some(([top, left, bottom, right]) => r >= top && r <= bottom && c >= left && c <= right)) continue;
      if (!f.sum || typeof f.cell.value !== 'number') {
        undo.forEach((u) => u());
        return undefined;
      }
      const times = f.sum.filter((p) => p.row === r && p.col === c).length;
      if (times === 0) continue;
      const before = f.cell.value;
      f.cell.value = before + d * times;
      undo.push(() => (f.cell.value = before));
      queue.push([f.row, f.col, d * times]);
    }
  }
  return () => undo.forEach((u) => u());
}

const keyOf = (f: Finding) => `${f.rule}|${f.messageId}|${f.cell}|${f.fix?.cell ?? ''}|${f.fix?.value ?? ''}|${f.fix?.formula ?? ''}`;

/** What the officer sees of one slip at `at` (written over `original`): new findings against the sheet's own. */
function verdictOf(findings: Finding[], before: Set<string>, at: string, original: number): Verdict {
  const fresh = findings.filter((f) => f.severity !== 'info' && !before.has(keyOf(f)));
  if (fresh.some((f) => f.fix && f.fix.cell !== at)) return 'elsewhere';
  if (fresh.some((f) => f.fix?.cell === at && Number(f.fix.value) === original)) return 'fixed';
  if (fresh.length === 0) return 'unseen';
  const named = (f: Finding) => f.cell === at || f.cells.includes(at) || String(f.explanation?.params.candidates ?? f.params.candidates ?? '').split('; ').some((c) => c.split(' ')[0] === at);
  return fresh.some(named) ? 'oneOf' : 'other';
}

/** Each sheet of the workbooks, with its formulas and what the product says of it as published. */
async function* publishedSheets(): AsyncGenerator<{ name: string; sheet: SheetGrid; formulas: FormulaCell[]; base: ReturnType<typeof checkWorkbook>; before: Set<string>; flagged: Set<string> }> {
  for (const name of REAL_WORKBOOKS) {
    const sheets = await readWorkbook(readFileSync(path.join(__dirname, '..', '..', 'fixtures', name)));
    for (const sheet of sheets) {
      const base = checkWorkbook([sheet]);
      yield { name, sheet, formulas: formulasOf(sheet), base, before: new Set(base.findings.map(keyOf)), flagged: new Set(base.findings.flatMap((f) => [f.cell, ...f.cells])) };
    }
  }
}

/** Runs the trials and prints their table (markdown). `perTable`: typed amounts drawn per budget table. */
export async function realTables(seed: number, perTable = 6): Promise<void> {
  const random = seeded(seed);
  const tally = new Map<Kind, Record<Verdict, number>>(KINDS.map((k) => [k, { fixed: 0, oneOf: 0, unseen: 0, other: 0, elsewhere: 0 }]));
  const elsewhere: string[] = [];
  let skipped = 0;
  for await (const { name, sheet, formulas, base, before, flagged } of publishedSheets()) {
    for (const table of base.tables.filter((t) => t.kind === 'budget')) {
      const [top, bottom] = table.range.split(':').map((a) => parseCellAddress(a)!);
      const amountCols = table.columns.filter((c) => c.role === 'amount').map((c) => c.col);
      const typed: { row: number; col: number; cell: Cell }[] = [];
      for (let row = top.row; row <= bottom.row; row++) {
        for (const col of amountCols) {
          const cell = sheet.cells[row - sheet.origin.row]?.[col - sheet.origin.col];
          // Amounts the sheet's own findings already name are left out: a slip there is not one slip.
          if (cell && !cell.formula && typeof cell.value === 'number' && !flagged.has(cellAddress(row, col))) typed.push({ row, col, cell });
        }
      }
      for (let n = 0; n < perTable && typed.length > 0; n++) {
        const { row, col, cell } = typed.splice(Math.floor(random() * typed.length), 1)[0];
        const original = cell.value as number;
        for (const kind of KINDS) {
          const written = slipped(kind, original);
          if (written === undefined) continue;
          // A number stored as text is a slip only where a SUM skips it.
          if (typeof written === 'string' && !formulas.some((f) => f.sum?.some((p) => p.row === row && p.col === col))) continue;
          const undo = recompute(formulas, row, col, (typeof written === 'string' ? 0 : written) - original);
          if (!undo) {
            skipped++;
            continue;
          }
          cell.value = written;
          const at = cellAddress(row, col);
          const verdict = verdictOf(checkWorkbook([sheet]).findings, before, at, original);
          cell.value = original;
          undo();
          tally.get(kind)![verdict]++;
          if (verdict === 'elsewhere') elsewhere.push(`${name} ${sheet.name}!${at} ${kind}: ${original} → ${written}`);
        }
      }
    }
  }
  console.log(`\n## Slips in the Ministry of Finance's own tables (${REAL_WORKBOOKS.length} workbooks, ${perTable} amounts per table, seed ${seed})\n`);
  console.log('| slip | trials | fixed at the cell to the amount typed before | "one of these N cells" (the cell among them) | not seen (every total above it a formula) | other findings | **fixes on another cell** |');
  console.log('|---|---|---|---|---|---|---|');
  const all: Record<Verdict, number> = { fixed: 0, oneOf: 0, unseen: 0, other: 0, elsewhere: 0 };
  for (const [kind, v] of tally) {
    for (const key of Object.keys(all) as Verdict[]) all[key] += v[key];
    const trials = Object.values(v).reduce((a, b) => a + b, 0);
    console.log(`| ${kind} | ${trials} | ${v.fixed} | ${v.oneOf} | ${v.unseen} | ${v.other} | ${v.elsewhere} |`);
  }
  console.log(`| **all** | ${Object.values(all).reduce((a, b) => a + b, 0)} | ${all.fixed} | ${all.oneOf} | ${all.unseen} | ${all.other} | **${all.elsewhere}** |`);
  console.log(`\n${skipped} trials skipped: a formula other than a plain sum reads the cell. A number stored as text is typed only where a SUM adds it.`);
  for (const line of elsewhere) console.log(`fix on another cell: ${line}`);
  await shortenedRanges();
}

/**
 * Each SUM total over one column range of three rows or more leaves out its last row (its result
 * as Excel adds the rest, the formulas above it recomputed): is the formula the cell fixed, with
 * the range it should add?
 */
async function shortenedRanges(): Promise<void> {
  const tally = { fixed: 0, other: 0, unseen: 0, elsewhere: 0 };
  const elsewhere: string[] = [];
  for await (const { name, sheet, formulas, base, before, flagged } of publishedSheets()) {
    const budget = base.tables.filter((t) => t.kind === 'budget').map((t) => t.range.split(':').map((a) => parseCellAddress(a)!));
    for (const total of formulas) {
      const range = /^\+?SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/i.exec(total.cell.formula!.replace(/\$/g, ''));
      if (!range || range[1] !== range[3] || Number(range[4]) - Number(range[2]) < 2 || typeof total.cell.value !== 'number') continue;
      const at = cellAddress(total.row, total.col);
      if (flagged.has(at) || !budget.some(([a, b]) => total.row >= a.row && total.row <= b.row && total.col >= a.col && total.col <= b.col)) continue;
      const first = parseCellAddress(range[1] + range[2])!.row;
      const last = parseCellAddress(range[1] + range[4])!.row;
      const cellAt = (row: number) => sheet.cells[row - sheet.origin.row]?.[total.col - sheet.origin.col];
      const left = cellAt(last)?.value;
      if (typeof left !== 'number' || left === 0) continue;
      let rest = 0;
      for (let row = first; row < last; row++) {
        const value = cellAt(row)?.value;
        if (typeof value === 'number') rest += value;
      }
      const undo = recompute(formulas, total.row, total.col, rest - total.cell.value);
      if (!undo) continue;
      const [formula, value] = [total.cell.formula!, total.cell.value];
      Object.assign(total.cell, { formula: `SUM(${range[1]}${first + 1}:${range[1]}${last})`, value: rest });
      const fresh = checkWorkbook([sheet]).findings.filter((f) => f.severity !== 'info' && !before.has(keyOf(f)));
      Object.assign(total.cell, { formula, value });
      undo();
      if (fresh.some((f) => f.fix && f.fix.cell !== at)) {
        tally.elsewhere++;
        elsewhere.push(`${name} ${sheet.name}!${at} ${formula}`);
      } else if (fresh.some((f) => f.fix?.cell === at && f.fix.formula)) tally.fixed++;
      else if (fresh.length > 0) tally.other++;
      else tally.unseen++;
    }
  }
  console.log('\n| SUM totals that leave out their last row | fixed at the total, with the range it should add | other findings | not seen | **fixes on another cell** |');
  console.log('|---|---|---|---|---|');
  console.log(`| ${Object.values(tally).reduce((a, b) => a + b, 0)} | ${tally.fixed} | ${tally.other} | ${tally.unseen} | **${tally.elsewhere}** |`);
  for (const line of elsewhere) console.log(`fix on another cell: ${line}`);
}
