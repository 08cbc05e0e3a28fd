import { ALPHABET, isLetterScheme, type Numbering, OPTIONAL_LETTERS, ordinalOf, parseNumbering } from '../../detect/numbering';
import type { RowInfo, TableModel } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { quoted, rowAnchorColumn } from './grid-reading';


/** One numbered row: where it is and its place in its sequence. */
interface Entry {
  index: number;
  row: RowInfo;
  /** Position in its sequence: `IV` → 4, `2.3` → 3, `đ)` → 5. */
  ordinal: number;
}

/** Rows numbered the same way under the same parent: `1, 2, 3` or `2.1, 2.2` or `a) b)`. */
interface Sequence {
  scheme: Numbering['scheme'];
  /** For dotted numbers, the parent's number they carry: `2` for `2.1`. */
  prefix: number[];
  entries: Entry[];
  /** Ordinals that rows elsewhere stand for (a missing parent `2` whose `2.1, 2.2` are there), once there is one. */
  standIns: Set<number> | undefined;
  /** The entries' ordinals, once asked for (ordinalsOf). */
  ordinals?: Set<number>;
  /** The entries' row indexes, in order, once asked for. */
  indexes?: number[];
}

const BULLETS = new Set(['dash', 'plus', 'star']);

export const rule: Rule = {
  meta: {
    id: 'indicator/numbering',
    severity: 'warning',
    kinds: ['indicator'],
    messageIds: [
      'indicatorNumberingGap',
      'indicatorNumberingStartGap',
      'indicatorNumberingDuplicate',
      'indicatorNumberingOrder',
      'indicatorNumberingMissingParent',
      'indicatorNumberingWrongPrefix',
    ],
    description: 'Row numbers that break their own pattern: gaps, duplicates, order, children without their parent.',
  },
  check(context) {
    const { table } = context;
    // Each row's number read once for the check: a row is read as a sibling and again as a parent.
    const numberings: (Numbering | undefined)[] = new Array<Numbering | undefined>(table.rows.length);
    for (let i = 0; i < table.rows.length; i++) {
      const { number } = table.rows[i];
      numberings[i] = number ? parseNumbering(number) : undefined;
    }
    const groups = siblingGroups(table);
    for (let g = 0; g < groups.length; g++) checkSiblings(context, groups[g], numberings);
  },
};

/** Rows that share a parent (or the top level of a section between total rows), in order. */
function siblingGroups(table: TableModel): number[][] {
  // Keyed by the parent's index, or below zero by the section: a number, not a string built per row.
  const groups = new Map<number, number[]>();
  let section = 0;
  for (let index = 0; index < table.rows.length; index++) {
    const row = table.rows[index];
    if (row.kind === 'total' || row.kind === 'grandTotal') section++;
    if (row.kind !== 'item' && row.kind !== 'goal') continue;
    const key = row.parent !== undefined ? row.parent : -1 - section;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  }
  return [...groups.values()];
}

