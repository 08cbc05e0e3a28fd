import { parseRangeAddress, rangeAddress } from '../address';
import { cellIndexOf } from '../cell-index';
import { conventionTold, isFootnoteMarker, readText } from '../numbers';
import { fold, hasPhrase } from '../text';
import { keepShapes } from '../shapes';
import type { CellRange, ColumnInfo, NumberConvention, RowInfo, SheetGrid, TableKind, TableModel, TableOverride, TableUnit } from '../types';
import { noteAmountsBelow } from './notes';
import { combinationColumns, headerIdentities, quotientColumns, readColumnNumbers, statedIdentities, statedProducts, statedRatios } from './column-identities';
import { classify, columnFromHeader, keptColumn, settleColumns } from './columns';
import { differenceIdentities } from './difference-identities';
import { headerBlockAt, headerPath, isColumnNumberRow, isHeaderRow, type HeaderBlock } from './header';
import { factorOf, HEADER_WORDS, moneyUnitOf } from './keywords';
import { parseNumbering } from './numbering';
import { readRows } from './rows';
import { SheetView } from './sheet-view';
import { unitColumnTexts, unitKindOf } from './unit-kind';

const LOOK_ABOVE = 6;
const FOOTER = /^(ghi chu|nguoi lap|noi nhan|tm\.?\s|t\/m|ke toan|thu truong|giam doc|chu tich|prepared by|approved by)/;

/** Finds the tables of a sheet: header, column roles, kind, unit, row structure, number convention. */
export function detectTables(grid: SheetGrid, overrides: TableOverride[] = [], view = new SheetView(grid)): TableModel[] {
  const ranged = overrides.filter((o) => o.range && parseRangeAddress(o.range));
  const tables: TableModel[] = [];
  if (ranged.length > 0) {
    for (const override of ranged) {
      const limit = parseRangeAddress(override.range!)!;
      const top = findHeader(view, limit.top, limit.bottom, limit) ?? limit.top;
      const table = buildTable(view, top, limit);
      if (table) tables.push(table);
    }
  } else {
    let row = view.top;
    while (row <= view.bottom) {
      const top = findHeader(view, row, view.bottom);
      if (top === undefined) break;
      const parts = sideBySide(view, headerBlockAt(view, top, undefined, row));
      let next = top + 1;
      for (const part of parts ?? [undefined]) {
        // Each part's own header may start lower (`a) Theo nội dung` over `STT | Nội dung | Kinh phí`).
        const partTop = part ? (findHeader(view, top, Math.min(view.bottom, top + 8), part) ?? top) : top;
        const table = buildTable(view, partTop, part && { ...part, bottom: view.bottom }, row);
        if (table) tables.push(table);
        if (table) next = Math.max(next, table.range.bottom + 1);
      }
      row = next;
    }
  }
  return settledBySheet(tables.map((table) => applyOverrides(view, table, overrides)));
}

/** Each table's unambiguous text numbers per convention, as conventionOf() counted them. */
const evidence = new WeakMap<TableModel, { vi: number; en: number }>();

/**
 * A table with no unambiguous text number of its own takes the convention its sheet's other tables
 * all write theirs in (`42,86` in the grid above a budget table of `1.040`): one hand typed them.
 * Only where that reads no cell differently (no convention, whose default is Vietnamese, or the one
 * its grouping or headers gave): its column identities were completed in its own.
 */
function settledBySheet(tables: TableModel[]): TableModel[] {
  const sheet = { vi: 0, en: 0 };
  for (const table of tables) {
    const own = evidence.get(table) ?? NO_EVIDENCE;
    sheet.vi += own.vi;
    sheet.en += own.en;
  }
  // None, or written both ways: the sheet settles nothing.
  if ((sheet.vi > 0) === (sheet.en > 0)) return tables;
  const convention = sheet.vi > 0 ? 'vi' : 'en';
  for (const table of tables) {
    const own = evidence.get(table);
    if ((own && own.vi + own.en > 0) || (table.convention ?? 'vi') !== convention) continue;
    table.convention = convention;
    table.conventionFrom = 'sheet';
  }
  return tables;
}

/**
 * Tables set side by side under one title (`Nội dung thu | Dự toán` left, `Nội dung chi | Dự toán`
 * right, as a commune's budget is published): the header block split at columns empty from the
 * header down through the data, where the part after the gap has its own row-number or name column.
 * Undefined when the block is one table.
 */
