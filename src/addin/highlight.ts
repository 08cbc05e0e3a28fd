/**
 * Marks flagged cells with conditional formats the add-in adds (one per cell, its rule a
 * formula that is always true and carries a marker), so the officer's own fills, borders and
 * conditional formats are never touched. Removing the marks deletes exactly the formats
 * whose rule carries the marker — not by id: Office.js documents ConditionalFormat.id as
 * "the priority of the conditional format in the current collection", which shifts when
 * formats are added or deleted.
 */
import type { Finding, Severity } from '../engine';
import { HostError } from '../ui/host';
import type { HighlightMarks } from './journal';
import { runBatch } from './office-apis';
import type { Apis } from './office-apis';

export const MARKER_FORMULA = '=ISTEXT("SoatBieu")';
const MARKER = 'SoatBieu';

export const FILL: Record<Severity, string> = { error: '#F4B6B6', warning: '#FFE08A', info: '#BFDDF5' };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Each flagged cell once, at the gravest severity flagged there. */
export function cellsBySeverity(findings: Finding[]): Map<string, Severity> {
  const cells = new Map<string, Severity>();
  for (const finding of findings) {
    const current = cells.get(finding.cell);
    if (!current || RANK[finding.severity] > RANK[current]) cells.set(finding.cell, finding.severity);
  }
  return cells;
}

/**
 * Brings the marks on one sheet in line with the findings, touching only cells whose mark
 * changes: nothing changed takes no sync; only additions take one; removals take two (the
 * add-in's formats on those cells are found, then deleted with the additions).
 */
export async function updateMarks(apis: Apis, sheetName: string, previous: HighlightMarks | undefined, findings: Finding[]): Promise<HighlightMarks> {
  const wanted = cellsBySeverity(findings.filter((f) => f.sheet === sheetName));
  const had = new Map((previous?.cells ?? []).map((m) => [m.cell, m.severity]));
  const remove = [...had].filter(([cell, severity]) => wanted.get(cell) !== severity).map(([cell]) => cell);
  const add = [...wanted].filter(([cell, severity]) => had.get(cell) !== severity);
  const marks: HighlightMarks = { sheet: sheetName, cells: [...wanted].map(([cell, severity]) => ({ cell, severity })) };
  if (remove.length === 0 && add.length === 0) return marks;
  await runBatch(apis, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    if (remove.length > 0) {
      const collections = remove.map((cell) => loadFormats(sheet, cell));
      await context.sync();
      collections.forEach(deleteOwn);
    }
    for (const [cell, severity] of add) {
      const format = sheet.getRange(cell).conditionalFormats.add('Custom');
      format.custom.rule.formula = MARKER_FORMULA;
      format.custom.format.fill.color = FILL[severity];
    }
    await context.sync();
  });
  return marks;
}

function loadFormats(sheet: Excel.Worksheet, cell: string): Excel.ConditionalFormatCollection {
  const formats = sheet.getRange(cell).conditionalFormats;
  formats.load('items/type,items/customOrNullObject/rule/formula');
  return formats;
}

/** Deletes the add-in's formats in a loaded collection; the officer's own are left alone. */
function deleteOwn(formats: Excel.ConditionalFormatCollection): void {
  for (const format of formats.items) {
    if (format.type === 'Custom' && !format.customOrNullObject.isNullObject && format.customOrNullObject.rule.formula.includes(MARKER)) format.delete();
  }
}

/**
 * Finds the add-in's formats on the marked cells (one sync), then deletes them (one sync).
 * Marks on a sheet the officer has since deleted went with it: when a sheet is missing, the
 * sheets are listed and the removal runs again on those still there.
 */
export async function removeMarks(apis: Apis, marks: HighlightMarks[]): Promise<void> {
  try {
    await removeFrom(apis, marks);
  } catch (error) {
    if (!(error instanceof HostError && error.code === 'unexpected')) throw error;
    const names = await runBatch(apis, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return new Set(sheets.items.map((sheet) => sheet.name.toLocaleLowerCase()));
    });
    const kept = marks.filter((mark) => names.has(mark.sheet.toLocaleLowerCase()));
    if (kept.length === marks.length) throw error;
    await removeFrom(apis, kept);
  }
}

async function removeFrom(apis: Apis, marks: HighlightMarks[]): Promise<void> {
  const targets = marks.filter((m) => m.cells.length > 0);
  if (targets.length === 0) return;
  await runBatch(apis, async (context) => {
    const collections = targets.flatMap((mark) => {
      const sheet = context.workbook.worksheets.getItem(mark.sheet);
      return mark.cells.map(({ cell }) => loadFormats(sheet, cell));
    });
    await context.sync();
    collections.forEach(deleteOwn);
    await context.sync();
  });
}
