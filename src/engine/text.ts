/**
 * Header and label matching works on folded text: no diacritics, lower case, single spaces.
 * `Đ`/`đ` have no Unicode decomposition, so they are mapped to `d` by hand.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the folded text contains any of the folded phrases as whole words. */
export function hasPhrase(foldedText: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => new RegExp(`(^|[^a-z0-9])${escapeRegExp(phrase)}($|[^a-z0-9])`).test(foldedText));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
