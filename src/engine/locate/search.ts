import { formulaOf } from '../rules/budget/arithmetic';
import { type Change, type Hypothesis, overwrittenFormula, resolveMembers } from './hypotheses';
import type { LocateContext, Violation } from './index';

/** Bounds the exact search on tangled components; beyond it, the component is left unlocated. */
const MAX_NODES = 20_000;
const MAX_SOLUTIONS = 64;

export interface CoverResult {
  /** The minimum is unique, or unique among the minima that typing slips explain best. */
  unique: boolean;
  solution: Hypothesis[];
  /** Every hypothesis of every tied minimum, when not unique (the first few of a group of cells). */
  alternatives: Hypothesis[];
  /** How many cells the alternatives stand for. */
  count?: number;
  /** How many slips each minimum has. */
  size: number;
}

/**
 * The smallest sets of slips that explain every violation of a component exactly once and, made
 * together, leave every identity they touch holding (an exact Fellegi–Holt search over the
 * component, each slip of weight 1). Undefined when no set within reach does.
 */
export function searchCover(context: LocateContext, violations: Violation[], hypotheses: Hypothesis[]): CoverResult | undefined {
  const ids = violations.map((v) => v.identity.id);
  const required = new Set(ids);
  // The search works on the violations' places in `ids` and the hypotheses' in `hypotheses`: at
  // every node it asks which are covered, so they are flags in arrays, not sets of ids.
  const place = new Map(ids.map((id, k) => [id, k]));
  const explainsOf = hypotheses.map((h) => {
    const places: number[] = [];
    for (const id of h.explains) {
      const k = place.get(id);
      if (k !== undefined) places.push(k);
    }
    return places;
  });
  const covering: number[][] = ids.map(() => []);
  for (let j = 0; j < hypotheses.length; j++) for (const k of explainsOf[j]) covering[k].push(j);
  // Slips that explain more come first: the first cover found is then small, and bounds the rest.
  for (const list of covering) list.sort((a, b) => explainsOf[b].length - explainsOf[a].length || Number(hypotheses[a].kind === 'value') - Number(hypotheses[b].kind === 'value'));

  let best = Number.POSITIVE_INFINITY;
  let solutions: Hypothesis[][] = [];
  let nodes = 0;
  const chosen: Hypothesis[] = [];
  const covered = new Uint8Array(ids.length);
  const deferred = new Uint8Array(ids.length);
  // Only the violations to cover count for overlap: identities within rounding may be explained by two slips.
  // A deferred violation is one no slip chosen after it explains on its own (those that do were tried before it was deferred).
  const fits = (j: number) => {
    const places = explainsOf[j];
    for (let i = 0; i < places.length; i++) if (covered[places[i]] === 1 || deferred[places[i]] === 1) return false;
    return !chosen.some((h) => sameCell(h, hypotheses[j]));
  };
  const visit = () => {
    if (++nodes > MAX_NODES) return;
    let open: number[] = [];
    for (let k = 0; k < ids.length; k++) if (covered[k] === 0) open.push(k);
    // Two slips in one identity explain it together: its residual is the sum of their shifts.
    if (chosen.length >= 2 && open.length > 0) {
      const joint = new Set(context.zeroedBy(open.map((k) => ids[k]), chosen.map((h) => h.changes)));
      open = open.filter((k) => !joint.has(ids[k]));
    }
    if (open.length === 0) {
      if (!context.satisfies(chosen.map((h) => h.changes), roughlyOf(chosen))) return;
      if (chosen.length < best) {
        best = chosen.length;
        solutions = [];
      }
      if (solutions.length < MAX_SOLUTIONS) solutions.push([...chosen]);
      return;
    }
    // Another slip is needed: no better than the best so far.
    if (chosen.length >= best) return;
    const undecided = open.filter((k) => deferred[k] === 0);
    if (undecided.length === 0) return;
    // The most constrained violation first (exact cover, Knuth's Algorithm X).
    let next = undecided[0];
    let fewest = Number.POSITIVE_INFINITY;
    for (const k of undecided) {
      let count = 0;
      for (const j of covering[k]) if (fits(j)) count++;
      if (count < fewest) {
        fewest = count;
        next = k;
      }
    }
    for (const j of covering[next]) {
      if (!fits(j)) continue;
      chosen.push(hypotheses[j]);
      // None of them is covered yet (fits).
      for (const k of explainsOf[j]) covered[k] = 1;
      visit();
      for (const k of explainsOf[j]) covered[k] = 0;
      chosen.pop();
    }
    // Or it is explained together by the slips chosen for the others (its residual, their sum).
    if (undecided.length > 1) {
      deferred[next] = 1;
      visit();
      deferred[next] = 0;
    }
  };
  visit();
  if (solutions.length === 0) return undefined;
  // A search cut short cannot tell whether another answer was as small.
  const exhausted = nodes > MAX_NODES;
  for (const solution of solutions) for (const hypothesis of solution) resolveMembers(context, hypothesis);
  // Two stories that change the same cells by the same amounts are one correction (a typed total that
  // left out a column is also a value to retype): keep the story a typing slip tells best.
  const stories = new Map<string, Hypothesis[][]>();
  // One minimum (most components) is its own story: no signature is made.
  if (solutions.length === 1) stories.set('', solutions);
  else for (const solution of solutions) {
    const key = signature(solution);
    const same = stories.get(key);
    if (same) same.push(solution);
    else stories.set(key, [solution]);
  }
  const distinct = [...stories.values()].map(bestStory);
  if (distinct.length === 1 && !exhausted) return { unique: true, solution: distinct[0], alternatives: distinct[0], size: best };
  // Among minima, the one that also explains differences within rounding exactly (they are then no
  // rounding), then the one typing slips explain (Scholtus): a swap, one digit, ×1000, a row left out…,
  // or a total typed over the formula its column's other totals have (`1.750` among `=SUM(D:H)`);
  // as many told either way, the one whose row the other columns' totals bear out.
  const restored = distinct.map((solution) => solution.map((h) => (h.kind === 'value' && !h.members ? overwrittenFormula(context, h.at, h.explains) : undefined)));
  const rank = (k: number) => explainedBeyond(distinct[k], required) * 1000 + (score(distinct[k]) + restored[k].filter(Boolean).length) * 2 + corroborated(distinct[k]);
  const ranks = distinct.map((_, k) => rank(k));
  const top = Math.max(...ranks);
  const preferred = distinct.filter((_, k) => ranks[k] === top);
  if (preferred.length === 1 && !exhausted) {
    const k = ranks.indexOf(top);
    // The total typed over its formula gets the formula back.
    distinct[k].forEach((h, i) => {
      const identity = restored[k][i];
      if (identity) h.changes[0].formula = formulaOf(identity);
    });
    return { unique: true, solution: distinct[k], alternatives: distinct[k], size: best };
  }
  const tied = [...new Map(preferred.flat().map((h) => [h.key, h])).values()];
  const { alternatives, count } = choicesOf(context, tied);
  return { unique: false, solution: [], alternatives, count, size: best };
}

