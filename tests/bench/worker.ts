/**
 * One benchmark measurement in a process of its own, so that its peak memory is its own and a case
 * that runs out of memory fails alone. Called by run.ts with one JSON argument; prints one JSON line.
 *
 * - `{ mode: 'engine', kind, size }`: builds the grid in memory, times checkWorkbook on it;
 * - `{ mode: 'write', kind, size, file }` or `{ mode: 'write', workbook: 'budget' | 'indicator', file }`;
 * - `{ mode: 'addin' }`: the add-in's round trips on a 200,000-cell sheet (addin-syncs.ts);
 * - `{ mode: 'read', file, bare? }`: exceljs's bare read (unless `bare: false`: a file it cannot hold)
 *   and the whole check (readWorkbook + checkWorkbook), taking turns going first so that neither always
 *   pays for collecting the other's garbage; the whole check goes first, so a reader that refuses the
 *   file says so (`{ refused }`) before exceljs can run out of memory on it.
 *
 * Repeats: BENCH_ITERATIONS measured runs after one warm-up, cut short once BENCH_CASE_SECONDS (default
 * 40) have gone by; with more than one run the first is the warm-up and is not counted.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkWorkbook } from '../../src/engine';
import type { SheetGrid } from '../../src/engine/types';
import { readWorkbook } from '../../src/io';
import { addinSyncs } from './addin-syncs';
import { buildBudgetWorkbook, buildIndicatorWorkbook } from './generate';
import { scalingGrid, writeGrid, type ScalingCase } from './grids';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 5);
const CASE_SECONDS = Number(process.env.BENCH_CASE_SECONDS ?? 20);
/** 26 tables of 8 projects × 8 parts × 8 activities over 5 years: a little over 200,000 numeric cells. */
export const BUDGET_SHAPE = { sheets: 13, tablesPerSheet: 2, projects: 8, parts: 8, activities: 8, firstYear: 2021, years: 5 };

export type Job =
  | { mode: 'engine'; kind: ScalingCase; size: number }
  | { mode: 'write'; kind?: ScalingCase; size?: number; workbook?: 'budget' | 'indicator'; file: string }
  | { mode: 'read'; file: string; bare?: boolean }
  | { mode: 'addin' };

export interface EngineResult {
  /** Sheet rows of the grid(s) checked. */
  rows: number;
  cells: number;
  findings: number;
  /** Milliseconds per counted run: wall clock, and (engine mode) CPU time of the process, GC threads included. */
  engine: number[];
  engineCpu?: number[];
  peakMiB: number;
}

export interface ReadResult extends EngineResult {
  /** Empty when the bare read was not asked for. */
  bare: number[];
  whole: number[];
  /** The reader's message when it refused the file. */
  refused?: string;
}

export function cellCount(sheets: SheetGrid[]): number {
  let count = 0;
  for (const sheet of sheets) for (const row of sheet.cells) if (row) for (const cell of row) if (cell) count++;
  return count;
}

/** The reader refused the file (too large, damaged…): an answer, not a crash. */
class Refusal extends Error {}

const peakMiB = () => process.resourceUsage().maxRSS / 1024;

async function repeat<T>(run: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  const start = performance.now();
  for (let i = 0; i <= ITERATIONS; i++) {
    results.push(await run(i));
    if (performance.now() - start > CASE_SECONDS * 1000) break;
  }
  return results.length > 1 ? results.slice(1) : results;
}

async function main(job: Job): Promise<unknown> {
  if (job.mode === 'addin') return addinSyncs();
  if (job.mode === 'write') {
    if (job.workbook === 'budget') await buildBudgetWorkbook(BUDGET_SHAPE).workbook.xlsx.writeFile(job.file);
    else if (job.workbook === 'indicator') await buildIndicatorWorkbook(5000).xlsx.writeFile(job.file);
    else await writeGrid(scalingGrid(job.kind!, job.size!), job.file);
    return { peakMiB: peakMiB() };
  }
  if (job.mode === 'engine') {
    const sheets = [scalingGrid(job.kind, job.size)];
    let findings = 0;
    const runs = await repeat(async () => {
      const start = performance.now();
      const cpu = process.cpuUsage();
      findings = checkWorkbook(sheets).findings.length;
      const used = process.cpuUsage(cpu);
      return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
    });
    return {
      rows: sheets[0].cells.length,
      cells: cellCount(sheets),
      findings,
      engine: runs.map((r) => r.wall),
      engineCpu: runs.map((r) => r.cpu),
      peakMiB: peakMiB(),
    } satisfies EngineResult;
  }
  const bytes = readFileSync(job.file);
  let cells = 0;
  let rows = 0;
  let findings = 0;
  const bareRead = async () => {
    const start = performance.now();
    // exceljs types ask for a Node Buffer of a narrower flavour than readFileSync returns.
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    return performance.now() - start;
  };
  const wholeCheck = async () => {
    const start = performance.now();
    const sheets = await readWorkbook(bytes).catch((error: unknown) => {
      throw new Refusal(error instanceof Error ? error.message : String(error));
    });
    const engineStart = performance.now();
    findings = checkWorkbook(sheets).findings.length;
    const end = performance.now();
    cells = cellCount(sheets);
    rows = sheets.reduce((n, sheet) => n + sheet.cells.length, 0);
    return { whole: end - start, engine: end - engineStart };
  };
  const withBare = job.bare !== false;
  let runs: { bare: number; whole: number; engine: number }[];
  try {
    runs = await repeat(async (i) => {
      if (i % 2 === 0 || !withBare) {
        const check = await wholeCheck();
        return { bare: withBare ? await bareRead() : NaN, ...check };
      }
      const bare = await bareRead();
      return { bare, ...(await wholeCheck()) };
    });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return { rows: 0, cells: 0, findings: 0, bare: [], whole: [], engine: [], peakMiB: peakMiB(), refused: error.message } satisfies ReadResult;
  }
  return {
    rows,
    cells,
    findings,
    bare: withBare ? runs.map((r) => r.bare) : [],
    whole: runs.map((r) => r.whole),
    engine: runs.map((r) => r.engine),
    peakMiB: peakMiB(),
  } satisfies ReadResult;
}

if (require.main === module) {
  main(JSON.parse(process.argv[2]) as Job).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exitCode = 1;
    },
  );
}
