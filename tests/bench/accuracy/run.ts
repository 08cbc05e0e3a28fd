/**
 * `npm run bench:accuracy`: does the engine find a typing slip, blame the cell it is in, and give the
 * original value back, without proposing fixes anywhere else? (issue 9, point 4)
 *
 * For every layout (layouts.ts) and every kind of slip (slips.ts), ACCURACY_TABLES tables (default 25)
 * are filled with seeded random amounts, one slip is injected at a random cell, and the engine's report
 * (public API only: checkSheet) is judged (score.ts) against what the generator knows: which cells are
 * in which identities, and whether the slip is uniquely locatable at all (locate.ts states the
 * criterion). The clean tables are checked too: a finding there is a false alarm. Prints markdown.
 * ACCURACY_SEED changes the tables; the same seed gives the same tables and slips. Then slips typed
 * into the Ministry of Finance's own tables (real.ts; ACCURACY_REAL=0 skips it), and what
 * localisation costs on the 245k-cell budget workbook with slips in it (cost.ts; ACCURACY_COST=0 skips it).
 */
import { performance } from 'node:perf_hooks';
import { checkSheet } from '../../../src/engine';
import type { Report } from '../../../src/engine/types';
import { localisationCost, printCost } from './cost';
import { LAYOUTS } from './layouts';
import { locate, type Locatability } from './locate';
import { realTables } from './real';
import { judge, type Outcome } from './score';
import { SLIP_KINDS, SLIP_NAMES, type SlipKind } from './slips';
import { addressOf, formulaText, toGrid } from './table';
import { cleanTable, slippedTable } from './trial';

const TABLES = Number(process.env.ACCURACY_TABLES ?? 25);
/** ACCURACY_VERBOSE=1 lists every slip not found, or uniquely locatable but not corrected, with the findings at its cell. */
const VERBOSE = process.env.ACCURACY_VERBOSE === '1';
const SEED = Number(process.env.ACCURACY_SEED ?? 2026);

interface Trial extends Outcome {
  kind: SlipKind;
  layout: string;
  locatability: Locatability;
}

/** Uniquely locatable, by the identities alone or by the typing-slip preference (locate.ts). */
const isUnique = (t: Trial) => t.locatability === 'unique' || t.locatability === 'uniqueBySlip';

interface CleanTrial {
  layout: string;
  /** Errors and warnings on a table with no mistake. */
  alarms: number;
  fixes: number;
}

function check(grid: Parameters<typeof checkSheet>[0]): Report {
  try {
    return checkSheet(grid);
  } catch (error) {
    // A crash is a finding about the engine, not about the table: count it as nothing found.
    console.error(`engine threw on ${grid.name}: ${error instanceof Error ? error.message : String(error)}`);
    return { tables: [], findings: [], notices: [], summary: { errors: 0, warnings: 0, info: 0 } };
  }
}

