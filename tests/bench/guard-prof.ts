import { read } from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'fflate';
import { guardZip } from '../../src/io/zip-guard';
import { entryData, readZipDirectory } from '../../src/io/zip-directory';
const bytes = readFileSync('/tmp/prof/budget.xlsx');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const hold = process.env.HOLD ? [read(bytes, { dense: true, cellFormula: true, cellStyles: true }), read(bytes, { dense: true })] : [];
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
const run = (name: string, f: () => unknown) => {
  const xs: number[] = [];
  for (let i = 0; i < 12; i++) { gc(); const s = process.cpuUsage(); f(); const u = process.cpuUsage(s); xs.push((u.user + u.system) / 1000); }
  console.log(name, med(xs).toFixed(0), xs.map(Math.round).join(' '));
};
run('guardZip', () => guardZip(bytes));
run('sync', () => { for (const e of readZipDirectory(bytes)) if (e.method === 8) inflateSync(entryData(bytes, e), { out: new Uint8Array(e.size) }); });
console.log(hold.length);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pako = require('pako');
run('pako', () => {
  for (const e of readZipDirectory(bytes)) if (e.method === 8) {
    const inf = new pako.Inflate({ raw: true, chunkSize: e.size + 1 });
    let got: Uint8Array | undefined;
    inf.onData = (c: Uint8Array) => { if (c.length > e.size) throw new Error('lying'); got = c; };
    inf.push(entryData(bytes, e), true);
    if (inf.err || !got || got.length !== e.size) throw new Error('bad ' + e.name + inf.err + ' ' + got?.length + ' ' + e.size);
  }
});
