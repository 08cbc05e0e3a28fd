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

  describe('SUM formulas into typed totals (formula mode), where the engine gives the total a value only', () => {
    // A typed parent left short of a child: the engine's fix is a value, its finding names the sum.
    const parent: Finding = {
      ...base,
      id: 'F1',
      rule: 'budget/children-sum',
      messageId: 'budgetChildrenSum',
      cell: 'C14',
      cells: ['C15', 'C16'],
      expected: '23000',
      actual: '17000',
      params: { formula: 'SUM(C15:C16)' },
      fix: { cell: 'C14', value: '23000' },
    };
    // The grand total over scattered rows, wrong only by carrying the parent's slip up.
    const carried: Finding = { ...base, id: 'F2', rule: 'budget/root-cause', messageId: 'budgetRootCarried', cell: 'C17', cells: ['C14'], params: { written: '100070', intended: '106070', from: 'C14' }, fix: { cell: 'C17', value: '106070' } };

    it('writes the SUM the total’s identity asks for, with the value as its saved result', () => {
      expect(planFixes([parent], 'formula', () => 'typed').fixes).toEqual([{ sheet: 'S', cell: 'C14', formula: 'SUM(C15:C16)', value: '23000', rule: 'budget/children-sum' }]);
      expect(planFixes([parent], 'value', () => 'typed').fixes).toEqual([{ sheet: 'S', cell: 'C14', value: '23000', rule: 'budget/children-sum' }]);
    });

    it('writes a total over scattered rows as the engine writes the sum (`C6+C14`, `SUM(F5:H5,F8:H8)`)', () => {
      const scattered: Finding = { ...parent, cell: 'C17', params: { formula: 'C6+C14' }, expected: '106070', fix: { cell: 'C17', value: '106070' } };
      expect(planFixes([scattered], 'formula', () => 'typed')).toEqual({ fixes: [{ sheet: 'S', cell: 'C17', formula: 'C6+C14', value: '106070', rule: 'budget/children-sum' }], skipped: [] });
      const merged: Finding = { ...scattered, params: { formula: 'SUM(F5:H5,F8:H8)' } };
      expect(planFixes([merged], 'formula', () => 'typed').fixes[0].formula).toBe('SUM(F5:H5,F8:H8)');
    });

    it('says so where a total has no sum to write, and writes its value', () => {
      const plan = planFixes([parent, carried], 'formula', () => 'typed');
      expect(plan.fixes.map((f) => [f.cell, f.formula ?? f.value])).toEqual([
        ['C14', 'SUM(C15:C16)'],
        ['C17', '106070'],
      ]);
      expect(plan.skipped).toEqual([{ cell: 'C17', reason: 'noFormula' }]);
      const difference: Finding = { ...parent, cell: 'G6', params: { formula: 'E6-F6' }, expected: '120', fix: { cell: 'G6', value: '120' } };
      expect(planFixes([difference], 'formula', () => 'typed')).toEqual({ fixes: [{ sheet: 'S', cell: 'G6', value: '120', rule: 'budget/children-sum' }], skipped: [{ cell: 'G6', reason: 'noFormula' }] });
    });

    it('takes the formula from a consequence said of the same cell; never one that adds up to another value', () => {
      const slip: Finding = { ...base, id: 'F3', rule: 'budget/root-cause', messageId: 'budgetRootSwappedDigits', cell: 'C14', cells: [], params: {}, fix: { cell: 'C14', value: '23000' } };
      const restated: Finding = { ...parent, id: 'F4', causeId: 'F3', severity: 'info', fix: undefined };
      expect(planFixes([slip], 'formula', () => 'typed', [slip, restated]).fixes[0].formula).toBe('SUM(C15:C16)');
      const elsewhere: Finding = { ...restated, expected: '22000' };
      expect(planFixes([slip], 'formula', () => 'typed', [slip, elsewhere])).toEqual({ fixes: [{ sheet: 'S', cell: 'C14', value: '23000', rule: 'budget/root-cause' }], skipped: [{ cell: 'C14', reason: 'noFormula' }] });
    });

    it('says nothing of a cell that is no total (a numbering fix)', () => {
      expect(planFixes([numbering], 'formula', () => 'typed').skipped).toEqual([]);
    });
  });
});
