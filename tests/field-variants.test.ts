import { readFileSync } from 'node:fs';
import path from 'node:path';
import { read, type CellObject, type WorkSheet, utils } from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { cellAddress, columnIndex, columnLetters, parseCellAddress } from '../src/engine/address';
import { checkWorkbook } from '../src/engine';
import type { Finding, SheetGrid } from '../src/engine/types';
import { readCsv, readWorkbook } from '../src/io';
import { alarmsAt, type Expectation, FIELD_DIR, type FieldCase, fieldCases, flags } from './field-cases';

/**
 * Each field case's kind of fault, in tables it was not written for: the same table moved on its
 * sheet and renamed, saved by Excel as CSV in an English and a Vietnamese locale, and headed with
 * the other words officers use. What must be flagged still is, and nothing else is.
 */
interface Variant {
  name: string;
  /** Whether the case's table can be made this way with its expectations still true. */
  applies: (c: FieldCase) => boolean;
  /** The sheets to check, and where each expectation's cells and sheet went. */
  make: (c: FieldCase) => Promise<{ sheets: SheetGrid[]; moved: (e: Expectation) => Expectation }>;
}

const isWorkbook = (c: FieldCase) => c.file.endsWith('.xlsx');

const fixture = (c: FieldCase) => readFileSync(path.join(FIELD_DIR, c.file));

/** Every cell 3 rows down and 1 column right, formulas' references with them; sheets renamed. */
const ROWS = 3;
const COLS = 1;
const shiftRef = (ref: string) => ref.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (_, a: string, col: string, b: string, row: string) => `${a}${columnLetters(columnIndex(col) + COLS)}${b}${Number(row) + ROWS}`);
const shiftFormula = (formula: string) => formula.replace(/("[^"]*")|(\$?[A-Z]{1,3}\$?\d+)(?![\w(!])/g, (match, quoted: string | undefined) => quoted ?? shiftRef(match));

async function viaExcelJs(c: FieldCase, change: (source: ExcelJS.Workbook) => ExcelJS.Workbook): Promise<SheetGrid[]> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.load(fixture(c) as unknown as ArrayBuffer);
  const buffer = await change(source).xlsx.writeBuffer();
  return readWorkbook(new Uint8Array(buffer as ArrayBuffer));
}

const moved: Variant = {
  name: 'moved down and right, sheets renamed',
  applies: isWorkbook,
  async make(c) {
    const names = new Map<string, string>();
    const sheets = await viaExcelJs(c, (source) => {
      const target = new ExcelJS.Workbook();
      for (const sheet of source.worksheets) {
        const name = `Bảng ${sheet.id}`;
        names.set(sheet.name, name);
        const copy = target.addWorksheet(name);
        sheet.eachRow({ includeEmpty: true }, (row, r) => {
          const to = copy.getRow(r + ROWS);
          if (row.hidden) to.hidden = true;
          row.eachCell((cell, col) => {
            if (cell.isMerged && cell.master !== cell) return;
            // A shared formula's cells each get the formula translated to them.
            const formula = cell.formula;
            const into = to.getCell(col + COLS);
            into.value = formula ? { formula: shiftFormula(formula), result: cell.result } : cell.value;
            into.style = cell.style;
          });
        });
        const merges = (sheet.model as { merges?: string[] }).merges ?? [];
        for (const merge of merges) copy.mergeCells(shiftRef(merge));
      }
      return target;
    });
    return { sheets, moved: (e) => ({ ...e, sheet: names.get(e.sheet) ?? e.sheet, cells: e.cells.map(shiftRef) }) };
  },
};

/** Header and label words replaced by others officers write for the same thing (../shared/DOMAIN.md). */
const WORDS: [RegExp, string][][] = [
  [[/\bNSTW\b/g, 'Ngân sách Trung ương'], [/\bNSĐP\b/g, 'Ngân sách địa phương'], [/^Tổng cộng$/g, 'Cộng'], [/^TỔNG CỘNG$/g, 'CỘNG'], [/^Tổng số$/g, 'Tổng'], [/^Khác$/g, 'Nguồn khác']],
  [[/\bNSTW\b/g, 'TW'], [/\bNSĐP\b/g, 'ĐP'], [/^Tổng cộng$/g, 'Tổng số'], [/Nội dung hoạt động/g, 'Nội dung']],
  [[/\bNSTW\b/g, 'Trung ương'], [/\bNSĐP\b/g, 'Tỉnh'], [/Đơn vị tính: ?/gi, 'ĐVT: '], [/Đơn vị: ?/gi, 'ĐVT: '], [/^STT$/g, 'TT']],
];

const reworded = (words: [RegExp, string][], index: number): Variant => ({
  name: `headed in other words (${index + 1})`,
  applies: isWorkbook,
  async make(c) {
    const sheets = await viaExcelJs(c, (source) => {
      source.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value === 'string') cell.value = words.reduce((text, [from, to]) => text.replace(from, to), cell.value);
          }),
        ),
      );
      return source;
    });
    return { sheets, moved: (e) => e };
  },
});

