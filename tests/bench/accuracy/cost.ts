/**
 * What localisation costs (issue 9): on the benchmark's 245k-cell budget workbook with slips
 * injected into it, with its totals as SUM formulas and again typed, the engine time localisation
 * itself takes (CheckOptions.timings), against the rest of that engine time; and the engine time
 * with slips against the same workbook clean (where nothing is broken, so nothing is localised).
 * Target: localisation adds at most 10 % to the engine time of the workbook with slips.
 *
 * Slips go into typed activity amounts (rows numbered `1.1`, `1.2`…), a few per table, of the kinds
 * the accuracy benchmark injects (two digits swapped, ×1000, a sign, one digit); every SUM formula
 * is then recomputed as Excel would, so the slips show where the typed grand totals disagree.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cellAddress } from '../../../src/engine/address';
import { checkWorkbook } from '../../../src/engine';
import type { Report, SheetGrid } from '../../../src/engine/types';
import { readWorkbook } from '../../../src/io';
import { buildBudgetWorkbook } from '../generate';
import { BUDGET_SHAPE, cellCount } from '../worker';
import { evaluateSum } from './score';
import { colOf, rowOf, seeded, type Random } from './table';

// The cost moves some ±20 % between runs (garbage collection): enough runs for a steady median.
const RUNS = Number(process.env.ACCURACY_COST_RUNS ?? 9);
/** Slips per sheet: one in every table of two, a few in the others. */
const SLIPS_PER_SHEET = 4;
const TARGET = 0.1;

export interface CostResult {
  cells: number;
  slips: number;
  /** Slips whose own cell got a root finding with the original value as its fix. */
  corrected: number;
  cleanMs: number;
  slippedMs: number;
  /** Of the engine time with slips, what localisation itself takes (CheckOptions.timings' `locate`). */
  locateMs: number;
  /** The same runs' CPU time (the process's, garbage collection included): steadier on a shared machine. */
  cleanCpuMs: number;
  slippedCpuMs: number;
}

/**
 * Builds the workbook, injects the slips, and times the engine on both, alternating, RUNS times each.
 * `typed`: every total typed as its value, as many officers' tables are (each slip then breaks the
 * totals right above it); otherwise the generator's SUM formulas, with only the grand totals typed
 * (each slip is then one of the thousands of cells those grand totals add).
 */
