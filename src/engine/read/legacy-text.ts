import { keepShapes } from '../shapes';
import type { Cell, SheetGrid } from '../types';

/**
 * Vietnamese text typed in the two 8-bit encodings that came before Unicode, read back as Unicode.
 *
 * A sheet typed with a `.VnTime` / `.VnArial` font (TCVN3, "ABC") or a `VNI-Times` font (VNI) holds
 * bytes that Excel shows through the font's own glyphs; read as text they are Windows-1252 letters:
 * `Tæng sè` is `Tổng số`, `Toång soá` is `Tổng số` in VNI. The encoding is recognised from the text
 * itself: characters and pairs that the legacy encodings produce and Vietnamese in Unicode never does.
 *
 * Why our own table: the one npm package that converts both (vietnamese-conversion 2.0.0, MIT,
 * first published 2026) maps several VNI letters wrongly (`ỷ` to `ë`, `ỹ` to `ì`, the latter also
 * VNI's `ì`) and converts by one global replace per letter. The tables below are short enough to
 * check against their sources letter by letter, and the tests do so on real published text.
 */

/**
 * TCVN3 (TCVN 5712:1993, table VN3, the "ABC" fonts), byte → letter. VN3 has the 134 lower-case
 * letters and only the seven upper-case base letters Ă Â Ê Ô Ơ Ư Đ: upper case with tone marks is
 * drawn by the `…H` fonts (`.VnTimeH`) from the lower-case codes.
 */
const TCVN3_TABLE: [number, string][] = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];
const TCVN3 = new Map(TCVN3_TABLE.map(([code, letter]) => [String.fromCharCode(code), letter]));

/**
 * Codes only TCVN3 produces: 0xA1–0xBF (VNI uses none of them) and the letters of 0xC0–0xFF that
 * are neither Vietnamese in Unicode nor part of VNI (`Ç Ð × Þ ß ç ÷ þ`).
 */
const TCVN3_ONLY = new Set([...TCVN3.keys()].filter((ch) => ch < '\u00c0' || 'ÇÐ×Þßç÷þ'.includes(ch)));

/**
 * VNI Windows (VNI Software's charset for its VNI-Times / VNI-Helve fonts, as the Vietnamese
 * Unicode project's charset tables list it): a letter is its base letter followed by
 * one mark byte. The marks, as Unicode combining characters (NFC composes them): tone marks, the
 * circumflex with a tone, the breve with a tone; `aâ` is `â`, `aê` is `ă`.
 */
const VNI_TONES: Record<string, string> = { ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323' };
const VNI_CIRCUMFLEX: Record<string, string> = { â: '', á: '\u0301', à: '\u0300', å: '\u0309', ã: '\u0303', ä: '\u0323' };
const VNI_BREVE: Record<string, string> = { ê: '', é: '\u0301', è: '\u0300', ú: '\u0309', ü: '\u0303', ë: '\u0323' };
/** Letters VNI writes as one byte: `ô` is ơ, `ö` is ư, `ñ` is đ, and i and y with a tone. */
const VNI_SINGLE: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };

/** Letters that Vietnamese in Unicode has and neither legacy encoding produces as text. */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u0300-\u0323\u1ea0-\u1ef9]/;

/**
 * Pairs only VNI writes, never TCVN3 nor Unicode: a vowel with a grave, hook or dot-below byte
 * (`aø`, `oû`, `ôï`), `a`/`e`/`o` with a circumflex-and-hook or -dot byte or a bare circumflex
 * (`oå`, `eä`, `aâ`), `a` with a breve byte (`aê`, `aé`). (`oà`, `oá` are left out: Unicode's
 * `hoà`, `hoá` write them.)
 */
const VNI_PAIR = /^(?:[aeiouyôöAEIOUYÔÖ][øûïØÛÏ]|[aeoAEO][âåäÂÅÄ]|[aA][êéèúüëÊÉÈÚÜË])$/;

