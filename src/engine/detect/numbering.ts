/**
 * Row numbers as Vietnamese plans write them, from the outermost level in: `A` > `I` > `1` > `1.1`
 * > `1.1.1` > `a)` > `-` > `+`. A table uses some of these; the rank orders them.
 */
export type NumberingScheme = 'upperLetter' | 'roman' | 'arabic' | 'dotted' | 'lowerLetter' | 'dash' | 'plus' | 'star';

export interface Numbering {
  scheme: NumberingScheme;
  /** `2.1` → [2, 1]; `IV` → [4]; `b)` → [2]; bullets → []. */
  parts: number[];
  /** Smaller is further out. */
  rank: number;
}

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/**
 * The numbering a row's number cell holds. `inNumberColumn`: the text stands alone in the table's
 * number column, where a bare `a` is a letter item (`a`, `b`, `c` under `7`).
 */
export function parseNumbering(raw: string, inNumberColumn = false): Numbering | undefined {
  const digits = parseDigits(raw);
  if (digits !== NOT_DIGITS) return digits;
  // Row numbers repeat (`1`, `2`, `I`) across every table: read each text once.
  const key = inNumberColumn ? `#${raw}` : raw;
  if (parsed.has(key)) return parsed.get(key);
  if (parsed.size >= 50_000) parsed.clear();
  const numbering = parse(raw, inNumberColumn);
  parsed.set(key, numbering);
  return numbering;
}

const parsed = new Map<string, Numbering | undefined>();

const NOT_DIGITS = Symbol('not digits');
/** `arabic` numberings by value, shared as the cache shared them: a sheet may number 100,000 rows. */
const ARABIC: Numbering[] = [];
/** `dotted` numberings by their text: `1.1` stands under every project, and rules read the numbers again. */
const DOTTED = new Map<string, Numbering>();

/**
 * What `parse` gives for a text of digits, dots and colons only (`12`, `3.`, `1.2.3`), read without
 * a regular expression or the cache: the numbers of a long table are mostly such texts, all different.
 * NOT_DIGITS for any other text.
 */
function parseDigits(raw: string): Numbering | undefined | typeof NOT_DIGITS {
  let end = raw.length;
  if (end === 0) return NOT_DIGITS;
  const lastCode = raw.charCodeAt(end - 1);
  if (lastCode === 0x2e || lastCode === 0x3a) end--; // one trailing `.` or `:` is punctuation
  let value = 0;
  let run = 0;
  let dots = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    const digit = code >= 0x30 && code <= 0x39;
    if (!digit && code !== 0x2e && code !== 0x3a) return NOT_DIGITS;
    if (i >= end) continue;
    if (digit) {
      value = value * 10 + (code - 0x30);
      run++;
    } else if (code === 0x3a || run === 0 || run > 3) return undefined;
    else {
      dots++;
      value = 0;
      run = 0;
    }
  }
  if (run === 0) return undefined;
  if (dots === 0) {
    if (run > 5) return undefined;
    return (ARABIC[value] ??= { scheme: 'arabic', parts: [value], rank: 2 });
  }
  if (run > 3) return undefined;
  let numbering = DOTTED.get(raw);
  if (numbering === undefined) {
    // Every part is 1–3 digits: the text up to `end` splits into them.
    const parts = raw.slice(0, end).split('.').map(Number);
    numbering = { scheme: 'dotted', parts, rank: 1 + parts.length };
    if (DOTTED.size >= 50_000) DOTTED.clear();
    DOTTED.set(raw, numbering);
  }
  return numbering;
}

function parse(raw: string, inNumberColumn: boolean): Numbering | undefined {
  const text = raw.trim().replace(/[.:]$/, '').replace(/^\((.*)\)$/, '$1').trim();
  if (text === '') return undefined;
  if (/^[-–—•]$/.test(text)) return { scheme: 'dash', parts: [], rank: 7 };
  if (text === '+') return { scheme: 'plus', parts: [], rank: 8 };
  if (text === '*') return { scheme: 'star', parts: [], rank: 9 };
  if (/^\d{1,5}$/.test(text)) return { scheme: 'arabic', parts: [Number(text)], rank: 2 };
  if (/^\d{1,3}(\.\d{1,3})+$/.test(text)) {
    const parts = text.split('.').map(Number);
    return { scheme: 'dotted', parts, rank: 1 + parts.length };
  }
  const upper = text.toUpperCase();
  if (text === upper && ROMAN.test(text) && (text.length > 1 || 'IVX'.includes(text))) {
    return { scheme: 'roman', parts: [romanValue(text)], rank: 1 };
  }
  // `Đ` between `D` and `E`, as Vietnamese lists letter their parts (the Ministry also writes A B C D E without it).
  if (/^[A-ZĐ]$/.test(text)) return { scheme: 'upperLetter', parts: [text === 'Đ' ? 5 : text.charCodeAt(0) - 64], rank: 0 };
  if (inNumberColumn && /^[a-zđ]$/.test(text)) return { scheme: 'lowerLetter', parts: [text === 'đ' ? 5 : text.charCodeAt(0) - 96], rank: 6 };
  const lower = /^([a-zđ])\s*[)/.]?$/.exec(raw.trim());
  if (lower && /[)/.]$/.test(raw.trim()) || /^[a-z]\)$/.test(text)) {
    const letter = (lower?.[1] ?? text[0]).replace('đ', 'e');
    return { scheme: 'lowerLetter', parts: [letter.charCodeAt(0) - 96], rank: 6 };
  }
  return undefined;
}

function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES[text[i]];
    const next = ROMAN_VALUES[text[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** `1` is the parent of `1.1`; `1.1` of `1.1.2`. */
export function dottedParent(numbering: Numbering): number[] | undefined {
  if (numbering.scheme !== 'dotted') return undefined;
  return numbering.parts.slice(0, -1);
}

/**
 * Letters as Vietnamese lists use them (`a) b) c) d) đ) e) g) h)`), English ones too (`f`, `j`, `w`,
 * `z`): a list may use or skip the letters only one alphabet has.
 */
export const ALPHABET = 'abcdđefghijklmnopqrstuvwxyz';
export const OPTIONAL_LETTERS = new Set(['đ', 'f', 'j', 'w', 'z']);

export function isLetterScheme(scheme: Numbering['scheme']): boolean {
  return scheme === 'lowerLetter' || scheme === 'upperLetter';
}

/** The place of a row in its list: its last number part, or its letter's place in the alphabet above (`đ)` and `e)` differ). */
export function ordinalOf(number: string, numbering: Numbering): number | undefined {
  if (!isLetterScheme(numbering.scheme)) return numbering.parts[numbering.parts.length - 1];
  const letter = number.trim().replace(/^\(/, '').charAt(0).toLowerCase();
  const position = ALPHABET.indexOf(letter);
  return position < 0 ? undefined : position + 1;
}
