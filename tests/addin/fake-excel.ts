/**
 * An in-memory Excel with exactly the Office.js surface the adapter uses. Like the real API:
 * nothing happens until context.sync(), which runs the queued commands in order, and a command
 * that fails leaves the ones before it applied (a batch is not a transaction); reading a property
 * that was not loaded throws; one sync carrying too many cells fails with
 * RequestPayloadSizeLimitExceeded. Like Excel where data can be lost:
 * - strings written are parsed as typed input (numbers, percents, dates, booleans, errors) unless
 *   quote-prefixed, and `formulas` reads text back without its quote prefix;
 * - invalid formulas and text over 32,767 characters are refused;
 * - on a protected sheet, locked cells (all, unless unlocked or in an allowed range) refuse
 *   writes, and so do number formats and conditional formats;
 * - a write into part of an array formula or a spill range is refused;
 * - while the officer edits a cell, a batch run with `delayForCellEdit` waits until the edit ends,
 *   otherwise it fails with InvalidOperationInCellEditMode;
 * - document settings can fail to save and have a size limit;
 * - inserting rows shifts cells, formulas, merges, arrays, tables and conditional formats;
 * - with ExcelApi 1.20 a batch run with `mergeUndoGroup` is one step on Excel's undo stack
 *   (`pressUndo` is the officer's Ctrl+Z), and Worksheet.delete, which has no undo support,
 *   throws UndoNotSupported inside a group and clears the undo stack outside one; saving
 *   document settings (a Common API, not undoable) clears it too.
 * It also counts syncs.
 */
import { cellAddress, parseCellAddress, parseRangeAddress, rangeAddress } from '../../src/engine';
import type { CellRange, SheetGrid } from '../../src/engine';

export type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  /** With its leading `=`. */
  formula?: string;
  numberFormat: string;
  /** The officer's own fill and bold, which highlighting must never touch. */
  fill?: string;
  bold?: boolean;
  error?: boolean;
  /** A formula result loaded from a file: kept as it is, not recomputed by the fake. */
  cached?: boolean;
  /** Typed with a leading `'`: text that would otherwise be read as a number, date or formula. */
  quotePrefix?: boolean;
  /** Excel's default is locked; only matters on a protected sheet. */
  locked?: boolean;
}

/** An array formula (legacy, entered with Ctrl+Shift+Enter) or a dynamic array's spill range. */
export interface FakeArray {
  range: CellRange;
  kind: 'legacy' | 'spill';
}

export interface FakeTable {
  name: string;
  range: CellRange;
}

/** Excel's limit on the characters one cell holds. */
export const MAX_CELL_CHARS = 32_767;
const ERROR_LITERAL = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!)$/;

/**
 * What Excel stores for typed input (en-US): `'0012` is the text 0012, `0012` the number 12,
 * `50%` 0.5 shown as a percent, `1/2/2024` a date serial, `TRUE` a boolean.
 * @throws RichApi-like error for an invalid formula or text over the cell limit.
 */
export function typedInput(content: Scalar): { value: Scalar; formula?: string; quotePrefix?: boolean; numberFormat?: string; error?: boolean } {
  if (typeof content !== 'string') return { value: content };
  if (content.length > MAX_CELL_CHARS) throw apiError('InvalidArgument', `Text values in cells are limited to ${MAX_CELL_CHARS} characters.`);
  if (content.startsWith("'")) return { value: content.slice(1), quotePrefix: true };
  if (content.startsWith('=')) {
    if (!validFormula(content)) throw apiError('InvalidArgument', `There's a problem with this formula: ${content}`);
    return { value: 0, formula: content };
  }
  const t = content.trim();
  if (ERROR_LITERAL.test(t)) return { value: t, error: true };
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE' };
  if (/^-?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(t) && /\d/.test(t)) return { value: Number(t.replace(/,/g, '')) };
  const percent = /^(-?\d+(\.\d+)?)%$/.exec(t);
  if (percent) return { value: Number(percent[1]) / 100, numberFormat: '0%' };
  const date = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(t);
  if (date && Number(date[1]) <= 12 && Number(date[2]) <= 31) {
    const serial = Math.round((Date.UTC(Number(date[3] ?? 2026), Number(date[1]) - 1, Number(date[2])) - Date.UTC(1899, 11, 30)) / 86_400_000);
    return { value: serial, numberFormat: 'm/d/yyyy' };
  }
  return { value: content };
}

