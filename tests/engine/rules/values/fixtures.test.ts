import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSheet } from '../../../../src/engine/check';
import { messages } from '../../../../src/engine/i18n';
import { valuesRules } from '../../../../src/engine/rules/values';
import { readWorkbook } from '../../../../src/io';

const fixture = (name: string) => readWorkbook(readFileSync(join(__dirname, '../../../fixtures', name)));

describe('values rules on the real fixtures', () => {
  it('find in the Nghệ An grid what DOMAIN.md describes, plus notes on text numbers and national targets', async () => {
    const [sheet] = await fixture('nghe-an-2017-chi-tieu.xlsx');
    const { findings } = checkSheet(sheet, {}, valuesRules);
    const warnings = findings.filter((f) => f.severity === 'warning').map((f) => [f.rule, f.cell, f.cells.join(',')]);
    expect(warnings).toEqual([
      // `11,8/100` written the Vietnamese way in a table whose text numbers are English.
      ['values/mixed-convention', 'D39', ''],
      // (%) over a sex ratio, (%o) over a ratio per 100,000.
      ['values/unit-fit', 'D36', 'C36,E36,F36'],
      ['values/unit-fit', 'D37', 'C37,E37,F37'],
      ['values/words-under-numeric-unit', 'D42', 'E42,F42'],
      // Weaker targets: sex ratio (catalogue), maternal mortality and abortions (`Giảm`), victims counselled (catalogue).
      ['values/target-direction', 'E36', 'D36,F36'],
      ['values/target-direction', 'E37', 'D37,F37'],
      ['values/target-direction', 'E39', 'D39,F39'],
      ['values/target-direction', 'E46', 'D46,F46'],
    ]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // `42.86` etc. stored as text beside typed numbers: noted, as no formula reads them and nothing adds a grid up.
    const texts = findings.filter((f) => f.rule === 'values/text-number');
    expect(texts.map((f) => [f.cell, f.severity, f.messageId])).toEqual(['D', 'E', 'F'].flatMap((col) => [16, 17, 18].map((row) => [`${col}${row}`, 'info', 'valuesTextNumberUnread'])));
    // Every other note compares a 2017 target with the 2011–2020 strategy's 2020 milestone.
    const notes = findings.filter((f) => f.severity === 'info' && f.rule !== 'values/text-number');
    expect(notes.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['E6', '25', '16.21'],
      ['E7', '25', '11.3'],
      ['E8', '25', '16.73'],
      ['E9', '25', '21.1'],
      ['E10', '35', '30.8'],
      ['E11', '35', '30'],
      ['E12', '35', '30'],
      ['E13', '35', '30'],
      ['E14', '35', '30'],
      ['E27', '35', '27'],
      ['E28', '50', '17'],
      ['E34', '25', '22'],
      ['E38', '50', '42'],
      ['E46', '50', '48.2'],
      ['E47', '85', '70'],
    ]);
    expect(notes.every((f) => f.rule === 'values/national-target' && f.params.milestoneYear === '2020' && f.params.year === '2017')).toBe(true);
  });

  it('find nothing in the Quảng Ninh budget table: its amounts are typed numbers', async () => {
    const [sheet] = await fixture('quang-ninh-2012-2015-kinh-phi.xlsx');
    expect(checkSheet(sheet, {}, valuesRules).findings).toEqual([]);
  });

  it('have every message id in both catalogues', () => {
    for (const rule of valuesRules) {
      for (const id of rule.meta.messageIds) {
        expect([id, typeof messages.vi[id]]).toEqual([id, 'string']);
        expect([id, typeof messages.en[id]]).toEqual([id, 'string']);
      }
    }
  });
});
