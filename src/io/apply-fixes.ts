/**
 * The corrected copy: the original .xlsx package with only the fixed cells' `<c>` elements
 * replaced. Every other part stays byte for byte as it was — fonts (a Times New Roman 13 default),
 * protection, names, data validation, charts, comments, sparklines — except two that the
 * recalculation needs: `workbook.xml`'s `<calcPr>` gets `fullCalcOnLoad="1"` (Excel recomputes
 * every formula on open) and `calcChain.xml` is dropped (with its relationship and content type),
 * because it lists formula cells and a fixed cell may no longer be one.
 */
import { cellAddress, parseCellAddress, parseRangeAddress } from '../engine/address';
import type { CellRange } from '../engine';
import { slideFormula } from 'exceljs/lib/utils/shared-formula';
import { SheetCells, widenDimension } from './sheet-cells';
import type { CellElement } from './sheet-cells';
import { attributes, decodeXml, encodeXml, relsPathOf, XlsxPackage } from './xlsx-package';

export interface CellFix {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** A plain decimal string (`1770`) is written as a number; any other text as text. */
  value?: string;
  /** Without the leading `=`; `value`, when given too, is stored as its saved result. */
  formula?: string;
  /** The rule whose finding this fix answers, for the audit list. */
  rule?: string;
}

/** One line of the audit list: what a cell held and what the copy holds now. */
export interface CellChange {
  sheet: string;
  cell: string;
  /** As the officer would see it in the formula bar: `=SUM(C3:C4)`, `150`, `'0012` for text. */
  before: string;
  after: string;
  rule: string;
  /** ISO 8601. */
  at: string;
}

/** Why a fix was not written: Excel itself would refuse to let the officer type there. */
export type RefusalReason = 'arrayFormula' | 'tableHeader' | 'protected' | 'merged';

export interface RefusedFix {
  sheet: string;
  cell: string;
  reason: RefusalReason;
}

