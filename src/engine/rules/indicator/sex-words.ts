import { fold, hasPhrase } from '../../text';

export type Sex = 'male' | 'female';

/** Folded phrases that name one sex, Vietnamese then English. */
const PHRASES: Record<Sex, readonly string[]> = {
  male: ['nam gioi', 'nam', 'dan ong', 'be trai', 'tre trai', 'tre em trai', 'con trai', 'trai', 'men', 'man', 'male', 'males', 'boys', 'boy'],
  female: ['nu gioi', 'nu', 'phu nu', 'be gai', 'tre gai', 'tre em gai', 'con gai', 'gai', 'women', 'woman', 'female', 'females', 'girls', 'girl'],
};

/** Written `năm` (year), never the sex word `nam`, though both fold to `nam`. */
const YEAR_TOKEN = 'namyear';

/**
 * Words of a label, folded, with `năm` kept apart from `nam`: several rules read every label of a
 * grid, for every column. Remembered for up to 20,000 labels (past that it starts over, so memory
 * stays bounded). The array is shared: callers do not change it.
 */
export function wordsOf(label: string): string[] {
  let words = wordsByLabel.get(label);
  if (words === undefined) {
    words = readWords(label);
    if (wordsByLabel.size >= 20_000) wordsByLabel.clear();
    wordsByLabel.set(label, words);
  }
  return words;
}

const wordsByLabel = new Map<string, string[]>();

function readWords(label: string): string[] {
  const marked = label.normalize('NFC').toLowerCase().replace(/(?<![\p{L}\p{N}])năm(?![\p{L}\p{N}])/gu, YEAR_TOKEN);
  return fold(marked).split(/[^a-z0-9]+/).filter((word) => word !== '');
}

function sexOfPhrase(words: string[]): Sex | undefined {
  const phrase = words.join(' ');
  if (PHRASES.male.includes(phrase)) return 'male';
  if (PHRASES.female.includes(phrase)) return 'female';
  return undefined;
}

/**
 * The label with one sex phrase replaced by a placeholder, for each sex phrase it holds, and which
 * sex it names there. Two labels that are the same once one names men and the other women
 * (`Tỷ lệ nam được tạo việc làm mới` / `Tỷ lệ nữ được tạo việc làm mới`) share a key.
 */
export function sexKeysOf(label: string): { key: string; sex: Sex }[] {
  const words = wordsOf(label);
  const keys: { key: string; sex: Sex }[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let length = 1; length <= 3 && start + length <= words.length; length++) {
      const sex = sexOfPhrase(words.slice(start, start + length));
      if (sex) keys.push({ key: [...words.slice(0, start), '<sex>', ...words.slice(start + length)].join(' '), sex });
    }
  }
  return keys;
}

/** The one sex a label names, if it names exactly one. */
export function sexNamedIn(label: string): Sex | undefined {
  const text = wordsOf(label).join(' ');
  const male = hasPhrase(text, PHRASES.male);
  const female = hasPhrase(text, PHRASES.female);
  if (male === female) return undefined;
  return male ? 'male' : 'female';
}
