/**
 * Finds and replaces single `<c>` cell elements inside a worksheet part's text (ECMA-376 Part 1,
 * §18.3.1.4 `c`, §18.3.1.73 `row`), leaving every other byte of the part as it was. Rows and cells
 * are in order within `sheetData`, so a new cell or row is put where it belongs.
 */
import { cellAddress, parseCellAddress } from '../engine/address';
import { attributes } from './xlsx-package';

export interface CellElement {
  /** Offsets of the whole element in the part's text. */
  start: number;
  end: number;
  row: number;
  col: number;
  attrs: Record<string, string>;
  /** The text between the start and end tags ('' for `<c/>`). */
  inner: string;
}

interface RowElement {
  start: number;
  end: number;
  /** Offset just after the start tag, and just before the end tag. */
  contentStart: number;
  contentEnd: number;
  row: number;
  startTag: string;
  selfClosing: boolean;
}

export class SheetCells {
  readonly prefix: string;

  constructor(public xml: string) {
    this.prefix = /<(\w+:)?sheetData\b/.exec(xml)?.[1] ?? '';
  }

  /** Every cell of the sheet, in order. */
  cells(): CellElement[] {
    return this.rows().flatMap((row) => this.cellsOf(row));
  }

  cell(row: number, col: number): CellElement | undefined {
    const found = this.rows().find((r) => r.row === row);
    return found && this.cellsOf(found).find((c) => c.col === col);
  }

  /**
   * Puts `element` (a complete `<c>` element with its `r`) in place of the cell at (row, col), or
   * inserts it in order, with its row when the row is missing.
   * @throws Error when the row's cells carry no `r` (their places would shift).
   */
  put(row: number, col: number, element: string): void {
    const rows = this.rows();
    const target = rows.find((r) => r.row === row);
    if (!target) {
      const p = this.prefix;
      const rowXml = `<${p}row r="${row + 1}">${element}</${p}row>`;
      const after = rows.find((r) => r.row > row);
      this.splice(after ? after.start : this.sheetDataEnd(), after ? after.start : this.sheetDataEnd(), rowXml);
      return;
    }
    const cells = this.cellsOf(target);
    const existing = cells.find((c) => c.col === col);
    if (existing) {
      this.splice(existing.start, existing.end, element);
      return;
    }
    if (cells.some((c) => !('r' in c.attrs))) throw new Error(`Row ${row + 1} lists its cells without addresses; a cell cannot be added to it safely.`);
    if (target.selfClosing) {
      const open = target.startTag.replace(/\s*\/>$/, '>');
      this.splice(target.start, target.end, `${widenSpans(open, col)}${element}</${this.prefix}row>`);
      return;
    }
    const next = cells.find((c) => c.col > col);
    const at = next ? next.start : target.contentEnd;
    this.splice(at, at, element);
    const widened = widenSpans(target.startTag, col);
    if (widened !== target.startTag) this.splice(target.start, target.start + target.startTag.length, widened);
  }

  /** Replaces an element's text (the same offsets `cells()` gave). */
  splice(start: number, end: number, text: string): void {
    this.xml = this.xml.slice(0, start) + text + this.xml.slice(end);
  }

  private sheetDataEnd(): number {
    const p = this.prefix;
    const close = this.xml.indexOf(`</${p}sheetData>`);
    if (close >= 0) return close;
    // `<sheetData/>`: open it up so rows can go in.
    const empty = new RegExp(`<${p}sheetData\\b[^>]*/>`).exec(this.xml);
    if (!empty) throw new Error('The worksheet has no sheetData.');
    this.splice(empty.index, empty.index + empty[0].length, `${empty[0].replace(/\s*\/>$/, '>')}</${p}sheetData>`);
    return this.xml.indexOf(`</${p}sheetData>`);
  }

  private rows(): RowElement[] {
    const p = this.prefix;
    const rows: RowElement[] = [];
    const open = new RegExp(`<${p}row\\b[^>]*>`, 'g');
    const closeTag = `</${p}row>`;
    let previous = -1;
    for (let m = open.exec(this.xml); m; m = open.exec(this.xml)) {
      const startTag = m[0];
      const selfClosing = startTag.endsWith('/>');
      const contentStart = m.index + startTag.length;
      const contentEnd = selfClosing ? contentStart : this.xml.indexOf(closeTag, contentStart);
      const end = selfClosing ? contentStart : contentEnd + closeTag.length;
      const r = attributes(startTag.slice(p.length + 4)).r;
      const row = r ? Number(r) - 1 : previous + 1;
      rows.push({ start: m.index, end, contentStart, contentEnd, row, startTag, selfClosing });
      previous = row;
      open.lastIndex = end;
    }
    return rows;
  }

  private cellsOf(row: RowElement): CellElement[] {
    const p = this.prefix;
    const cells: CellElement[] = [];
    const open = new RegExp(`<${p}c(?=[\\s/>])[^>]*>`, 'g');
    open.lastIndex = row.contentStart;
    const closeTag = `</${p}c>`;
    let previous = -1;
    for (let m = open.exec(this.xml); m && m.index < row.contentEnd; m = open.exec(this.xml)) {
      const tag = m[0];
      const selfClosing = tag.endsWith('/>');
      const innerStart = m.index + tag.length;
      const innerEnd = selfClosing ? innerStart : this.xml.indexOf(closeTag, innerStart);
      const end = selfClosing ? innerStart : innerEnd + closeTag.length;
      const attrs = attributes(tag.slice(p.length + 2).replace(/\/?>$/, ''));
      const at = attrs.r ? parseCellAddress(attrs.r) : undefined;
      const col = at ? at.col : previous + 1;
      cells.push({ start: m.index, end, row: row.row, col, attrs, inner: this.xml.slice(innerStart, innerEnd) });
      previous = col;
      open.lastIndex = end;
    }
    return cells;
  }
}

/** A row's `spans="1:5"` is a hint Excel trusts; it must include a cell added outside it. */
function widenSpans(startTag: string, col: number): string {
  return startTag.replace(/\bspans="(\d+):(\d+)"/, (_whole, a: string, b: string) => {
    const lo = Math.min(Number(a), col + 1);
    const hi = Math.max(Number(b), col + 1);
    return `spans="${lo}:${hi}"`;
  });
}

/** Widens `<dimension ref="A1:E7"/>` to take in a cell written outside it. */
export function widenDimension(xml: string, prefix: string, row: number, col: number): string {
  return xml.replace(new RegExp(`(<${prefix}dimension\\b[^>]*\\bref=")([^"]*)(")`), (whole, before: string, ref: string, after: string) => {
    const [a, b = a] = ref.split(':');
    const from = parseCellAddress(a);
    const to = parseCellAddress(b);
    if (!from || !to) return whole;
    const top = Math.min(from.row, row);
    const left = Math.min(from.col, col);
    const bottom = Math.max(to.row, row);
    const right = Math.max(to.col, col);
    const widened = top === bottom && left === right ? cellAddress(top, left) : `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
    return before + widened + after;
  });
}
