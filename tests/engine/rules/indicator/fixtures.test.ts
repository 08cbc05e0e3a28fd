import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSheet } from '../../../../src/engine/check';
import { indicatorRules } from '../../../../src/engine/rules/indicator';
import { readWorkbook } from '../../../../src/io';

const fixture = (name: string) => readWorkbook(readFileSync(join(__dirname, '../../../fixtures', name)));

describe('indicator rules on the real fixtures', () => {
  it('find in the Nghệ An grid exactly the orphan 2.1, 2.2 of goal VI and the KH năm 2017 columns that disagree at row 53', async () => {
    const [sheet] = await fixture('nghe-an-2017-chi-tieu.xlsx');
    const { findings } = checkSheet(sheet, {}, indicatorRules);
    expect(findings.map((f) => [f.rule, f.severity, f.cell, f.cells, f.expected, f.actual])).toEqual([
      ['indicator/numbering', 'warning', 'A46', ['A47'], undefined, undefined],
      ['indicator/duplicate-columns', 'warning', 'F53', ['E53'], '80', '100'],
    ]);
    expect(findings[0].params.parent).toBe('“2”');
  });

  it('do not run on the Quảng Ninh budget table', async () => {
    const [sheet] = await fixture('quang-ninh-2012-2015-kinh-phi.xlsx');
    expect(checkSheet(sheet, {}, indicatorRules).findings).toEqual([]);
  });
});
