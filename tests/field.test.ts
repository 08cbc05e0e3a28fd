import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cellAddress, parseRangeAddress } from '../src/engine/address';
import { checkWorkbook } from '../src/engine';
import type { Finding } from '../src/engine/types';
import { loadFile } from '../src/cli/load-file';

/**
 * Tables rebuilt from real published ones and from public bug reports about totals that do not add
 * up (tests/fixtures/field, with cases.json): for each, the cells that must be flagged and the
 * cells that must not carry an error or warning — the field judge's rules, run in the test suite.
 */
interface Case {
  file: string;
  kind: string;
  must_flag: { sheet: string; cells: string[]; why: string }[];
  must_not_flag?: { sheet: string; cells: string[]; why: string }[];
  exit?: number[];
  clean?: boolean;
}

const dir = path.join(__dirname, 'fixtures', 'field');
const cases: Case[] = JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8'));

/** `C13:L13` → every cell of the range. */
function expand(cells: string[]): Set<string> {
  const out = new Set<string>();
  for (const cell of cells) {
    const range = parseRangeAddress(cell)!;
    for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) out.add(cellAddress(row, col));
  }
  return out;
}

describe.each(cases)('$file ($kind)', (c) => {
  let findings: Finding[] = [];
  beforeAll(async () => {
    findings = checkWorkbook(await loadFile(path.join(dir, c.file), 'en')).findings;
  });

  for (const { sheet, cells, why } of c.must_flag) {
    it(`flags ${sheet}!${cells.join(',')}: ${why}`, () => {
      const wanted = expand(cells);
      expect(findings.some((f) => f.sheet === sheet && [f.cell, ...f.cells].some((cell) => wanted.has(cell)))).toBe(true);
    });
  }

  for (const { sheet, cells, why } of c.must_not_flag ?? []) {
    it(`raises no error or warning at ${sheet}!${cells.join(',')}: ${why}`, () => {
      const quiet = expand(cells);
      const hits = findings.filter((f) => f.sheet === sheet && quiet.has(f.cell) && f.severity !== 'info');
      expect(hits.map((f) => `${f.cell} ${f.rule} ${f.messageId}`)).toEqual([]);
    });
  }

  if (c.clean) {
    it('is clean: no error and no warning anywhere', () => {
      expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([]);
    });
  }

  if (c.exit?.includes(1)) {
    it('has errors (the CLI exits 1)', () => {
      expect(findings.some((f) => f.severity === 'error')).toBe(true);
    });
  }
});
