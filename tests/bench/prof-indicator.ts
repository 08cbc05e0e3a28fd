/**
 * Profiling aid, not a benchmark: times the engine alone on the benchmark's two indicator cases, N times
 * (default 4) each, in this process — the 5,000-row indicator grid (written and read back as
 * `npm run bench` does) and the indicator grid with one two-cell merge per row (10,000 merged areas,
 * built in memory). CASE=grid or CASE=merges runs one of them; OUT=file writes the grid's findings as
 * JSON, to compare results before and after a change. Run with
 * `node --cpu-prof --import tsx tests/bench/prof-indicator.ts` to see where the engine's time goes;
 * `npm run bench` gives the figures that count.
 */
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkWorkbook } from '../../src/engine';
import type { SheetGrid } from '../../src/engine/types';
import { readWorkbook } from '../../src/io';
import { buildIndicatorWorkbook } from './generate';
import { scalingGrid } from './grids';
import { cellCount } from './worker';

function time(name: string, sheets: SheetGrid[]) {
  const cells = cellCount(sheets);
  for (let i = 0; i < Number(process.env.N ?? 4); i++) {
    const t = performance.now();
    const r = checkWorkbook(sheets);
    const dt = performance.now() - t;
    console.log(`${name}: engine ${dt.toFixed(0)} ms, ${Math.round((cells / dt) * 1000)} cells/s, findings ${r.findings.length}`);
    if (i === 0 && process.env.OUT) writeFileSync(`${process.env.OUT}.${name}.json`, JSON.stringify(r, null, 1));
  }
}

async function main() {
  const which = process.env.CASE;
  if (which !== 'merges') {
    const file = '/tmp/prof/indicator.xlsx';
    if (!existsSync(file)) await buildIndicatorWorkbook(5000).xlsx.writeFile(file);
    time('grid', await readWorkbook(readFileSync(file)));
  }
  if (which !== 'grid') time('merges', [scalingGrid('merges', 10_000)]);
}
main();
