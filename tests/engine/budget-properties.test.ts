import fc from 'fast-check';
import { cellAddress } from '../../src/engine/address';
import { checkSheet } from '../../src/engine/check';
import { Decimal } from '../../src/engine/numbers';
import { budgetRules } from '../../src/engine/rules/budget';
import type { Finding } from '../../src/engine/types';
import { gridOf, type TestCell } from './grid';
import { type BudgetShape, buildBudget, type BuiltTable, type ProjectSpec, type Source } from './rules/budget/builder';

/** Amounts with up to two decimals. */
const amount = fc.integer({ min: 0, max: 500_000 }).map((cents) => cents / 100);

const shapeArbitrary: fc.Arbitrary<BudgetShape> = fc.record({
  years: fc.tuple(fc.integer({ min: 2011, max: 2025 }), fc.integer({ min: 1, max: 6 })).map(([first, count]) => Array.from({ length: count }, (_, i) => first + i)),
  sources: fc.subarray<Source>(['central', 'local', 'other'], { minLength: 1 }),
  yearTotals: fc.boolean(),
  periodSources: fc.boolean(),
  periodTotal: fc.boolean(),
  totalOnTop: fc.boolean(),
  language: fc.constantFrom('vi' as const, 'en' as const, 'ascii' as const),
});

function projectsFor(shape: BudgetShape): fc.Arbitrary<ProjectSpec[]> {
  const grid = fc.array(fc.array(amount, { minLength: shape.sources.length, maxLength: shape.sources.length }), {
    minLength: shape.years.length,
    maxLength: shape.years.length,
  });
  return fc.array(fc.record({ amounts: grid, children: fc.array(grid, { maxLength: 4 }) }), { minLength: 1, maxLength: 4 });
}

const tableArbitrary = shapeArbitrary.chain((shape) => projectsFor(shape).map((projects) => buildBudget(shape, projects)));

const errorsOf = (rows: TestCell[][], merges: string[], tolerance?: number) =>
  checkSheet(gridOf(rows, { merges }), { tolerance }, budgetRules).findings.filter((f) => f.severity === 'error');

/** Adds `delta` to one cell of a copy of the rows. */
function changed(rows: TestCell[][], row: number, col: number, delta: Decimal): TestCell[][] {
  const copy = rows.map((r) => [...r]);
  copy[row][col] = new Decimal(copy[row][col] as number).plus(delta).toNumber();
  return copy;
}

/**
 * Whether every row that totals the given one holds an amount other than 0 (its project, when it is a
 * part; the total row, when it is not that row): such rows are totals, not headings.
 */
function aboveHoldsAmounts(table: BuiltTable, row: number): boolean {
  const holds = (r: number) => table.amountColumns.some((c) => Number(table.rows[r][c] ?? 0) !== 0);
  const parent = table.parentRows[table.dataRows.indexOf(row)];
  return (parent === undefined || holds(parent)) && (row === table.totalRow || holds(table.totalRow));
}

const cents = (min: number, max: number) => fc.integer({ min, max }).filter((n) => n !== 0).map((n) => new Decimal(n).dividedBy(100));

describe('budget tables, property-based', () => {
  it('a consistent table of any shape gives no error', () => {
    fc.assert(
      fc.property(tableArbitrary, (table) => {
        expect(errorsOf(table.rows, table.merges)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('changing any one amount is flagged: an error at that amount, at a total that contains it, or at the root cause of such a total', () => {
    const scenario = tableArbitrary.chain((table) =>
      fc.record({
        table: fc.constant(table),
        row: fc.constantFrom(...table.dataRows, table.totalRow),
        col: fc.constantFrom(...table.amountColumns),
        delta: cents(-1_000_000, 1_000_000),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ table, row, col, delta }) => {
        // A row of zeros over its items is a heading, not a total of them (identities/index.ts): an
        // amount under such a heading, in a table that adds nothing up, stands in no identity.
        fc.pre(aboveHoldsAmounts(table, row));
        const address = cellAddress(row, col);
        const findings = checkSheet(gridOf(changed(table.rows, row, col, delta), { merges: table.merges }), {}, budgetRules).findings;
        const names = (f: Finding) => f.cell === address || f.cells.includes(address);
        // A total that stays right is a note under its root (which may be another cell a typing slip explains as well).
        const flagged = findings.some((f) => f.severity === 'error' && (names(f) || findings.some((c) => c.causeId === f.id && names(c))));
        expect(flagged).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a change within the tolerance is not flagged; one beyond it is', () => {
    const scenario = tableArbitrary.chain((table) =>
      fc.record({
        table: fc.constant(table),
        row: fc.constantFrom(...table.dataRows, table.totalRow),
        col: fc.constantFrom(...table.amountColumns),
        within: cents(-50, 50),
        beyond: cents(51, 100_000),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ table, row, col, within, beyond }) => {
        expect(errorsOf(changed(table.rows, row, col, within), table.merges, 0.5)).toEqual([]);
        expect(errorsOf(changed(table.rows, row, col, beyond), table.merges, 0.5).length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