/** Balanced parentheses and quotes, no trailing operator, no empty formula: what the fake can see of Excel's parser. */
function validFormula(formula: string): boolean {
  const body = formula.slice(1).replace(/"[^"]*"/g, '""');
  if (body.trim() === '' || (formula.slice(1).match(/"/g) ?? []).length % 2 === 1 || /[+\-*/^&,(]\s*$/.test(body)) return false;
  let depth = 0;
  for (const ch of body) {
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

export interface FakeConditionalFormat {
  id: string;
  /** The areas it applies to (several for a format added on RangeAreas). */
  ranges: CellRange[];
  type: 'Custom' | 'CellValue';
  formula: string;
  fill?: string;
}

let nextSheetId = 1;

export class FakeSheet {
  /** Worksheet.id: a GUID in Excel, stable across renames. */
  readonly id = `{00000000-0001-0000-0000-${String(nextSheetId++).padStart(12, '0')}}`;
  cells = new Map<string, FakeCell>();
  conditionalFormats: FakeConditionalFormat[] = [];
  merges: CellRange[] = [];
  arrays: FakeArray[] = [];
  tables: FakeTable[] = [];
  isProtected = false;
  /** Ranges the officer may edit while the sheet is protected (Review › Allow Edit Ranges). */
  allowEditRanges: CellRange[] = [];
  changedHandlers: ((event: unknown) => Promise<void>)[] = [];
  constructor(public name: string) {}

  /** Why Excel would refuse to write this cell, as the error it throws; undefined when it may be written. */
  refusal(row: number, col: number): (Error & { code: string }) | undefined {
    const at = (r: CellRange) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
    const locked = this.cell(row, col)?.locked ?? true;
    if (this.isProtected && locked && !this.allowEditRanges.some(at)) return apiError('AccessDenied', 'The cell or chart you are trying to change is protected.');
    const array = this.arrays.find((a) => at(a.range) && (a.range.bottom > a.range.top || a.range.right > a.range.left));
    if (array && !(array.kind === 'spill' && row === array.range.top && col === array.range.left)) return apiError('InvalidOperation', "You can't change part of an array.");
    return undefined;
  }

  /** Inserts `count` rows above row `at` (0-based), as Home › Insert › Insert Sheet Rows does. */
  insertRows(at: number, count: number): void {
    const shift = (r: CellRange) => ({ ...r, top: r.top >= at ? r.top + count : r.top, bottom: r.bottom >= at ? r.bottom + count : r.bottom });
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of this.cells) {
      const [row, col] = key.split(',').map(Number);
      const formula = cell.formula?.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (_m, c$: string, c: string, r$: string, r: string) => `${c$}${c}${r$}${Number(r) - 1 >= at ? Number(r) + count : Number(r)}`);
      moved.set(`${row >= at ? row + count : row},${col}`, { ...cell, formula });
    }
    this.cells = moved;
    this.conditionalFormats.forEach((f) => (f.ranges = f.ranges.map(shift)));
    this.merges = this.merges.map(shift);
    this.arrays.forEach((a) => (a.range = shift(a.range)));
    this.tables.forEach((t) => (t.range = shift(t.range)));
    this.recalc();
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Sets a cell as the officer would: a value, or a formula starting with `=`. */
  set(address: string, content: Scalar, numberFormat = 'General'): void {
    const at = parseCellAddress(address)!;
    this.write(at.row, at.col, content);
    this.cell(at.row, at.col)!.numberFormat = numberFormat;
  }

  write(row: number, col: number, content: Scalar | null): void {
    const key = `${row},${col}`;
    const old = this.cells.get(key);
    if (content === '' || content === null) {
      if (old && (old.fill || old.bold || old.numberFormat !== 'General' || old.locked === false)) this.cells.set(key, { ...old, value: '', formula: undefined, error: undefined, quotePrefix: undefined });
      else this.cells.delete(key);
      return;
    }
    const typed = typedInput(content);
    const base = old ?? { numberFormat: 'General' };
    this.cells.set(key, {
      ...base,
      value: typed.value,
      formula: typed.formula,
      error: typed.error,
      quotePrefix: typed.quotePrefix,
      numberFormat: typed.numberFormat && base.numberFormat === 'General' ? typed.numberFormat : base.numberFormat,
    });
  }

  /** Bounding box of the cells holding a value or formula (valuesOnly) or also formatting. */
  usedRange(valuesOnly: boolean): CellRange {
    let range: CellRange | undefined;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === '' && !cell.formula) continue;
      const [row, col] = key.split(',').map(Number);
      range = range
        ? { top: Math.min(range.top, row), left: Math.min(range.left, col), bottom: Math.max(range.bottom, row), right: Math.max(range.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return range ?? { top: 0, left: 0, bottom: 0, right: 0 };
  }

  /** Recomputes formula cells: SUM of ranges and cells, and sums/differences of cells and numbers. */
  recalc(): void {
    for (let pass = 0; pass < 10; pass++) {
      for (const cell of this.cells.values()) if (cell.formula && !cell.cached) cell.value = this.evaluate(cell.formula.slice(1));
    }
  }

  private evaluate(expression: string): number {
    const sum = /^SUM\((.+)\)$/i.exec(expression);
    if (sum) return sum[1].split(',').reduce((total, part) => total + this.sumRange(part.trim()), 0);
    const terms = expression.match(/[+-]?[^+-]+/g) ?? [];
    return terms.reduce((total, term) => {
      const sign = term.startsWith('-') ? -1 : 1;
      const body = term.replace(/^[+-]/, '').trim();
      const value = /^\d+(\.\d+)?$/.test(body) ? Number(body) : this.sumRange(body);
      return total + sign * value;
    }, 0);
  }

  private sumRange(address: string): number {
    const range = parseRangeAddress(address);
    if (!range) return 0;
    let total = 0;
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const value = this.cell(r, c)?.value;
        if (typeof value === 'number') total += value;
      }
    }
    return total;
  }
}

/**
 * Excel on the web's 5 MB request limit in the fake's unit (cell-properties), at the add-in reader's
 * own estimate of 17 bytes per cell-property on average (BYTES_PER_CELL): set as `payloadLimit`.
 */
export const WEB_PAYLOAD_LIMIT = Math.floor(5_000_000 / 17);

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheet = '';
  selection = { sheet: '', range: { top: 0, left: 0, bottom: 0, right: 0 } as CellRange };
  /** Settings as saved in the file (what a reopened pane sees). */
  savedSettings: Record<string, unknown> = {};
  syncCount = 0;
  /** Cell-properties one sync may carry (values, formulas, numberFormat, valueTypes count one each per cell). */
  payloadLimit = Infinity;
  /** Requests refused for their size (RequestPayloadSizeLimitExceeded). */
  refusedCount = 0;
  cellEditMode = false;
  /** Whether this Excel honours delayForCellEdit (some hosts fail the batch instead). */
  delayHonoured = true;
  apiVersion = '1.13';
  url = 'https://contoso.sharepoint.com/Shared Documents/K%E1%BA%BF%20ho%E1%BA%A1ch%202017.xlsx';
  runOptions: unknown[] = [];
  /** What the last multi-area select chose. */
  selectedAreas: string[] = [];
  /** The officer's undo history (ExcelApi 1.20): each step the sheets as they were before it. */
  undoStack: string[] = [];
  /** Document settings: a failing save (network, co-authoring conflict) and a size limit in characters of JSON. */
  settingsFail = false;
  /** Saves that still succeed before every further save fails (a connection that drops mid-action). */
  settingsSavesLeft = Infinity;
  settingsLimit = 2_000_000;
  /** Sheets whose cell writes fail with GeneralException, to stand for any failure Excel may have. */
  failingSheets = new Set<string>();
  private nextCfId = 1;
  private editEnded: (() => void)[] = [];

  /** The officer leaves the cell being edited: batches Excel held with delayForCellEdit run now. */
  endCellEdit(): void {
    this.cellEditMode = false;
    this.editEnded.splice(0).forEach((resume) => resume());
  }

  whenEditEnds(): Promise<void> {
    return new Promise((resolve) => this.editEnded.push(resolve));
  }

  /** Everything undo would put back, as text. */
  state(): string {
    return JSON.stringify(this.sheets.map((sheet) => ({ id: sheet.id, name: sheet.name, ...snapshot(sheet) })));
  }

  private restoreState(state: string): void {
    const saved = JSON.parse(state) as ({ id: string; name: string } & ReturnType<typeof snapshot>)[];
    this.sheets = saved.map((entry) => {
      const sheet = this.sheets.find((s) => s.id === entry.id) ?? new FakeSheet(entry.name);
      sheet.name = entry.name;
      sheet.cells = new Map(entry.cells as [string, FakeCell][]);
      sheet.conditionalFormats = entry.conditionalFormats;
      sheet.merges = entry.merges;
      return sheet;
    });
  }

  /** The officer presses Ctrl+Z: the last step of Excel's undo history is undone. */
  pressUndo(): void {
    const state = this.undoStack.pop();
    if (state === undefined) throw new Error('fake: nothing on the undo stack');
    this.restoreState(state);
    this.sheets.forEach((sheet) => sheet.recalc());
  }

  /** An API without undo support ran: the officer's history is gone. */
  clearUndo(): void {
    this.undoStack = [];
  }

  /** The officer renames a sheet. */
  rename(from: string, to: string): void {
    this.sheet(from).name = to;
    if (this.activeSheet.toLowerCase() === from.toLowerCase()) this.activeSheet = to;
  }

  addSheet(name: string, rows: (Scalar | null)[][] = []): FakeSheet {
    const sheet = new FakeSheet(name);
    rows.forEach((row, r) => row.forEach((content, c) => content !== null && content !== '' && sheet.write(r, c, content)));
    sheet.recalc();
    this.sheets.push(sheet);
    if (!this.activeSheet) {
      this.activeSheet = name;
      this.selection = { sheet: name, range: { top: 0, left: 0, bottom: 0, right: 0 } };
    }
    return sheet;
  }

  /** A sheet as a file holds it: values, formulas with their cached results, number formats, merges. */
  addGrid(grid: SheetGrid): FakeSheet {
    const sheet = this.addSheet(grid.name);
    grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const value = cell.value === null ? '' : typeof cell.value === 'object' ? cell.value.error : cell.value;
        sheet.cells.set(`${grid.origin.row + r},${grid.origin.col + c}`, {
          value,
          formula: cell.formula === undefined ? undefined : `=${cell.formula}`,
          numberFormat: cell.numberFormat ?? 'General',
          error: typeof cell.value === 'object' && cell.value !== null ? true : undefined,
          cached: cell.formula === undefined ? undefined : true,
        });
      }),
    );
    sheet.merges = grid.merges.map((m) => ({ ...m }));
    return sheet;
  }

  /** A sheet by name (case-insensitive, as Excel) or by id. */
  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.id === name || s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw apiError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
    return sheet;
  }

  newCfId(): string {
    return `{CF-${this.nextCfId++}}`;
  }

  /** The officer types into a cell: the sheet's onChanged handlers fire. */
  async userEdit(sheetName: string, address: string, content: Scalar): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (this.isSetSupported('ExcelApi', '1.20')) this.undoStack.push(this.state());
    const at = parseCellAddress(address)!;
    sheet.write(at.row, at.col, content);
    sheet.recalc();
    await Promise.all(sheet.changedHandlers.map((handler) => handler({ address, worksheetId: sheet.name, changeType: 'RangeEdited' })));
  }

  isSetSupported(name: string, version = '1.1'): boolean {
    if (name !== 'ExcelApi') return false;
    const [a, b] = [version, this.apiVersion].map((v) => v.split('.').map(Number));
    return a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);
  }

  /** The `Excel` global. */
  get excel() {
    return {
      run: async (...args: unknown[]) => {
        const batch = args[args.length - 1] as (context: FakeContext) => Promise<unknown>;
        // Excel.run(context, batch) continues an earlier batch's context (e.g. to remove its event handler).
        const earlier = args[0] instanceof FakeContext ? args[0] : undefined;
        const options = (args.length > 1 && !earlier ? args[0] : {}) as { delayForCellEdit?: boolean; mergeUndoGroup?: boolean };
        if (args.length > 1 && !earlier) this.runOptions.push(args[0]);
        const context = earlier ?? new FakeContext(this, options);
        // With ExcelApi 1.20 every batch is on the undo stack; mergeUndoGroup makes the whole run one step.
        const grouped = Boolean(options.mergeUndoGroup) && this.isSetSupported('ExcelApi', '1.20');
        const before = grouped ? this.state() : undefined;
        try {
          const result = await batch(context);
          // Excel.run flushes what is still queued when the batch returns.
          if (context.queued > 0) await context.sync();
          return result;
        } finally {
          if (before !== undefined && this.state() !== before) this.undoStack.push(before);
        }
      },
    } as unknown as typeof Excel;
  }

  /** An `Office` global, as a newly opened pane sees it: settings as last saved. */
  office() {
    return {
      context: {
        document: { settings: new FakeSettings(this), url: this.url },
        requirements: { isSetSupported: (name: string, version?: string) => this.isSetSupported(name, version) },
      },
    } as unknown as { context: { document: { settings: Office.Settings; url: string }; requirements: { isSetSupported(name: string, version?: string): boolean } } };
  }
}

