import { NATIONAL_TARGETS, STRATEGIES, type Milestone, type NationalTarget, type Strategy } from '../../data/national-targets';
import { fold } from '../../text';

/** The strategy whose period holds the year: 2011–2020 for 2011…2020, 2021–2030 after. */
export function strategyFor(year: number): Strategy | undefined {
  // A loop, not find(): asked for every row, a closure each time.
  for (let i = 0; i < STRATEGIES.length; i++) if (year >= STRATEGIES[i].from && year <= STRATEGIES[i].to) return STRATEGIES[i];
  return undefined;
}

/**
 * Words of folded text: runs of letters and digits (a–z, 0–9) only, so `mother-to-child` is three
 * words. Read code by code, not split by a pattern: every label of a grid is read.
 */
function wordsOf(folded: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 0;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(folded.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/** Each entry's phrases as word sequences, so a label is matched by set look-ups, not regexes. */
const ENTRIES = NATIONAL_TARGETS.map((entry) => ({
  entry,
  alternatives: entry.match.map((phrases) => phrases.map((phrase) => wordsOf(phrase).join(' '))),
}));

/** The longest phrase, in words: labels are cut into runs of at most this many. */
const MAX_PHRASE_WORDS = Math.max(...ENTRIES.flatMap((e) => e.alternatives.flat().map((p) => p.split(' ').length)));

/** The first one, two, … words of every phrase: a run of words that is none of these starts no phrase, nor does any run it begins. */
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  ENTRIES.flatMap((e) => e.alternatives.flat().flatMap((p) => p.split(' ').map((_, n, words) => words.slice(0, n + 1).join(' ')))),
);

/** Every phrase of the catalogue. */
const PHRASES: ReadonlySet<string> = new Set(ENTRIES.flatMap((e) => e.alternatives.flat()));

/**
 * The catalogue's phrases the label carries as whole words: runs of one to MAX_PHRASE_WORDS
 * consecutive words that are a phrase, each run extended only while it begins one.
 */
function phrasesOf(folded: string): Set<string> {
  const words = wordsOf(folded);
  const phrases = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let phrase = '';
    for (let n = 0; n < MAX_PHRASE_WORDS && i + n < words.length; n++) {
      phrase = n === 0 ? words[i] : `${phrase} ${words[i + n]}`;
      if (!PHRASE_STARTS.has(phrase)) break;
      if (PHRASES.has(phrase)) phrases.add(phrase);
    }
  }
  return phrases;
}

/** Shared by every label that matches nothing; callers do not change it. */
const NO_MATCHES: NationalTarget[] = [];

/** Labels repeat across target columns and rules: matching each once keeps large grids fast. */
const matchesByLabel = new Map<string, NationalTarget[]>();
const MEMO_LIMIT = 20_000;

/** The catalogue entries whose phrases the label carries as whole words, in catalogue order. */
export function catalogueMatches(label: string): NationalTarget[] {
  const known = matchesByLabel.get(label);
  if (known) return known;
  const phrases = phrasesOf(fold(label));
  // Most labels carry no phrase of the catalogue: no entry is looked at.
  const found = phrases.size === 0 ? NO_MATCHES : ENTRIES.filter(({ alternatives }) => alternatives.some((alternative) => alternative.every((p) => phrases.has(p)))).map((e) => e.entry);
  if (matchesByLabel.size >= MEMO_LIMIT) matchesByLabel.clear();
  matchesByLabel.set(label, found);
  return found;
}

/** The national target for an indicator label in a plan year, with the milestone the year is held against. */
export function nationalTargetFor(label: string, year: number): { entry: NationalTarget; milestone: Milestone; strategy: Strategy } | undefined {
  const strategy = strategyFor(year);
  if (!strategy) return undefined;
  const matches = catalogueMatches(label);
  let entry: NationalTarget | undefined;
  for (let i = 0; i < matches.length && !entry; i++) if (matches[i].strategy === strategy.id) entry = matches[i];
  if (!entry) return undefined;
  // A 2017 target is held against the 2020 milestone: the first milestone not before the year.
  const milestone = entry.milestones.find((m) => m.year >= year) ?? entry.milestones[entry.milestones.length - 1];
  return { entry, milestone, strategy };
}
