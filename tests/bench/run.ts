/**
 * `npm run bench`: how much the check costs on top of merely opening the file, and whether it stays
 * linear (issue 11). Every measurement runs in a process of its own (worker.ts) with a 2 GiB heap, so
 * each peak memory is its own and a case that runs out of memory fails alone, reported as missed.
 *
 * 1. A budget workbook (≥ 200,000 numeric cells) and a 5,000-row indicator grid, written to a
 *    temporary folder: the bare reads of SheetJS (the chosen reader, with readWorkbook's options) and
 *    of exceljs (what the project used before), the whole check (readWorkbook + checkWorkbook), its
 *    ratio to each bare read, the engine's speed, the peak memory of the whole check in a process of
 *    its own (the timing process also holds the bare reads' garbage).
 * 2. Scaling cases (grids.ts): a flat table, the same with one wrong amount, an indicator grid with
 *    one merged area per row, a budget table filling a whole sheet (1,048,576 rows). Each at two sizes
 *    10× apart: engine time per row on the grid built in memory, and the whole check per row from an
 *    .xlsx of it; the exponent log(t₂/t₁)/log(n₂/n₁) between the sizes; the metrics of 1. at the
 *    larger size.
 *
 * Targets: whole ≤ 1.3 × SheetJS's bare read and ≤ 1.0 × exceljs's; engine ≥ 1,000,000 cells/s; peak ≤ 400 MiB (a whole sheet: checked
 * within 2 GiB or refused); every exponent ≤ 1.1. BENCH_ITERATIONS (default 5) runs after a warm-up,
 * cut short after BENCH_CASE_SECONDS (default 20) per measurement, exceljs's bare reads aside (read on
 * fewer runs where they alone fill that time, as the table says); BENCH_CHILD_SECONDS (default 90)
 * ends a measurement that does not finish (the larger size of a case is then not tried); BENCH_SHEET_FILE=0 skips writing and reading the
 * 1,048,576-row .xlsx (the engine part still runs); BENCH_CASES picks cases.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SCALING_CASES, type ScalingCase } from './grids';
import type { SyncCount } from './addin-syncs';
import type { EngineResult, Job, ReadResult } from './worker';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 5);
const CHILD_SECONDS = Number(process.env.BENCH_CHILD_SECONDS ?? 90);
/** worker.ts's cap on the time of one measurement's runs (printed where exceljs's reads fill it). */
const CASE_SECONDS = Number(process.env.BENCH_CASE_SECONDS ?? 20);
const SHEET_FILE = process.env.BENCH_SHEET_FILE !== '0';
/** BENCH_CASES=workbooks,flat,flatSlip,merges,sheetRows,addin (default all) runs only some. */
const CASES = new Set((process.env.BENCH_CASES ?? ['workbooks', ...Object.keys(SCALING_CASES), 'addin'].join(',')).split(','));
const HEAP_MIB = 2048;
const TARGET = { ratio: 1.3, exceljsRatio: 1.0, cellsPerSecond: 1_000_000, peakMiB: 400, sheetPeakMiB: 2048, exponent: 1.1 };
const WORKER = join(__dirname, 'worker.ts');

type Outcome<T> = { ok: true; result: T } | { ok: false; reason: string };

