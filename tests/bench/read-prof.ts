/**
 * Profiling aid, not a benchmark: readWorkbook against SheetJS's bare `read` with the same options
 * (what `npm run bench` compares), taking turns in one process, N rounds (default 8), with a full
 * garbage collection before each when run with --expose-gc. Prints wall and CPU medians and their
 * ratios; on a shared machine the CPU ratio is the steadier. FILE picks the workbook (default the
 * budget workbook prof.ts writes). `node --expose-gc --cpu-prof --import tsx tests/bench/read-prof.ts`
 * shows where the reader's time goes.
 */
import { read } from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { READ_LIMITS, readWorkbook } from '../../src/io';
import { SHEETJS_OPTIONS } from '../../src/io/read-workbook';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function main() {
  const bytes = readFileSync(process.env.FILE ?? '/tmp/prof/budget.xlsx');
  const runs = { ours: { wall: [] as number[], cpu: [] as number[] }, bare: { wall: [] as number[], cpu: [] as number[] } };
  const rounds = Number(process.env.N ?? 8);
  for (let i = 0; i <= rounds; i++) {
    for (const which of i % 2 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)) {
      gc();
      const start = performance.now();
      const cpu = process.cpuUsage();
      if (which === 'ours') await readWorkbook(bytes);
      else read(bytes, { ...SHEETJS_OPTIONS, sheetRows: READ_LIMITS.rows });
      const used = process.cpuUsage(cpu);
      // The first round warms up.
      if (i === 0) continue;
      runs[which].wall.push(performance.now() - start);
      runs[which].cpu.push((used.user + used.system) / 1000);
    }
  }
  for (const measure of ['wall', 'cpu'] as const) {
    const ours = median(runs.ours[measure]);
    const bare = median(runs.bare[measure]);
    // Each round's two runs are next to each other: the median of their ratios drifts less with the machine's load.
    const paired = median(runs.ours[measure].map((value, i) => value / runs.bare[measure][i]));
    const fastest = Math.min(...runs.ours[measure]) / Math.min(...runs.bare[measure]);
    console.log(
      `${measure}: readWorkbook ${ours.toFixed(0)} ms, SheetJS bare read ${bare.toFixed(0)} ms; ratio of medians ${(ours / bare).toFixed(3)}, ` +
        `median of paired ratios ${paired.toFixed(3)}, ratio of fastest ${fastest.toFixed(3)}`,
    );
  }
}

void main();
