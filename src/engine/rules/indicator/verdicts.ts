import { fold } from '../../text';

/**
 * An officer's verdict on a result, as written in an evaluation column: beyond the plan (`Vượt`),
 * met (`Đạt`, `Hoàn thành`, `Met`), basically met (`Cơ bản đạt`), not met (`Không đạt`, `Chưa
 * đạt`, `Không hoàn thành`, `Not met`). Source: the annual reports of DOMAIN.md §3 (seed 003).
 */
export type Verdict = 'exceeded' | 'met' | 'partly' | 'notMet';

const PATTERNS: [Verdict, RegExp][] = [
  ['notMet', /^(khong|chua) (dat|hoan thanh)\b|^(not (met|achieved|completed|reached)|unmet|failed|missed)\b/],
  ['partly', /^co ban (dat|hoan thanh)\b|^(largely|partly|partially|mostly|broadly) (met|achieved)\b/],
  ['exceeded', /^vuot\b|^(exceeded|surpassed|above (plan|target)|over(achieved)?)\b/],
  ['met', /^(dat|hoan thanh)\b|^(met|achieved|completed|reached|on target)\b/],
];

/** The verdict a cell's text gives (`Không đạt`, `vượt kế hoạch`, `Met`); undefined for anything else. */
export function verdictOf(text: string): Verdict | undefined {
  const folded = fold(text).replace(/^[\s\-–•*+.]+|[\s.!]+$/g, '');
  for (const [verdict, pattern] of PATTERNS) if (pattern.test(folded)) return verdict;
  return undefined;
}

/** How a column writes each verdict: the form its cells use most, else its header's words, else the usual ones. */
export class VerdictWords {
  private readonly written = new Map<Verdict, Map<string, number>>();
  private readonly english: boolean;
  private readonly completion: boolean;
  /** The column tells `Vượt` from `Đạt`: its header or one of its cells says `Vượt`. */
  readonly usesExceeded: boolean;

  constructor(header: string, texts: readonly string[]) {
    const folded = fold(header);
    for (const text of texts) {
      const verdict = verdictOf(text);
      if (!verdict) continue;
      const counts = this.written.get(verdict) ?? new Map<string, number>();
      counts.set(text.trim(), (counts.get(text.trim()) ?? 0) + 1);
      this.written.set(verdict, counts);
    }
    this.english = /\b(met|evaluation|assessment|achieved|status)\b/.test(folded) && !/\b(dat|danh gia)\b/.test(folded);
    this.completion = /\bhoan thanh\b/.test(folded) && !/\bdat\b/.test(folded);
    this.usesExceeded = /\b(vuot|exceeded)\b/.test(folded) || this.written.has('exceeded');
  }

  /** The text to write for a verdict, in the column's own words. */
  textFor(verdict: Exclude<Verdict, 'partly'>): string {
    const counts = this.written.get(verdict);
    if (counts) return [...counts].sort((a, b) => b[1] - a[1])[0][0];
    if (this.english) return { exceeded: 'Exceeded', met: 'Met', notMet: 'Not met' }[verdict];
    if (this.completion) return { exceeded: 'Vượt', met: 'Hoàn thành', notMet: 'Không hoàn thành' }[verdict];
    return { exceeded: 'Vượt', met: 'Đạt', notMet: 'Không đạt' }[verdict];
  }
}
