import type { Finding } from './types';

/**
 * Rules whose findings set a figure against a reference — a plan, a baseline, an earlier year's
 * target, a national target — rather than say what the cell should hold: their `expected` is that
 * reference, and front ends label the pair so (`Mốc so sánh` / `Số liệu`, not `Đúng ra` / `Đang ghi`).
 */
const REFERENCE_RULES: ReadonlySet<string> = new Set(['values/target-met', 'values/target-direction', 'values/target-sequence', 'values/national-target']);

/** Whether the finding's `expected` is a reference it is compared with, not a correction. */
export function comparesToReference(finding: Pick<Finding, 'rule'>): boolean {
  return REFERENCE_RULES.has(finding.rule);
}
