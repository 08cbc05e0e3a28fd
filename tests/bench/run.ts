/**
 * `npm run bench`: how much the check costs on top of merely opening the file.
 * Writes a budget workbook (≥ 200,000 numeric cells) and a 5,000-row indicator grid to a temporary
 * folder, then for each reports the median over several runs of: exceljs's bare read, the whole
 * check (readWorkbook + checkWorkbook), their ratio, the engine's speed in cells per second, and
 * the peak resident memory. Targets: whole ≤ 1.3 × bare read; engine ≥ 1,000,000 cells/s.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkWorkbook } from '../../src/engine';
import type { SheetGrid } from '../../src/engine/types';
import { readWorkbook } from '../../src/io';
import { buildBudgetWorkbook, buildIndicatorWorkbook } from './generate';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 5);
const TARGET_RATIO = 1.3;
const TARGET_CELLS_PER_SECOND = 1_000_000;
/** 26 tables of 8 projects × 8 parts × 8 activities over 5 years: a little over 200,000 numeric cells. */
const BUDGET_SHAPE = { sheets: 13, tablesPerSheet: 2, projects: 8, parts: 8, activities: 8, firstYear: 2021, years: 5 };

let peakRss = 0;
function sampleMemory(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function cellCount(sheets: SheetGrid[]): number {
  let count = 0;
  for (const sheet of sheets) for (const row of sheet.cells) for (const cell of row) if (cell) count++;
  return count;
}

async function measure(label: string, file: string): Promise<boolean> {
  const bytes = readFileSync(file);
  const bare: number[] = [];
  const whole: number[] = [];
  const engine: number[] = [];
  let cells = 0;
  let findings = 0;
  peakRss = 0;
  // The timer samples while exceljs yields; the explicit samples catch the synchronous engine's peak.
  const sampler = setInterval(sampleMemory, 20);
  const bareRead = async () => {
    const start = performance.now();
    // exceljs types ask for a Node Buffer of a narrower flavour than readFileSync returns.
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    sampleMemory();
    return performance.now() - start;
  };
  const wholeCheck = async () => {
    const start = performance.now();
    const sheets = await readWorkbook(bytes);
    sampleMemory();
    const engineStart = performance.now();
    const report = checkWorkbook(sheets);
    const end = performance.now();
    sampleMemory();
    return { whole: end - start, engine: end - engineStart, cells: cellCount(sheets), findings: report.findings.length };
  };
  // The first round warms up the JIT and is not counted. The two measurements take turns going first,
  // so that neither always pays for collecting the other's garbage.
  for (let i = 0; i <= ITERATIONS; i++) {
    let bareTime: number;
    let check: Awaited<ReturnType<typeof wholeCheck>>;
    if (i % 2 === 0) {
      bareTime = await bareRead();
      check = await wholeCheck();
    } else {
      check = await wholeCheck();
      bareTime = await bareRead();
    }
    if (i === 0) continue;
    bare.push(bareTime);
    whole.push(check.whole);
    engine.push(check.engine);
    cells = check.cells;
    findings = check.findings;
  }
  clearInterval(sampler);
  const ratio = median(whole) / median(bare);
  const cellsPerSecond = cells / (median(engine) / 1000);
  const ok = ratio <= TARGET_RATIO && cellsPerSecond >= TARGET_CELLS_PER_SECOND;
  console.log(`\n${label}: ${file}`);
  console.log(`  cells read             ${cells.toLocaleString('en')} (findings: ${findings})`);
  console.log(`  exceljs bare read      ${median(bare).toFixed(0)} ms`);
  console.log(`  whole check            ${median(whole).toFixed(0)} ms  (readWorkbook ${(median(whole) - median(engine)).toFixed(0)} ms + engine ${median(engine).toFixed(0)} ms)`);
  console.log(`  ratio whole / bare     ${ratio.toFixed(2)}  (target ≤ ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'ok' : 'MISSED'}`);
  console.log(`  engine speed           ${Math.round(cellsPerSecond).toLocaleString('en')} cells/s  (target ≥ ${TARGET_CELLS_PER_SECOND.toLocaleString('en')}) ${cellsPerSecond >= TARGET_CELLS_PER_SECOND ? 'ok' : 'MISSED'}`);
  console.log(`  peak memory (rss)      ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
  return ok;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'soat-bieu-bench-'));
  try {
    const budgetFile = join(dir, 'kinh-phi-lon.xlsx');
    const { workbook: budget, numericCells } = buildBudgetWorkbook(BUDGET_SHAPE);
    await budget.xlsx.writeFile(budgetFile);
    const indicatorFile = join(dir, 'chi-tieu-lon.xlsx');
    await buildIndicatorWorkbook(5000).xlsx.writeFile(indicatorFile);
    console.log(`Soát biểu benchmark: median of ${ITERATIONS} runs after one warm-up (node ${process.version})`);
    console.log(`Budget workbook: ${numericCells.toLocaleString('en')} numeric cells in ${BUDGET_SHAPE.sheets * BUDGET_SHAPE.tablesPerSheet} tables; indicator grid: 5,000 rows.`);
    const results = [await measure('Budget tables', budgetFile), await measure('Indicator grid', indicatorFile)];
    console.log(results.every(Boolean) ? '\nAll targets met.' : '\nSome targets missed (see above).');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
