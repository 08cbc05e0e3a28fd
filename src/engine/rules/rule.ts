import type { Decimal, Quantity } from '../numbers';
import type { Cell, Finding, Params, Severity, SheetGrid, TableKind, TableModel } from '../types';

/** A finding as a rule reports it; the engine adds id, rule, sheet, table and default severity. */
export interface FindingDraft {
  messageId: string;
  /** The cell to look at, sheet coordinates. */
  at: { row: number; col: number };
  related?: { row: number; col: number }[];
  severity?: Severity;
  expected?: string;
  actual?: string;
  difference?: string;
  params?: Params;
  explanation?: Finding['explanation'];
  fix?: { value?: string; formula?: string };
}

export interface RuleContext {
  grid: SheetGrid;
  table: TableModel;
  /** Largest difference accepted as equal, in the table's unit. */
  tolerance: Decimal;
  /** The cell at sheet coordinates, or undefined when empty or outside the grid. */
  cell(row: number, col: number): Cell | undefined;
  /** The cell's value read in the table's number convention. */
  quantity(row: number, col: number): Quantity;
  report(draft: FindingDraft): void;
}

export interface RuleMeta {
  /** `budget/row-total`, `indicator/numbering`: group, then the check. */
  id: string;
  severity: Severity;
  /** Which tables the rule runs on. */
  kinds: readonly TableKind[];
  /** Every message id the rule reports; each must be in both catalogues. */
  messageIds: readonly string[];
  /** One line for the README and the pane's help, in English. */
  description: string;
  /**
   * Its findings set a figure against a reference — a plan, a baseline, an earlier year's target, a
   * national target — rather than say what the cell should hold: their `expected` is that reference.
   */
  comparesToReference?: boolean;
  /**
   * Of its messages, those that set a figure against a bound rather than a correction: parts
   * (`Trong đó`) past their whole give the parts' sum, which the whole must reach, not its value.
   */
  boundMessageIds?: readonly string[];
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