class FakeSettings {
  private values: Record<string, unknown>;
  constructor(private readonly workbook: FakeWorkbook) {
    this.values = JSON.parse(JSON.stringify(workbook.savedSettings));
  }
  get(name: string): unknown {
    return this.values[name] === undefined ? null : JSON.parse(JSON.stringify(this.values[name]));
  }
  set(name: string, value: unknown): void {
    this.values[name] = JSON.parse(JSON.stringify(value));
  }
  remove(name: string): void {
    delete this.values[name];
  }
  saveAsync(callback?: (result: { status: string; error?: Error }) => void): void {
    const text = JSON.stringify(this.values);
    // Settings are a Common API: not undoable, so saving them clears Excel's undo history (office-js#5966).
    if (this.workbook.isSetSupported('ExcelApi', '1.20')) this.workbook.clearUndo();
    const failing = this.workbook.settingsFail || this.workbook.settingsSavesLeft-- <= 0;
    const error = failing ? new Error('The operation failed.') : text.length > this.workbook.settingsLimit ? new Error('The settings exceed the size limit.') : undefined;
    if (!error) this.workbook.savedSettings = JSON.parse(text);
    setTimeout(() => callback?.(error ? { status: 'failed', error } : { status: 'succeeded' }), 0);
  }
}

export function apiError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code });
}