async function main(): Promise<void> {
  const start = performance.now();
  const trials: Trial[] = [];
  const clean: CleanTrial[] = [];
  let engineMs = 0;
  LAYOUTS.forEach((_, l) => {
    for (let n = 0; n < TABLES; n++) {
      const unslipped = cleanTable(SEED, l, n);
      const report = check(toGrid(unslipped, `clean ${l}.${n}`));
      clean.push({ layout: unslipped.spec.layout, alarms: report.findings.filter((f) => f.severity !== 'info').length, fixes: report.findings.filter((f) => f.fix).length });
      SLIP_KINDS.forEach((kind, k) => {
        const { table, slip } = slippedTable(SEED, l, k, n);
        if (!slip) return;
        const location = locate(table, slip);
        const t0 = performance.now();
        const slipped = check(toGrid({ ...table, cells: slip.cells }, `${kind} ${l}.${n}`));
        engineMs += performance.now() - t0;
        const trial: Trial = { kind, layout: table.spec.layout, locatability: location.locatability, ...judge(table, slip, location, slipped) };
        trials.push(trial);
        if (VERBOSE && (!trial.found || (isUnique(trial) && !trial.corrected) || (trial.locatability === 'notUnique' && (trial.fixes > 0 || !trial.saidNotUnique)))) {
          const cell = slip.cells.get(slip.key)!;
          const shown = cell.text ?? (cell.refs ? `=${formulaText(cell.refs)}|${cell.value}` : cell.value);
          const at = addressOf(slip.key);
          console.log(`miss: ${kind} ${l}.${n} (${table.spec.layout}) ${at}: ${slip.original} → ${shown}; ${location.locatability}, ${trial.found ? 'found' : 'not found'}`);
          for (const f of slipped.findings) if (f.cell === at || f.cells.includes(at)) console.log(`   ${f.id} ${f.rule} ${f.messageId} at ${f.cell} expected ${f.expected} actual ${f.actual} fix ${JSON.stringify(f.fix)} cause ${f.causeId ?? '-'}`);
        }
      });
    }
  });

  const count = (items: Trial[], test: (t: Trial) => boolean) => items.filter(test).length;
  const ratio = (a: number, b: number) => (b === 0 ? '–' : `${a}/${b}`);
  console.log(`# Accuracy benchmark (seed ${SEED}, ${TABLES} tables per layout and slip, ${LAYOUTS.length} layouts)\n`);
  console.log('| slip | tables | uniquely locatable (by a typing slip) | not unique | a typing slip elsewhere explains it | undetectable | found | blamed at the slip (unique) | corrected to the original (unique) | tables with fixes elsewhere (unique) | "not unique" said (not unique) | fixes proposed (not unique) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  const rows: [string, Trial[]][] = [...SLIP_KINDS.map((kind): [string, Trial[]] => [SLIP_NAMES[kind], trials.filter((t) => t.kind === kind)]), ['**all**', trials]];
  for (const [name, group] of rows) {
    const unique = group.filter(isUnique);
    const notUnique = group.filter((t) => t.locatability === 'notUnique');
    console.log(
      `| ${name} | ${group.length} | ${unique.length} (${count(unique, (t) => t.locatability === 'uniqueBySlip')}) | ${notUnique.length} | ${count(group, (t) => t.locatability === 'elsewhere')} | ${count(group, (t) => t.locatability === 'undetectable')} | ${ratio(count(group, (t) => t.found), group.length)} | ${ratio(count(unique, (t) => t.blamed), unique.length)} | ${ratio(count(unique, (t) => t.corrected), unique.length)} | ${ratio(count(unique, (t) => t.fixesElsewhere > 0), unique.length)} | ${ratio(count(notUnique, (t) => t.saidNotUnique), notUnique.length)} | ${ratio(count(notUnique, (t) => t.fixes > 0), notUnique.length)} |`,
    );
  }

  console.log('\n| layout | slipped tables | uniquely locatable | blamed (unique) | corrected (unique) | tables with fixes elsewhere | clean tables | clean tables with an error or warning | clean tables with a fix |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const layout of [...new Set(trials.map((t) => t.layout))]) {
    const group = trials.filter((t) => t.layout === layout);
    const unique = group.filter(isUnique);
    const cleanGroup = clean.filter((c) => c.layout === layout);
    console.log(
      `| ${layout} | ${group.length} | ${unique.length} | ${ratio(count(unique, (t) => t.blamed), unique.length)} | ${ratio(count(unique, (t) => t.corrected), unique.length)} | ${ratio(count(group, (t) => t.fixesElsewhere > 0), group.length)} | ${cleanGroup.length} | ${cleanGroup.filter((c) => c.alarms > 0).length} | ${cleanGroup.filter((c) => c.fixes > 0).length} |`,
    );
  }
  console.log(`\nEngine time on slipped tables ${(engineMs / 1000).toFixed(1)} s; whole run ${((performance.now() - start) / 1000).toFixed(1)} s.`);
  console.log('Uniquely locatable: the slip\'s cell is the only single cell whose edit makes every identity hold, or the only one of them whose edit undoes a typing slip (tests/bench/accuracy/locate.ts).');
  if (process.env.ACCURACY_REAL !== '0') await realTables(SEED);
  if (process.env.ACCURACY_COST !== '0') {
    printCost([
      { totals: 'SUM formulas, grand totals typed', result: await localisationCost(SEED) },
      { totals: 'typed', result: await localisationCost(SEED, true) },
    ]);
  }
}

void main();
