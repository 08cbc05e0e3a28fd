import { cellAddress } from '../address';
import { evaluate, type Identity, identitiesOf } from '../rules/budget/identities';
import type { Finding, SheetGrid, TableModel } from '../types';
import { type Cause, causesOf } from './causes';
import { gridReader } from './reader';

/** The arithmetic rules whose mismatches the explainer can trace to a cause. */
const ARITHMETIC = new Set(['budget/row-total', 'budget/children-sum', 'budget/total-rows']);

export const ROOT_CAUSE_RULE = 'budget/root-cause';

/**
 * Names the likely cause of each arithmetic mismatch of a budget table (a row left out, a row
 * counted twice, swapped digits, a factor of 1,000, a sign, a text number a formula skipped).
 * When one mistake explains several mismatches, it becomes a root-cause finding at its cell and
 * the mismatches point to it through `causeId`.
 */
export function explainFindings(grid: SheetGrid, table: TableModel, findings: Finding[]): Finding[] {
  if (table.kind !== 'budget') return findings;
  const mismatches = findings.filter((f) => ARITHMETIC.has(f.rule) && f.severity === 'error');
  if (mismatches.length === 0) return findings;

  const reader = gridReader(grid, table);
  const identities = identitiesOf(reader);
  const byTarget = new Map(identities.map((i) => [`${i.rule}|${cellAddress(i.target.row, i.target.col)}`, i]));
  const byCell = indexByCell(identities);

  const candidates = new Map<Finding, Cause[]>();
  for (const finding of mismatches) {
    const identity = byTarget.get(`${finding.rule}|${finding.cell}`);
    const evaluation = identity && evaluate(identity, reader);
    if (!identity || !evaluation) continue;
    candidates.set(finding, causesOf(identity, evaluation.expected, evaluation.actual, reader, byCell));
  }

  const support = new Map<string, number>();
  for (const causes of candidates.values()) for (const key of new Set(causes.map((c) => c.key))) support.set(key, (support.get(key) ?? 0) + 1);

  const chosenFor = new Map<string, { cause: Cause; findings: Finding[] }>();
  for (const [finding, causes] of candidates) {
    const cause = strongest(causes, support);
    if (!cause) continue;
    finding.explanation = cause.explanation;
    const group = chosenFor.get(cause.key) ?? { cause, findings: [] };
    group.findings.push(finding);
    chosenFor.set(cause.key, group);
  }
  return withRootCauses(grid, table, findings, [...chosenFor.values()]);
}

/** The best-supported cause; none when two different causes fit equally well (a guess is no explanation). */
function strongest(causes: Cause[], support: Map<string, number>): Cause | undefined {
  const ranked = [...causes].sort((a, b) => (support.get(b.key) ?? 0) - (support.get(a.key) ?? 0) || a.strength - b.strength);
  const [best, next] = ranked;
  if (!best) return undefined;
  if (next && next.key !== best.key && support.get(next.key) === support.get(best.key) && next.strength === best.strength) return undefined;
  return best;
}

function withRootCauses(grid: SheetGrid, table: TableModel, findings: Finding[], groups: { cause: Cause; findings: Finding[] }[]): Finding[] {
  const result = [...findings];
  let count = 0;
  for (const { cause, findings: consequences } of groups) {
    if (!cause.root || consequences.length < 2) continue;
    const id = `cause-${++count}`;
    const at = cellAddress(cause.root.at.row, cause.root.at.col);
    const totals = consequences.map((f) => f.cell);
    // When the mistake sits in a total that is itself one of the mismatches, that finding is the root.
    const itself = consequences.find((f) => f.cell === at);
    if (itself) {
      itself.id = id;
    } else {
      const root: Finding = {
        id,
        rule: ROOT_CAUSE_RULE,
        severity: 'warning',
        messageId: cause.root.messageId,
        sheet: grid.name,
        tableId: table.id,
        cell: at,
        cells: totals,
        params: { ...cause.root.params, count: consequences.length, totals: totals.join(', ') },
      };
      if (cause.root.fix !== undefined) root.fix = { cell: at, value: cause.root.fix };
      result.splice(result.indexOf(consequences[0]), 0, root);
    }
    for (const consequence of consequences) if (consequence !== itself) consequence.causeId = id;
  }
  return result;
}

function indexByCell(identities: Identity[]): Map<string, Identity[]> {
  const byCell = new Map<string, Identity[]>();
  const add = (address: string, identity: Identity) => {
    const list = byCell.get(address);
    if (list) list.push(identity);
    else byCell.set(address, [identity]);
  };
  for (const identity of identities) {
    add(cellAddress(identity.target.row, identity.target.col), identity);
    for (const term of identity.terms) add(cellAddress(term.row, term.col), identity);
  }
  return byCell;
}
