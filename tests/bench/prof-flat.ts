/**
 * Profiling aid, not a benchmark: the engine on the flat scaling cases (grids.ts), from the grid built
 * in memory and from the grid readWorkbook makes of its .xlsx, N runs each (default 5) in this process.
 * KIND=flat|flatSlip|budget (default flatSlip; budget: the workbook prof.ts writes, file form only),
 * SIZE (default 20000), FORM=file|memory (default both). GAP=gc puts three full garbage collections
 * before each run (with node --expose-gc), as the benchmark's file form has between its checks: with
 * `--trace-deopt`, "reason: weak objects" then names the functions whose optimised code went with a
 * hidden class (src/engine/shapes.ts). Run under `node --cpu-prof` on an esbuild bundle to see where
 * the time goes; `npm run bench` gives the figures that count.
 */
import { read } from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkWorkbook } from '../../src/engine';
import { readWorkbook } from '../../src/io';
import { SHEETJS_OPTIONS } from '../../src/io/read-workbook';
import { scalingGrid, writeGrid, type ScalingCase } from './grids';
import type { SheetGrid } from '../../src/engine/types';

const cellCount = (sheets: SheetGrid[]) => sheets.reduce((n, sheet) => n + sheet.cells.reduce((m, row) => m + (row ? row.filter(Boolean).length : 0), 0), 0);

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** GAP=gc: three full collections between runs; GAP=read: SheetJS's and exceljs's reads too, as the benchmark's file form has. */
async function gap(kind: string, file: string) {
  gc();
  if (kind === 'read') {
    read(readFileSync(file), { ...SHEETJS_OPTIONS });
    gc();
    await new ExcelJS.Workbook().xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  }
  gc();
  gc();
}

async function main() {
  const kind = (process.env.KIND ?? 'flatSlip') as ScalingCase;
  const size = Number(process.env.SIZE ?? 20000);
  // KIND=budget: the benchmark's budget workbook, as prof.ts writes it (file form only).
  const file = kind === ('budget' as ScalingCase) ? '/tmp/prof/budget.xlsx' : `/tmp/prof/${kind}-${size}.xlsx`;
  if (!existsSync(file)) await writeGrid(scalingGrid(kind, size), file);
  const forms = process.env.FORM === 'memory' ? ['memory'] : process.env.FORM === 'file' ? ['file'] : ['file', 'memory'];
  for (const form of forms) {
    const sheets = form === 'memory' ? [scalingGrid(kind, size)] : await readWorkbook(readFileSync(file));
    const cells = cellCount(sheets);
    for (let i = 0; i < Number(process.env.N ?? 5); i++) {
      if (process.env.GAP) await gap(process.env.GAP, file);
      const t = performance.now();
      const cpu = process.cpuUsage();
      const r = checkWorkbook(sheets);
      const dt = performance.now() - t;
      const used = process.cpuUsage(cpu);
      console.log(`${form} ${kind} engine ${dt.toFixed(0)} ms (CPU ${((used.user + used.system) / 1000).toFixed(0)} ms), ${Math.round((cells / dt) * 1000)} cells/s, findings ${r.findings.length}`);
    }
  }
}
void main();
