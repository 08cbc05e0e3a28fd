/**
 * The simulated Excel host (`npm run addin:sim`, and the pane's end-to-end tests): the project's fake
 * Excel holding a workbook read from an .xlsx, shown with the web page's grid preview, and beside it
 * the real built task pane (dist/taskpane.html) in an iframe whose office.js is the stand-in of
 * standin.ts. Selection, the add-in's highlight marks and written values show in the sheet as they
 * would in Excel.
 *
 * URL parameters: `book` (a workbook the sim server offers), `width` (pane width in px, default 350),
 * `lang` (Office display language, default vi-VN), `theme` (`light` | `dark`), `api` (highest ExcelApi
 * set the host supports, default the fake's).
 * Tests drive the host through `window.sim` (see SimApi).
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { rangeAddress } from '../../src/engine';
import type { Cell, SheetGrid, Severity } from '../../src/engine';
import { markerFormula } from '../../src/addin/highlight';
import { SheetPreview } from '../../src/web/grid/SheetPreview';
import type { CellPosition } from '../../src/web/grid/SheetPreview';
import { FakeWorkbook, snapshot } from '../addin/fake-excel';
import type { FakeSheet, Scalar } from '../addin/fake-excel';
import { officeStandIn } from './standin';

/** What tests (and a developer's console) can do to the simulated Excel. */
export interface SimApi {
  book: FakeWorkbook;
  /** The officer types into a cell: onChanged handlers fire, as in Excel. */
  edit(sheet: string, address: string, content: Scalar): Promise<void>;
  /** Adds a sheet (rows of values or `=formulas`) and makes it the active one. */
  addSheet(name: string, rows: (Scalar | null)[][]): void;
  activate(sheet: string): void;
  /** Everything the officer could see in a sheet, as a JSON string, to compare before and after. */
  snapshot(sheet: string): string;
  /** Redraws the sheet after a test changed the fake directly. */
  refresh(): void;
}

declare global {
  interface Window {
    sim: SimApi;
    /** Read by standin.js in the pane's iframe. */
    __soatBieuSim: ReturnType<typeof officeStandIn>;
  }
}

const MIN_ROWS = 30;
const MIN_COLS = 10;

/** The fake sheet as the grid preview draws it: from A1, a little beyond the used range. */
function gridOf(sheet: FakeSheet): SheetGrid {
  const used = sheet.usedRange(false);
  const rows = Math.max(used.bottom + 3, MIN_ROWS);
  const cols = Math.max(used.right + 2, MIN_COLS);
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c): Cell | undefined => {
      const cell = sheet.cell(r, c);
      if (!cell || (cell.value === '' && !cell.formula)) return undefined;
      return {
        value: cell.error ? { error: String(cell.value) } : cell.value,
        formula: cell.formula?.slice(1),
        numberFormat: cell.numberFormat === 'General' ? undefined : cell.numberFormat,
      } as Cell;
    }),
  );
  return { name: sheet.name, origin: { row: 0, col: 0 }, cells, merges: sheet.merges };
}

/** The add-in's highlight marks (its own conditional formats), by cell. */
function marksOf(sheet: FakeSheet): Map<string, Severity> {
  const marks = new Map<string, Severity>();
  for (const format of sheet.conditionalFormats) {
    const severity = (['error', 'warning', 'info'] as const).find((s) => format.formula === markerFormula(s));
    if (!severity) continue;
    // One format per severity covers many areas: mark each of their cells.
    for (const range of format.ranges) {
      for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) marks.set(rangeAddress({ top: row, left: col, bottom: row, right: col }), severity);
    }
  }
  return marks;
}