/** A queued command; `cells` is what it carries, counted when the sync runs. */
type Op = { run: () => void; cells: () => number };

export class FakeContext {
  private ops: Op[] = [];
  readonly workbook: FakeWorkbookProxy;
  constructor(
    readonly book: FakeWorkbook,
    readonly options: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } = {},
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  get queued(): number {
    return this.ops.length;
  }
  queue(run: () => void, cells: () => number = () => 0): void {
    this.ops.push({ run, cells });
  }
  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    this.book.syncCount++;
    await Promise.resolve();
    if (this.book.cellEditMode && this.options.delayForCellEdit && this.book.delayHonoured) await this.book.whenEditEnds();
    if (this.book.cellEditMode) throw apiError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    const payload = ops.reduce((total, op) => total + op.cells(), 0);
    if (payload > this.book.payloadLimit) {
      this.book.refusedCount++;
      throw apiError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    try {
      for (const op of ops) op.run();
    } finally {
      this.book.sheets.forEach((sheet) => sheet.recalc());
    }
  }
}

/** Base of every proxy: properties are readable only once loaded and synced. */
class Proxy {
  protected loaded = new Set<string>();
  protected data: Record<string, unknown> = {};
  constructor(readonly context: FakeContext) {}
  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw apiError('PropertyNotLoaded', `The property '${name}' is not available. Call load() and context.sync() first.`);
    return this.data[name] as T;
  }
  protected names(properties: string | string[]): string[] {
    return (Array.isArray(properties) ? properties : properties.split(',')).map((p) => p.trim()).filter(Boolean);
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }
  getSelectedRange(): FakeRange {
    const book = this.context.book;
    return new FakeRange(this.context, () => book.selection.sheet, () => book.selection.range);
  }
}