/**
 * Saved by Excel as CSV: each figure as shown (its number format applied), in an English locale
 * (`,` between fields, `1,234.5`) or a Vietnamese one (`;`, `1.234,5`). Only for one-sheet tables
 * of typed figures: a CSV keeps no formula, hidden row or second sheet, and every field is text
 * there, so a number stored as text is no longer told from the others.
 */
const savedAsCsv = (locale: 'en' | 'vi'): Variant => ({
  name: `saved as CSV by Excel (${locale})`,
  applies: (c) => {
    if (!isWorkbook(c)) return false;
    const workbook = read(fixture(c), { cellFormula: true, cellStyles: true });
    return workbook.SheetNames.length === 1 && typedFigures(workbook.Sheets[workbook.SheetNames[0]]);
  },
  async make(c) {
    const workbook = read(fixture(c), { cellNF: true });
    const sheet = workbook.Sheets[workbook.SheetNames[0]];
    const name = path.basename(c.file, '.xlsx');
    return { sheets: [readCsv(csvOf(sheet, locale), name)], moved: (e) => ({ ...e, sheet: name }) };
  },
});

/** No formula, no hidden row, and no amount stored as text (`2.231`; a footnote `(1)` or column number `3` is no amount). */
function typedFigures(sheet: WorkSheet): boolean {
  if ((sheet['!rows'] ?? []).some((row) => row?.hidden)) return false;
  return Object.keys(sheet).every((key) => {
    if (key.startsWith('!')) return true;
    const cell = sheet[key] as CellObject;
    return !cell.f && !(cell.t === 's' && /^\(?[-−]?\d+[.,]\d[\d.,]*\)?$/.test(String(cell.v).trim()));
  });
}

function csvOf(sheet: WorkSheet, locale: 'en' | 'vi'): string {
  const range = utils.decode_range(sheet['!ref']!);
  const separator = locale === 'en' ? ',' : ';';
  const lines: string[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const fields: string[] = [];
    for (let col = range.s.c; col <= range.e.c; col++) {
      const cell = sheet[utils.encode_cell({ r, c: col })] as CellObject | undefined;
      let text = cell?.t === 'n' ? (cell.w ?? String(cell.v)) : String(cell?.v ?? '');
      // The Vietnamese locale swaps the marks: a point groups thousands, a comma starts decimals.
      if (cell?.t === 'n' && locale === 'vi') text = text.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
      fields.push(text.includes(separator) || text.includes('"') || text.includes('\n') ? `"${text.replace(/"/g, '""')}"` : text);
    }
    lines.push(fields.join(separator));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

const variants: Variant[] = [moved, ...WORDS.map(reworded), savedAsCsv('en'), savedAsCsv('vi')];

describe.each(variants)('field cases $name', (variant) => {
  describe.each(fieldCases.filter(variant.applies))('$file', (c) => {
    let move: (e: Expectation) => Expectation = (e) => e;
    let findings: Finding[] = [];
    beforeAll(async () => {
      const made = await variant.make(c);
      move = made.moved;
      findings = checkWorkbook(made.sheets).findings;
    });

    it('still flags what must be flagged and nothing that must not be', () => {
      expect(c.must_flag.map(move).filter((e) => !flags(findings, e)).map((e) => `nothing at ${e.sheet}!${e.cells}`)).toEqual([]);
      expect((c.must_not_flag ?? []).map(move).flatMap((e) => alarmsAt(findings, e))).toEqual([]);
      if (c.clean) expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([]);
    });
  });
});

describe('the variants are the tables they claim to be', () => {
  it('make a CSV of the cases it can, and of no other', () => {
    const csv = variants.find((v) => v.name.includes('CSV'))!;
    // A number stored as text (13), formulas (07, 09, 10) and two sheets (12) do not survive a CSV.
    expect(fieldCases.filter(csv.applies).map((c) => c.file.slice(0, 2))).toEqual(['02', '03', '04', '05', '14']);
  });

  it('moves cells and formulas together', () => {
    expect(shiftFormula('=SUM(C5:C9)+$D$2')).toBe(`=SUM(D8:D12)+$E$5`);
    expect(parseCellAddress(shiftRef('B2'))).toEqual({ row: 4, col: 2 });
    expect(cellAddress(4, 2)).toBe('C5');
  });

  it('writes figures as Excel shows them, in each locale', () => {
    const sheet = utils.aoa_to_sheet([['Tổng', 1234.5, 'x, y']]);
    sheet.B1.z = '#,##0.0';
    sheet.B1.w = '1,234.5';
    expect(csvOf(sheet, 'en')).toBe('\ufeffTổng,"1,234.5","x, y"\r\n');
    expect(csvOf(sheet, 'vi')).toBe('\ufeffTổng;1.234,5;x, y\r\n');
  });
});
