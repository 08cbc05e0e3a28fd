/**
 * Which fixes a "fix" action writes, shared by the add-in and the web page so both follow the same
 * rules (an edit in the data-editing sense: only the cells the error localisation points at):
 * - only root findings: a finding with `causeId` is a consequence of another, and fixing the
 *   cause fixes it; writing its own fix as well would overwrite a formula that is right;
 * - formulas stay formulas: a cell that holds a formula gets a corrected formula or nothing,
 *   never a typed number; a typed cell gets the number, or a formula when the officer asks;
 * - one write per cell, chosen over every finding at that cell, not the first one seen.
 */
import type { Finding } from '../engine';
import type { RefusalReason } from '../io/apply-fixes';
import type { FixMode } from './host';

export interface PlannedFix {
  sheet: string;
  cell: string;
  /** Without the leading `=`. */
  formula?: string;
  /** A plain decimal (`1770`) for a number, any other text for text. */
  value?: string;
  rule: string;
}

/** Left out on purpose, or refused because Excel would not let the officer type there either. */
export type SkipReason = 'consequence' | 'keepsFormula' | RefusalReason;

export interface SkippedFix {
  cell: string;
  reason: SkipReason;
}

export interface FixPlan {
  fixes: PlannedFix[];
  skipped: SkippedFix[];
}

/** What a cell holds now: `undefined` when unknown (the fix is then written as the engine gave it). */
export type CellKind = 'formula' | 'typed' | undefined;

/**
 * @param mode `value`: each cell keeps its kind (the default); `formula`: typed totals get the SUM
 *   formula too where the engine has one.
 * @param kindOf what the cell holds now, from the grid the check read.
 */
export function planFixes(findings: Finding[], mode: FixMode, kindOf: (sheet: string, cell: string) => CellKind): FixPlan {
  const skipped: SkippedFix[] = [];
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (finding.causeId) {
      skipped.push({ cell: finding.fix.cell, reason: 'consequence' });
      continue;
    }
    const key = `${finding.sheet}!${finding.fix.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), finding]);
  }
  const fixes: PlannedFix[] = [];
  for (const candidates of byCell.values()) {
    const { sheet } = candidates[0];
    const cell = candidates[0].fix!.cell;
    const withFormula = candidates.find((f) => f.fix!.formula !== undefined);
    const withValue = candidates.find((f) => f.fix!.value !== undefined);
    const kind = kindOf(sheet, cell);
    const formula = (f: Finding): PlannedFix => ({ sheet, cell, formula: f.fix!.formula, value: f.fix!.value, rule: f.rule });
    const value = (f: Finding): PlannedFix => ({ sheet, cell, value: f.fix!.value, rule: f.rule });
    if (kind === 'formula') {
      if (withFormula) fixes.push(formula(withFormula));
      else skipped.push({ cell, reason: 'keepsFormula' });
    } else if (mode === 'formula' && withFormula) fixes.push(formula(withFormula));
    else if (withValue) fixes.push(value(withValue));
    else if (withFormula) fixes.push(formula(withFormula));
  }
  return { fixes, skipped };
}

/** Findings a "fix all" button counts: root findings that carry a fix. */
export function rootFixable(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.fix && !f.causeId);
}
