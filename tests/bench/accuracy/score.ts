/**
 * Judges the engine's report on one slipped table against the truth the generator knows.
 * Only the public Report is read: finding cell / cells / causeId / fix / messageId.
 */
import { parseCellAddress, parseRangeAddress } from '../../../src/engine/address';
import type { Report } from '../../../src/engine/types';
import type { Location } from './locate';
import type { Slip } from './slips';
import { addressOf, keyOf, type BudgetTable, type Key } from './table';

export interface Outcome {
  /** A finding at the slip's cell, or at / naming a cell of an identity it is in or breaks. */
  found: boolean;
  /** A root finding (no causeId) at the slip's cell. */
  blamed: boolean;
  /** That root finding's fix gives back the original value (a value, or a formula that evaluates to it). */
  corrected: boolean;
  /** Fixes on any cell other than the slip's. */
  fixesElsewhere: number;
  /** Any fix at all (for slips that are not uniquely locatable, where none should be proposed). */
  fixes: number;
  /** A finding that says the cell is one of several. */
  saidNotUnique: boolean;
}

/**
 * How the engine says "one of these N cells": a finding's message id, rule or explanation naming
 * one-of / not-unique / candidates (a single broken total says it in its explanation).
 */
const NOT_UNIQUE = /one-?of|not-?unique|candidates|ambiguous-?location/i;

export function judge(table: BudgetTable, slip: Slip, location: Location, report: Report): Outcome {
  const at = addressOf(slip.key);
  const related = new Set<string>([at]);
  for (const [index, identity] of table.identities.entries()) {
    if (identity.keys.includes(slip.key) || location.broken.includes(index)) for (const k of identity.keys) related.add(addressOf(k));
  }
  for (const partial of table.partials) {
    if (partial.parent === slip.key || partial.children.includes(slip.key)) for (const k of [partial.parent, ...partial.children]) related.add(addressOf(k));
  }
  const findings = report.findings;
  const roots = findings.filter((f) => !f.causeId && f.cell === at);
  const withFix = findings.filter((f) => f.fix);
  return {
    found: findings.some((f) => related.has(f.cell) || f.cells.some((c) => related.has(c))),
    blamed: roots.length > 0,
    corrected: roots.some((f) => f.fix !== undefined && f.fix.cell === at && fixValue(f.fix, slip) === slip.original),
    fixesElsewhere: withFix.filter((f) => f.fix!.cell !== at).length,
    fixes: withFix.length,
    saidNotUnique: findings.some((f) => NOT_UNIQUE.test(f.messageId) || NOT_UNIQUE.test(f.rule) || NOT_UNIQUE.test(f.explanation?.messageId ?? '')),
  };
}

/** The value a fix writes: its number, or its formula evaluated on the slipped table (itself excluded). */
function fixValue(fix: { cell: string; value?: string; formula?: string }, slip: Slip): number | undefined {
  if (fix.formula !== undefined) return evaluateSum(fix.formula, (key) => (key === slip.key ? undefined : slip.cells.get(key)));
  if (fix.value === undefined) return undefined;
  const n = Number(fix.value);
  return Number.isFinite(n) ? n : undefined;
}

type Lookup = (key: Key) => { value: number; text?: string } | undefined;

/**
 * Evaluates the sums of references a fix formula is made of — `SUM(C6:C9,C12)`, `C5+C8-C9`, numbers,
 * parentheses — as Excel would: SUM skips text, `+` reads a text number. Anything else → undefined,
 * so an unexpected formula counts as not corrected rather than guessed at. (A formula engine would
 * be a dependency for ten lines of arithmetic on references only.)
 */
export function evaluateSum(formula: string, lookup: Lookup): number | undefined {
  const tokens = formula.replace(/^=/, '').replace(/\$/g, '').match(/[A-Z]+\d+(?::[A-Z]+\d+)?|\d+(?:\.\d+)?|SUM|[-+(),;]|\S/gi) ?? [];
  let i = 0;
  const fail = (): never => {
    throw new Error('unsupported');
  };
  const cellValue = (address: string, inSum: boolean): number => {
    const pos = parseCellAddress(address) ?? fail();
    const cell = lookup(keyOf(pos.row, pos.col));
    if (!cell) return 0;
    if (cell.text === undefined) return cell.value;
    return inSum ? 0 : cell.value;
  };
  const reference = (token: string, inSum: boolean): number => {
    if (!token.includes(':')) return cellValue(token, inSum);
    const range = parseRangeAddress(token) ?? fail();
    let s = 0;
    for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) s += cellValue(`${addressOfPos(r, c)}`, true);
    return s;
  };
  const primary = (): number => {
    const token = tokens[i++] ?? fail();
    if (token === '-') return -primary();
    if (token === '+') return primary();
    if (token === '(') {
      const v = expression();
      if (tokens[i++] !== ')') fail();
      return v;
    }
    if (/^SUM$/i.test(token)) {
      if (tokens[i++] !== '(') fail();
      let s = 0;
      for (;;) {
        const next = tokens[i] ?? fail();
        const bare = /^[A-Z]+\d+/i.test(next) && [',', ';', ')'].includes(tokens[i + 1]);
        s += bare ? reference(tokens[i++], true) : expression();
        const sep = tokens[i++];
        if (sep === ')') return s;
        if (sep !== ',' && sep !== ';') fail();
      }
    }
    if (/^\d/.test(token)) return Number(token);
    if (/^[A-Z]+\d+/i.test(token)) return reference(token, false);
    return fail();
  };
  const expression = (): number => {
    let v = primary();
    while (tokens[i] === '+' || tokens[i] === '-') v += tokens[i++] === '+' ? primary() : -primary();
    return v;
  };
  try {
    const v = expression();
    return i === tokens.length ? v : undefined;
  } catch {
    return undefined;
  }
}

const addressOfPos = (row: number, col: number) => addressOf(keyOf(row, col));
