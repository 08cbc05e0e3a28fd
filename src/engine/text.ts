/**
 * Header and label matching works on folded text: no diacritics, lower case, single spaces.
 * Diacritics are dropped through a table rather than per-string NFD, which is too slow for sheets of
 * 100,000 labels.
 * `Đ`/`đ` have no Unicode decomposition, so they are mapped to `d` by hand.
 */
export function fold(text: string): string {
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    if (foldedTexts.size >= 100_000) foldedTexts.clear();
    folded = foldOnce(text);
    foldedTexts.set(text, folded);
  }
  return folded;
}

/**
 * fold() without its shared cache, for a caller that keeps what it folds (a table's row labels,
 * each folded once): a whole sheet of labels would only churn the cache, past its bound.
 */
export function foldOnce(text: string): string {
  return foldLatin(text) ?? foldAny(text);
}

/**
 * Every rule folds the same labels again (a grid's label is asked for by a dozen rules): a look-up
 * (the string's hash, kept in the string once computed) is several times cheaper than folding even
 * a Latin label character by character. Bounded: past 100,000 texts it starts over.
 */
const foldedTexts = new Map<string, string>();

/** The definition of folding, for any text. */
function foldAny(text: string): string {
  return text
    .replace(/[\u00a0-\u036f\u1e00-\u1eff]/g, (ch) => BASE_LETTER[ch.charCodeAt(0)] ?? (ch >= '\u0300' && ch <= '\u036f' ? '' : ch))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * foldAny in one pass, character by character, for texts whose characters are all below U+0370 or
 * in U+1E00–U+1EFF (every Vietnamese and English label); undefined for any other text. Those
 * characters fold on their own (FOLDED_CODE), context-free.
 */
function foldLatin(text: string): string | undefined {
  // Character codes into a buffer, one string at the end: no string per character. A paragraph
  // longer than the shared buffer gets one of its own.
  const buffer = text.length > FOLD_BUFFER.length ? new Uint16Array(text.length) : FOLD_BUFFER;
  const length = foldCodes(text, buffer);
  if (length < 0) return undefined;
  // The text itself when folding changes nothing: callers keep one string, not two.
  let same = length === text.length;
  for (let k = 0; same && k < length; k++) same = buffer[k] === text.charCodeAt(k);
  if (same) return text;
  // A label's length: a view of the shared buffer kept for that length, no view made per text.
  if (buffer === FOLD_BUFFER && length < FOLD_VIEWS.length) {
    const view = (FOLD_VIEWS[length] ??= FOLD_BUFFER.subarray(0, length));
    return String.fromCharCode.apply(null, view as unknown as number[]);
  }
  // In slices: `apply` takes a bounded number of arguments.
  let out = '';
  for (let k = 0; k < length; k += FOLD_SLICE) out += String.fromCharCode.apply(null, buffer.subarray(k, Math.min(length, k + FOLD_SLICE)) as unknown as number[]);
  return out;
}

/**
 * The codes of foldLatin's result written into `buffer` (at least as long as the text), and their
 * count; -1 for a text foldLatin does not fold.
 */
function foldCodes(text: string, buffer: Uint16Array): number {
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0) {
      space = true;
      continue;
    }
    if (code >= 0x80) {
      if (code >= 0x370 && (code < 0x1e00 || code > 0x1eff)) return -1;
      code = FOLDED_CODE[code];
      // A combining mark folds to nothing.
      if (code === 0) continue;
    } else if (code >= 0x41 && code <= 0x5a) code += 0x20;
    // A run of white space is one space, and none at either end.
    if (space && length > 0) buffer[length++] = 0x20;
    space = false;
    buffer[length++] = code;
  }
  return length;
}

/** Folded phrases to look for with foldedIncludes. */
export interface FoldedPieces {
  pieces: readonly string[];
}

export function foldedPieces(pieces: readonly string[]): FoldedPieces {
  return { pieces };
}

/**
 * `pieces.some((piece) => fold(text).includes(piece))`: rules ask it of every label, to pass over
 * cheaply the many that hold none of them. The folded label is fold's, kept; each look-up is the
 * engine's own string search.
 */
export function foldedIncludes(text: string, { pieces }: FoldedPieces): boolean {
  const folded = fold(text);
  for (let p = 0; p < pieces.length; p++) if (folded.includes(pieces[p])) return true;
  return false;
}

/** foldLatin's buffer: longer than any label, one code unit a character (every character it folds folds to one or none). */
const FOLD_BUFFER = new Uint16Array(8192);
const FOLD_SLICE = 4096;
/** Views of FOLD_BUFFER's first n codes, by n, for texts up to a few hundred characters. */
const FOLD_VIEWS: (Uint16Array | undefined)[] = new Array<Uint16Array | undefined>(512).fill(undefined);

/** Latin letters with diacritics (U+00C0–U+1EFF, all of Vietnamese) mapped to their base letter. */
const BASE_LETTER: Record<number, string> = (() => {
  const table: Record<number, string> = { 0x0110: 'D', 0x0111: 'd', 0x00a0: ' ' };
  for (let code = 0x00c0; code <= 0x1eff; code++) {
    if (code in table) continue;
    const base = String.fromCharCode(code).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base.length === 1 && base.charCodeAt(0) < 0x80) table[code] = base;
  }
  return table;
})();

/**
 * Each character foldLatin folds (U+0080–U+036F, U+1E00–U+1EFF), folded as foldAny folds it alone,
 * as a code (0: folds to nothing), in a typed array: a plain array with that gap in it would be a
 * dictionary, looked up by hashing for every character.
 */
const FOLDED_CODE: Uint16Array = (() => {
  const table = new Uint16Array(0x1f00);
  for (let code = 0x80; code <= 0x1eff; code++) {
    if (code >= 0x370 && code < 0x1e00) continue;
    const ch = String.fromCharCode(code);
    const folded = (BASE_LETTER[code] ?? (code >= 0x300 && code <= 0x36f ? '' : ch)).toLowerCase();
    // Checked here rather than assumed: every one of these characters folds to at most one code unit.
    if (folded.length > 1) throw new Error(`U+${code.toString(16)} folds to ${folded.length} characters`);
    table[code] = folded === '' ? 0 : folded.charCodeAt(0);
  }
  return table;
})();

/** True when the folded text contains any of the folded phrases as whole words. */
export function hasPhrase(foldedText: string, phrases: readonly string[]): boolean {
  return phrasePattern(phrases).test(foldedText);
}

/**
 * One regular expression per phrase list, built once: label matching runs for every row. Lists are
 * mostly constants (HEADER_WORDS), never modified: looked up by the list itself first, without joining its phrases.
 */
function phrasePattern(phrases: readonly string[]): RegExp {
  let pattern = patternsByList.get(phrases);
  if (pattern) return pattern;
  const key = phrases.length === 1 ? phrases[0] : phrases.join('\u0001');
  pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size >= 10_000) patterns.clear();
    pattern = new RegExp(`(^|[^a-z0-9])(${phrases.map(escapeRegExp).join('|')})($|[^a-z0-9])`);
    patterns.set(key, pattern);
  }
  patternsByList.set(phrases, pattern);
  return pattern;
}

const patterns = new Map<string, RegExp>();
const patternsByList = new WeakMap<readonly string[], RegExp>();

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