export interface CorrectedCopy {
  bytes: Uint8Array;
  changes: CellChange[];
  refused: RefusedFix[];
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Writes the fixes into a copy of the workbook; `data` is not changed.
 * @throws UnreadableInputError when `data` is not an .xlsx package; Error for a sheet the workbook
 *   does not have or an address that is not a cell (a caller's mistake, not the officer's).
 */
export async function applyFixes(data: ArrayBuffer | Uint8Array, fixes: CellFix[], now = new Date()): Promise<CorrectedCopy> {
  const pkg = XlsxPackage.open(data);
  const book = new WorkbookParts(pkg);
  const changes: CellChange[] = [];
  const refused: RefusedFix[] = [];
  const bySheet = new Map<string, CellFix[]>();
  for (const fix of fixes) {
    const path = book.sheetPath(fix.sheet);
    bySheet.set(path, [...(bySheet.get(path) ?? []), fix]);
  }
  for (const [path, sheetFixes] of bySheet) {
    const sheet = new SheetCells(pkg.text(path));
    const guards = new Guards(pkg, book, path, sheet);
    for (const fix of sheetFixes) {
      const at = parseCellAddress(fix.cell.replace(/\$/g, ''));
      if (!at) throw new Error(`“${fix.cell}” is not a cell address.`);
      const address = cellAddress(at.row, at.col);
      const reason = guards.refusal(at.row, at.col);
      if (reason) {
        refused.push({ sheet: fix.sheet, cell: address, reason });
        continue;
      }
      const existing = sheet.cell(at.row, at.col);
      const before = existing ? book.shownContent(existing, sheet) : '';
      if (existing && isSharedMaster(existing, sheet.prefix)) detachSharedClones(sheet, existing);
      sheet.put(at.row, at.col, cellElement(sheet.prefix, address, existing, fix));
      sheet.xml = widenDimension(sheet.xml, sheet.prefix, at.row, at.col);
      changes.push({ sheet: fix.sheet, cell: address, before, after: afterText(fix), rule: fix.rule ?? '', at: now.toISOString() });
    }
    if (changes.some((c) => book.sheetPath(c.sheet) === path)) pkg.setText(path, sheet.xml);
  }
  if (changes.length > 0) book.recalculateOnOpen();
  return { bytes: changes.length > 0 ? pkg.bytes() : (data instanceof Uint8Array ? data.slice() : new Uint8Array(data)), changes, refused };
}

function afterText(fix: CellFix): string {
  if (fix.formula !== undefined) return `=${stripEquals(fix.formula)}`;
  const value = fix.value ?? '';
  return PLAIN_NUMBER.test(value) ? value : `'${value}`;
}

const stripEquals = (formula: string) => (formula.startsWith('=') ? formula.slice(1) : formula);

/** The new `<c>`: the old one's attributes but its type and rich-value metadata, so the cell keeps its style. */
function cellElement(p: string, address: string, existing: CellElement | undefined, fix: CellFix): string {
  const kept = Object.entries(existing?.attrs ?? {}).filter(([name]) => !['r', 't', 'cm', 'vm'].includes(name));
  const value = fix.value ?? '';
  const isNumber = PLAIN_NUMBER.test(value);
  const type = fix.formula === undefined && !isNumber ? ' t="inlineStr"' : '';
  const attrs = `r="${address}"${kept.map(([name, v]) => ` ${name}="${encodeXml(v)}"`).join('')}${type}`;
  if (fix.formula !== undefined) {
    // The saved result, when known, so that a reader that does not recompute sees the right total.
    const cached = isNumber ? `<${p}v>${value}</${p}v>` : '';
    return `<${p}c ${attrs}><${p}f>${encodeXml(stripEquals(fix.formula))}</${p}f>${cached}</${p}c>`;
  }
  if (isNumber) return `<${p}c ${attrs}><${p}v>${value}</${p}v></${p}c>`;
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<${p}c ${attrs}><${p}is><${p}t${space}>${encodeXml(value)}</${p}t></${p}is></${p}c>`;
}

interface FormulaElement {
  attrs: Record<string, string>;
  text: string;
  start: number;
  end: number;
}

function formulaOf(cell: CellElement, p: string): FormulaElement | undefined {
  const m = new RegExp(`<${p}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}f>)`).exec(cell.inner);
  return m ? { attrs: attributes(m[1]), text: decodeXml(m[2] ?? ''), start: m.index, end: m.index + m[0].length } : undefined;
}

function isSharedMaster(cell: CellElement, p: string): boolean {
  const f = formulaOf(cell, p);
  return f?.attrs.t === 'shared' && f.text !== '';
}

/**
 * The cells that share the master's formula would be left pointing at a master that no longer has
 * one: each gets its own formula, moved from the master's as Excel moves it (exceljs's slideFormula).
 */
function detachSharedClones(sheet: SheetCells, master: CellElement): void {
  const p = sheet.prefix;
  const masterFormula = formulaOf(master, p)!;
  const si = masterFormula.attrs.si;
  const from = cellAddress(master.row, master.col);
  const clones = sheet.cells().filter((cell) => {
    if (cell === master || (cell.row === master.row && cell.col === master.col)) return false;
    const f = formulaOf(cell, p);
    return f?.attrs.t === 'shared' && f.attrs.si === si && f.text === '';
  });
  // From the end, so earlier offsets stay right.
  for (const clone of clones.reverse()) {
    const f = formulaOf(clone, p)!;
    const own = slideFormula(masterFormula.text, from, cellAddress(clone.row, clone.col));
    const innerStart = clone.end - clone.inner.length - `</${p}c>`.length;
    sheet.splice(innerStart + f.start, innerStart + f.end, `<${p}f>${encodeXml(own)}</${p}f>`);
  }
}

/** Where the officer could not type in Excel either, so neither may the copy. */
class Guards {
  private readonly arrays: CellRange[] = [];
  private readonly headers: CellRange[] = [];
  /** Merged areas: only their top-left cell holds a value. */
  private readonly merges: CellRange[] = [];
  /** Review › Allow Edit Ranges without a password: the officer may type there on a protected sheet. */
  private readonly allowed: CellRange[] = [];
  private readonly isProtected: boolean;

  constructor(
    pkg: XlsxPackage,
    private readonly book: WorkbookParts,
    path: string,
    private readonly sheet: SheetCells,
  ) {
    const p = sheet.prefix;
    for (const cell of sheet.cells()) {
      const f = formulaOf(cell, p);
      const ref = f && (f.attrs.t === 'array' || f.attrs.t === 'dataTable') ? parseRangeAddress(f.attrs.ref ?? '') : undefined;
      // A one-cell legacy array formula may be overwritten like any cell; a larger one only whole.
      if (ref && (ref.bottom > ref.top || ref.right > ref.left)) this.arrays.push(ref);
    }
    for (const rel of pkg.relationshipsOf(path)) {
      if (!rel.type.endsWith('/table') || !pkg.has(rel.target)) continue;
      const tag = /<(?:\w+:)?table\b[^>]*>/.exec(pkg.text(rel.target))?.[0] ?? '';
      const attrs = attributes(tag);
      const ref = parseRangeAddress(attrs.ref ?? '');
      const headerRows = attrs.headerRowCount === undefined ? 1 : Number(attrs.headerRowCount);
      if (ref && headerRows > 0) this.headers.push({ ...ref, bottom: ref.top + headerRows - 1 });
    }
    const protection = new RegExp(`<${p}sheetProtection\\b([^>]*)>`).exec(sheet.xml);
    this.isProtected = Boolean(protection && /^(1|true)$/.test(attributes(protection[1]).sheet ?? ''));
    for (const m of sheet.xml.matchAll(new RegExp(`<${p}mergeCell\\b([^>]*)>`, 'g'))) {
      const range = parseRangeAddress(attributes(m[1]).ref ?? '');
      if (range) this.merges.push(range);
    }
    for (const m of sheet.xml.matchAll(new RegExp(`<${p}protectedRange\\b([^>]*)>`, 'g'))) {
      const attrs = attributes(m[1]);
      if (attrs.password || attrs.hashValue || attrs.securityDescriptor) continue;
      for (const ref of (attrs.sqref ?? '').split(/\s+/)) {
        const range = parseRangeAddress(ref);
        if (range) this.allowed.push(range);
      }
    }
  }

  refusal(row: number, col: number): RefusalReason | undefined {
    const inside = (r: CellRange) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
    if (this.arrays.some(inside)) return 'arrayFormula';
    if (this.merges.some((m) => inside(m) && (row !== m.top || col !== m.left))) return 'merged';
    if (this.headers.some(inside)) return 'tableHeader';
    if (this.isProtected && this.book.isLocked(this.sheet.cell(row, col)?.attrs.s) && !this.allowed.some(inside)) return 'protected';
    return undefined;
  }
}

/** The workbook-level parts: sheet names, shared strings, cell styles' protection, calculation settings. */
class WorkbookParts {
  private readonly path: string;
  private sharedStrings?: string[];
  private lockedStyles?: boolean[];

  constructor(private readonly pkg: XlsxPackage) {
    this.path = pkg.workbookPath();
  }

  /** @throws Error when the workbook has no such sheet. */
  sheetPath(name: string): string {
    const xml = this.pkg.text(this.path);
    const rels = this.pkg.relationshipsOf(this.path);
    const sheets = [...xml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((m) => attributes(m[1]));
    const sheet = sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name?.toLocaleLowerCase() === name.toLocaleLowerCase());
    const id = sheet && Object.entries(sheet).find(([key]) => /^\w+:id$/.test(key))?.[1];
    const target = rels.find((r) => r.id === id)?.target;
    if (!target || !this.pkg.has(target)) throw new Error(`The workbook has no sheet named “${name}”.`);
    return target;
  }

  /** What the formula bar shows for a cell: its formula, its number, or its text marked with `'`. */
  shownContent(cell: CellElement, sheet: SheetCells): string {
    const p = sheet.prefix;
    const f = formulaOf(cell, p);
    if (f) {
      if (f.text) return `=${f.text}`;
      if (f.attrs.t === 'shared') {
        const master = sheet.cells().find((c) => {
          const mf = formulaOf(c, p);
          return mf?.attrs.t === 'shared' && mf.attrs.si === f.attrs.si && mf.text !== '';
        });
        if (master) return `=${slideFormula(formulaOf(master, p)!.text, cellAddress(master.row, master.col), cellAddress(cell.row, cell.col))}`;
      }
    }
    const v = new RegExp(`<${p}v>([\\s\\S]*?)</${p}v>`).exec(cell.inner)?.[1];
    const type = cell.attrs.t ?? 'n';
    if (type === 's') return `'${this.sharedString(Number(v))}`;
    if (type === 'inlineStr') return `'${textOf(cell.inner)}`;
    if (type === 'b') return v === '1' ? 'TRUE' : 'FALSE';
    return decodeXml(v ?? '');
  }

  private sharedString(index: number): string {
    if (!this.sharedStrings) {
      const path = this.pkg.relationshipsOf(this.path).find((r) => r.type.endsWith('/sharedStrings'))?.target;
      const xml = path && this.pkg.has(path) ? this.pkg.text(path) : '';
      this.sharedStrings = [...xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) => textOf(m[1]));
    }
    return this.sharedStrings[index] ?? '';
  }

  /** Cells are locked unless their style says `<protection locked="0"/>` (ECMA-376 §18.8.33). */
  isLocked(style: string | undefined): boolean {
    if (!this.lockedStyles) {
      const path = this.pkg.relationshipsOf(this.path).find((r) => r.type.endsWith('/styles'))?.target;
      const xml = path && this.pkg.has(path) ? this.pkg.text(path) : '';
      const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
      this.lockedStyles = [...cellXfs.matchAll(/<(?:\w+:)?xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?xf>)/g)].map(
        (m) => !/<(?:\w+:)?protection\b[^>]*\blocked="(0|false)"/.test(m[1] ?? ''),
      );
    }
    return this.lockedStyles[Number(style ?? 0)] ?? true;
  }

  /** `fullCalcOnLoad="1"` on `<calcPr>` (added in its schema place when missing), and no calcChain. */
  recalculateOnOpen(): void {
    let xml = this.pkg.text(this.path);
    const p = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
    const calcPr = new RegExp(`<${p}calcPr\\b([^>]*?)\\s*(/?)>`).exec(xml);
    if (calcPr) {
      const attrs = calcPr[1].replace(/\s+fullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, '');
      xml = xml.slice(0, calcPr.index) + `<${p}calcPr${attrs} fullCalcOnLoad="1"${calcPr[2]}>` + xml.slice(calcPr.index + calcPr[0].length);
    } else {
      // CT_Workbook's sequence: calcPr comes after definedNames and before these.
      const later = new RegExp(`<${p}(oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\\b|</${p}workbook>`).exec(xml);
      const at = later ? later.index : xml.length;
      xml = `${xml.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
    }
    this.pkg.setText(this.path, xml);

    const chain = this.pkg.relationshipsOf(this.path).find((r) => r.type.endsWith('/calcChain'));
    if (!chain) return;
    this.pkg.remove(chain.target);
    const relsPath = relsPathOf(this.path);
    this.pkg.setText(relsPath, this.pkg.text(relsPath).replace(new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*\\bId="${chain.id}"[^>]*/>`), ''));
    if (this.pkg.has('[Content_Types].xml')) {
      const types = this.pkg.text('[Content_Types].xml');
      this.pkg.setText('[Content_Types].xml', types.replace(new RegExp(`<(?:\\w+:)?Override\\b[^>]*PartName="/${chain.target.replace(/[.[\]]/g, '\\$&')}"[^>]*/>`), ''));
    }
  }
}

/** The text of an `<si>` or `<is>`: its `<t>` runs joined, phonetic runs (`<rPh>`) left out. */
function textOf(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  return [...withoutPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => decodeXml(m[1])).join('');
}
