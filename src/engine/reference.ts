import { allRules } from './rules';
import type { Finding } from './types';

/** The rules whose findings set a figure against a reference (RuleMeta.comparesToReference). */
const REFERENCE_RULES: ReadonlySet<string> = new Set(allRules.filter((rule) => rule.meta.comparesToReference).map((rule) => rule.meta.id));

/** The messages whose `expected` is a bound (RuleMeta.boundMessageIds). */
const BOUND_MESSAGES: ReadonlySet<string> = new Set(allRules.flatMap((rule) => rule.meta.boundMessageIds ?? []));

/**
 * Whether the finding's `expected` is a reference it is compared with (a plan, a baseline, the sum
 * of parts a whole must reach), not a correction: front ends label the pair so (`Mốc so sánh` /
 * `Số liệu`, not `Đúng ra` / `Đang ghi`); so is a consequence whose own cell is right (Finding.rightCell).
 */
export function comparesToReference(finding: Pick<Finding, 'rule' | 'messageId' | 'rightCell'>): boolean {
  return finding.rightCell === true || REFERENCE_RULES.has(finding.rule) || BOUND_MESSAGES.has(finding.messageId);
}
