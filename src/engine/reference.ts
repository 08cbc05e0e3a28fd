import { allRules } from './rules';
import type { Finding } from './types';

/** The rules whose findings set a figure against a reference (RuleMeta.comparesToReference). */
const REFERENCE_RULES: ReadonlySet<string> = new Set(allRules.filter((rule) => rule.meta.comparesToReference).map((rule) => rule.meta.id));

/**
 * Whether the finding's `expected` is a reference it is compared with (a plan, a baseline), not a
 * correction: front ends label the pair so (`Mốc so sánh` / `Số liệu`, not `Đúng ra` / `Đang ghi`).
 */
export function comparesToReference(finding: Pick<Finding, 'rule'>): boolean {
  return REFERENCE_RULES.has(finding.rule);
}
