/**
 * Debugging aid for the accuracy benchmark: rebuilds one trial (`npx tsx tests/bench/accuracy/one.ts
 * KIND LAYOUT.N`, e.g. `digit 4.10`, as `ACCURACY_VERBOSE=1 npm run bench:accuracy` names them) and
 * prints the slip, its locatability and every finding. GRID=1 prints the sheet; CELLS=1 the explaining cells.
 */
import { checkSheet } from '../../../src/engine';
import { locate } from './locate';
import { judge } from './score';
import { SLIP_KINDS } from './slips';
import { addressOf, toGrid } from './table';
import { slippedTable } from './trial';
const [kindName, ln] = process.argv.slice(2);
const [l, n] = ln.split('.').map(Number);
const SEED = Number(process.env.ACCURACY_SEED ?? 2026);
const k = SLIP_KINDS.indexOf(kindName as any);
const { table, slip: injected } = slippedTable(SEED, l, k, n);
const slip = injected!;
const location = locate(table, slip);
const grid = toGrid({ ...table, cells: slip.cells }, 'x');
if (process.env.GRID) for (const row of grid.cells) console.log(row.map((c: any) => c ? (c.formula ? '=' + c.formula : String(c.value ?? '')) : '').join('\t'));
const report = checkSheet(grid);
console.log('slip', addressOf(slip.key), slip.original, location, );
for (const f of report.findings) console.log(f.id, f.rule, f.messageId, f.severity, f.cell, 'cells', f.cells.join(','), 'exp', f.expected, 'act', f.actual, 'fix', JSON.stringify(f.fix), 'cause', f.causeId ?? '-', JSON.stringify(f.params ?? {}).slice(0, 300));
console.log(judge(table, slip, location, report));
if (process.env.CELLS) for (const k of location.explainers) console.log('explainer', addressOf(k), slip.cells.get(k));
