/**
 * Is a slip uniquely locatable? The generator knows every identity it built, so it can answer
 * exactly (Fellegi–Holt with one changed cell):
 *
 * - An *edit* at cell y shifts y's value by δ: a typed number is retyped, a formula is rewritten.
 *   Formulas that read y (SUM skips text) shift with it, as Excel recomputes them. Its *effect*
 *   e_y is the vector of what that does to every identity's residual (Σ coef × value).
 * - The slip leaves residuals R. Cell y *explains* them when R = δ·e_y for some δ ≠ 0: retyping y
 *   alone (or fixing its formula) makes every identity hold again, broken and kept ones alike.
 * - The slip is **uniquely locatable** when its own cell is the only one that explains R;
 *   **not unique** when another cell does too (e.g. a cell in only one identity, whose partners
 *   are in that identity only: either could be wrong); **undetectable** when R = 0 (a value that
 *   every formula above it took in, with no typed total to disagree).
 * - A number stored as text is visible as text, whatever the sums say: always locatable.
 * - `Trong đó` relations (parent ≥ Σ parts) are left out: an inequality cannot pin a value.
 */
import type { Slip } from './slips';
import type { BudgetTable, Key } from './table';

export type Locatability = 'unique' | 'notUnique' | 'undetectable';

export interface Location {
  locatability: Locatability;
  /** Identities the slip breaks (indexes into table.identities). */
  broken: number[];
  /** Cells whose single edit explains the slip (the slip's own first when it does). */
  explainers: Key[];
}

const EPSILON = 1e-6;

export function locate(table: BudgetTable, slip: Slip): Location {
  const { cells } = slip;
  const value = (k: Key) => cells.get(k)?.value ?? 0;
  const residuals = table.identities.map((identity) => identity.keys.reduce((s, k, i) => s + identity.coefs[i] * value(k), 0));
  const broken = residuals.flatMap((r, i) => (Math.abs(r) > EPSILON ? [i] : []));

  const membership = new Map<Key, { identity: number; coef: number }[]>();
  table.identities.forEach((identity, index) =>
    identity.keys.forEach((k, i) => membership.set(k, [...(membership.get(k) ?? []), { identity: index, coef: identity.coefs[i] }])),
  );
  const dependents = new Map<Key, Key[]>();
  for (const [key, cell] of cells) {
    for (const ref of cell.refs ?? []) if (cells.get(ref)?.text === undefined) dependents.set(ref, [...(dependents.get(ref) ?? []), key]);
  }

  /** e_y: the change of every identity's residual when y's value goes up by 1. */
  const effect = (y: Key): Map<number, number> => {
    const closure = new Set<Key>([y]);
    const queue = [y];
    while (queue.length > 0) for (const d of dependents.get(queue.pop()!) ?? []) if (!closure.has(d)) closure.add(d) && queue.push(d);
    const derivative = new Map<Key, number>([[y, 1]]);
    const d = (z: Key): number => {
      if (!closure.has(z)) return 0;
      let known = derivative.get(z);
      if (known === undefined) {
        known = (cells.get(z)!.refs ?? []).reduce((s, r) => s + (cells.get(r)?.text === undefined ? d(r) : 0), 0);
        derivative.set(z, known);
      }
      return known;
    };
    const e = new Map<number, number>();
    for (const z of closure) for (const { identity, coef } of membership.get(z) ?? []) e.set(identity, (e.get(identity) ?? 0) + coef * d(z));
    for (const [identity, v] of e) if (Math.abs(v) < EPSILON) e.delete(identity);
    return e;
  };

  const explains = (y: Key): boolean => {
    const e = effect(y);
    if (e.size !== broken.length || broken.some((i) => !e.has(i))) return false;
    const delta = residuals[broken[0]] / e.get(broken[0])!;
    return broken.every((i) => Math.abs(residuals[i] - delta * e.get(i)!) <= EPSILON * Math.max(1, Math.abs(residuals[i])));
  };

  if (slip.kind === 'text') return { locatability: 'unique', broken, explainers: [slip.key] };
  if (broken.length === 0) return { locatability: 'undetectable', broken, explainers: [] };
  const explainers = [...membership.keys()].filter(explains).sort((a, b) => (a === slip.key ? -1 : b === slip.key ? 1 : a - b));
  const unique = explainers.length === 1 && explainers[0] === slip.key;
  return { locatability: unique ? 'unique' : 'notUnique', broken, explainers };
}
