import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cellAddress, parseRangeAddress } from '../src/engine/address';
import type { Finding } from '../src/engine/types';

/**
 * The field cases (tests/fixtures/field, with cases.json): tables rebuilt from real published ones
 * and from public bug reports, each with the cells that must be flagged and the cells that must not
 * carry an error or warning.
 */
export interface FieldCase {
  file: string;
  kind: string;
  must_flag: Expectation[];
  must_not_flag?: Expectation[];
  exit?: number[];
  clean?: boolean;
}

export interface Expectation {
  sheet: string;
  cells: string[];
  why: string;
}

export const FIELD_DIR = path.join(__dirname, 'fixtures', 'field');
export const fieldCases: FieldCase[] = JSON.parse(readFileSync(path.join(FIELD_DIR, 'cases.json'), 'utf8'));

/** `C13:L13` → every cell of the range. */
export function expand(cells: string[]): Set<string> {
  const out = new Set<string>();
  for (const cell of cells) {
    const range = parseRangeAddress(cell)!;
    for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) out.add(cellAddress(row, col));
  }
  return out;
}

/** Whether a finding (of any severity) stands at one of the cells, or names one among its related cells. */
export function flags(findings: Finding[], { sheet, cells }: Expectation): boolean {
  const wanted = expand(cells);
  return findings.some((f) => f.sheet === sheet && [f.cell, ...f.cells].some((cell) => wanted.has(cell)));
}

/** The errors and warnings at the cells, as `cell rule messageId` (the judge's false alarms). */
export function alarmsAt(findings: Finding[], { sheet, cells }: Expectation): string[] {
  const quiet = expand(cells);
  return findings.filter((f) => f.sheet === sheet && quiet.has(f.cell) && f.severity !== 'info').map((f) => `${f.cell} ${f.rule} ${f.messageId}`);
}
