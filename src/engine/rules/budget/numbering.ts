import { cellAddress } from '../../address';
import { ALPHABET, isLetterScheme, type Numbering, OPTIONAL_LETTERS, ordinalOf, parseNumbering } from '../../detect/numbering';
import type { RowInfo, TableModel } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { quoted } from '../values/cells';
import { rowName } from './model';

/**
 * Row numbers of a budget table that break their own sequence, as a finance officer reads them
 * down the STT column: a number typed twice (`19, 20, 20, 21`: the second 20 should be 21 and
 * every row after it is one short), a number skipped (`1, 2, 4`), a number out of order
 * (`1, 2, 4, 3, 5`). Rows without a number between numbered ones are `budget/missing-number`'s.
 * Linear in the rows: each sibling group is walked once, with a set of the numbers it holds.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/numbering',
    severity: 'warning',
    kinds: ['budget'],
    messageIds: ['budgetNumberingDuplicate', 'budgetNumberingDuplicateShift', 'budgetNumberingGap', 'budgetNumberingStartGap', 'budgetNumberingOrder'],
    description: 'Row numbers that break their own sequence: a number typed twice, a number skipped, a number out of order.',
  },
  check(context) {
    const column = context.table.columns.find((c) => c.role === 'number');
    if (!column) return;
    for (const sequence of sequencesOf(context.table)) checkSequence(context, sequence, column.col);
  },
};

const BULLETS = new Set<Numbering['scheme']>(['dash', 'plus', 'star']);

/** One numbered row in its sequence. */
interface Entry {
  row: RowInfo;
  /** Its place in the sequence: `IV` → 4, `2.3` → 3, `đ)` → 5. */
  ordinal: number;
  /** Index into TableModel.rows of the last unnumbered sibling before this row, -1 when none. */
  unnumberedBefore: number;
  index: number;
}

/** Rows numbered the same way under the same parent: `1, 2, 3`, `I, II`, `2.1, 2.2` or `a) b)`. */
interface Sequence {
  scheme: Numbering['scheme'];
  prefix: number[];
  entries: Entry[];
  /**
   * A sequence under a parent starts at 1; a top-level one may be an excerpt, and so may one of a
   * table numbered on through its groups.
   */
  underParent: boolean;
}

/** The numbered sequences of a table, each in row order. */
function sequencesOf(table: TableModel): Sequence[] {
  // By group (a parent's row index, or -1 - section for top-level rows), then by scheme and prefix.
  const sequences = new Map<number, Map<string, Sequence>>();
  const all: Sequence[] = [];
  const lastUnnumbered = new Map<number, number>();
  let section = 0;
  // The sequence the last numbered row joined, with its group and place: the next row mostly joins it too, without two look-ups.
  let lastGroup = 0;
  let lastKey: string | undefined;
  let last: Sequence | undefined;
  // The last note with a number (not a bullet): a memo line in another unit (`1 Số hộ được hỗ trợ (hộ)`)
  // keeps its place among the amounts it stands beside, and stands in for its number as an unnumbered row would.
  let lastNumberedNote = -1;
  for (let index = 0; index < table.rows.length; index++) {
    const row = table.rows[index];
    if (row.kind === 'total' || row.kind === 'grandTotal') section++;
    if (row.kind === 'note' && row.number !== undefined && (parseNumbering(row.number, true)?.parts.length ?? 0) > 0) lastNumberedNote = index;
    if (row.kind !== 'item' && row.kind !== 'goal') continue;
    const group = row.parent !== undefined ? row.parent : -1 - section;
    if (lastNumberedNote > (row.parent ?? -1) && lastNumberedNote > (lastUnnumbered.get(group) ?? -1)) lastUnnumbered.set(group, lastNumberedNote);
    const numbering = row.number ? parseNumbering(row.number, true) : undefined;
    if (!numbering) {
      lastUnnumbered.set(group, index);
      continue;
    }
    if (BULLETS.has(numbering.scheme)) continue;
    const ordinal = ordinalOf(row.number!, numbering);
    if (ordinal === undefined) continue;
    const { prefix, key } = placeOf(numbering);
    let sequence = last !== undefined && group === lastGroup && key === lastKey ? last : undefined;
    if (!sequence) {
      let byPlace = sequences.get(group);
      if (!byPlace) sequences.set(group, (byPlace = new Map()));
      sequence = byPlace.get(key);
      if (!sequence) {
        byPlace.set(key, (sequence = { scheme: numbering.scheme, prefix, entries: [], underParent: row.parent !== undefined }));
        all.push(sequence);
      }
      lastGroup = group;
      lastKey = key;
      last = sequence;
    }
    sequence.entries.push({ row, ordinal, unnumberedBefore: lastUnnumbered.get(group) ?? -1, index });
  }
  markContinuous(all);
  return all;
}

