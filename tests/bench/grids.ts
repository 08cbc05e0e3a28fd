/**
 * The benchmark's scaling cases (issue 11, "Linear everywhere"), built as SheetGrids in memory so the
 * engine can be timed at any size without a reader in the way, and written to .xlsx by streaming
 * (rows committed as they go) so the reader can be timed on the same sheet.
 */
import ExcelJS from 'exceljs';
import type { Cell, CellRange, SheetGrid } from '../../src/engine/types';
import { roman } from './generate';

export type ScalingCase = 'flat' | 'flatSlip' | 'merges' | 'sheetRows';

export const SCALING_CASES: Record<ScalingCase, { title: string; unit: string; sizes: [number, number] }> = {
  flat: { title: 'Flat table: one parent, many items', unit: 'items', sizes: [2_000, 20_000] },
  flatSlip: { title: 'Flat table with one wrong amount', unit: 'items', sizes: [2_000, 20_000] },
  merges: { title: 'Indicator grid, one two-cell merge per row', unit: 'merged areas', sizes: [1_000, 10_000] },
  sheetRows: { title: 'Budget table filling a whole sheet', unit: 'rows', sizes: [104_858, 1_048_576] },
};

/** A deterministic pseudo-random sequence, so every run measures the same sheet. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FORMAT = '#,##0';
const amount = (value: number): Cell => ({ value, numberFormat: FORMAT });
const text = (value: string): Cell => ({ value });

/** One year, `Tổng số | NSTW | NSĐP` under `Năm 2025`: the rows a flat or deep table is made of. */
function budgetHeader(title: string): { cells: (Cell | undefined)[][]; merges: CellRange[] } {
  return {
    cells: [
      [text(title)],
      [text('Đơn vị tính: triệu đồng')],
      [text('TT'), text('Nội dung'), text('Năm 2025')],
      [undefined, undefined, text('Tổng số'), text('NSTW'), text('NSĐP')],
    ],
    merges: [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 4 },
    ],
  };
}

/** Central and local amounts of one item, 0 = blank. */
function itemAmounts(next: () => number): [number, number] {
  const central = 1 + Math.floor(next() * 900);
  const local = next() < 0.7 ? 1 + Math.floor(next() * 500) : 0;
  return [central, local];
}

function amountRow(number: string, label: string, central: number, local: number): (Cell | undefined)[] {
  return [text(number), text(label), amount(central + local), amount(central), local ? amount(local) : undefined];
}

/**
 * `Tổng cộng`, then project `I` and its `items` activities `1`, `2`, … (every total typed and right).
 * With `slip`, one central amount in the middle has two digits swapped, so the item's row total, the
 * project and `Tổng cộng` disagree with it: one root cause and its consequences.
 */
export function flatBudgetGrid(items: number, slip = false): SheetGrid {
  const next = random(items);
  const { cells, merges } = budgetHeader(`KINH PHÍ DỰ ÁN NĂM 2025 (${items} HOẠT ĐỘNG)`);
  const rows: (Cell | undefined)[][] = [];
  let central = 0;
  let local = 0;
  for (let i = 1; i <= items; i++) {
    const [c, l] = itemAmounts(next);
    central += c;
    local += l;
    rows.push(amountRow(String(i), `Hoạt động ${i}`, c, l));
  }
  cells.push(amountRow('', 'Tổng cộng', central, local), amountRow('I', 'Dự án 1', central, local), ...rows);
  if (slip) {
    const cell = cells[cells.length - Math.floor(items / 2)]![3]!;
    const value = cell.value as number;
    const swapped = Number(String(value).replace(/^(\d)(\d)/, '$2$1'));
    // Two digits swapped; where they are the same digit (or there is one), a difference of 9 all the same.
    cell.value = swapped !== value ? swapped : value + 9;
  }
  return { name: 'Kinh phí', origin: { row: 0, col: 0 }, cells, merges };
}

/**
 * An indicator grid where every indicator's name is merged over two columns (B:C), as grids pasted
 * from Word have them, and every 50th row is a goal merged across: about one merged area per row.
 * `merges` is the number of two-cell merges.
 */
