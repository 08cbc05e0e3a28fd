import type { Pos } from './model';

/**
 * The ranges a total's formula adds up, when it only adds cells of its own sheet:
 * `SUM(C5:C18)`, `C5+C8+C12`, `SUM(C5,C8)`, `$C$5+SUM(C6:C7)`; undefined for anything else
 * (other sheets, other functions, subtraction, constants): those are not a plain sum to compare.
 * Written into `out` as top, left, bottom, right of each range in turn (0-based, from index 0; what
 * lies past the count returned is stale); returns how many numbers were written, or -1 when the
 * formula is not such a sum. Read by hand in one pass, nothing allocated: every formula total of
 * a large table is read, and most hold.
 */
export function readSumRanges(formula: string, out: number[]): number {
  const count = scanSum(formula, out);
  if (count >= 0 || !SPACE.test(formula)) return count;
  // Spaces are allowed anywhere (`= SUM( C5 : C9 )`): read again without them.
  return scanSum(formula.replace(/\s+/g, ''), out);
}

/** The cells of readSumRanges(), one by one, in order (a cell added twice is listed twice); undefined when it is no plain sum. */
export function sumReferences(formula: string): Pos[] | undefined {
  const ranges: number[] = [];
  const count = readSumRanges(formula, ranges);
  if (count < 0) return undefined;
  const cells: Pos[] = [];
  for (let i = 0; i < count; i += 4) {
    for (let row = ranges[i]; row <= ranges[i + 2]; row++) for (let col = ranges[i + 1]; col <= ranges[i + 3]; col++) cells.push({ row, col });
  }
  return cells;
}

/**
 * The cells a total's formula adds and whether it skips hidden rows: `SUBTOTAL(109, C5:C9)` (and
 * 101–111) leaves out rows hidden by hand, `SUBTOTAL(9, …)` only rows hidden by a filter, `SUM`
 * none. A SUBTOTAL also leaves out the SUBTOTALs inside its ranges (Excel's guard against counting
 * a subtotal with its rows): `nestedSubtotal(row, col)` tells those cells, where the caller can read
 * them (isSubtotalFormula of the cell's formula). Undefined for anything that is not a plain sum.
 */
export function formulaSum(formula: string, nestedSubtotal?: (row: number, col: number) => boolean): { cells: Pos[]; skipsHidden: boolean } | undefined {
  // Most totals are SUM or `+`: the spaces are taken out (a new string) only for a SUBTOTAL.
  const subtotal = SUBTOTAL_WORD.test(formula) ? /^\+?SUBTOTAL\(\s*(9|109)\s*[,;](.*)\)$/i.exec(formula.replace(/\s+/g, '')) : null;
  if (subtotal) {
    const cells = sumReferences(`SUM(${subtotal[2]})`);
    if (!cells) return undefined;
    return { cells: nestedSubtotal ? cells.filter((pos) => !nestedSubtotal(pos.row, pos.col)) : cells, skipsHidden: subtotal[1] === '109' };
  }
  const cells = sumReferences(formula);
  return cells ? { cells, skipsHidden: false } : undefined;
}

/** Whether a formula is a SUBTOTAL as a whole (`SUBTOTAL(9, C5:C9)`): another SUBTOTAL's range leaves its cell out. */
export function isSubtotalFormula(formula: string | undefined): boolean {
  return formula !== undefined && SUBTOTAL_START.test(formula);
}

/** The ranges' cells, counted with repeats (`ranges`: top, left, bottom, right of each in turn, `end` numbers of them). */
export function cellCount(ranges: number[], end: number): number {
  let count = 0;
  for (let i = 0; i < end; i += 4) count += (ranges[i + 2] - ranges[i] + 1) * (ranges[i + 3] - ranges[i + 1] + 1);
  return count;
}

/**
 * Whether the ranges cover exactly the identity's cells (`rows` × `cols`), each once: as many cells as terms, every
 * term inside a range, and the terms distinct (rows and columns each increasing). False also when
 * it cannot tell so cheaply (the caller then compares cell by cell).
 */
export function addsExactly(ranges: number[], end: number, rows: readonly number[], cols: readonly number[]): boolean {
  if (cellCount(ranges, end) !== rows.length * cols.length || end > 256) return false;
  for (let i = 1; i < rows.length; i++) if (rows[i] <= rows[i - 1]) return false;
  for (let i = 1; i < cols.length; i++) if (cols[i] <= cols[i - 1]) return false;
  for (let r = 0; r < rows.length; r++) for (let c = 0; c < cols.length; c++) if (!inRanges(ranges, end, rows[r], cols[c])) return false;
  return true;
}

function inRanges(ranges: number[], end: number, row: number, col: number): boolean {
  for (let i = 0; i < end; i += 4) if (row >= ranges[i] && row <= ranges[i + 2] && col >= ranges[i + 1] && col <= ranges[i + 3]) return true;
  return false;
}

