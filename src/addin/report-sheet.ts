/**
 * Writes the findings to a new sheet, with a link to each finding's cell. The sheet's name is
 * one no sheet has yet: the officer's sheets are never overwritten.
 */
import { renderFinding } from '../engine';
import type { Lang } from '../engine';
import type { CheckResult } from '../ui/host';
import { strings } from '../ui/strings';
import { runBatch } from './office-apis';
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
/** Formulas are written through `range.formulas`, so text must not start like one. */
const asText = (text: string): string => (/^[=+\-@]/.test(text) ? `'${text}` : text);

export function linkFormula(sheet: string, cell: string): string {
  return `=HYPERLINK("#'${sheet.replace(/'/g, "''").replace(/"/g, '""')}'!${cell}","${cell}")`;
}

export function reportRows(result: CheckResult, lang: Lang): Row[] {
  const s = strings[lang];
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
  return rows.map(pad);
}

/** Two syncs: the existing sheet names, then the new sheet and all its cells. */
export async function writeReportSheet(apis: Apis, result: CheckResult, lang: Lang): Promise<string> {
  return runBatch(apis, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const name = freeSheetName(sheets.items.map((sheet) => sheet.name));
    const sheet = sheets.add(name);
    const rows = reportRows(result, lang);
    sheet.getRangeByIndexes(0, 0, rows.length, WIDTH).formulas = rows;
    sheet.getRange('A1').format.font.bold = true;
    sheet.getRangeByIndexes(6, 0, 1, WIDTH).format.font.bold = true;
    await context.sync();
    return name;
  });
}
