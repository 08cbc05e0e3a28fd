import * as XLSX from '@e965/xlsx';
import { read, CFB } from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { READ_LIMITS, readWorkbook } from '../../src/io';
import { SHEETJS_OPTIONS } from '../../src/io/read-workbook';
import { guardZip } from '../../src/io/zip-guard';
import { computeMissingResults } from '../../src/io/compute-formulas';
const bytes = readFileSync(process.env.FILE ?? '/tmp/prof/budget.xlsx');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const parseZip = (XLSX as any).parse_zip;
const acc: Record<string, number[]> = {};
const t = <T>(name: string, f: () => T): T => { gc(); const s = process.cpuUsage(); const r = f(); const u = process.cpuUsage(s); (acc[name] ??= []).push((u.user + u.system) / 1000); return r; };
async function main() {
  for (let i = 0; i < Number(process.env.N ?? 6); i++) {
    t('bare read', () => read(bytes, { ...SHEETJS_OPTIONS, sheetRows: READ_LIMITS.rows }));
    t('sheetjs CFB.read (zip inflate)', () => CFB.read(bytes, { type: 'buffer' }));
    const census = t('guardZip', () => guardZip(bytes));
    const wb = t('parse_zip', () => { const c = CFB.utils.cfb_new(); for (const [n, d] of census.parts) CFB.utils.cfb_add(c, n, d, { unsafe: true }); return parseZip(c, { ...SHEETJS_OPTIONS, cellNF: true, sheetStubs: true, sheetRows: READ_LIMITS.rows }); });
    const grids = await (async () => { gc(); const s = performance.now(); const g = await readWorkbook(bytes); (acc['readWorkbook'] ??= []).push(performance.now() - s); return g; })();
    t('computeMissing', () => computeMissingResults(grids));
    void wb;
  }
  const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
  for (const [k, v] of Object.entries(acc)) console.log(k.padEnd(32), med(v.slice(1)).toFixed(0), v.slice(1).map(Math.round).join(' '));
}
main();
