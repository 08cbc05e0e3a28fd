/**
 * What every end-to-end test needs: the built page served from dist/, Chromium kept off the network,
 * the engine run in node on the same file for comparison, screenshots and timings written to
 * test-output/ (where CI keeps test output).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Server } from 'http';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { checkSheet } from '../../src/engine';
import type { Finding, Lang, Severity, SheetGrid } from '../../src/engine';
import { strings } from '../../src/ui/strings';
import { readWorkbook } from '../../src/io/read-workbook';
// The same server `npm start` uses on machines without Excel.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require('../../scripts/static-server') as {
  serveStatic: (root: string, options?: { host?: string; port?: number }) => Promise<{ server: Server; url: string }>;
};

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const OUTPUT = path.join(ROOT, 'test-output');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Session {
  browser: Browser;
  server: Server;
  url: string;
  /** Requests the page made to anything but the test server. */
  foreignRequests: string[];
  /** Uncaught errors and console errors in the page. */
  pageErrors: string[];
  newPage(options?: { width?: number; height?: number; bypassCSP?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is not built: run `npm run build` (or `npm run test:e2e`).');
  const { server, url } = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  return {
    browser,
    server,
    url,
    foreignRequests,
    pageErrors,
    async newPage(options = {}) {
      // bypassCSP only to inject axe-core: the page's own policy forbids inline scripts.
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
        acceptDownloads: true,
        bypassCSP: options.bypassCSP ?? false,
      });
      const page = await context.newPage();
      page.on('request', (request) => {
        const address = request.url();
        if (!address.startsWith(url) && !address.startsWith('blob:') && !address.startsWith('data:')) foreignRequests.push(address);
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Waits until the findings panel shows a finished check of `file`, and returns its count. */
export async function waitForFindings(page: Page, file: string, timeout = 60_000): Promise<number> {
  const panel = page.locator(`[data-testid=findings-panel][data-ready=true][data-file="${file}"]`);
  await panel.waitFor({ state: 'visible', timeout });
  return Number(await panel.getAttribute('data-count'));
}

export interface ShownFinding {
  cell: string;
  severity: Severity;
}

/**
 * The findings the page lists for the sheet in view (every severity is shown by default), read from
 * the accessible names the shared findings panel gives them: `<severity> <cell>: <message>`.
 */
export async function shownFindings(page: Page, lang: Lang = 'vi'): Promise<ShownFinding[]> {
  const labels = await page.locator('[data-testid=findings-panel] li[aria-label]').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
  const severities = Object.entries(strings[lang].severity) as [Severity, string][];
  return labels.map((label) => {
    const [severity, word] = severities.find(([, name]) => label.startsWith(`${name} `)) ?? ['info', '?'];
    return { severity, cell: label.slice(word.length + 1).split(':')[0] };
  });
}

/** Order-free comparison of finding lists. */
export function sortFindings(list: ShownFinding[]): string[] {
  return list.map((f) => `${f.severity} ${f.cell}`).sort();
}

export async function readGrids(file: string): Promise<SheetGrid[]> {
  return readWorkbook(new Uint8Array(fs.readFileSync(file)));
}

/** What the engine finds in node on each sheet, as the page checks it: one sheet at a time. */
export function expectedFindings(grid: SheetGrid): Finding[] {
  return checkSheet(grid, {}).findings;
}

export async function openThroughInput(page: Page, file: string): Promise<void> {
  await page.locator('[data-testid=file-input]').setInputFiles(file);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(OUTPUT, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Merges figures into test-output/<name>.json (several test files add to the same report) and prints them. */
export function recordFigures(name: string, figures: Record<string, unknown>): void {
  fs.mkdirSync(OUTPUT, { recursive: true });
  const file = path.join(OUTPUT, name);
  const before = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  fs.writeFileSync(file, `${JSON.stringify({ ...before, ...figures }, null, 2)}\n`);
  console.log(`${name}: ${JSON.stringify(figures, null, 2)}`);
}

export function fixtureFiles(): string[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.xlsx'))
    .map((name) => path.join(FIXTURES, name));
}

/** Waits until a new document tab has appeared after `before` tabs. */
export async function waitForNewDocument(page: Page, before: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=document-tabs] [role=tab]').length > n, before, { timeout: 60_000 });
}

export async function documentTabCount(page: Page): Promise<number> {
  return page.locator('[data-testid=document-tabs] [role=tab]').count();
}

/** The page's arrival: both samples open and the first one checked. */
export async function openPage(session: Session, page: Page): Promise<void> {
  await page.goto(session.url);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=document-tabs] [role=tab]').length >= 2, undefined, { timeout: 60_000 });
  await waitForFindings(page, 'quang-ninh-2012-2015-kinh-phi.xlsx');
}

/** The preview's cell at an A1 address, if it is rendered (only the cells in view are). */
export function previewCell(page: Page, address: string) {
  return page.locator(`[data-testid=sheet-preview] [role=gridcell][data-cell="${address}"]`);
}

/** Whether the cell's box lies inside the preview's scrolled viewport. */
export async function cellInView(page: Page, address: string): Promise<boolean> {
  return page.evaluate((a) => {
    const scroller = document.querySelector('[data-testid=sheet-preview]');
    const cell = scroller?.querySelector(`[role=gridcell][data-cell="${a}"]`);
    if (!scroller || !cell) return false;
    const outer = scroller.getBoundingClientRect();
    const inner = cell.getBoundingClientRect();
    return inner.top >= outer.top && inner.bottom <= outer.bottom + 1 && inner.left >= outer.left && inner.left < outer.right;
  }, address);
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
export async function tabTo(page: Page, selector: string, limit = 60, key = 'Tab'): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${limit} presses of ${key} never reached ${selector}`);
}

export const SAMPLE_FILES = ['quang-ninh-2012-2015-kinh-phi.xlsx', 'nghe-an-2017-chi-tieu.xlsx'];
export const SAMPLES_DIR = path.join(ROOT, 'assets/samples');
