import type { Finding } from '../../src/engine';
import { planFixes, rootFixable } from '../../src/ui/fix-plan';

const base = { rule: 'budget.totalRow', messageId: 'totalRowMismatch', sheet: 'S', severity: 'error' as const, cells: [], params: {} };
const total: Finding = { ...base, id: 'F1', cell: 'C6', fix: { cell: 'C6', value: '170', formula: 'SUM(C3:C5)' } };
const consequence: Finding = { ...base, id: 'F2', cell: 'E6', causeId: 'F1', fix: { cell: 'E6', value: '450' } };
const numbering: Finding = { ...base, id: 'F3', rule: 'budget.numbering', cell: 'A9', fix: { cell: 'A9', value: 'III' } };

describe('planFixes', () => {
  it('writes root findings only: a consequence’s fix is never applied', () => {
    const plan = planFixes([total, consequence], 'value', () => 'typed');
    expect(plan.fixes.map((f) => f.cell)).toEqual(['C6']);
    expect(plan.skipped).toEqual([{ cell: 'E6', reason: 'consequence' }]);
    expect(rootFixable([total, consequence, numbering])).toEqual([total, numbering]);
  });

  it('keeps each cell’s kind by default: a formula cell gets the formula, a typed cell the number', () => {
    expect(planFixes([total], 'value', () => 'formula').fixes).toEqual([{ sheet: 'S', cell: 'C6', formula: 'SUM(C3:C5)', value: '170', rule: 'budget.totalRow' }]);
    expect(planFixes([total], 'value', () => 'typed').fixes).toEqual([{ sheet: 'S', cell: 'C6', value: '170', rule: 'budget.totalRow' }]);
    expect(planFixes([total], 'formula', () => 'typed').fixes[0].formula).toBe('SUM(C3:C5)');
  });

  it('chooses over every finding at a cell, not the first: a value-only finding does not replace a formula', () => {
    const valueOnly: Finding = { ...total, id: 'F9', fix: { cell: 'C6', value: '170' } };
    expect(planFixes([valueOnly, total], 'value', () => 'formula').fixes).toEqual([{ sheet: 'S', cell: 'C6', formula: 'SUM(C3:C5)', value: '170', rule: 'budget.totalRow' }]);
    expect(planFixes([valueOnly], 'value', () => 'formula')).toEqual({ fixes: [], skipped: [{ cell: 'C6', reason: 'keepsFormula' }] });
    expect(planFixes([numbering, numbering], 'formula', () => 'typed').fixes).toEqual([{ sheet: 'S', cell: 'A9', value: 'III', rule: 'budget.numbering' }]);
  });
});
