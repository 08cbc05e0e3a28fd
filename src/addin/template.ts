/**
 * Blank tables that start right: a budget table whose totals are already formulas (row totals
 * across sources, period totals across years, the total row as SUM of the items), or an
 * indicator grid with the usual columns. Headers are the Vietnamese ones the engine reads.
 */
import { cellAddress } from '../engine';
import type { CellRange, FundingSource } from '../engine';
import { HostError } from '../ui/host';
import type { TemplateSpec } from '../ui/host';
import { runWrite } from './office-apis';
import type { Apis } from './office-apis';
import { freeSheetName } from './report-sheet';

export interface TemplateLayout {
  /** Row by row, as written to `range.formulas`. */
  cells: (string | number)[][];
  /** In sheet coordinates. */
  merges: CellRange[];
  /** Header rows, 0-based within the layout, shown bold. */
  headerRows: number[];
}

const SOURCE_HEADER: Record<FundingSource, string> = { central: 'Trung ương', local: 'Địa phương', other: 'Nguồn khác', total: 'Tổng số' };
const ITEM_NUMBERS = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

export function buildTemplate(spec: TemplateSpec, origin: { row: number; col: number }): TemplateLayout {
  return spec.kind === 'budget' ? budgetTable(spec, origin) : indicatorGrid(spec, origin);
}

function budgetTable(spec: TemplateSpec, origin: { row: number; col: number }): TemplateLayout {
  // `total` first, as in `Tổng số | Trong đó: NSTW | NSĐP`, so a year's total sits beside its sources.
  const sources: FundingSource[] = spec.sources.includes('total') ? ['total', ...spec.sources.filter((s) => s !== 'total')] : spec.sources;
  const parts = sources.filter((s) => s !== 'total');
  const groups = [...spec.years.map((year) => `Năm ${year}`), `Tổng giai đoạn ${spec.years[0]}–${spec.years[spec.years.length - 1]}`];
  const width = 2 + groups.length * sources.length;
  const col = (group: number, source: FundingSource) => origin.col + 2 + group * sources.length + sources.indexOf(source);
  const headerTop = origin.row + 1;
  const firstItem = headerTop + 2;
  const lastItem = firstItem + spec.rows - 1;
  const totalRow = lastItem + 1;
  const period = groups.length - 1;

  const formulaAt = (row: number, group: number, source: FundingSource): string | number => {
    const at = (g: number, s: FundingSource) => cellAddress(row, col(g, s));
    if (row === totalRow) return `=SUM(${cellAddress(firstItem, col(group, source))}:${cellAddress(lastItem, col(group, source))})`;
    if (source === 'total' && parts.length > 0) return `=${parts.map((s) => at(group, s)).join('+')}`;
    if (group === period) return `=${spec.years.map((_, g) => at(g, source)).join('+')}`;
    return '';
  };

  const cells: (string | number)[][] = [];
  const blank = () => Array<string | number>(width).fill('');
  const unitLine = blank();
  unitLine[width - 1] = 'Đơn vị tính: triệu đồng';
  cells.push(unitLine);
  const groupRow = blank();
  const sourceRow = blank();
  groupRow[0] = 'TT';
  groupRow[1] = 'Nội dung';
  groups.forEach((label, g) => {
    groupRow[2 + g * sources.length] = label;
    sources.forEach((s, i) => (sourceRow[2 + g * sources.length + i] = SOURCE_HEADER[s]));
  });
  cells.push(groupRow, sourceRow);
  for (let row = firstItem; row <= totalRow; row++) {
    const line = blank();
    line[0] = row === totalRow ? '' : ITEM_NUMBERS(spec.rows)[row - firstItem];
    line[1] = row === totalRow ? 'Tổng cộng' : `Nội dung ${row - firstItem + 1}`;
    groups.forEach((_, g) => sources.forEach((s) => (line[col(g, s) - origin.col] = formulaAt(row, g, s))));
    cells.push(line);
  }
  const merges: CellRange[] = [
    { top: headerTop, left: origin.col, bottom: headerTop + 1, right: origin.col },
    { top: headerTop, left: origin.col + 1, bottom: headerTop + 1, right: origin.col + 1 },
    ...(sources.length > 1 ? groups.map((_, g) => ({ top: headerTop, left: col(g, sources[0]), bottom: headerTop, right: col(g, sources[sources.length - 1]) })) : []),
  ];
  return { cells, merges, headerRows: [1, 2] };
}

function indicatorGrid(spec: TemplateSpec, origin: { row: number; col: number }): TemplateLayout {
  const first = spec.years[0];
  const header = ['TT', 'Mục tiêu, chỉ tiêu', 'Đơn vị tính', `KQ năm ${first - 1}`, ...spec.years.map((y) => `KH năm ${y}`), 'Đơn vị chủ trì'];
  const width = header.length;
  const goal = ['I', 'Mục tiêu 1', ...Array(width - 2).fill('')];
  const items = ITEM_NUMBERS(spec.rows).map((n) => [n, `Chỉ tiêu ${n}`, '%', ...Array(width - 3).fill('')]);
  return {
    cells: [header, goal, ...items],
    merges: [{ top: origin.row + 1, left: origin.col + 1, bottom: origin.row + 1, right: origin.col + width - 1 }],
    headerRows: [0],
  };
}

/**
 * Two syncs: where to put it (selection or a free sheet name, and protection), then everything
 * written; at the selection, one more between them to make sure every target cell is empty (the
 * officer's cells are never overwritten).
 */
export async function insertTemplate(apis: Apis, spec: TemplateSpec): Promise<string> {
  return runWrite(apis, async (context) => {
    const sheets = context.workbook.worksheets;
    const active = sheets.getActiveWorksheet();
    active.load('name');
    active.protection.load('protected');
    const selected = context.workbook.getSelectedRange();
    selected.load(['rowIndex', 'columnIndex']);
    sheets.load('items/name');
    await context.sync();
    let sheet: Excel.Worksheet = active;
    let sheetName = active.name;
    let origin = { row: selected.rowIndex, col: selected.columnIndex };
    if (spec.placement === 'newSheet') {
      sheetName = freeSheetName(sheets.items.map((s) => s.name), spec.kind === 'budget' ? 'Kinh phí' : 'Chỉ tiêu');
      sheet = sheets.add(sheetName);
      origin = { row: 0, col: 0 };
    } else if (active.protection.protected) {
      throw new HostError('protected', { sheet: active.name });
    }
    const layout = buildTemplate(spec, origin);
    const target = sheet.getRangeByIndexes(origin.row, origin.col, layout.cells.length, layout.cells[0].length);
    const address = `${sheetName}!${cellAddress(origin.row, origin.col)}:${cellAddress(origin.row + layout.cells.length - 1, origin.col + layout.cells[0].length - 1)}`;
    if (spec.placement === 'selection') {
      target.load('formulas');
      await context.sync();
      if (target.formulas.some((row) => row.some((cell) => cell !== ''))) throw new HostError('notEmpty', { range: address });
    }
    target.formulas = layout.cells;
    for (const merge of layout.merges) sheet.getRangeByIndexes(merge.top, merge.left, merge.bottom - merge.top + 1, merge.right - merge.left + 1).merge(false);
    for (const row of layout.headerRows) sheet.getRangeByIndexes(origin.row + row, origin.col, 1, layout.cells[0].length).format.font.bold = true;
    if (spec.placement === 'newSheet') sheet.activate();
    await context.sync();
    return address;
  });
}