class FakeWorksheetCollection extends Proxy {
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.book.activeSheet);
  }
  /** By name or by id, as Excel's getItem. */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.book.sheet(name).name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, () => this.context.book.sheet(name).name);
    this.context.queue(() => sheet.loadedNull(!this.context.book.sheets.some((s) => s.id === name || s.name.toLowerCase() === name.toLowerCase())));
    return sheet;
  }
  add(name: string): FakeWorksheet {
    this.context.queue(() => {
      if (this.context.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw apiError('ItemAlreadyExists', `A sheet named ${name} exists.`);
      this.context.book.sheets.push(new FakeSheet(name));
    });
    return new FakeWorksheet(this.context, () => this.context.book.sheet(name).name);
  }
  load(properties: string): void {
    if (properties !== 'items/name') throw new Error(`fake: unsupported load ${properties}`);
    this.context.queue(() => {
      this.data.items = this.context.book.sheets.map((sheet) => new FakeWorksheet(this.context, () => sheet.name).loadedName(sheet.name));
      this.loaded.add('items');
    });
  }
  get items(): FakeWorksheet[] {
    return this.get('items');
  }
}

class FakeWorksheet extends Proxy {
  readonly protection: FakeProtection;
  constructor(context: FakeContext, readonly resolve: () => string) {
    super(context);
    this.protection = new FakeProtection(context, () => this.context.book.sheet(this.resolve()));
  }
  loadedName(name: string): this {
    this.data.name = name;
    this.loaded.add('name');
    return this;
  }
  loadedNull(isNull: boolean): void {
    this.data.isNullObject = isNull;
    this.loaded.add('isNullObject');
  }
  load(properties: string | string[]): void {
    for (const name of this.names(properties)) {
      if (name === 'name') this.context.queue(() => this.loadedName(this.resolve()));
      else if (name === 'id') {
        this.context.queue(() => {
          this.data.id = this.sheet().id;
          this.loaded.add('id');
        });
      } else throw new Error(`fake: unsupported worksheet property ${name}`);
    }
  }
  get name(): string {
    return this.get('name');
  }
  get id(): string {
    return this.get('id');
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, this.resolve);
  }
  /** Worksheet.delete has no undo support (Microsoft's list "Undo support in Excel add-ins"). */
  delete(): void {
    this.context.queue(() => {
      const book = this.context.book;
      if (this.context.options.mergeUndoGroup && book.isSetSupported('ExcelApi', '1.20')) throw apiError('UndoNotSupported', 'This operation cannot be grouped for undo.');
      const sheet = this.sheet();
      book.sheets = book.sheets.filter((s) => s !== sheet);
      if (book.isSetSupported('ExcelApi', '1.20')) book.clearUndo();
    });
  }
  private sheet(): FakeSheet {
    return this.context.book.sheet(this.resolve());
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this.resolve, () => this.sheet().usedRange(valuesOnly));
  }
  getRange(address?: string): FakeRange {
    const range = address ? parseRangeAddress(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 };
    if (!range) throw apiError('InvalidArgument', `Bad address ${address}`);
    return new FakeRange(this.context, this.resolve, () => range);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, this.resolve, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }
  getRanges(address: string): { select(): void; conditionalFormats: FakeConditionalFormats } {
    if (!this.context.book.isSetSupported('ExcelApi', '1.9')) throw new TypeError('getRanges is not a function');
    const areas = address.split(',').map((a) => parseRangeAddress(a)!);
    const sheet = () => this.context.book.sheet(this.resolve());
    return {
      select: () => this.context.queue(() => this.selectAreas(areas)),
      conditionalFormats: new FakeConditionalFormats(this.context, sheet, () => areas),
    };
  }
  private selectAreas(areas: CellRange[]): void {
    this.context.book.activeSheet = this.resolve();
    this.context.book.selection = { sheet: this.resolve(), range: areas[0] };
    this.context.book.selectedAreas = areas.map(rangeAddress);
  }
  activate(): void {
    this.context.queue(() => (this.context.book.activeSheet = this.resolve()));
  }
  get onChanged() {
    return {
      add: (handler: (event: unknown) => Promise<void>) => {
        const result = {
          context: this.context,
          remove: () => this.context.queue(() => (this.sheet().changedHandlers = this.sheet().changedHandlers.filter((h) => h !== handler))),
        };
        this.context.queue(() => this.sheet().changedHandlers.push(handler));
        return result;
      },
    };
  }
}