/** A numbering's scheme and prefix (`2.` of `2.3`), as a key; numberings are shared by their text, and so are these. */
function placeOf(numbering: Numbering): { prefix: number[]; key: string } {
  // Only a dotted number has a prefix: the others' place is their scheme's, without a look-up per row.
  if (numbering.scheme !== 'dotted') return (SCHEME_PLACES[numbering.scheme] ??= { prefix: [], key: `${numbering.scheme}:` });
  let place = places.get(numbering);
  if (!place) {
    const prefix = numbering.scheme === 'dotted' ? numbering.parts.slice(0, -1) : [];
    place = { prefix, key: `${numbering.scheme}:${prefix.join('.')}` };
    places.set(numbering, place);
  }
  return place;
}

const places = new WeakMap<Numbering, { prefix: number[]; key: string }>();
const SCHEME_PLACES: Partial<Record<Numbering['scheme'], { prefix: number[]; key: string }>> = {};

/**
 * Tables that number items on through their groups (the Ministry's provinces: region I holds 1–14,
 * region II 15–25) do not restart at 1 under each parent: a sequence that carries on from the one
 * before it at its level is not held to start at 1, and none is when most of them do not (an
 * excerpt of such a table).
 */
function markContinuous(sequences: Sequence[]): void {
  const byLevel = new Map<string, Sequence[]>();
  for (const sequence of sequences) {
    if (!sequence.underParent) continue;
    const key = `${sequence.scheme}:${sequence.prefix.length}:${sequence.entries[0].row.level}`;
    const group = byLevel.get(key);
    if (group) group.push(sequence);
    else byLevel.set(key, [sequence]);
  }
  for (const group of byLevel.values()) {
    const fromOne = group.filter((s) => s.entries[0].ordinal === 1).length;
    const excerpt = fromOne * 2 < group.length;
    let previousLast: number | undefined;
    for (const sequence of group) {
      const { entries } = sequence;
      if (excerpt || (previousLast !== undefined && entries[0].ordinal === previousLast + 1)) sequence.underParent = false;
      previousLast = entries[entries.length - 1].ordinal;
    }
  }
}

function checkSequence(context: RuleContext, sequence: Sequence, col: number): void {
  const { entries } = sequence;
  // The ordinals present, for naming a gap: built at the first gap (most sequences have none).
  let present: Set<number> | undefined;
  // The entry read last for each ordinal. Made only when an ordinal comes again or goes back (most
  // sequences only go up): until then every entry before `i` was read in turn, each above the last.
  let seen: Map<number, Entry> | undefined;
  /** The row before, and the ordinal it stands for (a typo'd duplicate stands for the number it should have): two variables, not an object per row. */
  let previous: Entry | undefined;
  let previousOrdinal = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!seen && i > 0 && entry.ordinal <= entries[i - 1].ordinal) {
      seen = new Map();
      for (let k = 0; k < i; k++) seen.set(entries[k].ordinal, entries[k]);
    }
    const twin = seen?.get(entry.ordinal);
    const expected = previous ? previousOrdinal + 1 : entry.ordinal;
    if (twin && previous) {
      const next = entries[i + 1];
      const name = nameOf(sequence, expected, entry.row.number!);
      const params = { number: quoted(entry.row.number!), rowName: rowName(entry.row), other: cellAddress(twin.row.row, col), should: quoted(name) };
      if (!next || next.ordinal === expected + 1) {
        // A slip of the finger: the rows after it carry on as if it had its right number.
        context.report({ messageId: 'budgetNumberingDuplicate', at: cellOf(entry, col), related: [cellOf(twin, col)], expected: name, actual: entry.row.number!.trim(), params, fix: { value: name } });
        previous = entry;
        previousOrdinal = expected;
        continue;
      }
      // The rows after it were numbered from the duplicate on: each is one short.
      let last = i;
      while (last + 1 < entries.length && entries[last + 1].ordinal === entries[last].ordinal + 1) last++;
      const shifted = entries.slice(i + 1, last + 1);
      context.report({
        messageId: shifted.length > 0 ? 'budgetNumberingDuplicateShift' : 'budgetNumberingDuplicate',
        at: cellOf(entry, col),
        related: [cellOf(twin, col), ...shifted.map((e) => cellOf(e, col))],
        params: { ...params, count: shifted.length, last: shifted.length > 0 ? quoted(shifted[shifted.length - 1].row.number!) : '' },
      });
      // Read on after the run, which is consistent with itself.
      const end = entries[last];
      for (const e of shifted) seen!.set(e.ordinal, e);
      previous = end;
      previousOrdinal = end.ordinal;
      i = last;
      continue;
    }
    seen?.set(entry.ordinal, entry);
    if (previous && entry.ordinal < expected) {
      context.report({
        messageId: 'budgetNumberingOrder',
        at: cellOf(entry, col),
        related: [cellOf(previous, col)],
        params: { number: quoted(entry.row.number!), rowName: rowName(entry.row), previous: quoted(previous.row.number!) },
      });
      continue;
    }
    const from = previous ? previousOrdinal : sequence.underParent ? 0 : entry.ordinal - 1;
    // An unnumbered row between them stands in for the missing number (budget/missing-number says so).
    const standIn = entry.unnumberedBefore > (previous?.index ?? -1);
    if (entry.ordinal > from + 1 && !standIn) {
      present ??= new Set(entries.map((e) => e.ordinal));
      const missing = missingBetween(sequence, from, entry.ordinal, present);
      if (missing.length > 0) {
        const names = listed(missing.map((n) => quoted(nameOf(sequence, n, entry.row.number!))));
        context.report({
          messageId: previous ? 'budgetNumberingGap' : 'budgetNumberingStartGap',
          at: cellOf(entry, col),
          related: previous ? [cellOf(previous, col)] : [],
          params: { number: quoted(entry.row.number!), rowName: rowName(entry.row), previous: previous ? quoted(previous.row.number!) : '', missing: names },
        });
      }
    }
    previous = entry;
    previousOrdinal = entry.ordinal;
  }
}

