import { renderFinding, renderNotice } from '../engine';
import type { Finding, Lang, Notice, Report, TableSummary } from '../engine/types';
import type { CheckedFile } from './checked-file';

/**
 * The stable JSON contract other tools read. Findings lead with `rule`, `severity`, `sheet`, `cell`,
 * `cells`, `expected`, `actual`, `message`, `explanation` (texts rendered in the chosen language;
 * `expected`/`actual` null when the rule has none), then every other Finding field; the engine's
 * structured explanation is kept as `explanationId` + `explanationParams`.
 */
export interface JsonReport {
  file: string;
  tables: TableSummary[];
  findings: JsonFinding[];
  notices: JsonNotice[];
  summary: Report['summary'];
}

export type JsonFinding = Omit<Finding, 'expected' | 'actual' | 'explanation'> & {
  expected: string | null;
  actual: string | null;
  message: string;
  explanation: string | null;
  explanationId?: string;
  explanationParams?: Finding['params'];
};

export type JsonNotice = Notice & { message: string };

export function toJsonReport({ file, report }: CheckedFile, lang: Lang): JsonReport {
  return {
    file,
    tables: report.tables,
    findings: report.findings.map((finding) => toJsonFinding(finding, lang)),
    notices: report.notices.map((notice) => ({ ...notice, message: renderNotice(notice, lang) })),
    summary: report.summary,
  };
}

function toJsonFinding(finding: Finding, lang: Lang): JsonFinding {
  const rendered = renderFinding(finding, lang);
  const { rule, severity, sheet, cell, cells, expected, actual, explanation, ...rest } = finding;
  const json: JsonFinding = {
    rule,
    severity,
    sheet,
    cell,
    cells,
    expected: expected ?? null,
    actual: actual ?? null,
    message: rendered.message,
    explanation: rendered.explanation ?? null,
    ...rest,
  };
  if (explanation) {
    json.explanationId = explanation.messageId;
    json.explanationParams = explanation.params;
  }
  return json;
}

/** One file → its object; several files (the samples) → an array of them. */
export function formatJson(files: CheckedFile[], lang: Lang): string {
  const reports = files.map((file) => toJsonReport(file, lang));
  return JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2);
}
