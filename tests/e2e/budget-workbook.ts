/**
 * The budget-table benchmark workbook for the page: years × sources columns (5 years of Trung ương /
 * Địa phương / Khác, then the period totals per source), projects `I`… with parts `1`… and
 * activities `1.1`…, a `Cộng` row; every total right except the one mistake the caller asks for.
 * Written here rather than shared, so the page's figures do not move when the CLI benchmark changes.
 */
import ExcelJS from 'exceljs';

const SOURCES = ['Trung ương', 'Địa phương', 'Khác'];
const YEARS = [2021, 2022, 2023, 2024, 2025];
const AMOUNT_COLUMNS = YEARS.length * SOURCES.length + SOURCES.length;

function roman(n: number): string {
  const numerals: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of numerals) for (; n >= value; n -= value) out += letters;
  return out;
}

/** Amounts per year × source, then the period total of each source. */
function withPeriodTotals(amounts: number[]): number[] {
  const totals = SOURCES.map((_, s) => YEARS.reduce((sum, _y, y) => sum + amounts[y * SOURCES.length + s], 0));
  return [...amounts, ...totals];
}

const add = (a: number[], b: number[]) => a.map((x, i) => x + b[i]);

export interface BudgetWorkbook {
  bytes: Uint8Array;
  numericCells: number;
  /** A1 address of the `Cộng` cell made 20 short. */
  mistake: string;
}

export async function budgetWorkbook(projects: number, parts: number, activities: number): Promise<BudgetWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kinh phí');
  const lastCol = 2 + AMOUNT_COLUMNS;
  sheet.getCell(1, 1).value = `KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN ${YEARS[0]}-${YEARS[YEARS.length - 1]}`;
  sheet.mergeCells(1, 1, 1, lastCol);
  sheet.getCell(2, 1).value = 'Đơn vị tính: triệu đồng';
  sheet.getCell(3, 1).value = 'TT';
  sheet.getCell(3, 2).value = 'Nội dung';
  sheet.mergeCells(3, 1, 4, 1);
  sheet.mergeCells(3, 2, 4, 2);
  [...YEARS.map((y) => `Năm ${y}`), 'Tổng giai đoạn'].forEach((title, group) => {
    const left = 3 + group * SOURCES.length;
    sheet.getCell(3, left).value = title;
    sheet.mergeCells(3, left, 3, left + SOURCES.length - 1);
    SOURCES.forEach((source, s) => (sheet.getCell(4, left + s).value = source));
  });

  let seed = 2026;
  const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  let numericCells = 0;
  let row = 5;
  const put = (at: number, number: string, label: string, values: number[]) => {
    const r = sheet.getRow(at);
    r.getCell(1).value = number;
    r.getCell(2).value = label;
    values.forEach((value, i) => (r.getCell(3 + i).value = value));
    numericCells += values.length;
  };

  let grand = new Array<number>(AMOUNT_COLUMNS).fill(0);
  for (let p = 1; p <= projects; p++) {
    const projectRow = row++;
    let projectSum = new Array<number>(AMOUNT_COLUMNS).fill(0);
    for (let q = 1; q <= parts; q++) {
      const partRow = row++;
      let partSum = new Array<number>(AMOUNT_COLUMNS).fill(0);
      for (let a = 1; a <= activities; a++) {
        const amounts = withPeriodTotals(YEARS.flatMap(() => SOURCES.map((_, s) => (s === 0 || next() < 0.5 ? Math.round(next() * 500) : 0))));
        put(row++, `${q}.${a}`, `Hoạt động ${p}.${q}.${a}`, amounts);
        partSum = add(partSum, amounts);
      }
      put(partRow, String(q), `Nội dung ${q}`, partSum);
      projectSum = add(projectSum, partSum);
    }
    put(projectRow, roman(p), `Dự án ${p}`, projectSum);
    grand = add(grand, projectSum);
  }
  grand[0] -= 20;
  put(row, '', 'Cộng', grand);
  const written = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(written as ArrayBuffer), numericCells, mistake: `C${row}` };
}