/** Runs one job in a child process; a crash, a timeout or running out of memory is its outcome. `slow` jobs (a whole sheet's file) get 3× the time. */
function run<T>(job: Job, slow = false): Outcome<T> {
  const seconds = CHILD_SECONDS * (slow ? 3 : 1);
  const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, '--expose-gc', '--import', 'tsx', WORKER, JSON.stringify(job)], {
    encoding: 'utf8',
    timeout: seconds * 1000,
    maxBuffer: 64 * 2 ** 20,
  });
  if (child.error && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { ok: false, reason: `did not finish in ${seconds} s` };
  if (child.status !== 0) {
    const stderr = child.stderr ?? '';
    if (/heap out of memory|Allocation failed/i.test(stderr)) return { ok: false, reason: `ran out of memory (${HEAP_MIB} MiB heap)` };
    const last = stderr.trim().split('\n').slice(-1)[0];
    return { ok: false, reason: child.signal ? `killed by ${child.signal}` : `failed: ${last || `exit ${child.status}`}` };
  }
  const lines = child.stdout.trim().split('\n');
  return { ok: true, result: JSON.parse(lines[lines.length - 1]) as T };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (v: number) => `${Math.round(v).toLocaleString('en')} ms`;
const int = (v: number) => Math.round(v).toLocaleString('en');
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

/** A markdown table of metrics; `summary` collects every verdict for the closing table. */
class Section {
  private readonly lines: string[] = [];
  constructor(
    private readonly title: string,
    private readonly summary: string[],
  ) {}

  add(metric: string, value: string, target = '', ok?: boolean): void {
    const result = ok === undefined ? '' : verdict(ok);
    this.lines.push(`| ${metric} | ${value} | ${target} | ${result} |`);
    if (ok !== undefined) this.summary.push(`| ${this.title} | ${metric} | ${value} | ${target} | ${result} |`);
  }

  print(): void {
    console.log(`\n### ${this.title}\n\n| metric | value | target | result |\n|---|---|---|---|\n${this.lines.join('\n')}`);
  }
}

/**
 * The metrics of a whole check from a file: bare reads, whole, ratios, engine speed, peak. `peak` is
 * the whole check alone in a process of its own; without it, the timing process's peak is shown.
 */
function readMetrics(section: Section, label: string, outcome: Outcome<ReadResult>, peakTarget: number, peak?: Outcome<ReadResult>): void {
  if (!outcome.ok) {
    section.add(`whole check${label}`, outcome.reason, '', false);
    return;
  }
  const r = outcome.result;
  const whole = median(r.whole);
  const engine = median(r.engine);
  const speed = r.cells / (engine / 1000);
  section.add(`cells read${label}`, `${int(r.cells)} (findings: ${int(r.findings)})`);
  const cpu = r.cpu;
  const onCpu = (value: string) => (cpu ? ` (CPU: ${value})` : '');
  section.add(`whole check${label}`, `${ms(whole)} (readWorkbook ${ms(whole - engine)} + engine ${ms(engine)})${onCpu(`${ms(median(cpu?.whole ?? []))}, readWorkbook ${ms(median(cpu?.read ?? []))}`)}`);
  if (r.bare.length > 0) {
    const sheetjs = median(r.sheetjs);
    const exceljs = median(r.bare);
    const cpuRatio = (bare: number[] | undefined) => onCpu(cpu && bare ? (median(cpu.whole) / median(bare)).toFixed(2) : '');
    section.add(`SheetJS bare read (chosen reader)${label}`, `${ms(sheetjs)}${onCpu(ms(median(cpu?.sheetjs ?? [])))}`);
    // Read on fewer runs than the whole check when its reads alone fill the time cap (worker.ts).
    const fewer = r.bare.length < r.whole.length ? `, median of ${r.bare.length} run${r.bare.length === 1 ? '' : 's'} (the whole check's: ${r.whole.length}): its reads alone fill the ${CASE_SECONDS} s cap` : '';
    section.add(`exceljs bare read${label}`, `${ms(exceljs)}${onCpu(ms(median(cpu?.bare ?? [])))}${fewer}`);
    section.add(`whole / SheetJS bare read${label}`, `${(whole / sheetjs).toFixed(2)}${cpuRatio(cpu?.sheetjs)}`, `≤ ${TARGET.ratio}`, whole / sheetjs <= TARGET.ratio);
    section.add(`whole / exceljs bare read${label}`, `${(whole / exceljs).toFixed(2)}${cpuRatio(cpu?.bare)}`, `≤ ${TARGET.exceljsRatio.toFixed(1)}`, whole / exceljs <= TARGET.exceljsRatio);
  } else section.add(`bare reads${label}`, 'not measured: the bare readers cannot hold this file in 2 GiB');
  section.add(`engine speed${label}`, `${int(speed)} cells/s`, `≥ ${int(TARGET.cellsPerSecond)}`, speed >= TARGET.cellsPerSecond);
  if (peak && !peak.ok) section.add(`peak memory, whole check${label}`, peak.reason, `≤ ${int(peakTarget)} MiB`, false);
  else {
    const own = peak?.ok ? peak.result.peakMiB : undefined;
    const value = own === undefined ? `${int(r.peakMiB)} MiB` : `${int(own)} MiB (with the bare reads in the same process: ${int(r.peakMiB)} MiB)`;
    section.add(`peak memory, whole check${label}`, value, `≤ ${int(peakTarget)} MiB`, (own ?? r.peakMiB) <= peakTarget);
  }
}

function scaling(kind: ScalingCase, dir: string, summary: string[]): void {
  const { title, unit, sizes } = SCALING_CASES[kind];
  const section = new Section(title, summary);
  const peakTarget = kind === 'sheetRows' ? TARGET.sheetPeakMiB : TARGET.peakMiB;
  const exponentOf = (times: (number | undefined)[], rows: number[]) => Math.log(times[1]! / times[0]!) / Math.log(rows[1] / rows[0]);
  const exponent = (label: string, times: (number | undefined)[], rows: number[], cpuTimes?: number[]) => {
    if (times[0] === undefined || times[1] === undefined) {
      section.add(`${label} exponent`, 'not measured (see above)', `≤ ${TARGET.exponent}`, false);
      return;
    }
    const e = exponentOf(times, rows);
    const cpu = cpuTimes?.length === 2 ? ` (on CPU time: ${exponentOf(cpuTimes, rows).toFixed(2)})` : '';
    section.add(`${label} exponent`, `${e.toFixed(2)}${cpu}`, `≤ ${TARGET.exponent}`, e <= TARGET.exponent);
  };
  const notRun = (label: string) => section.add(label, 'not run: the smaller size did not finish', '', false);

  // The engine alone, on the grid built in memory.
  const engineTimes: (number | undefined)[] = [];
  const cpuTimes: number[] = [];
  const rows: number[] = [];
  let largest: EngineResult | undefined;
  for (const size of sizes) {
    if (engineTimes[0] === undefined && rows.length === 1) {
      notRun(`engine, ${int(size)} ${unit}`);
      break;
    }
    const outcome = run<EngineResult>({ mode: 'engine', kind, size });
    rows.push(outcome.ok ? outcome.result.rows : size);
    if (!outcome.ok) {
      section.add(`engine, ${int(size)} ${unit}`, outcome.reason, '', false);
      engineTimes.push(undefined);
      continue;
    }
    const t = median(outcome.result.engine);
    const cpu = median(outcome.result.engineCpu ?? []);
    engineTimes.push(t);
    cpuTimes.push(cpu);
    largest = outcome.result;
    section.add(`engine, ${int(size)} ${unit}${unit === 'rows' ? '' : ` (${int(outcome.result.rows)} rows)`}`, `${ms(t)} (CPU ${ms(cpu)}), ${((t * 1000) / outcome.result.rows).toFixed(1)} µs/row, ${int(outcome.result.findings)} findings`);
  }
  exponent('engine', engineTimes, rows, cpuTimes);
  if (largest && engineTimes[1] !== undefined) {
    const speed = largest.cells / (engineTimes[1] / 1000);
    section.add(`engine speed, ${int(sizes[1])} ${unit}`, `${int(speed)} cells/s`, `≥ ${int(TARGET.cellsPerSecond)}`, speed >= TARGET.cellsPerSecond);
    section.add(`peak memory, grid in memory + engine, ${int(sizes[1])} ${unit}`, `${int(largest.peakMiB)} MiB`, `≤ ${int(peakTarget)} MiB`, largest.peakMiB <= peakTarget);
  }

  // The reader too, from an .xlsx of the same sheet.
  if ((kind === 'sheetRows' && !SHEET_FILE) || engineTimes[0] === undefined) {
    section.add('whole check from the file', engineTimes[0] === undefined ? 'not run: the engine did not finish on the grid in memory' : 'skipped (BENCH_SHEET_FILE=0)');
    section.print();
    return;
  }
  const wholeTimes: (number | undefined)[] = [];
  sizes.forEach((size, i) => {
    if (i === 1 && wholeTimes[0] === undefined) return notRun(`whole check, ${int(size)} ${unit}`);
    const file = join(dir, `${kind}-${size}.xlsx`);
    const huge = kind === 'sheetRows' && i === 1;
    const written = run<{ peakMiB: number }>({ mode: 'write', kind, size, file }, huge);
    if (!written.ok) {
      section.add(`writing the .xlsx, ${int(size)} ${unit}`, written.reason);
      wholeTimes.push(undefined);
      return;
    }
    const read = run<ReadResult>({ mode: 'read', file, bare: !huge }, huge);
    // The huge sheet's timing process has no bare reads: its peak is already the whole check's own.
    const peak = i === 1 && !huge && read.ok && read.result.refused === undefined ? run<ReadResult>({ mode: 'peak', file }) : undefined;
    const label = `, ${int(size)} ${unit} (${(statSync(file).size / 2 ** 20).toFixed(1)} MiB file)`;
    rmSync(file, { force: true });
    if (!read.ok || read.result.refused !== undefined) {
      // A whole sheet may be refused with a clear message (issue 11); anything else must be read.
      const refused = read.ok ? `refused: ${read.result.refused}` : read.reason;
      section.add(`whole check${label}`, refused, huge ? 'checked within 2 GiB, or refused clearly' : '', huge && read.ok);
      wholeTimes.push(undefined);
      return;
    }
    const t = median(read.result.whole);
    wholeTimes.push(t);
    if (i === 0) section.add(`whole check${label}`, `${ms(t)}, ${((t * 1000) / rows[0]).toFixed(1)} µs/row`);
    else {
      section.add(`whole check per row${label}`, `${((t * 1000) / rows[1]).toFixed(1)} µs/row`);
      readMetrics(section, label, read, peakTarget, peak);
    }
  });
  if (kind === 'sheetRows' && wholeTimes[0] !== undefined && wholeTimes[1] === undefined) {
    // The whole sheet is refused at the cell limit: the whole check's growth is measured below it,
    // from a tenth of the smaller size up to it (still 10× apart).
    const size = Math.round(sizes[0] / 10);
    const file = join(dir, `${kind}-${size}.xlsx`);
    const written = run<{ peakMiB: number }>({ mode: 'write', kind, size, file });
    const read = written.ok ? run<ReadResult>({ mode: 'read', file }) : written;
    rmSync(file, { force: true });
    if (!read.ok || read.result.refused !== undefined) section.add(`whole check, ${int(size)} ${unit}`, read.ok ? `refused: ${read.result.refused}` : read.reason, '', false);
    else {
      const t = median(read.result.whole);
      section.add(`whole check, ${int(size)} ${unit}`, `${ms(t)}, ${((t * 1000) / read.result.rows).toFixed(1)} µs/row`);
      exponent(`whole check (${int(size)} → ${int(sizes[0])} ${unit}, below the cell limit)`, [t, wholeTimes[0]], [read.result.rows, rows[0]]);
    }
  } else exponent('whole check', wholeTimes, rows);
  section.print();
}

/** The add-in's round trips on a 200,000-cell sheet, counted by the fake Excel (addin-syncs.ts). */
function addin(summary: string[]): void {
  const section = new Section('Add-in on a 200,000-cell sheet (fake Excel on the web, 5 MB requests)', summary);
  const outcome = run<SyncCount>({ mode: 'addin' });
  if (!outcome.ok) section.add('syncs to read and check', outcome.reason, '', false);
  else {
    const r = outcome.result;
    section.add('syncs to read and check', `${r.checkSyncs} (the shape, then blocks below the limit)`);
    section.add('requests refused for their size', String(r.refused), '0', r.refused === 0);
    section.add(`syncs to highlight ${r.findings} findings`, String(r.highlightSyncs));
  }
  section.print();
}

function main(): void {
  const start = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'soat-bieu-bench-'));
  const summary: string[] = [];
  try {
    console.log(`# Soát biểu benchmark\n\nMedian of ${ITERATIONS} runs after one warm-up, each measurement in its own process (node ${process.version}, ${HEAP_MIB} MiB heap, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the start).`);
    if (CASES.has('workbooks')) for (const [workbook, title] of [
      ['budget', 'Budget workbook (26 tables, ≥ 200,000 numeric cells)'],
      ['indicator', 'Indicator grid (5,000 rows)'],
    ] as const) {
      const file = join(dir, `${workbook}.xlsx`);
      const section = new Section(title, summary);
      const written = run<{ peakMiB: number }>({ mode: 'write', workbook, file });
      if (written.ok) readMetrics(section, '', run<ReadResult>({ mode: 'read', file }), TARGET.peakMiB, run<ReadResult>({ mode: 'peak', file }));
      else section.add('writing the workbook', written.reason, '', false);
      section.print();
    }
    for (const kind of Object.keys(SCALING_CASES) as ScalingCase[]) if (CASES.has(kind)) scaling(kind, dir, summary);
    if (CASES.has('addin')) addin(summary);
    console.log(`\n### Summary\n\n| case | metric | value | target | result |\n|---|---|---|---|---|\n${summary.join('\n')}`);
    const missed = summary.filter((line) => line.endsWith('**missed** |')).length;
    console.log(`\n${missed === 0 ? 'All targets met.' : `${missed} of ${summary.length} targets missed.`} (${((performance.now() - start) / 1000).toFixed(0)} s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