function sideBySide(view: SheetView, block: HeaderBlock): { left: number; right: number }[] | undefined {
  const parts: { left: number; right: number }[] = [];
  let left = block.left;
  for (let col = block.left + 1; col < block.right; col++) {
    if (!emptyColumn(view, block, col)) continue;
    const start = col + 1;
    let end = start;
    while (end < block.right && !emptyColumn(view, block, end + 1)) end++;
    if (!headsItsRows(view, block, start, end) || !headsItsRows(view, block, left, col - 1)) continue;
    parts.push({ left, right: col - 1 });
    left = start;
  }
  if (parts.length === 0) return repeatedHeader(view, block);
  parts.push({ left, right: block.right });
  return parts;
}

/**
 * Tables side by side with no empty column between them (`STT | Nội dung thu | Dự toán | STT | Nội
 * dung chi | Dự toán`): the header repeats its row-number column, and each part from one to the next
 * has a name column of its own. One table never numbers its rows twice, so the block is split
 * there; read as one, the right part's amounts stood under the left part's rows and broke every sum.
 */
function repeatedHeader(view: SheetView, block: HeaderBlock): { left: number; right: number }[] | undefined {
  const roles: string[] = [];
  for (let col = block.left; col <= block.right; col++) roles.push(columnFromHeader(col, headerPath(view, block, col)).role);
  const starts: number[] = [];
  roles.forEach((role, i) => role === 'number' && starts.push(block.left + i));
  if (starts.length < 2 || starts[0] !== block.left) return undefined;
  const parts = starts.map((left, i) => ({ left, right: i + 1 < starts.length ? starts[i + 1] - 1 : block.right }));
  // Each part numbers and names its rows, and holds something beside them.
  const named = (part: { left: number; right: number }) => part.right - part.left >= 2 && roles.slice(part.left - block.left, part.right - block.left + 1).includes('name');
  return parts.every(named) ? parts : undefined;
}

/** Rows below a header read to tell an empty column. */
const GAP_ROWS = 200;

/** Whether nothing stands in the column, from the header's top down through its first GAP_ROWS rows, a merged area included. */
function emptyColumn(view: SheetView, block: HeaderBlock, col: number): boolean {
  for (let row = block.top; row <= Math.min(view.bottom, block.bottom + GAP_ROWS); row++) {
    const merge = view.merge(row, col);
    if (merge && (merge.left < col || merge.right > col)) return false;
    const value = view.cell(row, col)?.value;
    if (value !== null && value !== undefined && value !== '') return false;
  }
  return true;
}

/** Whether the header over these columns names a row-number or a name column of its own (`STT`, `Nội dung chi`). */
function headsItsRows(view: SheetView, block: HeaderBlock, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) {
    const role = columnFromHeader(col, headerPath(view, block, col)).role;
    if (role === 'number' || role === 'name') return true;
  }
  return false;
}

function findHeader(view: SheetView, from: number, to: number, limit?: { left: number; right: number }): number | undefined {
  for (let row = from; row <= to; row++) if (isHeaderRow(view, row, limit?.left, limit?.right)) return row;
  return undefined;
}

/** Header words that name a share or a percentage itself, not only a comparison (`So sánh`). */
const NAMES_A_RATIO = /%|ty le|tuong doi|ty trong|toc do|ratio|rate|share|percent|relative/;

/**
 * Columns read as ratios for a comparison header alone (`So sánh`) that the column-number row states
 * to be a sum or difference of columns (`3=2-1`): differences, amounts like the columns they come
 * from, so their rows' and totals' arithmetic is checked. A header that names a percentage keeps it.
 */
function statedAmounts(columns: ColumnInfo[], combined: number[]): ColumnInfo[] {
  if (combined.length === 0) return columns;
  return columns.map((column) => (column.role === 'ratio' && combined.includes(column.col) && !NAMES_A_RATIO.test(fold(column.header)) ? { ...column, role: 'amount' } : column));
}

