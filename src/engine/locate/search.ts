import type { Hypothesis } from './hypotheses';
import type { LocateContext, Violation } from './index';

/** Bounds the exact search on tangled components; beyond it, the component is left unlocated. */
const MAX_NODES = 20_000;
const MAX_SOLUTIONS = 64;

export interface CoverResult {
  /** The minimum is unique, or unique among the minima that typing slips explain best. */
  unique: boolean;
  solution: Hypothesis[];
  /** Every hypothesis of every tied minimum, when not unique. */
  alternatives: Hypothesis[];
}

/**
 * The smallest sets of slips that explain every violation of a component exactly once and, made
 * together, leave every identity they touch holding (an exact Fellegi–Holt search over the
 * component, each slip of weight 1). Undefined when no set within reach does.
 */
export function searchCover(context: LocateContext, violations: Violation[], hypotheses: Hypothesis[]): CoverResult | undefined {
  const ids = violations.map((v) => v.identity.id);
  const covering = new Map<number, Hypothesis[]>();
  for (const id of ids) covering.set(id, []);
  for (const hypothesis of hypotheses) for (const id of hypothesis.explains) covering.get(id)?.push(hypothesis);
  if (ids.some((id) => covering.get(id)!.length === 0)) return undefined;

  // Slips that explain more come first: the first cover found is then small, and bounds the rest.
  for (const list of covering.values()) list.sort((a, b) => b.explains.size - a.explains.size || Number(a.kind === 'value') - Number(b.kind === 'value'));
  const widest = Math.max(...hypotheses.map((h) => h.explains.size));

  let best = Number.POSITIVE_INFINITY;
  let solutions: Hypothesis[][] = [];
  let nodes = 0;
  const chosen: Hypothesis[] = [];
  const covered = new Set<number>();
  const fits = (hypothesis: Hypothesis) => ![...hypothesis.explains].some((id) => covered.has(id));
  const visit = () => {
    if (++nodes > MAX_NODES) return;
    const open = ids.filter((id) => !covered.has(id));
    if (open.length === 0) {
      if (!context.satisfies(chosen.flatMap((h) => h.changes))) return;
      if (chosen.length < best) {
        best = chosen.length;
        solutions = [];
      }
      if (solutions.length < MAX_SOLUTIONS) solutions.push([...chosen]);
      return;
    }
    // No cheaper than the best so far, even if every further slip explained as much as the widest one.
    if (chosen.length + Math.ceil(open.length / widest) > best) return;
    // The most constrained violation first (exact cover, Knuth's Algorithm X).
    let next = open[0];
    let fewest = Number.POSITIVE_INFINITY;
    for (const id of open) {
      const count = covering.get(id)!.filter(fits).length;
      if (count < fewest) {
        fewest = count;
        next = id;
      }
    }
    for (const hypothesis of covering.get(next)!) {
      if (!fits(hypothesis)) continue;
      chosen.push(hypothesis);
      for (const id of hypothesis.explains) covered.add(id);
      visit();
      for (const id of hypothesis.explains) covered.delete(id);
      chosen.pop();
    }
  };
  visit();
  if (solutions.length === 0) return undefined;
  if (solutions.length === 1) return { unique: true, solution: solutions[0], alternatives: solutions[0] };
  // Among minima, the one typing slips explain (Scholtus): a swap, one digit, ×1000, a row left out…
  const score = (solution: Hypothesis[]) => solution.filter((h) => h.kind !== 'value' || h.slip).length;
  const top = Math.max(...solutions.map(score));
  const preferred = solutions.filter((s) => score(s) === top);
  if (preferred.length === 1) return { unique: true, solution: preferred[0], alternatives: preferred[0] };
  const alternatives = [...new Map(preferred.flat().map((h) => [h.key, h])).values()];
  return { unique: false, solution: [], alternatives };
}