/** The entry's cell in the number column. */
function cellOf(entry: Entry, col: number): { row: number; col: number } {
  return { row: entry.row.row, col };
}

/** Numbers skipped between two rows that no other row of the sequence holds (those are out of order, not missing). */
function missingBetween(sequence: Sequence, from: number, to: number, present: Set<number>): number[] {
  const missing: number[] = [];
  const letters = isLetterScheme(sequence.scheme);
  for (let n = from + 1; n < to; n++) {
    if (present.has(n) || (letters && OPTIONAL_LETTERS.has(ALPHABET[n - 1]))) continue;
    missing.push(n);
  }
  return missing;
}

/** A long run (`100` typed for `10`) is named by its ends, not listed. */
function listed(names: string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names[0]}–${names[names.length - 1]}`;
}



/** How a row of the sequence with this ordinal is numbered, in the sequence's own style (`21`, `III`, `2.3`, `e)`). */
function nameOf(sequence: Sequence, ordinal: number, example: string): string {
  switch (sequence.scheme) {
    case 'roman':
      return toRoman(ordinal);
    case 'dotted':
      return [...sequence.prefix, ordinal].join('.');
    case 'upperLetter':
      return (ALPHABET[ordinal - 1] ?? '?').toUpperCase() + example.trim().replace(/^\(?./, '');
    case 'lowerLetter':
      return (ALPHABET[ordinal - 1] ?? '?') + example.trim().replace(/^\(?./, '');
    default:
      return String(ordinal) + (/[.)]$/.test(example.trim()) ? example.trim().slice(-1) : '');
  }
}

/** What follows a row number of the same style: `II` → `III`, `3` → `4`, `1.2` → `1.3`, `b` → `c`, `a)` → `b)`. */
export function nextNumber(number: string): string | undefined {
  const match = /^(.*?)([0-9]+|[IVXLCDM]+|[ivxlcdm]+|[A-Za-z])([.)]?)$/.exec(number.trim());
  if (!match) return undefined;
  const [, prefix, body, suffix] = match;
  if (/^[0-9]+$/.test(body)) return `${prefix}${Number(body) + 1}${suffix}`;
  const roman = romanValue(body.toUpperCase());
  if (roman !== undefined && (body.length > 1 || 'IVX'.includes(body.toUpperCase()))) {
    const next = toRoman(roman + 1);
    return `${prefix}${body === body.toUpperCase() ? next : next.toLowerCase()}${suffix}`;
  }
  if (body.length === 1 && /[A-Ya-y]/.test(body)) return `${prefix}${String.fromCharCode(body.charCodeAt(0) + 1)}${suffix}`;
  return undefined;
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function toRoman(value: number): string {
  let rest = value;
  let text = '';
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      text += letters;
      rest -= amount;
    }
  }
  return text;
}

function romanValue(text: string): number | undefined {
  if (!/^[IVXLCDM]+$/.test(text)) return undefined;
  let value = 0;
  let rest = text;
  for (const [amount, letters] of ROMAN) {
    while (rest.startsWith(letters)) {
      value += amount;
      rest = rest.slice(letters.length);
    }
  }
  return rest === '' && toRoman(value) === text ? value : undefined;
}