function buildTable(view: SheetView, top: number, limit?: { left: number; right: number; bottom: number }, floor = limit ? top : view.top): TableModel | undefined {
  const block = headerBlockAt(view, top, limit, floor);
  if (!Number.isFinite(block.left)) return undefined;
  let dataTop = block.bottom + 1;
  // One blank line may stand between the header and its column-number row.
  if (view.nextFilled(dataTop, block.left, block.right) < 0 && isColumnNumberRow(view, dataTop + 1, block.left, block.right)) dataTop++;
  let numbersRow: number | undefined;
  if (isColumnNumberRow(view, dataTop, block.left, block.right)) numbersRow = dataTop++;
  const bottom = Math.min(findBottom(view, dataTop, block), limit?.bottom ?? Number.POSITIVE_INFINITY);
  if (bottom < dataTop) return undefined;

  const drafts = [];
  for (let col = block.left; col <= block.right; col++) drafts.push(columnFromHeader(col, headerPath(view, block, col)));
  const unit = unitAbove(view, block);
  const title = titleAbove(view, block);
  const headerText = fold(drafts.map((d) => d.header).join(' ') + ' ' + (title ?? ''));
  const moneyUnit = unit?.factor !== undefined || hasPhrase(headerText, HEADER_WORDS.budget);
  const unitTexts = unitColumnTexts(view, drafts.find((d) => d.role === 'unit')?.col, dataTop, bottom);
  const kind = classify(drafts, moneyUnit, unitKindOf(unitTexts, unit));
  const numbers = kind === 'budget' && numbersRow !== undefined ? readColumnNumbers(view, numbersRow, block) : undefined;
  const quotients = numbers ? quotientColumns(numbers) : [];
  const combined = numbers ? combinationColumns(numbers) : [];
  const columns = (kind === 'budget' ? settleByData(view, statedAmounts(settleColumns(drafts, kind), combined), dataTop, bottom) : settleColumns(drafts, kind, periodStartOf(title))).map((column) =>
    keptColumn(quotients.includes(column.col) && (column.role === 'amount' || column.role === 'other') ? { ...column, role: 'ratio' } : column),
  );
  const rows = readRows(view, kind, columns, dataTop, bottom, block.left, block.right, unit?.factor);
  const range = { top: block.top, left: block.left, bottom, right: block.right };
  const table = tableModel(`${view.grid.name}!${rangeAddress(range)}`, view.grid.name, kind, range, block.top, block.bottom, dataTop, columns, rows);
  if (unit) table.unit = unit;
  if (title) table.title = title;
  // The table's number convention first: the column-number row's formulas are tried on its figures.
  const convention = conventionOf(view, rows, columns);
  evidence.set(table, convention?.counts ?? NO_EVIDENCE);
  if (convention) table.convention = convention.convention;
  if (convention?.from) table.conventionFrom = convention.from;
  if (kind === 'budget') {
    if (numbers) table.columnNumbers = numbers;
    const stated = numbers ? statedIdentities(view, block, numbers, columns, { top: dataTop, bottom }, table.convention) : [];
    const implied = headerIdentities(view, block, columns).filter((i) => !stated.some((s) => s.target === i.target));
    const given = new Set([...stated, ...implied].map((i) => i.target));
    const differences = differenceIdentities(view, columns, { top: dataTop, bottom }, table.convention, given);
    if (stated.length + implied.length + differences.length > 0) table.columnIdentities = [...stated, ...implied, ...differences];
    const ratios = numbers ? statedRatios(view, block, numbers, columns, { top: dataTop, bottom }) : [];
    if (ratios.length > 0) table.ratioColumns = ratios;
    const products = numbers ? statedProducts(view, block, numbers, columns, { top: dataTop, bottom }) : [];
    if (products.length > 0) table.productColumns = products;
    const notes = noteAmountsBelow(view, bottom, unit?.factor);
    if (notes.length > 0) table.noteAmounts = notes;
  }
  return table;
}

/**
 * A table with every optional field present, in one order, undefined until set: every table then
 * has the one hidden class of this literal, where fields added one by one made a class per
 * combination. One is kept (../shapes.ts): the class outlives a full garbage collection, and with
 * it the optimised code of every rule that reads a table.
 */
function tableModel(id: string, sheet: string, kind: TableKind, range: CellRange, headerTop: number, headerBottom: number, dataTop: number, columns: ColumnInfo[], rows: RowInfo[]): TableModel {
  return {
    id,
    sheet,
    kind,
    range,
    headerTop,
    headerBottom,
    dataTop,
    title: undefined,
    unit: undefined,
    columns,
    rows,
    convention: undefined,
    conventionFrom: undefined,
    readAs: undefined,
    columnIdentities: undefined,
    ratioColumns: undefined,
    productColumns: undefined,
    columnNumbers: undefined,
    noteAmounts: undefined,
  };
}
keepShapes(tableModel('', '', 'budget', { top: 0, left: 0, bottom: -1, right: -1 }, 0, -1, 0, [keptColumn({ col: 0, header: '', role: 'amount' })], []));