class FakeTableCollection extends Proxy {
  constructor(context: FakeContext, private readonly sheetName: () => string) {
    super(context);
  }
  load(properties: string): void {
    if (properties !== 'items/name') throw new Error(`fake: unsupported tables load ${properties}`);
    this.context.queue(() => {
      const sheet = this.context.book.sheet(this.sheetName());
      this.data.items = sheet.tables.map((table) => ({
        name: table.name,
        getHeaderRowRange: () => new FakeRange(this.context, this.sheetName, () => ({ ...table.range, bottom: table.range.top })),
      }));
      this.loaded.add('items');
    });
  }
  get items(): { name: string; getHeaderRowRange(): FakeRange }[] {
    return this.get('items');
  }
}

class FakeProtection extends Proxy {
  constructor(context: FakeContext, private readonly sheet: () => FakeSheet) {
    super(context);
  }
  load(properties: string): void {
    if (properties !== 'protected') throw new Error(`fake: unsupported protection property ${properties}`);
    this.context.queue(() => {
      this.data.protected = this.sheet().isProtected;
      this.loaded.add('protected');
    });
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

const DATA = new Set(['values', 'formulas', 'numberFormat', 'valueTypes']);
const SHAPE = new Set(['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);

export class FakeRange extends Proxy {
  constructor(context: FakeContext, private readonly sheetName: () => string, private readonly rect: () => CellRange) {
    super(context);
  }
  private sheet(): FakeSheet {
    return this.context.book.sheet(this.sheetName());
  }
  /** Formats (number formats, bold, conditional formats) cannot change on a protected sheet. */
  private writable(): FakeSheet {
    const sheet = this.sheet();
    if (sheet.isProtected) throw apiError('AccessDenied', 'The cell or chart you are trying to change is protected.');
    return sheet;
  }
  load(properties: string | string[]): void {
    const names = this.names(properties);
    for (const name of names) if (!DATA.has(name) && !SHAPE.has(name)) throw new Error(`fake: unsupported range property ${name}`);
    const dataCount = names.filter((n) => DATA.has(n)).length;
    const size = () => {
      const r = this.rect();
      return dataCount * (r.bottom - r.top + 1) * (r.right - r.left + 1);
    };
    this.context.queue(
      () => {
        const r = this.rect();
        const sheet = this.sheet();
        const rows = r.bottom - r.top + 1;
        const cols = r.right - r.left + 1;
        const grid = <T,>(f: (cell: FakeCell | undefined) => T) => Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(sheet.cell(r.top + i, r.left + j))));
        const all: Record<string, () => unknown> = {
          address: () => `${sheet.name}!${rangeAddress(r)}`,
          rowIndex: () => r.top,
          columnIndex: () => r.left,
          rowCount: () => rows,
          columnCount: () => cols,
          values: () => grid((c) => (c ? c.value : '')),
          formulas: () => grid((c) => (c ? c.formula ?? c.value : '')),
          numberFormat: () => grid((c) => c?.numberFormat ?? 'General'),
          valueTypes: () => grid((c) => (!c || (c.value === '' && !c.formula) ? 'Empty' : c.error ? 'Error' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String')),
        };
        for (const name of names) {
          this.data[name] = all[name]();
          this.loaded.add(name);
        }
      },
      size,
    );
  }
  get address(): string { return this.get('address'); }
  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }
  get rowCount(): number { return this.get('rowCount'); }
  get columnCount(): number { return this.get('columnCount'); }
  get values(): Scalar[][] { return this.get('values'); }
  get valueTypes(): string[][] { return this.get('valueTypes'); }
  get formulas(): Scalar[][] { return this.get('formulas'); }
  set formulas(rows: Scalar[][]) {
    this.writeAll(rows, (sheet, r, c, v) => {
      if (this.context.book.failingSheets.has(sheet.name)) throw apiError('GeneralException', 'An internal error has occurred.');
      const refused = sheet.refusal(r, c);
      if (refused) throw refused;
      sheet.write(r, c, v);
    }, this.sheet.bind(this));
  }
  get numberFormat(): string[][] { return this.get('numberFormat'); }
  set numberFormat(rows: string[][]) {
    this.writeAll(rows, (sheet, r, c, v) => {
      // An empty cell in General format is what Excel has everywhere: nothing to store.
      if (!sheet.cell(r, c) && v === 'General') return;
      if (!sheet.cell(r, c)) sheet.cells.set(`${r},${c}`, { value: '', numberFormat: 'General' });
      sheet.cell(r, c)!.numberFormat = String(v);
    });
  }
  private writeAll(rows: Scalar[][], write: (sheet: FakeSheet, row: number, col: number, value: Scalar) => void, target = this.writable.bind(this)): void {
    this.context.queue(() => {
      const sheet = target();
      const r = this.rect();
      if (rows.length !== r.bottom - r.top + 1 || rows.some((row) => row.length !== r.right - r.left + 1)) throw apiError('InvalidArgument', 'The number of rows or columns does not match the range.');
      rows.forEach((row, i) => row.forEach((value, j) => write(sheet, r.top + i, r.left + j, value)));
    });
  }
  getMergedAreasOrNullObject() {
    if (!this.context.book.isSetSupported('ExcelApi', '1.13')) throw new TypeError('getMergedAreasOrNullObject is not a function');
    const areas = new FakeAreas(this.context);
    this.context.queue(() => {
      const r = this.rect();
      const sheet = this.sheet();
      // Like Excel: the merged areas whose top-left cell is in the range.
      const inside = sheet.merges.filter((m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right);
      if (inside.length > 512) throw apiError('GeneralException', 'Too many merged areas.');
      areas.fill(inside.length === 0 ? undefined : inside.map((m) => `${sheet.name}!${rangeAddress(m)}`).join(', '));
    });
    return areas;
  }
  merge(across = false): void {
    this.context.queue(() => {
      if (across) throw new Error('fake: merge across not supported');
      this.writable().merges.push(this.rect());
    });
  }
  select(): void {
    this.context.queue(() => {
      this.context.book.activeSheet = this.sheetName();
      this.context.book.selection = { sheet: this.sheetName(), range: this.rect() };
    });
  }
  get format() {
    const range = this;
    const protection = new FakeCellProtection(this.context, () => {
      const r = this.rect();
      const cell = this.sheet().cell(r.top, r.left);
      return cell?.locked ?? true;
    });
    return { font: { set bold(on: boolean) { range.setBold(on); } }, protection };
  }
  /** ExcelApi 1.12: the anchor of the spill range the cell is in. */
  getSpillParentOrNullObject(): FakeAreas {
    if (!this.context.book.isSetSupported('ExcelApi', '1.12')) throw new TypeError('getSpillParentOrNullObject is not a function');
    const parent = new FakeAreas(this.context);
    this.context.queue(() => {
      const r = this.rect();
      const spill = this.sheet().arrays.find((a) => a.kind === 'spill' && r.top >= a.range.top && r.top <= a.range.bottom && r.left >= a.range.left && r.left <= a.range.right);
      parent.fill(spill ? `${this.sheet().name}!${cellAddress(spill.range.top, spill.range.left)}` : undefined);
    });
    return parent;
  }
  private setBold(on: boolean): void {
    this.context.queue(() => {
      const sheet = this.writable();
      const r = this.rect();
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) {
        if (!sheet.cell(row, col)) sheet.cells.set(`${row},${col}`, { value: '', numberFormat: 'General' });
        sheet.cell(row, col)!.bold = on;
      }
    });
  }
  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.context, () => this.sheet(), () => [this.rect()]);
  }
}

class FakeAreas extends Proxy {
  fill(address: string | undefined): void {
    this.data = { address, isNullObject: address === undefined };
    this.loaded.add('isNullObject');
  }
  load(properties: string): void {
    if (properties !== 'address') throw new Error(`fake: unsupported areas property ${properties}`);
    this.context.queue(() => this.loaded.add('address'));
  }
  get isNullObject(): boolean { return this.get('isNullObject'); }
  get address(): string {
    if (this.data.isNullObject) throw apiError('InvalidOperation', 'Null object');
    return this.get('address');
  }
}

class FakeCellProtection extends Proxy {
  constructor(context: FakeContext, private readonly isLocked: () => boolean) {
    super(context);
  }
  load(properties: string): void {
    if (properties !== 'locked') throw new Error(`fake: unsupported protection property ${properties}`);
    this.context.queue(() => {
      this.data.locked = this.isLocked();
      this.loaded.add('locked');
    });
  }
  get locked(): boolean {
    return this.get('locked');
  }
}

class FakeConditionalFormats extends Proxy {
  constructor(context: FakeContext, private readonly sheet: () => FakeSheet, private readonly areas: () => CellRange[]) {
    super(context);
  }
  private writable(): FakeSheet {
    const sheet = this.sheet();
    if (sheet.isProtected) throw apiError('AccessDenied', 'The cell or chart you are trying to change is protected.');
    return sheet;
  }
  add(type: string) {
    if (type !== 'Custom') throw new Error(`fake: unsupported conditional format ${type}`);
    const id = this.context.book.newCfId();
    this.context.queue(() => this.writable().conditionalFormats.push({ id, ranges: this.areas().map((a) => ({ ...a })), type: 'Custom', formula: '' }));
    const find = () => this.sheet().conditionalFormats.find((f) => f.id === id)!;
    const context = this.context;
    return {
      custom: {
        rule: { set formula(text: string) { context.queue(() => (find().formula = text)); } },
        format: { fill: { set color(color: string) { context.queue(() => (find().fill = color)); } } },
      },
    };
  }
  load(properties: string): void {
    if (properties !== 'items/type,items/customOrNullObject/rule/formula') throw new Error(`fake: unsupported load ${properties}`);
    this.context.queue(() => {
      const sheet = this.sheet();
      const overlaps = (r: CellRange) => this.areas().some((a) => r.top <= a.bottom && r.bottom >= a.top && r.left <= a.right && r.right >= a.left);
      const overlapping = sheet.conditionalFormats.filter((f) => f.ranges.some(overlaps));
      this.data.items = overlapping.map((format) => ({
        type: format.type,
        customOrNullObject: { isNullObject: format.type !== 'Custom', rule: { formula: format.formula } },
        delete: () => this.context.queue(() => (this.writable().conditionalFormats = this.writable().conditionalFormats.filter((f) => f.id !== format.id))),
      }));
      this.loaded.add('items');
    });
  }
  get items(): { type: string; customOrNullObject: { isNullObject: boolean; rule: { formula: string } }; delete(): void }[] {
    return this.get('items');
  }
}

/** A deep copy of everything the officer could see in a sheet, to compare before and after. */
export function snapshot(sheet: FakeSheet) {
  return {
    cells: [...sheet.cells.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, cell]) => [key, { ...cell }]),
    conditionalFormats: sheet.conditionalFormats.map((f) => ({ ...f, ranges: f.ranges.map((r) => ({ ...r })) })),
    merges: sheet.merges.map((m) => ({ ...m })),
  };
}

