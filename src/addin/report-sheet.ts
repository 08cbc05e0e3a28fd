/**
 * Writes the findings to a new sheet, with a link to each finding's cell, then the audit list of
 * every write the add-in made (cell, before, after, rule, time). The sheet's name is one no sheet
 * has yet: the officer's sheets are never overwritten. Every text is cut to Excel's 32,767
 * characters a cell holds, so one long message cannot fail the whole sheet.
 */
import { renderFinding } from '../engine';
import type { Lang } from '../engine';
import type { CheckResult } from '../ui/host';
import { fixStrings } from '../ui/fix-strings';
import { strings } from '../ui/strings';
import type { AuditEntry } from './journal';
import { runBatch, runWrite, toHostError } from './office-apis';
import type { Apis } from './office-apis';

export const REPORT_SHEET = 'Soát biểu – báo cáo';
/** Excel's limit on sheet names. */
const MAX_NAME = 31;

/** `Soát biểu – báo cáo`, or `Soát biểu – báo cáo (2)`, ... whichever is free (case-insensitively, as Excel compares). */
export function freeSheetName(existing: string[], base = REPORT_SHEET): string {
  const taken = new Set(existing.map((name) => name.toLocaleLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = base.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

type Row = (string | number)[];
const WIDTH = 8;
const pad = (row: Row): Row => [...row, ...Array(WIDTH - row.length).fill('')];
/** Plain decimal strings become numbers so Excel shows them in the officer's own format. */
const asNumber = (text: string | undefined): string | number => (text !== undefined && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text ?? '');
/** Excel's limit on the characters one cell holds. */
export const MAX_CELL_CHARS = 32_767;

/**
 * Text as a cell will hold it: cut to the cell limit with a note of the cut, and marked with a
 * quote prefix when it starts like a formula (it is written through `range.formulas`).
 */
export function cellText(text: string, lang: Lang): string {
  const prefix = /^[=+\-@]/.test(text) ? "'" : '';
  if (prefix.length + text.length <= MAX_CELL_CHARS) return prefix + text;
  const note = fixStrings[lang].audit.truncated;
  return prefix + text.slice(0, MAX_CELL_CHARS - prefix.length - note.length) + note;
}

export function linkFormula(sheet: string, cell: string): string {
  return `=HYPERLINK("#'${sheet.replace(/'/g, "''").replace(/"/g, '""')}'!${cell}","${cell}")`;
}

export function reportRows(result: CheckResult, lang: Lang, audit: AuditEntry[] = []): Row[] {
  const s = strings[lang];
  const asText = (text: string) => cellText(text, lang);
  const rows: Row[] = [
    [s.reportSheet.title],
    [s.reportSheet.checkedAt, result.checkedAt.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')],
    [s.reportSheet.workbook, asText(result.workbookName ?? '')],
    [s.reportSheet.sheet, asText(`${result.sheet} (${result.address})`)],
    [s.summary(result.report.summary.errors, result.report.summary.warnings, result.report.summary.info)],
    [],
    [...s.reportSheet.headers],
  ];
  if (result.report.findings.length === 0) rows.push([s.reportSheet.none]);
  result.report.findings.forEach((finding, index) => {
    const text = renderFinding(finding, lang);
    rows.push([
      index + 1,
      s.severity[finding.severity],
      linkFormula(finding.sheet, finding.cell),
      asText(`${finding.causeId ? '↳ ' : ''}${text.message}`),
      asNumber(finding.expected),
      asNumber(finding.actual),
      asNumber(finding.difference),
      asText(text.explanation ?? ''),
    ]);
  });
  if (audit.length > 0) {
    const a = fixStrings[lang].audit;
    rows.push([], [a.title], [...a.headers]);
    // Before and after exactly as the formula bar showed them (`'0012` for text), so always as text.
    const verbatim = (text: string) => cellText(`'${text}`, lang);
    for (const entry of audit) rows.push([asText(entry.sheet), entry.cell, verbatim(entry.before), verbatim(entry.after), entry.rule, entry.at]);
  }
  return rows.map(pad);
}

/**
 * Three syncs: the existing sheet names, the new sheet, then all its cells. If the cells fail, the
 * empty sheet is deleted again (in a batch of its own: Worksheet.delete has no undo support, so it
 * cannot sit in an undo group) and the error is passed on.
 */
export async function writeReportSheet(apis: Apis, result: CheckResult, lang: Lang, audit: AuditEntry[] = []): Promise<string> {
  const rows = reportRows(result, lang, audit);
  const written = await runWrite(apis, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const name = freeSheetName(sheets.items.map((sheet) => sheet.name));
    const sheet = sheets.add(name);
    sheet.load('id');
    await context.sync();
    try {
      sheet.getRangeByIndexes(0, 0, rows.length, WIDTH).formulas = rows;
      sheet.getRange('A1').format.font.bold = true;
      sheet.getRangeByIndexes(6, 0, 1, WIDTH).format.font.bold = true;
      await context.sync();
      return { name };
    } catch (error) {
      return { name, failed: { error, id: sheet.id } };
    }
  });
  if (!written.failed) return written.name;
  await runBatch(apis, async (context) => {
    context.workbook.worksheets.getItem(written.failed.id).delete();
    await context.sync();
  }).catch(() => undefined);
  throw toHostError(written.failed.error);
}