/** The last row of the table: before two blank rows, a footer, a new header, or a title after a gap. */
function findBottom(view: SheetView, dataTop: number, block: HeaderBlock): number {
  let last = dataTop - 1;
  let blanks = 0;
  for (let row = dataTop; row <= view.bottom; row++) {
    const firstCol = view.nextFilled(row, block.left, block.right);
    if (firstCol < 0) {
      if (++blanks >= 2) break;
      continue;
    }
    const first = view.ownText(row, firstCol);
    if (startsWithLetter(first) && FOOTER.test(fold(first))) break;
    // A numbered row is data; only an unnumbered one can be the header of a next table.
    if (row > dataTop && !parseNumbering(first) && isHeaderRow(view, row, block.left, block.right)) break;
    if (blanks > 0 && view.nextFilled(row, firstCol + 1, block.right) < 0 && isWideTitle(view, row, firstCol, block)) break;
    last = row;
    blanks = 0;
  }
  return last;
}

/** Whether a trimmed text's folded form can start with a letter: a row number (`12`, `1.2`) cannot, and needs no folding. */
function startsWithLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 0x80 || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isWideTitle(view: SheetView, row: number, col: number, block: HeaderBlock): boolean {
  const merge = view.merge(row, col);
  return merge !== undefined && merge.right - merge.left + 1 >= (block.right - block.left + 1) * 0.6;
}

function unitAbove(view: SheetView, block: HeaderBlock): TableUnit | undefined {
  for (let row = block.top - 1; row >= Math.max(view.top, block.top - LOOK_ABOVE); row--) {
    for (const col of view.filledColumns(row)) {
      const text = view.ownText(row, col);
      const unit = moneyUnitOf(text, fold(text));
      if (unit) return unit;
    }
  }
  for (let col = block.left; col <= block.right; col++) {
    for (let row = block.top; row <= block.bottom; row++) {
      const inParens = /\(([^)]*đồng[^)]*)\)/i.exec(view.ownText(row, col));
      if (inParens) return { text: inParens[1].trim(), factor: factorOf(fold(inParens[1])) };
    }
  }
  return undefined;
}

function titleAbove(view: SheetView, block: HeaderBlock): string | undefined {
  let first: string | undefined;
  for (let row = Math.max(view.top, block.top - LOOK_ABOVE); row < block.top; row++) {
    for (const col of view.filledColumns(row)) {
      const text = view.ownText(row, col);
      if (text.length < 8) continue;
      const folded = fold(text);
      if (moneyUnitOf(text, folded)) continue;
      // The agency's letterhead (`BỘ TÀI CHÍNH`, `UBND TỈNH …`) and the form's number stand above
      // the title: the line that names what the table is (dự toán, kế hoạch, chỉ tiêu…) is it.
      if (hasPhrase(folded, HEADER_WORDS.title) && !hasPhrase(folded, HEADER_WORDS.formNumber)) return withContinuation(view, row, block, text);
      first ??= text;
    }
  }
  return first;
}

/** Lines a title may run on to. */
const TITLE_LINES = 3;

/**
 * A title with the lines it runs on to: `KẾ HOẠCH` over `Thực hiện công tác bình đẳng giới giai
 * đoạn 2026-2030`, or a capitalised title broken over two lines. A line runs the title on where it
 * is the next row, the title so far is a bare heading (a few words) or the line is in capitals too;
 * not the unit, a `(Kèm theo …)` line, the form's number, or text in lower case after a full title.
 */
function withContinuation(view: SheetView, row: number, block: HeaderBlock, title: string): string {
  let text = title;
  for (let next = row + 1, lines = 1; next < block.top && lines < TITLE_LINES; next++, lines++) {
    const col = view.filledColumns(next)[0];
    if (col === undefined) break;
    const line = view.ownText(next, col).trim();
    const folded = fold(line);
    if (line.length < 8 || line.startsWith('(') || moneyUnitOf(line, folded) || hasPhrase(folded, HEADER_WORDS.formNumber)) break;
    const capitals = line === line.toUpperCase();
    if (!capitals && text.length > BARE_HEADING) break;
    text = `${text} ${line}`;
  }
  return text;
}

