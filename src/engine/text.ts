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
    folded = text
      .replace(/[\u00a0-\u036f\u1e00-\u1eff]/g, (ch) => BASE_LETTER[ch.charCodeAt(0)] ?? (ch >= '\u0300' && ch <= '\u036f' ? '' : ch))
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
    foldedTexts.set(text, folded);
  }
  return folded;
}

/** Every rule folds the same labels again; a lookup is cheaper than folding. */
const foldedTexts = new Map<string, string>();

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

/** True when the folded text contains any of the folded phrases as whole words. */
export function hasPhrase(foldedText: string, phrases: readonly string[]): boolean {
  return phrasePattern(phrases).test(foldedText);
}

/** One regular expression per phrase list, built once: label matching runs for every row. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const key = phrases.length === 1 ? phrases[0] : phrases.join('\u0001');
  let pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size >= 10_000) patterns.clear();
    pattern = new RegExp(`(^|[^a-z0-9])(${phrases.map(escapeRegExp).join('|')})($|[^a-z0-9])`);
    patterns.set(key, pattern);
  }
  return pattern;
}

const patterns = new Map<string, RegExp>();

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
