/**
 * Header and label matching works on folded text: no diacritics, lower case, single spaces.
 * Diacritics are dropped through a table rather than per-string NFD, which is too slow for sheets of
 * 100,000 labels.
 * `Đ`/`đ` have no Unicode decomposition, so they are mapped to `d` by hand.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0300 && code <= 0x036f) continue; // combining marks of text typed decomposed
    out += code < 0x80 ? text[i] : (BASE_LETTER[code] ?? text[i]);
  }
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}

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
  let pattern = compiled.get(phrases);
  if (!pattern) {
    pattern = new RegExp(`(^|[^a-z0-9])(${phrases.map(escapeRegExp).join('|')})($|[^a-z0-9])`);
    compiled.set(phrases, pattern);
  }
  return pattern.test(foldedText);
}

/** One regular expression per phrase list, built once: header matching runs for every row. */
const compiled = new WeakMap<readonly string[], RegExp>();

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