/**
 * The cells the officer chooses from among tied slips (each group's members listed), and how many
 * cells they stand for: a cell's own value turned negative where its column holds none is left out
 * of the list while two or more others stay (plausibleKeys).
 */
function choicesOf(context: LocateContext, tied: Hypothesis[]): { alternatives: Hypothesis[]; count: number } {
  const plausible = (h: Hypothesis) => h.members !== undefined || h.kind !== 'value' || !h.changes[0].delta.isNegative() || context.staysNonNegative(h.at.row * 20_000 + h.at.col, h.changes[0].delta);
  const kept = tied.filter(plausible);
  const shown = kept.reduce((n, h) => n + (h.ambiguousCount ?? 1), 0) >= 2 ? kept : tied;
  const alternatives = [...new Map(shown.flatMap((h) => h.ambiguous ?? [h]).map((h) => [`${h.key}@${h.at.row}:${h.at.col}`, h])).values()];
  return { alternatives, count: shown.reduce((n, h) => n + (h.ambiguousCount ?? 1), 0) };
}


/** The identities the chosen slips explain up to their rounding, if any do. */
function roughlyOf(chosen: Hypothesis[]): Set<number> | undefined {
  const roughly = chosen.filter((h) => h.roughly);
  return roughly.length === 0 ? undefined : new Set(roughly.flatMap((h) => [...h.roughly!]));
}

/** Two value hypotheses for one cell (or one group of cells) cannot both be chosen. */
const sameCell = (a: Hypothesis, b: Hypothesis) => a.group !== undefined && a.group === b.group;

/** Whether a typing slip or a compound mistake tells the hypothesis's story (a bare new value does not). */
const told = (h: Hypothesis) => (h.kind === 'value' ? h.slip !== undefined : !h.linksElsewhere);

/** How many of a solution's slips a typing slip or a compound mistake explains. */
const score = (solution: Hypothesis[]) => solution.filter(told).length;

/** How many of a solution's slips the other columns bear out (Hypothesis.corroborated). */
const corroborated = (solution: Hypothesis[]) => solution.filter((h) => h.corroborated).length;

/** How many identities outside the required ones (differences within rounding) a solution explains. */
function explainedBeyond(solution: Hypothesis[], required: Set<number>): number {
  return new Set(solution.flatMap((h) => [...h.explains].filter((id) => !required.has(id)))).size;
}

/** The cells a solution changes and by how much, in a canonical order. */
function signature(solution: Hypothesis[]): string {
  return solution
    .flatMap((h) => h.changes.map(changeText))
    .sort()
    .join('|');
}

const changeTexts = new WeakMap<Change, string>();

/** A change as text, made once (a slip stands in many of the solutions compared). */
function changeText(change: Change): string {
  let text = changeTexts.get(change);
  if (text === undefined) changeTexts.set(change, (text = `${change.pos.row}:${change.pos.col}:${change.delta.toString()}`));
  return text;
}

/** Of stories for one correction: a typing slip in a typed cell first, then a compound mistake, then a bare value. */
function bestStory(solutions: Hypothesis[][]): Hypothesis[] {
  const rank = (solution: Hypothesis[]) => solution.reduce((sum, h) => sum + (h.kind === 'value' ? (h.slip ? 2 : 0) : told(h) ? 1 : 0), 0);
  return solutions.reduce((best, s) => (rank(s) > rank(best) ? s : best));
}