export async function localisationCost(seed: number, typed = false): Promise<CostResult> {
  const dir = mkdtempSync(join(tmpdir(), 'soat-bieu-cost-'));
  try {
    const file = join(dir, 'budget.xlsx');
    await buildBudgetWorkbook(BUDGET_SHAPE).workbook.xlsx.writeFile(file);
    const clean = await readWorkbook(readFileSync(file));
    const slipped = await readWorkbook(readFileSync(file));
    if (typed) for (const sheet of [...clean, ...slipped]) typeTotals(sheet);
    const random = seeded(seed);
    const slips = slipped.flatMap((sheet) => injectSlips(sheet, random));
    const times = { clean: [] as number[], slipped: [] as number[], locate: [] as number[] };
    const cpu = { clean: [] as number[], slipped: [] as number[] };
    let report: Report | undefined;
    for (let i = 0; i <= RUNS; i++) {
      const order = i % 2 === 0 ? (['clean', 'slipped'] as const) : (['slipped', 'clean'] as const);
      for (const which of order) {
        // Both timed alike (the engine's timings cost the same either way); on a clean workbook nothing is localised.
        const timings: Record<string, number> = {};
        const start = performance.now();
        const startCpu = process.cpuUsage();
        const result = checkWorkbook(which === 'clean' ? clean : slipped, { timings });
        const used = process.cpuUsage(startCpu);
        // The first round warms up and is not counted.
        if (i > 0) {
          times[which].push(performance.now() - start);
          cpu[which].push((used.user + used.system) / 1000);
          if (which === 'slipped') times.locate.push(timings.locate ?? 0);
        }
        if (which === 'slipped') report = result;
      }
    }
    const corrected = slips.filter((slip) => report!.findings.some((f) => !f.causeId && f.sheet === slip.sheet && f.fix?.cell === slip.cell && Number(f.fix.value) === slip.original)).length;
    return { cells: cellCount(slipped), slips: slips.length, corrected, cleanMs: median(times.clean), slippedMs: median(times.slipped), locateMs: median(times.locate), cleanCpuMs: median(cpu.clean), slippedCpuMs: median(cpu.slipped) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface InjectedSlip {
  sheet: string;
  cell: string;
  original: number;
}

/** Changes SLIPS_PER_SHEET typed activity amounts of one sheet, then recomputes its formulas. */
export function injectSlips(sheet: SheetGrid, random: Random): InjectedSlip[] {
  const typed: [number, number][] = [];
  sheet.cells.forEach((row, r) => {
    if (!row || !/^\d+\.\d+$/.test(String(row[0]?.value ?? ''))) return;
    row.forEach((cell, c) => {
      if (cell && !cell.formula && typeof cell.value === 'number' && Math.abs(cell.value) >= 10) typed.push([r, c]);
    });
  });
  const slips: InjectedSlip[] = [];
  const used = new Set<number>();
  for (let n = 0; n < SLIPS_PER_SHEET && typed.length > 0; n++) {
    const [r, c] = typed[Math.floor(random() * typed.length)];
    // Two slips in one row or column could cancel out; one per row keeps every slip visible.
    if (used.has(r)) continue;
    used.add(r);
    const cell = sheet.cells[r][c]!;
    const original = cell.value as number;
    cell.value = slipOf(original, n);
    slips.push({ sheet: sheet.name, cell: cellAddress(sheet.origin.row + r, sheet.origin.col + c), original });
  }
  recompute(sheet);
  return slips;
}

/** Every formula replaced by the value it shows: the totals typed. */
export function typeTotals(sheet: SheetGrid): void {
  for (const row of sheet.cells) {
    for (const cell of row ?? []) if (cell?.formula) delete cell.formula;
  }
}

/** Swap the first two different adjacent digits, ×1000, a sign, or one digit changed, by turn. */
function slipOf(value: number, turn: number): number {
  const digits = String(Math.abs(value));
  switch (turn % 4) {
    case 0: {
      const i = [...digits].findIndex((d, k) => k + 1 < digits.length && d !== digits[k + 1] && !(k === 0 && digits[1] === '0'));
      if (i >= 0) return Math.sign(value) * Number(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
      return value * 1000;
    }
    case 1:
      return value * 1000;
    case 2:
      return -value;
    default:
      return Math.sign(value) * Number(digits.slice(0, -1) + String((Number(digits.at(-1)) + 3) % 10));
  }
}

/**
 * Recomputes every formula's cached result from the cells it adds, until nothing changes (Excel's
 * recalculation). evaluateSum's lookups take keys row × 256 + column, in sheet coordinates.
 */
function recompute(sheet: SheetGrid): void {
  const lookup = (key: number) => {
    const cell = sheet.cells[rowOf(key) - sheet.origin.row]?.[colOf(key) - sheet.origin.col];
    return typeof cell?.value === 'number' ? { value: cell.value } : undefined;
  };
  for (let changed = true, pass = 0; changed && pass < 10; pass++) {
    changed = false;
    for (const row of sheet.cells) {
      for (const cell of row ?? []) {
        if (!cell?.formula) continue;
        const value = evaluateSum(cell.formula, lookup);
        if (value !== undefined && value !== cell.value) {
          cell.value = value;
          changed = true;
        }
      }
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Prints the results (SUM-formula totals, then typed totals) as a markdown table with verdicts. The
 * target is judged on what localisation adds to the engine time of the workbook with slips: its own
 * time (CheckOptions.timings' `locate`) against the rest of that engine time. The engine time with
 * slips against the clean workbook's is shown beside it: it also counts the rules' own reporting of
 * every total the slips break, which the engine does with or without localisation.
 */
export function printCost(results: { totals: string; result: CostResult }[]): void {
  console.log('\n## Localisation cost (245k-cell budget workbook)\n');
  console.log('| totals | cells | slips injected | slips corrected at their cell | engine, clean | engine, with slips | of which localisation | **localisation added** | with slips vs clean | the same, CPU time | target | result |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { totals, result } of results) {
    const added = result.locateMs / (result.slippedMs - result.locateMs);
    const overClean = (result.slippedMs - result.cleanMs) / result.cleanMs;
    const overCleanCpu = (result.slippedCpuMs - result.cleanCpuMs) / result.cleanCpuMs;
    console.log(
      `| ${totals} | ${result.cells.toLocaleString('en')} | ${result.slips} | ${result.corrected}/${result.slips} | ${Math.round(result.cleanMs)} ms | ${Math.round(result.slippedMs)} ms | ${result.locateMs.toFixed(1)} ms | **${(added * 100).toFixed(1)} %** | ${(overClean * 100).toFixed(1)} % | ${(overCleanCpu * 100).toFixed(1)} % (${Math.round(result.cleanCpuMs)} → ${Math.round(result.slippedCpuMs)} ms) | ≤ ${TARGET * 100} % | ${added <= TARGET ? 'met' : '**missed**'} |`,
    );
  }
}

