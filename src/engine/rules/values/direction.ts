import type { Better } from '../../data/national-targets';
import type { NumberQuantity } from '../../numbers';
import { Decimal } from '../../numbers';
import { fold } from '../../text';
import { directionFromTopic } from './direction-topics';
import { catalogueMatches, strategyFor } from './national';

/** Which way an indicator improves, and what says so. */
export interface Direction {
  better: Better;
  reason: 'words' | 'catalogue' | 'topic' | 'bound';
  /** The label's leading words as written (`Giảm`, `Rút ngắn`), or the words naming its topic (`tử vong`). */
  words?: string;
  /** The target as written, when its bound (`<52`) says the way. */
  bound?: string;
}

/**
 * Leading verbs only: a direction word further into the label is usually a condition or a
 * qualifier (`nữ nông thôn dưới 45 tuổi`, `có tỷ lệ 30% trở lên nữ cán bộ`), not the aim.
 */
const LEADING: [string, Better][] = [
  ['giảm', 'lower'],
  ['kéo giảm', 'lower'],
  ['rút ngắn', 'lower'],
  ['hạn chế', 'lower'],
  ['không vượt quá', 'lower'],
  ['tối đa', 'lower'],
  ['reduce', 'lower'],
  ['decrease', 'lower'],
  ['shorten', 'lower'],
  ['narrow', 'lower'],
  ['tăng', 'higher'],
  ['nâng', 'higher'],
  ['nâng cao', 'higher'],
  ['đạt', 'higher'],
  ['ít nhất', 'higher'],
  ['tối thiểu', 'higher'],
  ['increase', 'higher'],
  ['raise', 'higher'],
  ['achieve', 'higher'],
  ['reach', 'higher'],
  ['at least', 'higher'],
];

const PREFIXES = ['phấn đấu', 'tiếp tục', 'strive to', 'to'];
const LEADING_RUN = /^\S+(?:\s+\S+){0,4}/;
const NUMBERING = /^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*|^\s*\d+(?:\.\d+)*\s+|^\s*[-+•–]\s*/i;

/** A phrase word as written, and folded for labels typed without diacritics. */
interface PhraseWord {
  written: string;
  folded: string;
}

const toWords = (phrase: string): PhraseWord[] => phrase.split(' ').map((w) => ({ written: w, folded: fold(w) }));
const LEADING_WORDS = LEADING.map(([phrase, better]) => ({ words: toWords(phrase), better }));
const PREFIX_WORDS = PREFIXES.map(toWords);

/** A label word as compared: lower case, letters and digits only. */
function normalise(word: string): string {
  return (isComposed(word) ? word : word.normalize('NFC')).toLowerCase().replace(PUNCTUATION, '');
}

/**
 * Text whose characters are all below U+0300 or in U+1E00–U+1EFF (Vietnamese written composed) is
 * its own NFC: none of them combines with another or decomposes. Most labels are; the others are normalised.
 */
