/**
 * The findings as a file the officer can attach to an email or print: CSV (opens in Excel, UTF-8
 * with a byte-order mark so the Vietnamese letters survive) or a standalone HTML page.
 */
import { formatNumber, renderFinding } from '../engine';
import type { Finding, Lang } from '../engine';
import type { CellChange } from '../io/apply-fixes';
import { fixStrings } from '../ui/fix-strings';
import { strings } from '../ui/strings';

/**
 * The CSV's field separator in each language. A Vietnamese-locale Excel (decimal `,`, thousands `.`)
 * opens a double-clicked .csv with `;` as its list separator and reads `103.486` as 103486 there; with
 * `,` it would put a whole line in one column. The English report writes `103,486` for the English
 * Excel, whose list separator is `,` (the field is quoted).
 */
export const CSV_SEPARATOR: Record<Lang, string> = { vi: ';', en: ',' };

export interface ReportInput {
  fileName: string;
  /** Findings of every sheet checked, in order. */
  findings: Finding[];
  checkedAt: Date;
  lang: Lang;
  /** Every write into the corrected copy (the audit list); none when nothing was fixed. */
  changes?: CellChange[];
}

function auditRows(input: ReportInput): string[][] {
  return (input.changes ?? []).map((c) => [c.sheet, c.cell, c.before, c.after, c.rule, c.at]);
}

function rows(input: ReportInput): string[][] {
  const t = strings[input.lang];
  const number = (plain: string | undefined) => (plain !== undefined && /^-?\d+(\.\d+)?$/.test(plain) ? formatNumber(plain, input.lang) : plain ?? '');
  return input.findings.map((finding, index) => {
    const rendered = renderFinding(finding, input.lang);
    return [
      String(index + 1),
      t.severity[finding.severity],
      finding.sheet,
      finding.cell,
      rendered.message,
      number(finding.expected),
      number(finding.actual),
      number(finding.difference),
      rendered.explanation ?? '',
    ];
  });
}

function headers(lang: Lang): string[] {
  const [no, severity, ...rest] = strings[lang].reportSheet.headers;
  return [no, severity, strings[lang].reportSheet.sheet, ...rest];
}

/** The report as CSV in the officer's language: `;`-separated in Vietnamese, `,` in English (CSV_SEPARATOR). */
export function reportCsv(input: ReportInput): string {
  const separator = CSV_SEPARATOR[input.lang];
  // Quoted only where the field holds the separator, a quote or a line break (RFC 4180).
  const quote = (field: string) => (field.includes(separator) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  const audit = auditRows(input);
  const auditLines = audit.length > 0 ? [[], [fixStrings[input.lang].audit.title], [...fixStrings[input.lang].audit.headers], ...audit] : [];
  const lines = [headers(input.lang), ...rows(input), ...auditLines].map((fields) => fields.map(quote).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);

export function reportHtml(input: ReportInput, title: string): string {
  const t = strings[input.lang].reportSheet;
  const body = rows(input);
  const table = body.length
    ? `<table><thead><tr>${headers(input.lang).map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>` +
      `<tbody>${body.map((r) => `<tr>${r.map((f) => `<td>${escapeHtml(f)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
    : `<p>${escapeHtml(t.none)}</p>`;
  const audit = auditRows(input);
  const a = fixStrings[input.lang].audit;
  const auditTable = audit.length
    ? `<h2>${escapeHtml(a.title)}</h2><table><thead><tr>${a.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>` +
      `<tbody>${audit.map((r) => `<tr>${r.map((f) => `<td>${escapeHtml(f)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
    : '';
  return `<!doctype html>
<html lang="${input.lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:"Segoe UI",Arial,sans-serif;margin:2rem}table{border-collapse:collapse}th,td{border:1px solid #999;padding:4px 8px;vertical-align:top;text-align:left}th{background:#eee}</style>
</head><body><h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t.workbook)}: ${escapeHtml(input.fileName)}<br>${escapeHtml(t.checkedAt)}: ${escapeHtml(input.checkedAt.toLocaleString(input.lang === 'vi' ? 'vi-VN' : 'en-GB'))}</p>
${table}
${auditTable}
</body></html>
`;
}

/** Hands a file to the browser's download, without any server. */
export function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
