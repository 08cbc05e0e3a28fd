import path from 'node:path';
import { checkWorkbook } from '../src/engine';
import type { Finding } from '../src/engine/types';
import { loadFile } from '../src/cli/load-file';
import { alarmsAt, FIELD_DIR, fieldCases, flags } from './field-cases';

/**
 * Tables rebuilt from real published ones and from public bug reports about totals that do not add
 * up (tests/fixtures/field, with cases.json): for each, the cells that must be flagged and the
 * cells that must not carry an error or warning — the field judge's rules, run in the test suite.
 */
describe.each(fieldCases)('$file ($kind)', (c) => {
  let findings: Finding[] = [];
  beforeAll(async () => {
    findings = checkWorkbook(await loadFile(path.join(FIELD_DIR, c.file), 'en')).findings;
  });

  for (const expectation of c.must_flag) {
    it(`flags ${expectation.sheet}!${expectation.cells.join(',')}: ${expectation.why}`, () => {
      expect(flags(findings, expectation)).toBe(true);
    });
  }

  for (const expectation of c.must_not_flag ?? []) {
    it(`raises no error or warning at ${expectation.sheet}!${expectation.cells.join(',')}: ${expectation.why}`, () => {
      expect(alarmsAt(findings, expectation)).toEqual([]);
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
