/**
 * Marks flagged cells with conditional formats the add-in adds, so the officer's own fills,
 * borders and conditional formats are never touched. Each format's rule is an always-true formula
 * carrying a marker and the severity it shows (`=ISTEXT("SoatBieu:error")`); the add-in finds its
 * formats by that marker wherever they now are — after a sheet rename, rows inserted or moved, or
 * the workbook reopened — never by a remembered address or id (Office.js documents
 * ConditionalFormat.id as the format's priority, which shifts). One format per severity covers
 * all its cells (one per run of cells below ExcelApi 1.9), not one per cell.
 */
import type { Finding, Severity } from '../engine';
import { parseCellAddress, rangeAddress } from '../engine';
import type { CellRange } from '../engine';
import { runWrite, supports } from './office-apis';
import type { Apis } from './office-apis';

const MARKER = 'SoatBieu';
export const markerFormula = (severity: Severity) => `=ISTEXT("${MARKER}:${severity}")`;

export const FILL: Record<Severity, string> = { error: '#F4B6B6', warning: '#FFE08A', info: '#BFDDF5' };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
/** Areas per format: keeps one address list well inside what Excel accepts in one call. */
const AREAS_PER_FORMAT = 200;

/** Each flagged cell once, at the gravest severity flagged there. */
export function cellsBySeverity(findings: Finding[]): Map<string, Severity> {
  const cells = new Map<string, Severity>();
  for (const finding of findings) {
    const current = cells.get(finding.cell);
    if (!current || RANK[finding.severity] > RANK[current]) cells.set(finding.cell, finding.severity);
  }
  return cells;
}

/** Cells as runs down a column (a flagged total column is one range, not one per row). */
export function runsOf(cells: string[]): CellRange[] {
  const points = cells.map((c) => parseCellAddress(c)!).sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: CellRange[] = [];
  for (const p of points) {
    const last = runs[runs.length - 1];
    if (last && last.left === p.col && last.bottom + 1 === p.row) last.bottom = p.row;
    else if (!last || last.left !== p.col || last.bottom !== p.row) runs.push({ top: p.row, left: p.col, bottom: p.row, right: p.col });
  }
  return runs;
}

/**
 * Removes every mark the add-in left in the workbook, on every sheet it may change, then marks the
 * findings' cells on `sheetName` (none when `findings` is null). Four syncs: the sheets, their
 * protection, their formats, the deletions and additions together.
 */
export async function setMarks(apis: Apis, sheetName: string | undefined, findings: Finding[] | null): Promise<void> {
  const wanted = findings && sheetName ? cellsBySeverity(findings.filter((f) => f.sheet === sheetName)) : new Map<string, Severity>();
  await runWrite(apis, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    // A protected sheet refuses format changes: its marks cannot go, and trying would fail the whole batch.
    sheets.items.forEach((sheet) => sheet.protection.load('protected'));
    await context.sync();
    const collections = sheets.items.filter((sheet) => !sheet.protection.protected).map((sheet) => {
      const formats = sheet.getRange().conditionalFormats;
      formats.load('items/type,items/customOrNullObject/rule/formula');
      return formats;
    });
    await context.sync();
    for (const formats of collections) {
      for (const format of formats.items) {
        if (format.type === 'Custom' && !format.customOrNullObject.isNullObject && format.customOrNullObject.rule.formula.includes(MARKER)) format.delete();
      }
    }
    if (sheetName && wanted.size > 0) {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const multiArea = supports(apis, '1.9');
      for (const severity of ['info', 'warning', 'error'] as Severity[]) {
        const runs = runsOf([...wanted].filter(([, s]) => s === severity).map(([cell]) => cell));
        const groups = multiArea ? chunk(runs.map(rangeAddress), AREAS_PER_FORMAT).map((areas) => sheet.getRanges(areas.join(','))) : runs.map((run) => sheet.getRange(rangeAddress(run)));
        for (const target of groups) {
          const format = target.conditionalFormats.add('Custom');
          format.custom.rule.formula = markerFormula(severity);
          format.custom.format.fill.color = FILL[severity];
        }
      }
    }
    await context.sync();
  });
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