export { cellAddress };

// ---- Row and column properties (ExcelApi 1.9), added for the reader: hidden rows and columns. ----

export interface FakeSheet {
  /** Hidden rows and columns, 0-based (set by tests; Excel's rowHidden / columnHidden). */
  hiddenRows?: Set<number>;
  hiddenCols?: Set<number>;
}

export interface FakeRange {
  getRowProperties(load: { rowIndex?: boolean; rowHidden?: boolean }): { value: { rowIndex: number; rowHidden: boolean }[] };
  getColumnProperties(load: { columnIndex?: boolean; columnHidden?: boolean }): { value: { columnIndex: number; columnHidden: boolean }[] };
}

/** A ClientResult: its value is there only after the sync that carries it, as in Excel. */
function clientResult<T>(context: FakeContext, cells: () => number, compute: () => T): { value: T } {
  let value: T | undefined;
  let synced = false;
  context.queue(() => {
    value = compute();
    synced = true;
  }, cells);
  return {
    get value(): T {
      if (!synced) throw apiError('PropertyNotLoaded', 'The value of the result object has not been loaded yet.');
      return value as T;
    },
  };
}

function propertiesOf(range: FakeRange, version: string): { sheet: FakeSheet; rect: CellRange } {
  const internal = range as unknown as { sheet(): FakeSheet; rect(): CellRange };
  if (!range.context.book.isSetSupported('ExcelApi', version)) throw new TypeError('getRowProperties is not a function');
  return { sheet: internal.sheet(), rect: internal.rect() };
}

