import type { Better } from '../../data/national-targets';
import { fold } from '../../text';

/**
 * What an indicator is about, when that alone says which way it improves: fewer deaths, less
 * violence, fewer child marriages are better whatever verb the label starts with; wider coverage
 * and access, more women in leadership are better higher. Sources: DOMAIN.md (direction words),
 * the indicators of the national strategies (national-targets.md, Resolution 28/NQ-CP and
 * Decision 2351/QĐ-TTg), and the lower-is-better indicators issue 12 lists.
 *
 * Phrases are folded (no diacritics, lower case); an alternative matches when every phrase of it
 * occurs in the label as whole words. Groups are tried in order: a label about victims of violence
 * who reach a support service is about access (higher), not about violence (lower).
 */
interface Topic {
  better: Better;
  /**
   * A harm named before `được` (receiving something) only says who receives it: `phụ nữ nghèo
   * được vay vốn` is about loans reaching poor women, not about poverty. `không được` (`không được
   * trả công`, unpaid) is not receiving.
   */
  harm?: boolean;
  alternatives: readonly (readonly string[])[];
}

const TOPICS: readonly Topic[] = [
  // Going without what the next group counts (`chưa tham gia bảo hiểm`, `lao động chưa qua đào tạo`): lower is better.
  {
    better: 'lower',
    alternatives: [
      ['khong co bao hiem'], ['chua co bao hiem'], ['chua tham gia bao hiem'], ['khong tham gia bao hiem'], ['chua qua dao tao'], ['chua duoc dao tao'],
      ['khong co bang cap'], ['uninsured'], ['without insurance'], ['untrained'],
    ],
  },
  // Coverage, access, services received; leaving poverty. These win over the harm they address.
  {
    better: 'higher',
    alternatives: [
      ['duoc tiep can'], ['tiep can'], ['bao phu'], ['duoc ho tro'], ['duoc tu van'], ['duoc cung cap'], ['duoc huong'],
      ['duoc can thiep'], ['duoc tro giup'],
      // trained, schooled, examined, settled: a service received (a share of people or cases)
      ['duoc dao tao'], ['duoc tap huan'], ['duoc boi duong'], ['duoc hoc nghe'], ['duoc day nghe'], ['duoc kham'], ['duoc giai quyet'],
      ['trained'], ['training received'],
      // workers trained or qualified (`lao động qua đào tạo có bằng cấp, chứng chỉ`), people insured (`tham gia bảo hiểm thất nghiệp`: coverage, not unemployment)
      ['qua dao tao'], ['co bang cap'], ['co chung chi'], ['bao hiem'], ['insurance'], ['insured'], ['qualified'],
      ['thoat ngheo'], ['giam ngheo'],
      // measures against a harm (`mô hình phòng, chống bạo lực`, `tổ truyền thông phòng chống tảo hôn`), a rate of its fall
      ['phong chong'], ['phong ngua'], ['ung pho'], ['ty le giam'], ['muc giam'], ['prevention'], ['preventing'], ['reduction rate'],
      ['coverage'], ['covered'], ['access'], ['accessing'], ['reached'], ['reaching'], ['receiving'], ['received'], ['supported'],
      ['counselled'], ['counseled'], ['out of poverty'], ['poverty reduction'],
    ],
  },
  // Harms: lower is better.
  {
    better: 'lower',
    harm: true,
    alternatives: [
      // deaths and mortality
      ['tu vong'], ['chet'], ['mortality'], ['deaths'], ['death'],
      // violence and its victims
      ['bao luc'], ['bao hanh'], ['xam hai'], ['mua ban nguoi'], ['buon ban nguoi'], ['bi mua ban'], ['nan nhan'],
      ['violence'], ['abuse'], ['trafficking'], ['trafficked'], ['victims'], ['victim'],
      // child marriage, marriage between close relatives
      ['tao hon'], ['can huyet'], ['can huyet thong'], ['child marriage'], ['child marriages'], ['early marriage'], ['consanguineous'],
      // abortion, adolescent pregnancy
      ['pha thai'], ['nao hut thai'], ['mang thai vi thanh nien'], ['abortion'], ['abortions'], ['adolescent pregnancy'],
      // school drop-out, illiteracy
      ['bo hoc'], ['mu chu'], ['drop out'], ['dropout'], ['dropouts'], ['illiteracy'],
      // poverty, unemployment, malnutrition
      ['ngheo'], ['ho ngheo'], ['can ngheo'], ['that nghiep'], ['suy dinh duong'], ['poverty'], ['poor'], ['unemployment'], ['malnutrition'],
      // the sex ratio at birth (towards 105–107)
      ['ty so gioi tinh khi sinh'], ['mat can bang gioi tinh'], ['sex ratio at birth'], ['sex ratio'],
      // unpaid housework and care
      ['khong duoc tra cong'], ['noi tro'], ['viec nha'], ['unpaid'], ['housework'], ['care hours'],
      // time to …, gaps
      ['thoi gian cho'], ['thoi gian giai quyet'], ['thoi gian xu ly'], ['time to'], ['waiting time'],
      ['khoang cach gioi'], ['gender gap'], ['pay gap'],
    ],
  },
  // Shares of women in leadership.
  {
    better: 'higher',
    alternatives: [
      ['nu', 'lanh dao'], ['nu', 'quan ly'], ['nu', 'chu chot'], ['nu', 'dai bieu'], ['nu', 'cap uy'], ['phu nu', 'lanh dao'],
      ['women', 'leadership'], ['women', 'leaders'], ['women', 'leader'], ['women', 'managers'], ['women', 'management'],
      ['women', 'deputies'], ['women', 'seats'], ['female', 'leaders'],
    ],
  },
];