/** `numberings`: each row's parseNumbering(row.number), by index into table.rows. */
function checkSiblings(context: RuleContext, siblings: number[], numberings: readonly (Numbering | undefined)[]): void {
  const { table } = context;
  // Most groups hold one sequence: a map of them is made only when a second one starts.
  let first: Sequence | undefined;
  let firstKey = '';
  let sequences: Map<string, Sequence> | undefined;
  const unnumbered: number[] = [];
  // The sequence the last row joined: siblings mostly continue one, found again without building its key.
  let last: Sequence | undefined;
  for (let s = 0; s < siblings.length; s++) {
    const index = siblings[s];
    const row = table.rows[index];
    const numbering = numberings[index];
    if (!numbering) {
      unnumbered.push(index);
      continue;
    }
    if (BULLETS.has(numbering.scheme)) continue;
    const ordinal = positionOf(row.number!, numbering);
    if (ordinal === undefined) continue;
    let sequence = last !== undefined && inSequence(numbering, last) ? last : undefined;
    if (sequence === undefined) {
      const key = sequenceKey(numbering);
      sequence = first === undefined ? undefined : key === firstKey ? first : sequences?.get(key);
      if (!sequence) {
        const prefix = numbering.scheme === 'dotted' ? numbering.parts.slice(0, -1) : [];
        sequence = { scheme: numbering.scheme, prefix, entries: [], standIns: undefined, ordinals: undefined, indexes: undefined };
        if (first === undefined) {
          first = sequence;
          firstKey = key;
        } else (sequences ??= new Map([[firstKey, first]])).set(key, sequence);
      }
      last = sequence;
    }
    sequence.entries.push({ index, row, ordinal });
  }
  if (first === undefined) return;
  const parentIndex = table.rows[siblings[0]].parent;
  const parent = parentIndex !== undefined ? numberings[parentIndex] : undefined;
  if (sequences === undefined) {
    if (first.scheme === 'dotted' && !sameParts(first.prefix, parent?.parts)) checkOrphans(context, first, new Map([[firstKey, first]]));
    checkSequence(context, first, unnumbered, numberings);
    return;
  }
  // Orphans found before any is checked (checkOrphans adds stand-ins the others read); a loop, no closure per group.
  let orphans: Sequence[] | undefined;
  for (const sequence of sequences.values()) if (sequence.scheme === 'dotted' && !sameParts(sequence.prefix, parent?.parts)) (orphans ??= []).push(sequence);
  if (orphans) for (const orphan of orphans) checkOrphans(context, orphan, sequences);
  for (const sequence of sequences.values()) checkSequence(context, sequence, unnumbered, numberings);
}

/**
 * Whether the first entry under its parent continues the numbering of the rows of its scheme and
 * level under the parent before: the last such row above it is numbered one less (`1` under goal I,
 * then `2` under goal II). Asked only of a sequence under a parent that does not start at 1.
 */
function runsOn(table: TableModel, numberings: readonly (Numbering | undefined)[], entry: Entry): boolean {
  const scheme = numberings[entry.index]?.scheme;
  for (let i = entry.index - 1; i >= 0; i--) {
    const row = table.rows[i];
    const numbering = numberings[i];
    if (!numbering || row.level !== entry.row.level || numbering.scheme !== scheme || row.parent === entry.row.parent) continue;
    return positionOf(row.number!, numbering) === entry.ordinal - 1;
  }
  return false;
}

/** A number's position in its sequence (Entry.ordinal): `IV` → 4, `2.3` → 3, `đ)` → 5. */
function positionOf(number: string, numbering: Numbering): number | undefined {
  // isLetterScheme, in place: asked of every row.
  const letter = numbering.scheme === 'lowerLetter' || numbering.scheme === 'upperLetter';
  return letter ? ordinalOf(number, numbering) : numbering.parts[numbering.parts.length - 1];
}

/** The numbering belongs to the sequence: sequenceKey(numbering) is the sequence's key. */
function inSequence(numbering: Numbering, sequence: Sequence): boolean {
  if (numbering.scheme !== sequence.scheme) return false;
  if (numbering.scheme !== 'dotted') return true;
  const { parts } = numbering;
  const { prefix } = sequence;
  if (parts.length - 1 !== prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (parts[i] !== prefix[i]) return false;
  return true;
}

/**
 * `scheme:prefix` (`arabic:`, `dotted:2`), the sequence a numbering belongs to among its siblings:
 * for most rows a constant, no string made.
 */
function sequenceKey(numbering: Numbering): string {
  if (numbering.scheme !== 'dotted') return (SCHEME_KEYS[numbering.scheme] ??= `${numbering.scheme}:`);
  const { parts } = numbering;
  let key = 'dotted:';
  for (let i = 0; i < parts.length - 1; i++) key += i === 0 ? String(parts[i]) : `.${parts[i]}`;
  return key;
}

const SCHEME_KEYS: Partial<Record<Numbering['scheme'], string>> = {};

/** The ordinals a sequence holds, gathered once: every orphan sequence and every gap asks. */
function ordinalsOf(sequence: Sequence): Set<number> {
  if (sequence.ordinals) return sequence.ordinals;
  const ordinals = new Set<number>();
  for (let i = 0; i < sequence.entries.length; i++) ordinals.add(sequence.entries[i].ordinal);
  return (sequence.ordinals = ordinals);
}

/** The position of the first of `sorted` (ascending) greater than `bound`; `sorted.length` if none. */
function firstAbove(sorted: readonly number[], bound: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] > bound) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Dotted rows whose prefix is not their parent's number. When the row they name is nowhere in
 * the block and would come next, it is missing (`1, 2.1, 2.2, 3`); otherwise they are numbered
 * as children of another row than the one they stand under (`2, 3.1`).
 */
