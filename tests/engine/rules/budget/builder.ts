import { cellAddress } from '../../../../src/engine/address';
import { Decimal } from '../../../../src/engine/numbers';
import type { TestCell } from '../../grid';

/** Builds consistent budget tables of any shape, for the explainer tests and the property tests. */

export type Source = 'central' | 'local' | 'other';
export type HeaderLanguage = 'vi' | 'en' | 'ascii';

export interface BudgetShape {
  years: number[];
  sources: Source[];
  /** A per-year total column before the year's sources (`Tổng số | NSTW | NSĐP`). */
  yearTotals: boolean;
  /** A period column per source. */
  periodSources: boolean;
  /** A period total column. */
  periodTotal: boolean;
  totalOnTop: boolean;
  language: HeaderLanguage;
}

/** A project: its own amounts when it has no children, else its children's. amounts[year][source]. */
export interface ProjectSpec {
  amounts: number[][];
  children: number[][][];
}

export interface BuiltTable {
  rows: TestCell[][];
  merges: string[];
  /** Sheet rows (0-based) of the data rows, in order, and of the total row. */
  dataRows: number[];
  /** Per data row (as `dataRows`): a part's project's sheet row; undefined for a project. */
  parentRows: (number | undefined)[];
  totalRow: number;
  /** Sheet columns (0-based) of every amount column. */
  amountColumns: number[];
}

const WORDS: Record<HeaderLanguage, { year: string; total: string; period: string; sum: string; project: string; part: string; unit: string; no: string; name: string; sources: Record<Source, string> }> = {
  vi: { year: 'Năm', total: 'Tổng số', period: 'Tổng giai đoạn', sum: 'Tổng cộng', project: 'Dự án', part: 'Nội dung', unit: 'Đơn vị tính: triệu đồng', no: 'TT', name: 'Nội dung', sources: { central: 'NSTW', local: 'NSĐP', other: 'Nguồn khác' } },
  en: { year: 'Year', total: 'Total', period: 'Total for the period', sum: 'TOTAL', project: 'Project', part: 'Component', unit: 'Unit: million VND', no: 'No.', name: 'Item', sources: { central: 'Central budget', local: 'Local budget', other: 'Other sources' } },
  ascii: { year: 'Nam', total: 'Tong so', period: 'Tong giai doan', sum: 'Tong cong', project: 'Du an', part: 'Noi dung', unit: 'Don vi tinh: trieu dong', no: 'STT', name: 'Noi dung', sources: { central: 'Trung uong', local: 'Dia phuong', other: 'Khac' } },
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

export function buildBudget(shape: BudgetShape, projects: ProjectSpec[]): BuiltTable {
  const words = WORDS[shape.language];
  const header1: TestCell[] = [words.no, words.name];
  const header2: TestCell[] = [null, null];
  const merges = ['A3:A4', 'B3:B4'];
  type Column = { year?: number; source: Source | 'total' };
  const columns: Column[] = [];
  const addGroup = (title: string, group: Column[]) => {
    const left = header1.length;
    group.forEach((column, i) => {
      header1.push(i === 0 ? title : null);
      header2.push(column.source === 'total' ? words.total : words.sources[column.source]);
      columns.push(column);
    });
    if (group.length > 1) merges.push(`${cellAddress(2, left)}:${cellAddress(2, left + group.length - 1)}`);
  };
  for (const year of shape.years) {
    addGroup(`${words.year} ${year}`, [...(shape.yearTotals ? [{ year, source: 'total' as const }] : []), ...shape.sources.map((source) => ({ year, source }))]);
  }
  const period: Column[] = [...(shape.periodSources ? shape.sources.map((source) => ({ source })) : []), ...(shape.periodTotal ? [{ source: 'total' as const }] : [])];
  if (shape.years.length > 1 && period.length > 0) {
    const left = header1.length;
    addGroup(`${words.period} ${shape.years[0]}-${shape.years[shape.years.length - 1]}`, period);
    if (period.length === 1) {
      header2[left] = null;
      merges.push(`${cellAddress(2, left)}:${cellAddress(3, left)}`);
    }
  }

  /** amounts[year index][source index] → the row's cells. */
  const rowValues = (amounts: Decimal[][]): TestCell[] =>
    columns.map((column) => {
      const yearIndex = column.year === undefined ? -1 : shape.years.indexOf(column.year);
      const pick = (y: number) => (column.source === 'total' ? sum(amounts[y]) : amounts[y][shape.sources.indexOf(column.source)]);
      const value = yearIndex >= 0 ? pick(yearIndex) : sum(shape.years.map((_, y) => pick(y)));
      return value.toNumber();
    });
  const toDecimals = (amounts: number[][]) => amounts.map((year) => year.map((v) => new Decimal(v)));

  // `project`: for a part, its project's place in `body`.
  const body: { cells: TestCell[]; data: boolean; project?: number }[] = [];
  const projectTotals: Decimal[][][] = [];
  projects.forEach((project, p) => {
    const children = project.children.map(toDecimals);
    const own = children.length > 0 ? addUp(children) : toDecimals(project.amounts);
    projectTotals.push(own);
    const projectLine = body.length;
    body.push({ cells: [ROMAN[p], `${words.project} ${p + 1}`, ...rowValues(own)], data: true });
    children.forEach((child, c) => body.push({ cells: [String(c + 1), `${words.part} ${p + 1}.${c + 1}`, ...rowValues(child)], data: true, project: projectLine }));
  });
  const totalCells: TestCell[] = [null, words.sum, ...rowValues(addUp(projectTotals))];

  const rows: TestCell[][] = [[`${words.project} ${shape.years.join(', ')}`], [words.unit], header1, header2];
  const dataRows: number[] = [];
  let totalRow: number;
  if (shape.totalOnTop) {
    totalRow = rows.length;
    rows.push(totalCells);
  }
  for (const line of body) {
    dataRows.push(rows.length);
    rows.push(line.cells);
  }
  if (!shape.totalOnTop) {
    totalRow = rows.length;
    rows.push(totalCells);
  }
  const parentRows = body.map((line) => (line.project === undefined ? undefined : dataRows[line.project]));
  return { rows, merges, dataRows, parentRows, totalRow: totalRow!, amountColumns: columns.map((_, i) => i + 2) };
}

function sum(values: Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), new Decimal(0));
}

/** Element-wise sum of several [year][source] grids. */
function addUp(grids: Decimal[][][]): Decimal[][] {
  return grids[0].map((year, y) => year.map((_, s) => sum(grids.map((g) => g[y][s]))));
}