const SPACE = /\s/;
const SUBTOTAL_WORD = /subtotal/i;
const SUBTOTAL_START = /^\s*\+?\s*SUBTOTAL\s*\(/i;
const PLUS = 43;
const COLON = 58;
/**
 * The cells a formula adds and takes away, each with its coefficient (+1 or −1; a cell named twice
 * is listed twice): `D12-C12`, `=C5+C6-C9`, `SUM(C5:C8)-C9`, `-C5+D5`. Undefined for anything else,
 * and for a plain sum (sumReferences reads those). What a difference column's formula makes of its
 * amounts (`Tăng, giảm = Sau điều chỉnh − Đã giao`), for the cells Excel recomputes with it.
 */
export function signedReferences(formula: string): { cells: Pos[]; coefs: number[] } | undefined {
  const text = formula.replace(/\s+/g, '');
  if (!text.includes('-')) return undefined;
  const cells: Pos[] = [];
  const coefs: number[] = [];
  const ranges: number[] = [];
  let i = text.charCodeAt(0) === PLUS ? 1 : 0;
  while (i < text.length) {
    let sign = 1;
    const code = text.charCodeAt(i);
    if (code === MINUS || code === PLUS) {
      sign = code === MINUS ? -1 : 1;
      i++;
    } else if (cells.length > 0) return undefined;
    i = scanTerm(text, i, ranges, 0);
    if (i < 0) return undefined;
    for (let k = 0; k < termEnd; k += 4) {
      for (let row = ranges[k]; row <= ranges[k + 2]; row++) {
        for (let col = ranges[k + 1]; col <= ranges[k + 3]; col++) {
          cells.push({ row, col });
          coefs.push(sign);
        }
      }
    }
    if (i < text.length && text.charCodeAt(i) !== PLUS && text.charCodeAt(i) !== MINUS) return undefined;
  }
  return cells.length > 0 && coefs.includes(-1) ? { cells, coefs } : undefined;
}

const MINUS = 45;
const DOLLAR = 36;
const OPEN = 40;
const CLOSE = 41;
const COMMA = 44;
const SEMICOLON = 59;

/**
 * `[+] term (+ term)*`, a term being a reference or `SUM(reference ([,;] reference)*)` (any case),
 * a reference `C5`, `$C$5` or `C5:D9`, as a whole: the language the old split-and-match reading
 * accepted, read without splitting.
 */
function scanSum(text: string, out: number[]): number {
  let i = text.charCodeAt(0) === PLUS ? 1 : 0;
  if (i >= text.length) return -1;
  let count = 0;
  for (;;) {
    i = scanTerm(text, i, out, count);
    if (i < 0) return -1;
    count = termEnd;
    if (i === text.length) return count;
    if (text.charCodeAt(i) !== PLUS) return -1;
    i++;
  }
}

/**
 * One term at `i`, a reference or `SUM(reference ([,;] reference)*)`, its ranges written into `out`
 * from `at` (top, left, bottom, right each); where it ends, or -1. Where its ranges end in `out` is
 * left in termEnd (module state, as scanCell's: nothing is allocated per term).
 */
function scanTerm(text: string, start: number, out: number[], at: number): number {
  let i = start;
  let count = at;
  if (isSumOpen(text, i)) {
    i += 4;
    for (;;) {
      i = scanReference(text, i, out, count);
      if (i < 0) return -1;
      count += 4;
      const next = text.charCodeAt(i);
      if (next === CLOSE) break;
      if (next !== COMMA && next !== SEMICOLON) return -1;
      i++;
    }
    i++;
  } else {
    i = scanReference(text, i, out, count);
    if (i < 0) return -1;
    count += 4;
  }
  termEnd = count;
  return i;
}

/** Where scanTerm's last term's ranges end in its `out`. */
let termEnd = 0;

/** `SUM(` at `i`, any case. */
function isSumOpen(text: string, i: number): boolean {
  return (
    text.charCodeAt(i + 3) === OPEN && (text.charCodeAt(i) | 0x20) === 115 && (text.charCodeAt(i + 1) | 0x20) === 117 && (text.charCodeAt(i + 2) | 0x20) === 109
  );
}

/** A reference at `i` written into `out` from `at` as top, left, bottom, right; where it ends, or -1. */
function scanReference(text: string, i: number, out: number[], at: number): number {
  const first = scanCell(text, i);
  if (first < 0) return -1;
  const row1 = cellRow;
  const col1 = cellCol;
  let end = first;
  let row2 = row1;
  let col2 = col1;
  if (text.charCodeAt(first) === COLON) {
    end = scanCell(text, first + 1);
    if (end < 0) return -1;
    row2 = cellRow;
    col2 = cellCol;
  }
  out[at] = Math.min(row1, row2);
  out[at + 1] = Math.min(col1, col2);
  out[at + 2] = Math.max(row1, row2);
  out[at + 3] = Math.max(col1, col2);
  return end;
}

/** The last cell scanCell() read (module state: nothing is allocated per cell). */
let cellRow = 0;
let cellCol = 0;

/** `$?` 1–3 letters `$?` digits at `i`, read into cellRow / cellCol (0-based); where it ends, or -1. */
function scanCell(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === DOLLAR) i++;
  let col = 0;
  const lettersStart = i;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20; // lower case for letters
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  const letters = i - lettersStart;
  if (letters < 1 || letters > 3) return -1;
  if (text.charCodeAt(i) === DOLLAR) i++;
  const digitsStart = i;
  let row = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) break;
    row = row * 10 + (code - 48);
  }
  if (i === digitsStart) return -1;
  // Past 15 digits the sum above may round differently from the text's own reading.
  cellRow = (i - digitsStart > 15 ? Number(text.slice(digitsStart, i)) : row) - 1;
  cellCol = col - 1;
  return i;
}
