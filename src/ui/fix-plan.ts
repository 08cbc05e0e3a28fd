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

/**
 * Left out on purpose, or refused because Excel would not let the officer type there either; or
 * `noFormula`: asked for a SUM formula, a typed total got its value, having none to write (formulaFor).
 */
export type SkipReason = 'consequence' | 'keepsFormula' | 'noFormula' | RefusalReason;

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
 * @param related every finding of the check (the consequences too), where a typed total's SUM
 *   formula is looked for in `formula` mode; by default the findings to fix.
 */
export function planFixes(findings: Finding[], mode: FixMode, kindOf: (sheet: string, cell: string) => CellKind, related: Finding[] = findings): FixPlan {
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
  let relatedAt: Map<string, Finding[]> | undefined;
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
    else if (mode === 'formula' && withValue) {
      // Indexed once, on the first typed total asked for: a fix of all may meet thousands of them.
      relatedAt ??= indexByCell(related);
      const atCell = [...candidates, ...(relatedAt.get(`${sheet}!${cell}`) ?? [])];
      const sum = sumFormulaFor(atCell, withValue.fix!.value!);
      fixes.push(sum ? { sheet, cell, formula: sum, value: withValue.fix!.value, rule: withValue.rule } : value(withValue));
      if (!sum && atCell.some(speaksOfTotal)) skipped.push({ cell, reason: 'noFormula' });
    } else if (withValue) fixes.push(value(withValue));
    else if (withFormula) fixes.push(formula(withFormula));
  }
  return { fixes, skipped };
}

/** Findings by the cell they are said of (`sheet!A1`). */
function indexByCell(findings: Finding[]): Map<string, Finding[]> {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.sheet}!${finding.cell}`;
    const list = byCell.get(key);
    if (list) list.push(finding);
    else byCell.set(key, [finding]);
  }
  return byCell;
}

/** A cell or a range of this sheet: `C15`, `C15:C16`. */
const REF = String.raw`\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?`;
/** A sum of cells, as the engine writes one: `SUM(C15:C16)`, `SUM(F5:H5,F8:H8)`, `F5+F8+F12`. */
const SUM_OF_CELLS = new RegExp(`^(?:SUM\\(${REF}(?:,${REF})*\\)|${REF}(?:\\+${REF})+)$`);

/**
 * The SUM formula a typed total's value fix stands for: the engine gives a value only for a typed
 * cell, and names in `params.formula` the sum a broken identity at the cell asks for
 * (`SUM(C15:C16)`, `F5+F8+F12` over scattered rows), on the root or on a consequence said of the
 * same cell. It is written only where it is a sum of cells and adds up, as the cells stand now, to
 * the very value of the fix (that finding's `expected`), so the formula says what the value said; a
 * total wrong only by carrying up another cell's slip has none (nor a difference, `C5-D5`).
 */
function sumFormulaFor(atCell: Finding[], value: string): string | undefined {
  for (const finding of atCell) {
    const written = finding.params.formula;
    if (typeof written === 'string' && SUM_OF_CELLS.test(written) && finding.expected === value) return written;
  }
  return undefined;
}

/** Whether a finding is said of a total: one that names the sum it asks for, or a total carrying up another cell's slip. */
const speaksOfTotal = (finding: Finding) => typeof finding.params.formula === 'string' || finding.messageId === 'budgetRootCarried';

/** Findings a "fix all" button counts: root findings that carry a fix. */
export function rootFixable(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.fix && !f.causeId);
}