/** How long a title line that is only a heading (`KẾ HOẠCH`, `BIỂU TỔNG HỢP`, `DỰ TOÁN NĂM 2026`) is at most. */
const BARE_HEADING = 24;

/**
 * The first year of the plan period a title names (`KẾ HOẠCH … GIAI ĐOẠN 2026-2030` → 2026), or
 * undefined: the year before it is the baseline the plan starts from.
 */
function periodStartOf(title: string | undefined): number | undefined {
  const match = title && /\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b/.exec(title);
  if (!match || Number(match[2]) <= Number(match[1])) return undefined;
  return Number(match[1]);
}

const VALUE_ROLES = new Set(['amount', 'baseline', 'target', 'result', 'other']);

/**
 * What the cells say of a budget table's columns: an unnamed column of numbers holds amounts; an
 * "amount" column that holds only footnote markers (`(1)`, `(2)` beside the figures) holds notes.
 * Reads the first SETTLE_ROWS rows, and stops as soon as the rest of them cannot change the answer.
 */
function settleByData(view: SheetView, columns: ColumnInfo[], top: number, bottom: number): ColumnInfo[] {
  const last = Math.min(bottom, top + SETTLE_ROWS - 1);
  return columns.map((column) => {
    const { role } = column;
    if ((role !== 'other' && role !== 'amount' && role !== 'name') || column.measure || column.code) return column;
    let numbers = 0;
    let markers = 0;
    let filled = 0;
    for (let row = top; row <= last; row++) {
      const cell = view.cell(row, column.col);
      if (!cell || cell.value === null || cell.value === '') continue;
      const { value } = cell;
      filled++;
      if (typeof value === 'number') numbers++;
      else if (typeof value === 'string') {
        const text = value.trim();
        if (isFootnoteMarker(text)) markers++;
        else if (mayReadAsNumber(text)) {
          const kind = readText(text).kind;
          if (kind === 'number' || kind === 'empty') numbers++;
        }
      }
      const others = filled - numbers;
      const rest = last - row;
      // A name column needs four figures to each other cell; an amount column turns to notes only if every cell is a marker.
      if (role === 'name' ? others * 4 > numbers + rest : markers < filled && (role === 'amount' || others > numbers + rest)) break;
    }
    // A "name" column of figures (`Thực hiện các dự án …` over amounts) holds amounts.
    if (role === 'name') return filled >= 3 && numbers * 5 >= filled * 4 ? { ...column, role: 'amount' } : column;
    if (filled > 0 && markers === filled) return { ...column, role: 'note' };
    if (role === 'other' && numbers >= 2 && numbers * 2 >= filled) return { ...column, role: 'amount' };
    return column;
  });
}

/** Rows settleByData reads at most: enough to tell a column's content, few enough for any table. */
const SETTLE_ROWS = 401;

/** Whether readText could read a trimmed text as a number or as empty: a number has a digit, an empty mark (`-`, `--`) two characters at most. */
function mayReadAsNumber(text: string): boolean {
  return text.length <= 2 || /\d/.test(text);
}

const NO_EVIDENCE = { vi: 0, en: 0 };

/**
 * How the table's text numbers are written, and what says so: its unambiguous text numbers (`16,21`,
 * `42.86`) in any column of figures, ratios too (a `Tỷ lệ (%)` column's `104,0` says how the amounts
 * beside it are written), the most of them (`unanimous` when none is written the other way: then the
 * table itself settles it); else, when every amount of the table is whole, its ambiguous ones
 * (`1,040`, `90.000`): the convention whose thousands separator two thirds of them or more use
 * (`grouping`: a separator with three digits after it in a table of whole amounts groups thousands;
 * read as decimals they would be the table's only ones, often ending in a zero no one writes; the
 * few others were pasted from elsewhere); else its headers' language. None when nothing says.
 */