function checkOrphans(context: RuleContext, orphans: Sequence, sequences: Map<string, Sequence>): void {
  const first = orphans.entries[0];
  // The sequence the missing parent belongs to: `2` for `2.1`, `1.2` for `1.2.1` (keyed as checkSiblings keys them).
  const parentSequence = sequences.get(orphans.prefix.length === 1 ? 'arabic:' : `dotted:${orphans.prefix.slice(0, -1).join('.')}`);
  const wanted = orphans.prefix[orphans.prefix.length - 1];
  const present = parentSequence ? ordinalsOf(parentSequence).has(wanted) : false;
  let before: Entry | undefined;
  if (parentSequence) {
    const indexes = (parentSequence.indexes ??= parentSequence.entries.map((e) => e.index));
    before = parentSequence.entries[firstAbove(indexes, first.index - 1) - 1];
  }
  const anchor = rowAnchorColumn(context.table);
  const children = listed(orphans.entries.map((e) => quoted(e.row.number!)));
  const related = orphans.entries.slice(1).map((e) => ({ row: e.row.row, col: anchor }));
  if (!present && (!before || before.ordinal + 1 === wanted)) {
    if (parentSequence) (parentSequence.standIns ??= new Set()).add(wanted);
    context.report({
      messageId: 'indicatorNumberingMissingParent',
      at: { row: first.row.row, col: anchor },
      related,
      params: { parent: quoted(orphans.prefix.join('.')), children },
    });
    return;
  }
  const treeParent = first.row.parent !== undefined ? context.table.rows[first.row.parent] : undefined;
  const standsUnder = before?.row.number ?? treeParent?.number;
  context.report({
    messageId: 'indicatorNumberingWrongPrefix',
    at: { row: first.row.row, col: anchor },
    related: before ? [...related, { row: before.row.row, col: anchor }] : related,
    params: { children, prefix: quoted(orphans.prefix.join('.')), parent: standsUnder ? quoted(standsUnder) : '—' },
  });
}

