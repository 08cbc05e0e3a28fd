import { fold } from '../../text';
import { rangeOf } from './cells';

/**
 * Targets that plans write in words and that still state a figure to be measured by. Provincial
 * plans set many targets as a level to reach or keep (`Đạt 100%`, `Duy trì dưới 3%`, `Ít nhất 40%
 * vào năm 2030`), a pace (`Giảm bình quân 0,6–0,8%/năm`, `Tăng 2–3%/năm`) or an average
 * (`Bình quân 30.000 lượt người/năm`): the national strategy's own targets are worded so
 * (Resolution 28/NQ-CP: "đạt 60% vào năm 2025"; DOMAIN.md, "Direction words"). Such a cell is no
 * "words where a number is expected"; only words that state no figure at all are (`Giảm thiểu tối
 * đa`, `as low as possible`), or a figure behind words that are not a target's (`Quyết định 25`).
 */

/**
 * Folded words that may stand before a target's figure: verbs and adverbs of reaching, keeping,
 * raising and lowering, bound words, pace and average words, in Vietnamese and English.
 */
const LEAD_WORDS: ReadonlySet<string> = new Set([
  // Vietnamese (folded: no diacritics): phấn đấu đạt, duy trì ở mức, giữ vững, tăng/giảm bình quân
  // hằng năm, nâng lên, kéo giảm xuống còn, ít nhất, tối thiểu, tối đa, khoảng, trên, dưới, từ, hơn,
  // không thấp hơn, không vượt quá, bằng, mỗi năm, thêm, tiếp tục, ổn định.
  'phan', 'dau', 'dat', 'duy', 'tri', 'giu', 'vung', 'on', 'dinh', 'tang', 'giam', 'nang', 'len',
  'keo', 'xuong', 'con', 'o', 'muc', 'binh', 'quan', 'bq', 'trung', 'moi', 'hang', 'nam', 'them',
  'it', 'nhat', 'toi', 'thieu', 'da', 'khoang', 'tren', 'duoi', 'tu', 'hon', 'khong', 'qua', 'vuot',
  'thap', 'cao', 'bang', 'tiep', 'tuc', 'toan', 'bo',
  // English: strive to reach, maintain at, keep, increase by, reduce to, at least, at most, over,
  // below, about, an average of, per year, each year, no less than.
  'strive', 'to', 'reach', 'achieve', 'attain', 'maintain', 'keep', 'sustain', 'remain', 'stay',
  'at', 'least', 'most', 'over', 'above', 'below', 'under', 'about', 'around', 'approximately',
  'average', 'on', 'annual', 'annually', 'a', 'an', 'the', 'of', 'by', 'increase', 'decrease',
  'reduce', 'raise', 'cut', 'lower', 'higher', 'up', 'down', 'more', 'less', 'than', 'no', 'not',
  'each', 'every', 'per', 'year', 'continue', 'level', 'minimum', 'maximum', 'from',
]);

/**
 * A time said with the figure (`vào năm 2030`, `so với năm 2025`, `giai đoạn 2026–2030`, `by
 * 2030`): its year is no figure of the target, so it is taken out before the figure is looked for.
 */
const TIME = new RegExp(
  [
    '(?:(?:vao|den|truoc|trong|tu|sau|cua|so voi)\\s+)*(?:nam|giai doan|ky|nhiem ky)\\s+(?:19|20)\\d{2}(?:\\s*[-–—]\\s*(?:19|20)?\\d{2,4})?',
    '(?:by|in|until|before|from|after|compared (?:to|with)|than)\\s+(?:the\\s+)?(?:year\\s+|period\\s+)?(?:19|20)\\d{2}(?:\\s*[-–—]\\s*(?:19|20)?\\d{2,4})?',
  ].join('|'),
  'g',
);

/** A figure: a number (`30.000`, `0,6`), or a range of two (`1–1,5`, `2 - 3`), with `%` or `‰`. */
const FIGURE = /\d+(?:[.,]\d+)*(?:\s*%?\s*(?:[-–—]|den|toi|to)\s*\d+(?:[.,]\d+)*)?\s*(?:%o|%|‰)?/;

/** Words that stand for a figure kept as it is, or for one not known yet: no number is asked of them. */
const NO_FIGURE_NEEDED = /^(?:duy tri|giu vung|on dinh|maintain|(?:chua|khong) co so lieu|no data(?: yet)?)$/;

/**
 * Whether words in a value cell state a target that can be measured: a figure (number or range,
 * with `%`) after nothing but target words (LEAD_WORDS), anything after it (`/năm`, `lượt người`,
 * `so với năm 2025`); a range alone (`36-38`); or a level kept without a figure (`Duy trì`).
 */
export function statesFigure(text: string): boolean {
  const folded = fold(text).trim();
  if (NO_FIGURE_NEEDED.test(folded) || rangeOf(folded) !== undefined) return true;
  const untimed = folded.replace(TIME, ' ');
  const figure = FIGURE.exec(untimed);
  if (!figure) return false;
  const lead = untimed.slice(0, figure.index).match(/[a-z]+/g) ?? [];
  return lead.every((word) => LEAD_WORDS.has(word));
}