FakeRange.prototype.getRowProperties = function (this: FakeRange) {
  const rows = () => {
    const { rect } = propertiesOf(this, '1.9');
    return rect.bottom - rect.top + 1;
  };
  propertiesOf(this, '1.9');
  return clientResult(this.context, rows, () => {
    const { sheet, rect } = propertiesOf(this, '1.9');
    return Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ rowIndex: rect.top + i, rowHidden: sheet.hiddenRows?.has(rect.top + i) ?? false }));
  });
};

FakeRange.prototype.getColumnProperties = function (this: FakeRange) {
  const columns = () => {
    const { rect } = propertiesOf(this, '1.9');
    return rect.right - rect.left + 1;
  };
  propertiesOf(this, '1.9');
  return clientResult(this.context, columns, () => {
    const { sheet, rect } = propertiesOf(this, '1.9');
    return Array.from({ length: rect.right - rect.left + 1 }, (_, i) => ({ columnIndex: rect.left + i, columnHidden: sheet.hiddenCols?.has(rect.left + i) ?? false }));
  });
};

export interface FakeRange {
  getAbsoluteResizedRange(rows: number, columns: number): FakeRange;
  getIntersection(other: FakeRange): FakeRange;
}

/** Same top-left cell, `rows` × `columns` (ExcelApi 1.7). */
FakeRange.prototype.getAbsoluteResizedRange = function (this: FakeRange, rows: number, columns: number) {
  const internal = this as unknown as { sheetName(): string; rect(): CellRange };
  return new FakeRange(this.context, () => internal.sheetName(), () => {
    const r = internal.rect();
    return { top: r.top, left: r.left, bottom: r.top + rows - 1, right: r.left + columns - 1 };
  });
};

/** The cells both ranges share; Excel fails the request when they share none. */
FakeRange.prototype.getIntersection = function (this: FakeRange, other: FakeRange) {
  const a = this as unknown as { sheetName(): string; rect(): CellRange };
  const b = other as unknown as { rect(): CellRange };
  return new FakeRange(this.context, () => a.sheetName(), () => {
    const [r, s] = [a.rect(), b.rect()];
    const range = { top: Math.max(r.top, s.top), left: Math.max(r.left, s.left), bottom: Math.min(r.bottom, s.bottom), right: Math.min(r.right, s.right) };
    if (range.top > range.bottom || range.left > range.right) throw apiError('InvalidArgument', 'The ranges do not intersect.');
    return range;
  });
};