/** Duplicates, numbers out of order, and gaps no other row stands in for. */
function checkSequence(context: RuleContext, sequence: Sequence, unnumbered: number[], numberings: readonly (Numbering | undefined)[]): void {
  const { entries } = sequence;
  // Numbers that only rise (most sequences) have no twin: nothing is remembered for them.
  let rising = true;
  // Numbers that rise one by one (from 1 under a parent) have no gap either: nothing to report.
  let steady = true;
  for (let i = 1; i < entries.length && rising; i++) {
    rising = entries[i].ordinal > entries[i - 1].ordinal;
    steady &&= entries[i].ordinal - entries[i - 1].ordinal <= 1;
  }
  const hasParent = entries[0].row.parent !== undefined;
  if (rising && steady && (!hasParent || entries[0].ordinal <= 1)) return;
  const anchor = rowAnchorColumn(context.table);
  const seen = new Map<number, Entry>();
  let previous: Entry | undefined;
  for (const entry of sequence.entries) {
    const twin = rising ? undefined : seen.get(entry.ordinal);
    if (twin) {
      context.report({
        messageId: 'indicatorNumberingDuplicate',
        at: cellOf(entry, anchor),
        related: [cellOf(twin, anchor)],
        params: { number: quoted(entry.row.number!), otherRow: twin.row.row + 1 },
      });
      continue;
    }
    if (!rising) seen.set(entry.ordinal, entry);
    if (previous && entry.ordinal < previous.ordinal) {
      context.report({
        messageId: 'indicatorNumberingOrder',
        at: cellOf(entry, anchor),
        related: [cellOf(previous, anchor)],
        params: { number: quoted(entry.row.number!), previous: quoted(previous.row.number!) },
      });
      continue;
    }
    // A top-level sequence may be an excerpt (goals IV to VII); one under a parent starts at 1, or
    // runs on from the same numbering under the parent before (I › 1, II › 2, 3: numbered straight through).
    if (!previous && (!hasParent || runsOn(context.table, numberings, entry))) {
      previous = entry;
      continue;
    }
    const from = previous?.ordinal ?? 0;
    // A number found later is out of order, not missing.
    const missing = entry.ordinal - from > 1 ? notStoodIn(sequence, missingBetween(sequence, from, entry.ordinal)) : [];
    // Unless an unnumbered row between the previous entry and this one stands in (unnumbered is in sheet order).
    if (missing.length > 0 && !((unnumbered[firstAbove(unnumbered, previous ? previous.index : -1)] ?? Infinity) < entry.index)) {
      const names = listed(missing.map((n) => quoted(nameOf(sequence, n, entry.row.number!))));
      context.report({
        messageId: previous ? 'indicatorNumberingGap' : 'indicatorNumberingStartGap',
        at: cellOf(entry, anchor),
        related: previous ? [cellOf(previous, anchor)] : [],
        params: { number: quoted(entry.row.number!), previous: previous ? quoted(previous.row.number!) : '', missing: names },
      });
    }
    previous = entry;
  }
}

/** Where to point for an entry: its row's anchor cell. */
function cellOf(entry: Entry, anchor: number): { row: number; col: number } {
  return { row: entry.row.row, col: anchor };
}

/** The numbers that neither a stand-in nor an entry of the sequence (found later) accounts for. */
function notStoodIn(sequence: Sequence, numbers: number[]): number[] {
  const present = ordinalsOf(sequence);
  return numbers.filter((n) => !sequence.standIns?.has(n) && !present.has(n));
}

/** A long run (`100` typed for `10`) is named by its ends, not listed. */
function listed(names: string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names[0]}–${names[names.length - 1]}`;
}

function missingBetween(sequence: Sequence, from: number, to: number): number[] {
  const missing: number[] = [];
  for (let n = from + 1; n < to; n++) {
    if (isLetterScheme(sequence.scheme) && OPTIONAL_LETTERS.has(ALPHABET[n - 1])) continue;
    missing.push(n);
  }
  return missing;
}



/** How the missing row would be numbered, in the sequence's own style. */
function nameOf(sequence: Sequence, ordinal: number, example: string): string {
  switch (sequence.scheme) {
    case 'roman':
      return roman(ordinal);
    case 'dotted':
      return [...sequence.prefix, ordinal].join('.');
    case 'upperLetter':
      return ALPHABET[ordinal - 1].toUpperCase();
    case 'lowerLetter':
      return ALPHABET[ordinal - 1] + example.trim().replace(/^\(?./, '');
    default:
      return String(ordinal);
  }
}

function roman(value: number): string {
  const symbols: [number, string][] = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let text = '';
  for (const [size, symbol] of symbols) {
    while (rest >= size) {
      text += symbol;
      rest -= size;
    }
  }
  return text;
}

function sameParts(a: number[], b: number[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((part, i) => part === b[i]);
}
