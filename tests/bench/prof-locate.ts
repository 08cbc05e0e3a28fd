/**
 * Profiling aid, not a benchmark: times the engine and its localisation (CheckOptions.timings) on the
 * benchmark's budget workbook with slips injected as bench:accuracy's cost does (SUM formulas under
 * typed grand totals; TYPED=1: every total typed), N times (default 4), in this process. Run with
 * `node --cpu-prof --import tsx tests/bench/prof-locate.ts` to see where localisation's time goes;
 * `npm run bench:accuracy` gives the figures that count.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkWorkbook } from '../../src/engine';
import { readWorkbook } from '../../src/io';
import { injectSlips, typeTotals } from './accuracy/cost';
import { seeded } from './accuracy/table';
import { buildBudgetWorkbook } from './generate';
import { BUDGET_SHAPE } from './worker';

async function main() {
  mkdirSync('/tmp/prof', { recursive: true });
  const file = '/tmp/prof/budget.xlsx';
  if (!existsSync(file)) await buildBudgetWorkbook(BUDGET_SHAPE).workbook.xlsx.writeFile(file);
  const sheets = await readWorkbook(readFileSync(file));
  const random = seeded(2026);
  // TYPED=1: every total typed, as the cost's second case; otherwise SUM formulas under typed grand totals.
  if (process.env.TYPED) for (const sheet of sheets) typeTotals(sheet);
  for (const sheet of sheets) injectSlips(sheet, random);
  for (let i = 0; i < Number(process.env.N ?? 4); i++) {
    const timings: Record<string, number> = {};
    const start = performance.now();
    const report = checkWorkbook(sheets, { timings });
    const elapsed = performance.now() - start;
    console.log(`engine ${elapsed.toFixed(0)} ms, localisation ${(timings.locate ?? 0).toFixed(1)} ms, findings ${report.findings.length}`);
  }
}
main();
