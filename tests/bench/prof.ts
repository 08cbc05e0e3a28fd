/**
 * Profiling aid, not a benchmark: times the engine alone on the benchmark's budget workbook, N times
 * (default 4), in this process. Run with `node --cpu-prof --import tsx tests/bench/prof.ts` to see
 * where the engine's time goes; `npm run bench` gives the figures that count.
 */
import { readFileSync, existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkWorkbook } from '../../src/engine';
import { readWorkbook } from '../../src/io';
import { buildBudgetWorkbook } from './generate';
import { BUDGET_SHAPE, cellCount } from './worker';
async function main() {
  const file = '/tmp/prof/budget.xlsx';
  if (!existsSync(file)) await buildBudgetWorkbook(BUDGET_SHAPE).workbook.xlsx.writeFile(file);
  const sheets = await readWorkbook(readFileSync(file));
  const cells = cellCount(sheets);
  for (let i = 0; i < Number(process.env.N ?? 4); i++) {
    const t = performance.now();
    const r = checkWorkbook(sheets);
    const dt = performance.now() - t;
    console.log(`engine ${dt.toFixed(0)} ms, ${Math.round(cells / dt * 1000)} cells/s, findings ${r.findings.length}`);
  }
}
main();
