/**
 * Realistic plan workbooks of any size, built with exceljs: multi-year budget tables and indicator
 * grids shaped like the fixtures. Used by the benchmark and by the CLI tests' large-sheet cases.
 */
import ExcelJS from 'exceljs';

const SOURCES = ['Trung ương', 'Địa phương', 'Khác'];

export interface BudgetShape {
  sheets: number;
  tablesPerSheet: number;
  /** `I`, `II`... per table. */
  projects: number;
  /** `1`, `2`... per project. */
  parts: number;
  /** `1.1`, `1.2`... per part. */
  activities: number;
  firstYear: number;
  years: number;
}

/** A deterministic pseudo-random sequence, so every run measures the same workbook. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `4` → `IV`: the numbers of goals and projects. */
export function roman(n: number): string {
  const numerals: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of numerals) for (; n >= value; n -= value) out += letters;
  return out;
}

function columnLetter(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Budget tables, several per sheet one under another: title, unit line, a two-row header (years merged
 * over Trung ương / Địa phương / Khác, then the period totals per source), a column-number row, then
 * projects `I`, `II`... made of parts `1`, `2`... made of activities `1.1`, `1.2`... Project and part
 * rows are SUM formulas over their children, period totals are formulas over the years; `Cộng` sums the
 * projects and `Tổng cộng` gives per-year grand totals merged over the year's source columns. Every
 * total holds its correct value, so a correct checker reports no error.
 */
export function buildBudgetWorkbook(shape: BudgetShape): { workbook: ExcelJS.Workbook; numericCells: number } {
  const workbook = new ExcelJS.Workbook();
  const table = new BudgetTableWriter(shape, random(2026));
  for (let s = 1; s <= shape.sheets; s++) {
    const sheet = workbook.addWorksheet(`Kinh phí ${s}`);
    let row = 1;
    for (let t = 1; t <= shape.tablesPerSheet; t++) row = table.write(sheet, row, `${s}.${t}`) + 3;
  }
  return { workbook, numericCells: table.numericCells };
}

class BudgetTableWriter {
  numericCells = 0;
  private readonly yearColumns: number;
  private readonly lastCol: number;

  constructor(
    private readonly shape: BudgetShape,
    private readonly next: () => number,
  ) {
    this.yearColumns = shape.years * SOURCES.length;
    this.lastCol = 2 + this.yearColumns + SOURCES.length;
  }

  /** Writes one table from `top`; returns its last row. */
  write(sheet: ExcelJS.Worksheet, top: number, label: string): number {
    const { shape, lastCol } = this;
    const lastYear = shape.firstYear + shape.years - 1;
    sheet.getCell(top, 1).value = `KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN ${shape.firstYear}-${lastYear} (BIỂU ${label})`;
    sheet.mergeCells(top, 1, top, lastCol);
    sheet.getCell(top + 1, 1).value = 'Đơn vị tính: triệu đồng';
    sheet.mergeCells(top + 1, 1, top + 1, lastCol);
    const header = top + 2;
    sheet.getCell(header, 1).value = 'TT';
    sheet.getCell(header, 2).value = 'Nội dung';
    sheet.mergeCells(header, 1, header + 1, 1);
    sheet.mergeCells(header, 2, header + 1, 2);
    for (let y = 0; y <= shape.years; y++) {
      const left = 3 + y * SOURCES.length;
      sheet.getCell(header, left).value = y < shape.years ? `Năm ${shape.firstYear + y}` : `Tổng cộng giai đoạn ${shape.firstYear}-${lastYear}`;
      sheet.mergeCells(header, left, header, left + SOURCES.length - 1);
      SOURCES.forEach((source, i) => (sheet.getCell(header + 1, left + i).value = source));
    }
    const numbersRow = sheet.getRow(header + 2);
    for (let c = 1; c <= lastCol; c++) numbersRow.getCell(c).value = String(c);

    let row = header + 3;
    const projectRows: number[] = [];
    const totals = new Array<number>(this.yearColumns).fill(0);
    for (let p = 1; p <= shape.projects; p++) {
      const projectRow = row++;
      projectRows.push(projectRow);
      const partRows: number[] = [];
      const projectSums = new Array<number>(this.yearColumns).fill(0);
      for (let k = 1; k <= shape.parts; k++) {
        const partRow = row++;
        partRows.push(partRow);
        const partSums = new Array<number>(this.yearColumns).fill(0);
        for (let a = 1; a <= shape.activities; a++) {
          const amounts = this.activityAmounts();
          amounts.forEach((amount, i) => (partSums[i] += amount));
          this.writeRow(sheet.getRow(row), row, `${k}.${a}`, `Hoạt động ${p}.${k}.${a}`, amounts, () => undefined);
          row++;
        }
        partSums.forEach((sum, i) => (projectSums[i] += sum));
        this.writeRow(sheet.getRow(partRow), partRow, String(k), `Nội dung ${k} của dự án ${p}`, partSums, (col) => `SUM(${col}${partRow + 1}:${col}${row - 1})`);
      }
      projectSums.forEach((sum, i) => (totals[i] += sum));
      this.writeRow(sheet.getRow(projectRow), projectRow, roman(p), `Dự án ${p}`, projectSums, (col) => partRows.map((r) => `${col}${r}`).join('+'));
    }
    this.writeRow(sheet.getRow(row), row, '', 'Cộng', totals, (col) => projectRows.map((r) => `${col}${r}`).join('+'));
    const grand = sheet.getRow(row + 1);
    grand.getCell(2).value = 'Tổng cộng';
    for (let y = 0; y <= shape.years; y++) {
      const left = 3 + y * SOURCES.length;
      const values = y < shape.years ? totals.slice(y * SOURCES.length, (y + 1) * SOURCES.length) : this.periodTotals(totals);
      grand.getCell(left).value = values.reduce((a, b) => a + b, 0);
      sheet.mergeCells(row + 1, left, row + 1, left + SOURCES.length - 1);
      this.numericCells++;
    }
    return row + 1;
  }

  /** Central money every year, local most years, other now and then, as in real plans; 0 = blank. */
  private activityAmounts(): number[] {
    const amounts: number[] = [];
    for (let i = 0; i < this.yearColumns; i++) {
      const source = i % SOURCES.length;
      const present = source === 0 || this.next() < (source === 1 ? 0.8 : 0.3);
      amounts.push(present ? Math.round(this.next() * 500) : 0);
    }
    return amounts;
  }

  private periodTotals(amounts: number[]): number[] {
    return SOURCES.map((_, source) => {
      let total = 0;
      for (let y = 0; y < this.shape.years; y++) total += amounts[y * SOURCES.length + source];
      return total;
    });
  }

  /**
   * One row: its amounts (typed, or as the formula `formulaFor(column)` with the amount as cached
   * result), then the period total of each source as a formula over the years.
   */
  private writeRow(row: ExcelJS.Row, rowNumber: number, number: string, name: string, amounts: number[], formulaFor: (col: string) => string | undefined): void {
    if (number) row.getCell(1).value = number;
    row.getCell(2).value = name;
    amounts.forEach((amount, i) => {
      const formula = formulaFor(columnLetter(3 + i));
      if (formula) row.getCell(3 + i).value = { formula, result: amount, date1904: false };
      else if (amount !== 0) row.getCell(3 + i).value = amount;
      else return; // a source that gives nothing that year is left blank, as officers do
      this.numericCells++;
    });
    this.periodTotals(amounts).forEach((total, source) => {
      const terms: string[] = [];
      for (let y = 0; y < this.shape.years; y++) terms.push(`${columnLetter(3 + y * SOURCES.length + source)}${rowNumber}`);
      row.getCell(3 + this.yearColumns + source).value = { formula: terms.join('+'), result: total, date1904: false };
      this.numericCells++;
    });
  }
}

/**
 * An indicator grid: TT / Chỉ tiêu / ĐVT / KQ năm 2025 / KH năm 2026 / Đơn vị chủ trì, goals `I`, `II`...
 * with indicators `1`, `2` and sub-indicators `1.1`, `1.2`; values as numbers and as Vietnamese text numbers.
 */
export function buildIndicatorWorkbook(rows: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Chỉ tiêu');
  const next = random(2025);
  sheet.getCell(1, 1).value = 'CHỈ TIÊU KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI NĂM 2026';
  sheet.mergeCells(1, 1, 1, 6);
  ['TT', 'Chỉ tiêu', 'ĐVT', 'KQ năm 2025', 'KH năm 2026', 'Đơn vị chủ trì'].forEach((header, i) => (sheet.getCell(2, i + 1).value = header));
  let goal = 0;
  let indicator = 0;
  let sub = 0;
  for (let r = 3; r < 3 + rows; r++) {
    const row = sheet.getRow(r);
    const offset = r - 3;
    if (offset % 50 === 0) {
      goal++;
      indicator = 0;
      row.getCell(1).value = roman(goal);
      row.getCell(2).value = `Mục tiêu ${goal}: Tăng cường bình đẳng giới trong lĩnh vực ${goal}`;
      sheet.mergeCells(r, 2, r, 6);
      continue;
    }
    const isSub = indicator > 0 && next() < 0.5;
    if (isSub) sub++;
    else {
      indicator++;
      sub = 0;
    }
    const baseline = Math.round(next() * 9000) / 100;
    const target = Math.min(100, Math.round((baseline + next() * 5) * 100) / 100);
    row.getCell(1).value = isSub ? `${indicator}.${sub}` : String(indicator);
    row.getCell(2).value = `Tăng tỷ lệ nữ tham gia ${isSub ? 'cấp' : 'lĩnh vực'} ${indicator}${isSub ? `.${sub}` : ''} lên ít nhất`;
    row.getCell(3).value = '%';
    // One value in five typed as a Vietnamese text number, as grids pasted from Word have them.
    row.getCell(4).value = next() < 0.2 ? String(baseline).replace('.', ',') : baseline;
    row.getCell(5).value = target;
    row.getCell(6).value = `Sở ${goal % 7 === 0 ? 'Nội vụ' : 'Lao động - Thương binh và Xã hội'}`;
  }
  return workbook;
}
