import { Decimal } from '../../numbers';
import { escapeRegExp, fold, foldedIncludes, foldedPieces, type FoldedPieces } from '../../text';
import type { TableModel } from '../../types';
import { rowClasses } from './grid-reading';
import { sexKeysOf, sexNamedIn, type Sex } from './sex-words';
import { WeakMemo } from '../../memo';

/** Words saying the rows split one whole: `trong tổng số người được tạo việc làm`, `of all`. */
const WHOLE_WORDS = ['trong tong so', 'tong so', 'of all', 'of the total', 'out of all', 'of total', 'in total'];
/** Words saying a figure holds for each sex: `ít nhất 40% cho mỗi giới`. */
const EACH_SEX_WORDS = ['moi gioi', 'ca hai gioi', 'moi gioi tinh', 'each sex', 'each gender', 'both sexes', 'either sex', 'both genders'];

/** Two rules ask for the pairs of one table: found once. */
const pairsByTable = new WeakMemo<TableModel, SharePair[]>();

/** Two rows that are the shares of men and of women in one whole, so they make 100%. */
export interface SharePair {
  /** Indexes into table.rows, in sheet order. */
  rows: [number, number];
  parent?: number;
}

/** A word list and its pattern (built once: labels are many), and what each label asked about says. */
interface Phrases {
  phrases: FoldedPieces;
  pattern: RegExp;
  said: Map<string, boolean>;
}

function phrasePattern(phrases: readonly string[]): Phrases {
  return { phrases: foldedPieces(phrases), pattern: new RegExp(`(^|[^a-z0-9])(${phrases.map(escapeRegExp).join('|')})($|[^a-z0-9])`), said: new Map() };
}
const WHOLE = phrasePattern(WHOLE_WORDS);
const EACH_SEX = phrasePattern(EACH_SEX_WORDS);
const WHOLE_OR_EACH_SEX = phrasePattern([...WHOLE_WORDS, ...EACH_SEX_WORDS]);

/**
 * Whether the label holds one of the phrases as whole words; most labels hold none of them at all,
 * found without the pattern. Kept by label (up to 20,000, then started over): every label of a
 * grid is asked about, and again at each check.
 */
function says(label: string, { phrases, pattern, said }: Phrases): boolean {
  let answer = said.get(label);
  if (answer === undefined) {
    answer = foldedIncludes(label, phrases) && pattern.test(fold(label));
    if (said.size >= 20_000) said.clear();
    said.set(label, answer);
  }
  return answer;
}

/**
 * Pairs only where the text says the two rows split one whole: children of a parent that speaks
 * of each sex or of a total, or siblings named alike but for the sex word whose own label says
 * `trong tổng số` / `of all`. Literacy of boys and of girls is two rates, not two shares.
 */
export function sharePairs(table: TableModel): SharePair[] {
  const known = pairsByTable.get(table);
  if (known) return known;
  const groups = new Map<number | undefined, number[]>();
  const { indicator } = rowClasses(table);
  for (let index = 0; index < table.rows.length; index++) {
    if (indicator[index] === 0) continue;
    const { parent } = table.rows[index];
    const group = groups.get(parent);
    if (group) group.push(index);
    else groups.set(parent, [index]);
  }
  const pairs: SharePair[] = [];
  for (const [parent, siblings] of groups) {
    // A row alone under its parent has no partner: its label is not read.
    if (siblings.length < 2) continue;
    const parentLabel = parent !== undefined ? table.rows[parent].label : '';
    const parentSaysWhole = says(parentLabel, WHOLE_OR_EACH_SEX);
    if (!parentSaysWhole && !siblings.some((i) => says(table.rows[i].label, WHOLE))) continue;
    const paired = new Set<number>();
    const waiting = new Map<string, number>();
    for (const index of siblings) {
      const label = table.rows[index].label;
      for (const { key, sex } of sexKeysOf(label)) {
        if (paired.has(index)) break;
        const partner = waiting.get(`${key}|${sex === 'male' ? 'female' : 'male'}`);
        if (partner === undefined || paired.has(partner)) {
          waiting.set(`${key}|${sex}`, index);
          continue;
        }
        if (!parentSaysWhole && !says(label, WHOLE) && !says(table.rows[partner].label, WHOLE)) continue;
        pairs.push({ rows: [partner, index], parent });
        paired.add(partner).add(index);
      }
    }
    if (paired.size === 0 && parentSaysWhole && siblings.length === 2) {
      const sexes = siblings.map((i) => sexNamedIn(table.rows[i].label));
      if (sexes[0] && sexes[1] && sexes[0] !== sexes[1]) pairs.push({ rows: [siblings[0], siblings[1]], parent });
    }
  }
  pairsByTable.set(table, pairs);
  return pairs;
}

const MINIMUM = /(?:it nhat|toi thieu|khong duoi|khong thap hon|khong it hon|at least|no less than|not less than|minimum(?: of)?)\s*:?\s*(\d+(?:[.,]\d+)?)\s*%/;

/** `ít nhất 40%`, `tối thiểu 40%`, `at least 40%` → 40. */
function minimumIn(label: string): Decimal | undefined {
  const match = MINIMUM.exec(fold(label));
  return match ? new Decimal(match[1].replace(',', '.')) : undefined;
}

/**
 * The least share a row must reach: its own text's minimum, else its parent's when the parent
 * sets it for each sex (or names this row's sex).
 */
export function minimumShareOf(table: TableModel, index: number, parent: number | undefined): Decimal | undefined {
  const own = minimumIn(table.rows[index].label);
  if (own) return own;
  if (parent === undefined) return undefined;
  const parentLabel = table.rows[parent].label;
  const minimum = minimumIn(parentLabel);
  if (!minimum) return undefined;
  if (says(parentLabel, EACH_SEX)) return minimum;
  const sex: Sex | undefined = sexNamedIn(parentLabel);
  return sex && sex === sexNamedIn(table.rows[index].label) ? minimum : undefined;
}