function isComposed(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x300 && (code < 0x1e00 || code > 0x1eff)) return false;
  }
  return true;
}
const PUNCTUATION = /[.,:;!?()[\]"'“”‘’«»…–—-]/g;

/**
 * A label word matches a phrase word written the same way; a word typed without diacritics
 * matches by its folded form. `Năng lực` is not `Nâng`, but `Nang ty le` is.
 */
function sameWord(word: string, phraseWord: PhraseWord): boolean {
  return word === phraseWord.written || (/^[a-z0-9]+$/.test(word) && word === phraseWord.folded);
}

function startsWith(words: string[], from: number, phrase: PhraseWord[]): number {
  // A loop, no closure: asked for every leading phrase of every label.
  for (let i = 0; i < phrase.length; i++) if (words[from + i] === undefined || !sameWord(words[from + i], phrase[i])) return 0;
  return phrase.length;
}

/** The direction the label's leading verb gives, with the words as written. */
export function directionFromWords(label: string): Direction | undefined {
  // The leading verb and an optional prefix: the first few words are all that is read.
  const written = (LEADING_RUN.exec(label.replace(NUMBERING, '').trim())?.[0] ?? '').split(/\s+/);
  const words = written.map(normalise);
  let start = 0;
  for (const prefix of PREFIX_WORDS) {
    const length = startsWith(words, 0, prefix);
    if (length) {
      start = length;
      break;
    }
  }
  let best: { length: number; better: Better } | undefined;
  for (const { words: phrase, better } of LEADING_WORDS) {
    const length = startsWith(words, start, phrase);
    if (length && (!best || length > best.length)) best = { length, better };
  }
  if (!best) return undefined;
  return { better: best.better, reason: 'words', words: written.slice(0, start + best.length).join(' ') };
}

/**
 * The indicator's direction: the label's leading verb, else the national catalogue (sex ratio at
 * birth is better lower), else what the indicator is about (deaths, violence: lower; coverage,
 * access: higher), else a bound on the target itself (`<52` aims low, `>= 40` high). Minimums to
 * hold (40% of new jobs for each sex) give no direction; undefined means the direction is unknown,
 * and no rule may then judge a value better or worse.
 */
export function directionOf(label: string, year?: number, target?: { text: string; quantity: NumberQuantity }): Direction | undefined {
  const period = year !== undefined ? strategyFor(year)?.id : undefined;
  const fromLabel = labelDirection(label, period);
  if (fromLabel !== 'none') return fromLabel;
  const bound = target?.quantity.bound;
  if (bound && bound !== '~') return { better: bound.startsWith('<') ? 'lower' : 'higher', reason: 'bound', bound: target!.text };
  return undefined;
}

/**
 * A row is asked once per target column; its label's answer is kept for the next one. By period,
 * then by the label itself: a label string keeps its hash, a key built from it would be hashed anew.
 */
const byPeriod = new Map<string, Map<string, Direction | undefined | 'none'>>();

/** The label's direction (leading verb, catalogue, topic); `none` when none says, so a bound may. */
function labelDirection(label: string, period: string | undefined): Direction | undefined | 'none' {
  let byLabel = byPeriod.get(period ?? '');
  if (!byLabel) byPeriod.set(period ?? '', (byLabel = new Map()));
  // One look-up when the answer kept is a direction or `none`; a second only when it is undefined.
  const known = byLabel.get(label);
  if (known !== undefined || byLabel.has(label)) return known;
  let found: Direction | undefined | 'none' = directionFromWords(label);
  if (!found) {
    const matches = catalogueMatches(label);
    const entry = matches.find((e) => e.strategy === period) ?? matches[0];
    // A minimum to hold (40% of new jobs for each sex) gives no direction, and no bound either.
    found = entry ? (entry.floorOnly ? undefined : { better: entry.better, reason: 'catalogue' }) : 'none';
  }
  if (found === 'none') {
    const topic = directionFromTopic(label);
    if (topic) found = { better: topic.better, reason: 'topic', words: topic.words };
  }
  if (byLabel.size >= 20_000) byLabel.clear();
  byLabel.set(label, found);
  return found;
}

/**
 * A value comparable with another of the same indicator: ratios on their own denominator
 * (16/100.000 and <52/100.000 compare as 16 and 52); a bare number is taken on the same scale.
 */
export function comparable(a: NumberQuantity, b: NumberQuantity): [Decimal, Decimal] {
  if (a.per && b.per && !a.per.equals(b.per)) return [a.value.div(a.per), b.value.div(b.per)];
  return [a.value, b.value];
}

/** True when `candidate` is worse than `reference` in the given direction (equal is not worse). */
export function isWorse(candidate: Decimal, reference: Decimal, better: Better): boolean {
  return better === 'higher' ? candidate.lessThan(reference) : candidate.greaterThan(reference);
}
