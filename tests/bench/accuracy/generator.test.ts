/**
 * The accuracy benchmark judges the engine against what its generator says is true; these tests check
 * that truth: clean tables satisfy every identity they declare, a slip changes its own cell only
 * (and what formulas recompute), the slip's own cell always explains it, and fix formulas evaluate
 * as Excel would.
 */
import { LAYOUTS, multiYearTyped, oneYearChiaRa, provincesByRegion } from './layouts';
import { locate } from './locate';
import { evaluateSum } from './score';
import { injectSlip, SLIP_KINDS } from './slips';
import { buildTable, keyOf, recalculate, seeded, cloneCells, type AmountCell, type Key } from './table';

const residual = (cells: Map<Key, AmountCell>, keys: Key[], coefs: number[]) => keys.reduce((s, k, i) => s + coefs[i] * (cells.get(k)?.value ?? 0), 0);

describe('clean tables', () => {
  it.each(LAYOUTS.map((layout) => [layout.name, layout] as const))('%s: every identity holds, every Trong đó part is within its parent, formulas are up to date', (_, layout) => {
    for (let seed = 1; seed <= 8; seed++) {
      const random = seeded(seed);
      const table = buildTable(layout(random), random);
      expect(table.identities.length).toBeGreaterThan(10);
      for (const { keys, coefs } of table.identities) expect(residual(table.cells, keys, coefs)).toBe(0);
      for (const { parent, children } of table.partials) {
        expect(children.reduce((s, k) => s + (table.cells.get(k)?.value ?? 0), 0)).toBeLessThanOrEqual(table.cells.get(parent)?.value ?? 0);
      }
      const again = cloneCells(table.cells);
      recalculate(again);
      expect(again).toEqual(table.cells);
    }
  });
});

describe('slips', () => {
  it.each([...SLIP_KINDS])('%s changes its own cell and, of the typed cells, no other', (kind) => {
    for (let seed = 1; seed <= 8; seed++) {
      const random = seeded(seed);
      const table = buildTable(multiYearTyped(random), random);
      const slip = injectSlip(table, kind, random)!;
      const before = table.cells.get(slip.key);
      const after = slip.cells.get(slip.key)!;
      expect(slip.original).toBe(before?.value ?? 0);
      expect(after.value !== slip.original || after.text !== undefined).toBe(true);
      for (const [key, cell] of table.cells) if (key !== slip.key) expect(slip.cells.get(key)).toEqual(cell);
    }
  });

  it('a slip in a cell that formulas read shows in their recomputed results, text skipped by SUM', () => {
    const cells = new Map<Key, AmountCell>([
      [keyOf(5, 2), { value: 100 }],
      [keyOf(6, 2), { value: 2500, text: '2.500' }],
      [keyOf(4, 2), { value: 0, refs: [keyOf(5, 2), keyOf(6, 2)] }],
    ]);
    recalculate(cells);
    expect(cells.get(keyOf(4, 2))!.value).toBe(100);
  });
});

describe('locating', () => {
  it("the slip's own cell explains every detectable slip, in every layout", () => {
    for (const layout of LAYOUTS) {
      for (const kind of SLIP_KINDS) {
        for (let seed = 1; seed <= 5; seed++) {
          const random = seeded(seed * 31 + kind.length);
          const table = buildTable(layout(random), random);
          const slip = injectSlip(table, kind, random);
          if (!slip) continue;
          const location = locate(table, slip);
          if (location.locatability !== 'undetectable') expect(location.explainers[0]).toBe(slip.key);
        }
      }
    }
  });

  it('a typed table locates a changed amount uniquely; a `Trong đó` part is unique only when the parts then exceed their whole', () => {
    const random = seeded(3);
    const table = buildTable(provincesByRegion(random), random);
    // Every typed cell of a typed table is in its row identity and in its parent's column identity.
    expect(locate(table, injectSlip(table, 'x1000', random)!).locatability).toBe('unique');

    let parts = buildTable(oneYearChiaRa(seeded(1)), seeded(1));
    for (let seed = 2; parts.partials.length === 0; seed++) parts = buildTable(oneYearChiaRa(seeded(seed)), seeded(seed));
    const key = parts.partials[0].children.find((k) => parts.cells.has(k))!;
    const original = parts.cells.get(key)!.value;
    const slipped = (value: number) => {
      const cells = cloneCells(parts.cells);
      cells.get(key)!.value = value;
      return locate(parts, { kind: 'x1000', key, original, cells });
    };
    // ×1000 makes the parts exceed their whole: only undoing it repairs that.
    expect(slipped(original * 1000)).toMatchObject({ locatability: 'unique', explainers: [key] });
    // Halved, the parts stay within their whole; Tổng số = NSTW + NSĐP + Khác is the part's only
    // equality, so any cell of its row could be the wrong one.
    const halved = slipped(original / 2);
    expect(halved.explainers.length).toBeGreaterThan(1);
    expect(halved.locatability).not.toBe('unique');
  });
});

describe('evaluating fix formulas', () => {
  const cells = new Map<Key, AmountCell>([
    [keyOf(5, 2), { value: 100 }],
    [keyOf(6, 2), { value: 20 }],
    [keyOf(7, 2), { value: 3000, text: '3.000' }],
    [keyOf(8, 2), { value: 4 }],
  ]);
  const lookup = (key: Key) => cells.get(key);

  it('adds ranges and references, skipping text inside SUM and reading it with +', () => {
    expect(evaluateSum('SUM(C6:C9)', lookup)).toBe(124);
    expect(evaluateSum('=SUM(C6,C9)+C8', lookup)).toBe(3104);
    expect(evaluateSum('C6+C7-C9', lookup)).toBe(116);
    expect(evaluateSum('SUM($C$6:$C$7;C9)', lookup)).toBe(124);
  });

  it('gives up on anything but sums of references', () => {
    expect(evaluateSum('AVERAGE(C6:C9)', lookup)).toBeUndefined();
    expect(evaluateSum('C6*2', lookup)).toBeUndefined();
    expect(evaluateSum('Sheet2!C6', lookup)).toBeUndefined();
  });
});