function conventionOf(view: SheetView, rows: RowInfo[], columns: ColumnInfo[]): { convention: NumberConvention; from?: TableModel['conventionFrom']; counts: { vi: number; en: number } } | undefined {
  const counts = { vi: 0, en: 0 };
  // Per convention, how many ambiguous texts use its thousands separator (`.` Vietnamese, `,` English).
  const grouped = { vi: 0, en: 0 };
  let ambiguous = 0;
  const valueCols = columns.filter((c) => VALUE_ROLES.has(c.role)).map((c) => c.col);
  // A ratio column is never summed, but it is typed by the same hand as the amounts beside it.
  const figureCols = columns.filter((c) => VALUE_ROLES.has(c.role) || c.role === 'ratio').map((c) => c.col);
  let counted: Uint8Array | undefined;
  let first = 0;
  if (rows.length > 0) {
    // The rows that count, by sheet row from the first; only the columns' text cells are read (../cell-index.ts).
    first = rows[0].row;
    const last = rows[rows.length - 1].row;
    counted = new Uint8Array(last - first + 1);
    for (const row of rows) if (row.kind !== 'blank' && row.kind !== 'note') counted[row.row - first] = 1;
    const { cells } = view.grid;
    const index = cellIndexOf(view.grid);
    for (const col of figureCols) {
      for (const row of index.textRows(col)) {
        if (row < first || row > last || counted[row - first] === 0) continue;
        const value = cells[row - view.top][col - view.left]!.value as string;
        // Only a separator (`16,21`, `42.86`) tells one convention from the other.
        if (!/[.,]/.test(value) || view.cell(row, col) === undefined) continue;
        const told = conventionTold(value);
        if (told === 'vi' || told === 'en') counts[told]++;
        else if (told === 'ambiguous') {
          ambiguous++;
          grouped[value.includes('.') ? 'vi' : 'en']++;
        }
      }
    }
  }
  if (counts.vi > 0 && counts.en > 0) return { convention: counts.en > counts.vi ? 'en' : 'vi', counts };
  if (counts.vi > 0 || counts.en > 0) return { convention: counts.en > 0 ? 'en' : 'vi', from: 'unanimous', counts };
  for (const convention of ['vi', 'en'] as const) {
    if (ambiguous > 0 && grouped[convention] * 3 >= ambiguous * 2 && counted && wholeAmounts(view, valueCols, first, counted)) return { convention, from: 'grouping', counts };
  }
  return englishHeaders(columns) ? { convention: 'en', counts } : undefined;
}

/** Whether every number typed in the value columns of the counted rows is whole. */
function wholeAmounts(view: SheetView, valueCols: number[], first: number, counted: Uint8Array): boolean {
  for (let r = 0; r < counted.length; r++) {
    if (counted[r] === 0) continue;
    for (const col of valueCols) {
      const value = view.cell(first + r, col)?.value;
      if (typeof value === 'number' && !Number.isInteger(value)) return false;
    }
  }
  return true;
}

/** Vietnamese letters a header written in Vietnamese nearly always has, English never. */
const VIETNAMESE_LETTERS = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;
const ENGLISH_WORDS = /\b(total|central|local|other|unit|item|no|name|indicator|target|result|budget|amount|year|province|plan|agency|estimate|outturn|sources?)\b/i;

/** A table headed in English reads `1,200` the English way unless its own numbers say otherwise. */
function englishHeaders(columns: ColumnInfo[]): boolean {
  let english = 0;
  let vietnamese = 0;
  for (const column of columns) {
    if (VIETNAMESE_LETTERS.test(column.header)) vietnamese++;
    else if (ENGLISH_WORDS.test(column.header)) english++;
  }
  return english > vietnamese;
}

/** The officer's corrections of kind and column roles; rows are read again with them. */
function applyOverrides(view: SheetView, table: TableModel, overrides: TableOverride[]): TableModel {
  const override = overrides.find((o) => o.sheet === table.sheet && (!o.range || rangeOverlaps(o.range, table)));
  if (!override || (!override.kind && !override.columns?.length)) return table;
  const kind = override.kind ?? table.kind;
  const columns: ColumnInfo[] = table.columns.map((column) => {
    const corrected = override.columns?.find((c) => c.col === column.col);
    return corrected ? { header: column.header, ...corrected, overridden: true } : column;
  });
  const rows = readRows(view, kind, columns, table.dataTop, table.range.bottom, table.range.left, table.range.right, table.unit?.factor);
  const corrected: TableModel = { ...table, kind, columns, rows };
  const convention = conventionOf(view, rows, columns);
  evidence.set(corrected, convention?.counts ?? NO_EVIDENCE);
  delete corrected.convention;
  delete corrected.conventionFrom;
  if (convention) corrected.convention = convention.convention;
  if (convention?.from) corrected.conventionFrom = convention.from;
  return corrected;
}

function rangeOverlaps(address: string, table: TableModel): boolean {
  const range = parseRangeAddress(address);
  return !!range && range.top <= table.range.bottom && range.bottom >= table.range.top && range.left <= table.range.right && range.right >= table.range.left;
}