/** The Windows-1252 letters Vietnamese in Unicode uses; any other is a legacy byte. */
const VIETNAMESE_LATIN1 = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** The encodings as officers know them, by their fonts, for messages. */
export const LEGACY_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC: .VnTime, .VnArial)', vni: 'VNI (VNI-Times)' };

export interface LegacyDecoding {
  /** The sheet with its text converted, or the same grid object when nothing was converted. */
  grid: SheetGrid;
  encoding?: LegacyEncoding;
  /** How many cells' text changed. */
  converted: number;
}

/** Evidence needed before a sheet is read as legacy: a stray `©` or `ß` is not enough. */
const MIN_EVIDENCE = 3;

/**
 * Reads a sheet typed in TCVN3 or VNI as Unicode (NFC). The encoding is decided for the whole
 * sheet from its text (`evidence`: of every text cell of the grid, gathered by the caller's own pass
 * over them or else here); then each text cell is converted unless it already holds Vietnamese in
 * Unicode (an officer's later note), and formulas, numbers and the sheet's name are left as they
 * are. A sheet in Unicode, or in English, comes back untouched: same grid, no encoding.
 */
export function decodeLegacySheet(grid: SheetGrid, evidence: LegacyEvidence = evidenceOf(grid)): LegacyDecoding {
  const encoding = decide(evidence);
  if (!encoding) return { grid, converted: 0 };
  const convert = encoding === 'tcvn3' ? tcvn3ToUnicode : vniToUnicode;
  let converted = 0;
  const cells = grid.cells.map((row) => {
    if (!row) return row;
    let copy: (Cell | undefined)[] | undefined;
    row.forEach((cell, c) => {
      if (typeof cell?.value !== 'string' || UNICODE_VIETNAMESE.test(cell.value)) return;
      const text = convert(cell.value);
      if (text === cell.value) return;
      copy ??= row.slice();
      copy[c] = { ...cell, value: text };
      converted++;
    });
    return copy ?? row;
  });
  if (converted === 0) return { grid, converted: 0 };
  return { grid: { ...grid, cells }, encoding, converted };
}

/**
 * Which legacy encoding the texts are in. Inside words, bytes that Vietnamese in Unicode never
 * uses (`æ`, `ñ`, `®`) say the text is legacy; what only each encoding produces says which:
 * TCVN3's codes 0xA1–0xBF and a few others, VNI's pairs of a vowel and a mark byte. Texts that
 * hold Vietnamese in Unicode count for nothing. Undefined for Unicode or plain text, and when the
 * evidence is thin or split.
 */
export function detectLegacyEncoding(texts: Iterable<string>): LegacyEncoding | undefined {
  const evidence = new LegacyEvidence();
  for (const text of texts) evidence.add(text);
  return decide(evidence);
}

interface Evidence {
  /** Bytes that Vietnamese in Unicode never uses, inside words. */
  legacy: number;
  /** Codes only TCVN3 produces. */
  tcvn3: number;
  /** Pairs only VNI produces. */
  vni: number;
}

/**
 * What a sheet's texts say of their encoding, text by text (`add`): a pass that reads every text of
 * the sheet for another reason gathers it on the way (../cell-index.ts).
 */
export class LegacyEvidence implements Evidence {
  legacy = 0;
  tcvn3 = 0;
  vni = 0;

  add(text: string): void {
    count(text, this);
  }
}

// Its optimised readers outlive every check (../shapes.ts).
keepShapes(new LegacyEvidence());

function evidenceOf(grid: SheetGrid): LegacyEvidence {
  const evidence = new LegacyEvidence();
  for (let r = 0; r < grid.cells.length; r++) {
    const row = grid.cells[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const value = row[c]?.value;
      if (typeof value === 'string') evidence.add(value);
    }
  }
  return evidence;
}