const styles = {
  page: { display: 'flex', height: '100vh', fontFamily: '"Segoe UI", system-ui, sans-serif', fontSize: 13 },
  excel: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' as const, padding: 8, gap: 6, background: '#f3f3f3' },
  bar: { display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' as const },
  pane: { border: 0, borderLeft: '1px solid #c8c8c8', height: '100vh', flex: 'none' },
};

function SimulatedExcel({ book, paneWidth, version, onChange }: { book: FakeWorkbook; paneWidth: number; version: number; onChange(): void }) {
  const sheet = book.sheet(book.activeSheet);
  const grid = React.useMemo(() => gridOf(sheet), [sheet, version]);
  const marks = React.useMemo(() => marksOf(sheet), [sheet, version]);
  const selection = book.selection.sheet === sheet.name ? book.selection.range : undefined;
  const selected: CellPosition | undefined = selection && { row: selection.top, col: selection.left };
  // A multi-area select (getRanges) records its areas; a plain select leaves only the range.
  const multi = selection && book.selectedAreas[0] === rangeAddress(selection);
  const areas = multi ? book.selectedAreas : selection ? [rangeAddress(selection)] : [];
  const [cell, setCell] = React.useState('A1');
  const [content, setContent] = React.useState('');
  const select = (at: CellPosition) => {
    book.selection = { sheet: sheet.name, range: { top: at.row, left: at.col, bottom: at.row, right: at.col } };
    book.selectedAreas = [];
    onChange();
  };
  return (
    <div style={styles.page}>
      <div style={styles.excel}>
        <div style={styles.bar} role="tablist" aria-label="Sheets">
          {book.sheets.map((s) => (
            <button key={s.name} role="tab" aria-selected={s.name === sheet.name} onClick={() => window.sim.activate(s.name)}>
              {s.name}
              {s.isProtected ? ' (protected)' : ''}
            </button>
          ))}
        </div>
        <div style={styles.bar}>
          <span data-testid="sim-selection">Selection: {areas.join(', ')}</span>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const number = content.trim() !== '' && !content.startsWith('=') ? Number(content) : NaN;
              void window.sim.edit(sheet.name, cell, Number.isFinite(number) ? number : content);
            }}
          >
            <label>
              Cell <input value={cell} size={6} onChange={(e) => setCell(e.target.value)} />
            </label>{' '}
            <label>
              Type <input value={content} size={16} onChange={(e) => setContent(e.target.value)} />
            </label>{' '}
            <button type="submit">Enter</button>
          </form>
          {book.cellEditMode && <strong>Editing a cell</strong>}
        </div>
        <FluentProvider theme={webLightTheme}>
          <SheetPreview grid={grid} marks={marks} selected={selected} onSelect={select} onOpen={select} label={`Sheet ${sheet.name}`} severityLabels={{ error: 'error', warning: 'warning', info: 'info' }} />
        </FluentProvider>
      </div>
      <iframe title="Soát biểu" src="/taskpane.html" style={{ ...styles.pane, width: paneWidth }} data-testid="pane-frame" />
    </div>
  );
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const response = await fetch(`/sim/book.json${params.has('book') ? `?book=${encodeURIComponent(params.get('book')!)}` : ''}`);
  const { name, sheets } = (await response.json()) as { name: string; sheets: SheetGrid[] };
  const book = new FakeWorkbook();
  book.url = `https://contoso.sharepoint.com/Shared%20Documents/${encodeURIComponent(name)}`;
  if (params.has('api')) book.apiVersion = params.get('api')!;
  sheets.forEach((grid) => book.addGrid(grid));
  if (sheets.length === 0) book.addSheet('Sheet1');

  const root = createRoot(document.getElementById('root')!);
  let version = 0;
  const render = () => root.render(<SimulatedExcel book={book} paneWidth={Number(params.get('width') ?? 350)} version={++version} onChange={render} />);
  window.__soatBieuSim = officeStandIn(book, { displayLanguage: params.get('lang') ?? 'vi-VN', dark: params.get('theme') === 'dark', onBatch: render });
  window.sim = {
    book,
    async edit(sheet, address, content) {
      await book.userEdit(sheet, address, content);
      render();
    },
    addSheet(sheetName, rows) {
      book.addSheet(sheetName, rows);
      this.activate(sheetName);
    },
    activate(sheetName) {
      book.activeSheet = book.sheet(sheetName).name;
      book.selection = { sheet: book.activeSheet, range: { top: 0, left: 0, bottom: 0, right: 0 } };
      book.selectedAreas = [];
      render();
    },
    snapshot: (sheetName) => JSON.stringify(snapshot(book.sheet(sheetName))),
    refresh: render,
  };
  render();
}

void start();
