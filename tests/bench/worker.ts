/**
 * One benchmark measurement in a process of its own, so that its peak memory is its own and a case
 * that runs out of memory fails alone. Called by run.ts with one JSON argument; prints one JSON line.
 *
 * - `{ mode: 'engine', kind, size }`: builds the grid in memory, times checkWorkbook on it;
 * - `{ mode: 'write', kind, size, file }` or `{ mode: 'write', workbook: 'budget' | 'indicator', file }`;
 * - `{ mode: 'addin' }`: the add-in's round trips on a 200,000-cell sheet (addin-syncs.ts);
 * - `{ mode: 'read', file, bare? }`: the bare reads — SheetJS's `read` with the options readWorkbook
 *   uses (the chosen reader, no zip guard, no conversion to grids) and exceljs's `load` — unless
 *   `bare: false` (a file they cannot hold), and the whole check (readWorkbook + checkWorkbook),
 *   taking turns going first, with a full garbage collection before each, so that none pays for
 *   collecting another's garbage; the whole check goes first, so a reader that refuses the file says
 *   so (`{ refused }`) before a bare read can run out of memory on it.
 * - `{ mode: 'peak', file }`: the whole check alone, as the CLI runs it, with a full garbage
 *   collection before each run (node --expose-gc), so that the peak is one check's and not the
 *   garbage of the runs before it or of the bare reads.
 *
 * Repeats: BENCH_ITERATIONS measured runs after one warm-up, cut short once BENCH_CASE_SECONDS (default
 * 20) have gone by; with more than one run the first is the warm-up and is not counted. exceljs's bare
 * reads are not counted against that time, and are made only while they fit in it on their own: a
 * bare read far slower than the others is measured on fewer runs, never the whole check.
 */
import { read } from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkWorkbook } from '../../src/engine';
import type { SheetGrid } from '../../src/engine/types';
import { READ_LIMITS, readWorkbook } from '../../src/io';
import { SHEETJS_OPTIONS } from '../../src/io/read-workbook';
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
  | { mode: 'peak'; file: string }
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
  /** exceljs's and SheetJS's bare reads; empty when they were not asked for; exceljs's on fewer runs than `whole` where its reads alone fill the time cap. */
  bare: number[];
  sheetjs: number[];
  whole: number[];
  /** The reader's message when it refused the file. */
  refused?: string;
  /** CPU time of the process (GC threads included) for the same runs: steadier than wall time on a shared machine. */
  cpu?: { whole: number[]; read: number[]; sheetjs: number[]; bare: number[] };
}

export function cellCount(sheets: SheetGrid[]): number {
  let count = 0;
  for (const sheet of sheets) for (const row of sheet.cells) if (row) for (const cell of row) if (cell) count++;
  return count;
}

/** The reader refused the file (too large, damaged…): an answer, not a crash. */
class Refusal extends Error {}

const peakMiB = () => process.resourceUsage().maxRSS / 1024;

/** `uncapped`: milliseconds spent so far on work that is not counted against the cap (see the read mode). */
async function repeat<T>(run: (i: number) => Promise<T>, uncapped: () => number = () => 0): Promise<T[]> {
  const results: T[] = [];
  const start = performance.now();
  for (let i = 0; i <= ITERATIONS; i++) {
    results.push(await run(i));
    if (performance.now() - start - uncapped() > CASE_SECONDS * 1000) break;
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
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  const timed = async (load: () => unknown) => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    await load();
    return { wall: performance.now() - start, cpu: cpuMs(cpu) };
  };
  // exceljs types ask for a Node Buffer of a narrower flavour than readFileSync returns.
  const exceljsRead = () => timed(() => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer));
  const sheetjsRead = () => timed(() => read(bytes, { ...SHEETJS_OPTIONS, sheetRows: READ_LIMITS.rows }));
  const wholeCheck = async () => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const sheets = await readWorkbook(bytes).catch((error: unknown) => {
      throw new Refusal(error instanceof Error ? error.message : String(error));
    });
    const readCpu = cpuMs(cpu);
    const engineStart = performance.now();
    findings = checkWorkbook(sheets).findings.length;
    const end = performance.now();
    const wholeCpu = cpuMs(cpu);
    cells = cellCount(sheets);
    rows = sheets.reduce((n, sheet) => n + sheet.cells.length, 0);
    return { whole: end - start, engine: end - engineStart, wholeCpu, readCpu };
  };
  // run.ts starts workers with --expose-gc.
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  if (job.mode === 'peak') {
    const runs = await repeat(async () => {
      gc();
      return wholeCheck();
    });
    return { rows, cells, findings, bare: [], sheetjs: [], whole: runs.map((r) => r.whole), engine: runs.map((r) => r.engine), peakMiB: peakMiB() } satisfies ReadResult;
  }
  const withBare = job.bare !== false;
  type Timed = { wall: number; cpu: number };
  type Run = { bare: Timed; sheetjs: Timed; whole: number; engine: number; wholeCpu: number; readCpu: number };
  let runs: Run[];
  // exceljs's bare read of some files is far slower than the cap allows for every run (10,000 merged
  // areas: some 10 s a read, so the cap ended the job after one counted run, and the whole check of
  // that case had one counted run where every other case has five). Past the first counted run it is
  // read only while its reads so far fit in the cap on their own, and its time is not counted against
  // the cap: the whole check and SheetJS's read get as many runs as in every other case; run.ts says
  // how many runs exceljs's median is of.
  let exceljsSpent = 0;
  try {
    runs = await repeat(
      async (i) => {
        const run: Partial<Run> = { bare: { wall: NaN, cpu: NaN }, sheetjs: { wall: NaN, cpu: NaN } };
        // The whole check first on the first run (a refusal ends the job), then each goes first in turn.
        const steps = [
          async () => Object.assign(run, await wholeCheck()),
          async () => withBare && (run.sheetjs = await sheetjsRead()),
          async () => {
            // The warm-up and the first counted run always read: every case has an exceljs median.
            if (!withBare || (i > 1 && exceljsSpent > CASE_SECONDS * 1000)) return;
            run.bare = await exceljsRead();
            exceljsSpent += run.bare.wall;
          },
        ];
        for (let k = 0; k < steps.length; k++) {
          gc();
          await steps[(i + k) % steps.length]();
        }
        return run as Run;
      },
      () => exceljsSpent,
    );
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return { rows: 0, cells: 0, findings: 0, bare: [], sheetjs: [], whole: [], engine: [], peakMiB: peakMiB(), refused: error.message } satisfies ReadResult;
  }
  // The runs exceljs read on (all, unless its reads are slower than the cap allows).
  const bareRuns = runs.filter((r) => !Number.isNaN(r.bare.wall));
  return {
    rows,
    cells,
    findings,
    bare: withBare ? bareRuns.map((r) => r.bare.wall) : [],
    sheetjs: withBare ? runs.map((r) => r.sheetjs.wall) : [],
    whole: runs.map((r) => r.whole),
    engine: runs.map((r) => r.engine),
    peakMiB: peakMiB(),
    cpu: {
      whole: runs.map((r) => r.wholeCpu),
      read: runs.map((r) => r.readCpu),
      sheetjs: withBare ? runs.map((r) => r.sheetjs.cpu) : [],
      bare: withBare ? bareRuns.map((r) => r.bare.cpu) : [],
    },
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