function decide({ legacy, tcvn3, vni }: Evidence): LegacyEncoding | undefined {
  if (legacy + vni < MIN_EVIDENCE) return undefined;
  if (tcvn3 > 2 * vni) return 'tcvn3';
  if (vni > 2 * tcvn3) return 'vni';
  return undefined;
}

/**
 * Adds one text's evidence, in one pass over its characters without a regular expression: a sheet
 * holds tens of thousands of labels, and most are plain ASCII or Unicode.
 */
function count(text: string, evidence: Evidence): void {
  let legacy = 0;
  let tcvn3 = 0;
  let vni = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa1) continue;
    if (code > 0xff) {
      if (isUnicodeVietnamese(code)) return; // a text in Unicode: nothing legacy about it
      continue;
    }
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (!isLetter(before) && !isLetter(i + 1 < text.length ? text.charCodeAt(i + 1) : 0)) continue; // a `©` or `·` standing alone
    const ch = text[i];
    if (!VIETNAMESE_LATIN1.includes(ch)) legacy++;
    if (TCVN3_ONLY.has(ch)) tcvn3++;
    if (VNI_PAIR.test(text[i - 1] + ch)) vni++;
  }
  evidence.legacy += legacy;
  evidence.tcvn3 += tcvn3;
  evidence.vni += vni;
}

/** Letters Vietnamese in Unicode has beyond Windows-1252: ă đ ĩ ũ ơ ư, combining marks, U+1EA0–U+1EF9. */
function isUnicodeVietnamese(code: number): boolean {
  return (
    code === 0x102 || code === 0x103 || code === 0x110 || code === 0x111 || code === 0x128 || code === 0x129 ||
    code === 0x168 || code === 0x169 || code === 0x1a0 || code === 0x1a1 || code === 0x1af || code === 0x1b0 ||
    (code >= 0x300 && code <= 0x323) || (code >= 0x1ea0 && code <= 0x1ef9)
  );
}

/** A letter as the legacy encodings write them: ASCII, or a Windows-1252 letter or mark. */
function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xa1 && code <= 0xff);
}

/**
 * TCVN3 text as Unicode. A word typed with Caps Lock in an upper-case font (`TæNG`: two or more ASCII
 * letters, all capitals) is upper case as the `…H` font showed it; otherwise the letters keep the case
 * TCVN3 gives them.
 */
export function tcvn3ToUnicode(text: string): string {
  return text
    .replace(/[^\s]+/g, (word) => {
      let out = '';
      for (const ch of word) out += TCVN3.get(ch) ?? ch;
      return out !== word && isCapsWord(word) ? out.toLocaleUpperCase('vi') : out;
    })
    .normalize('NFC');
}

/** VNI text as Unicode: each base letter with the mark byte after it, composed (NFC). */
export function vniToUnicode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const lower = ch.toLowerCase();
    const mark = (text[i + 1] ?? '').toLowerCase();
    const upper = ch !== lower;
    let letter: string | undefined;
    if ('aeouy'.includes(lower) && VNI_TONES[mark] !== undefined) letter = lower + VNI_TONES[mark];
    else if ('aeo'.includes(lower) && VNI_CIRCUMFLEX[mark] !== undefined) letter = lower + '\u0302' + VNI_CIRCUMFLEX[mark];
    else if (lower === 'a' && VNI_BREVE[mark] !== undefined) letter = 'a\u0306' + VNI_BREVE[mark];
    else if ((lower === 'ô' || lower === 'ö') && VNI_TONES[mark] !== undefined) letter = VNI_SINGLE[lower] + VNI_TONES[mark];
    if (letter !== undefined) {
      i++;
    } else if (VNI_SINGLE[lower] !== undefined) {
      letter = VNI_SINGLE[lower];
    } else {
      out += ch;
      continue;
    }
    out += upper ? letter.toUpperCase() : letter;
  }
  return out.normalize('NFC');
}

function isCapsWord(word: string): boolean {
  const ascii = word.replace(/[^A-Za-z]/g, '');
  return ascii.length > 1 && ascii === ascii.toUpperCase();
}