export function indicatorMergesGrid(merges: number): SheetGrid {
  const next = random(merges);
  const cells: (Cell | undefined)[][] = [
    [text('CHỈ TIÊU KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI NĂM 2026')],
    [text('TT'), text('Chỉ tiêu'), undefined, text('ĐVT'), text('KQ năm 2025'), text('KH năm 2026'), text('Đơn vị chủ trì')],
  ];
  const areas: CellRange[] = [{ top: 0, left: 0, bottom: 0, right: 6 }, { top: 1, left: 1, bottom: 1, right: 2 }];
  let goal = 0;
  let indicator = 0;
  for (let made = 0; made < merges; ) {
    const r = cells.length;
    if ((r - 2) % 50 === 0) {
      goal++;
      indicator = 0;
      cells.push([text(roman(goal)), text(`Mục tiêu ${goal}: Tăng cường bình đẳng giới trong lĩnh vực ${goal}`)]);
      areas.push({ top: r, left: 1, bottom: r, right: 6 });
      continue;
    }
    indicator++;
    const baseline = Math.round(next() * 9000) / 100;
    const target = Math.min(100, Math.round((baseline + next() * 5) * 100) / 100);
    cells.push([text(String(indicator)), text(`Tăng tỷ lệ nữ tham gia lĩnh vực ${goal}.${indicator} lên ít nhất`), undefined, text('%'), { value: baseline }, { value: target }, text('Sở Lao động - Thương binh và Xã hội')]);
    areas.push({ top: r, left: 1, bottom: r, right: 2 });
    made++;
  }
  return { name: 'Chỉ tiêu', origin: { row: 0, col: 0 }, cells, merges: areas };
}

/**
 * A budget table `rows` rows tall (a whole sheet at 1,048,576): `Tổng cộng`, then parts `1`, `2`, …
 * each the sum of its 10 activities `k.1` … `k.10`, every total typed and right.
 */
export function sheetRowsBudgetGrid(rows: number): SheetGrid {
  const next = random(rows);
  const { cells, merges } = budgetHeader(`KINH PHÍ THỰC HIỆN NĂM 2025`);
  const totalRow = cells.push([]) - 1;
  let central = 0;
  let local = 0;
  for (let part = 1; cells.length + 1 < rows; part++) {
    const partRow = cells.push([]) - 1;
    let partCentral = 0;
    let partLocal = 0;
    for (let a = 1; a <= 10 && cells.length < rows; a++) {
      const [c, l] = itemAmounts(next);
      partCentral += c;
      partLocal += l;
      cells.push(amountRow(`${part}.${a}`, `Hoạt động ${part}.${a}`, c, l));
    }
    cells[partRow] = amountRow(String(part), `Nội dung ${part}`, partCentral, partLocal);
    central += partCentral;
    local += partLocal;
  }
  cells[totalRow] = amountRow('', 'Tổng cộng', central, local);
  return { name: 'Kinh phí', origin: { row: 0, col: 0 }, cells, merges };
}

export function scalingGrid(kind: ScalingCase, size: number): SheetGrid {
  switch (kind) {
    case 'flat':
      return flatBudgetGrid(size);
    case 'flatSlip':
      return flatBudgetGrid(size, true);
    case 'merges':
      return indicatorMergesGrid(size);
    case 'sheetRows':
      return sheetRowsBudgetGrid(size);
  }
}

/** Writes a grid to .xlsx row by row (exceljs's streaming writer), so a whole sheet fits in memory. */
export async function writeGrid(grid: SheetGrid, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(grid.name);
  const mergesByRow = new Map<number, CellRange[]>();
  for (const m of grid.merges) mergesByRow.set(m.top, [...(mergesByRow.get(m.top) ?? []), m]);
  let holdUntil = -1;
  for (let r = 0; r < grid.cells.length; r++) {
    const line = grid.cells[r] ?? [];
    const row = sheet.getRow(r + 1);
    line.forEach((cell, c) => {
      if (!cell) return;
      const target = row.getCell(c + 1);
      target.value = cell.formula ? { formula: cell.formula, result: cell.value as number, date1904: false } : (cell.value as ExcelJS.CellValue);
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    });
    // A merge is written before any of its rows is committed (committing a row commits those above).
    for (const m of mergesByRow.get(r) ?? []) {
      sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      holdUntil = Math.max(holdUntil, m.bottom);
    }
    if (r >= holdUntil) row.commit();
  }
  sheet.commit();
  await workbook.commit();
}
