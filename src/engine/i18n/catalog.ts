import type { Lang } from '../types';

/** A group's messages in both languages: `{ vi: { id: text }, en: { id: text } }`. */
export type Catalog = Record<Lang, Record<string, string>>;