/** The topic a label is about and the words that say so, as written. */
export interface TopicDirection {
  better: Better;
  /** The label's words that name the topic, as written (`tử vong`, `nữ … lãnh đạo`). */
  words: string;
}

interface Token {
  folded: string;
  start: number;
  end: number;
}

function tokensOf(label: string): Token[] {
  const tokens: Token[] = [];
  for (const match of label.matchAll(/[\p{L}\p{N}]+/gu)) tokens.push({ folded: fold(match[0]), start: match.index!, end: match.index! + match[0].length });
  return tokens;
}

/** Every run of up to MAX_WORDS tokens, folded and joined, with the first place it occurs: [first, last] token. */
function runsOf(tokens: Token[]): Map<string, [number, number]> {
  const runs = new Map<string, [number, number]>();
  for (let i = 0; i < tokens.length; i++) {
    let run = '';
    for (let n = 0; n < MAX_WORDS && i + n < tokens.length; n++) {
      run = n === 0 ? tokens[i].folded : `${run} ${tokens[i + n].folded}`;
      if (!runs.has(run)) runs.set(run, [i, i + n]);
    }
  }
  return runs;
}

/** The longest phrase, in words: a label is cut into runs of at most this many, looked up, not scanned. */
const MAX_WORDS = Math.max(...TOPICS.flatMap((topic) => topic.alternatives.flat().map((phrase) => phrase.split(' ').length)));

/** `được` after the token at `index`, not negated: the label speaks of people receiving something. */
function receivingAfter(tokens: Token[], index: number): boolean {
  for (let i = index + 1; i < tokens.length; i++) {
    if (tokens[i].folded === 'duoc' && tokens[i - 1].folded !== 'khong' && tokens[i - 1].folded !== 'chua') return true;
  }
  return false;
}

/** Labels repeat across columns and rules. */
const byLabel = new Map<string, TopicDirection | undefined>();

/** The direction the label's topic gives, if any. */
export function directionFromTopic(label: string): TopicDirection | undefined {
  if (byLabel.has(label)) return byLabel.get(label);
  const tokens = tokensOf(label);
  const runs = runsOf(tokens);
  let found: TopicDirection | undefined;
  search: for (const { better, harm, alternatives } of TOPICS) {
    for (const alternative of alternatives) {
      const spans = alternative.map((phrase) => runs.get(phrase));
      if (spans.some((span) => !span)) continue;
      const ordered = (spans as [number, number][]).sort((a, b) => a[0] - b[0]);
      if (harm && receivingAfter(tokens, ordered[ordered.length - 1][1])) continue;
      const words = ordered.map(([first, last]) => label.slice(tokens[first].start, tokens[last].end)).join(' … ');
      found = { better, words };
      break search;
    }
  }
  if (byLabel.size >= 20_000) byLabel.clear();
  byLabel.set(label, found);
  return found;
}
