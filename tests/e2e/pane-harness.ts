/**
 * The task pane's end-to-end tests: the real built pane (dist/taskpane.html) in Debian's Chromium,
 * beside the simulated Excel of tests/sim (served on a free port, so several runs can share the
 * machine). Every request is recorded; any to a host other than the page's own is refused, so the
 * officer's cells could not leave even if the pane tried (the network test asserts none was tried).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Server } from 'http';
import { chromium } from 'playwright-core';
import type { Browser, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { parseCellAddress } from '../../src/engine';
import type { Finding, Lang } from '../../src/engine';
import { strings } from '../../src/ui/strings';
import { startSimServer } from '../sim/server';
import { CHROMIUM, FIXTURES, OUTPUT, expectedFindings, readGrids } from './harness';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const QUANG_NINH = 'quang-ninh-2012-2015-kinh-phi.xlsx';
export const SHEET = 'Kinh phí';

export interface PaneSession {
  browser: Browser;
  server: Server;
  url: string;
  /** Every URL any page or frame requested. */
  requests: string[];
  pageErrors: string[];
  open(options?: OpenOptions): Promise<Pane>;
  close(): Promise<void>;
}

export interface OpenOptions {
  book?: string;
  width?: number;
  /** Office's display language. */
  lang?: Lang;
  theme?: 'light' | 'dark';
  /** Highest ExcelApi set the simulated Excel supports (default: the fake's). */
  api?: string;
}

export interface Pane {
  page: Page;
  /** The pane's iframe, for locators. */
  pane: FrameLocator;
  /** The same frame, for scripts (axe). */
  frame: Frame;
  s: (typeof strings)[Lang];
  /** Milliseconds from navigation to the pane's Check button on screen. */
  openedMs: number;
}

export async function startPaneSession(): Promise<PaneSession> {
  const { server, url } = await startSimServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  return {
    browser,
    server,
    url,
    requests,
    pageErrors,
    async open(options = {}) {
      const lang = options.lang ?? 'vi';
      const width = options.width ?? 450;
      const context = await browser.newContext({ viewport: { width: width + 700, height: 860 } });
      await context.route('**/*', (route) => (route.request().url().startsWith(url) ? route.continue() : route.abort('blockedbyclient')));
      const page = await context.newPage();
      page.on('request', (request) => requests.push(request.url()));
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && !/favicon/.test(message.location().url)) pageErrors.push(message.text());
      });
      const started = Date.now();
      const query = new URLSearchParams({ book: options.book ?? QUANG_NINH, width: String(width), lang: lang === 'en' ? 'en-US' : 'vi-VN', theme: options.theme ?? 'light' });
      if (options.api) query.set('api', options.api);
      await page.goto(`${url}/?${query}`);
      const pane = page.frameLocator('[data-testid=pane-frame]');
      const s = strings[lang];
      await pane.getByRole('button', { name: s.check, exact: true }).waitFor({ timeout: 60_000 });
      const frame = page.frames().find((f) => f.url().endsWith('/taskpane.html'));
      if (!frame) throw new Error('no pane frame');
      return { page, pane, frame, s, openedMs: Date.now() - started };
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Clicks Check and waits until its result is on screen. */
export async function check(pane: Pane): Promise<void> {
  await afterSync(pane, () => pane.pane.getByRole('button', { name: pane.s.check, exact: true }).click());
}

/**
 * Does `action` and waits until it reached Excel (a sync ran) and the pane is idle again: no
 * spinner, and the Check button (disabled while anything runs) enabled.
 */
export async function afterSync(pane: Pane, action: () => Promise<unknown>): Promise<void> {
  const before = await sim(pane, (s) => s.book.syncCount);
  await action();
  await pane.page.waitForFunction((n) => window.sim.book.syncCount > n, before, { timeout: 60_000 });
  await idle(pane);
}

export async function idle(pane: Pane): Promise<void> {
  await pane.frame.waitForFunction(
    (label) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === label);
      return button && !button.disabled && !document.querySelector('[role=status] .fui-Spinner');
    },
    pane.s.check,
    { timeout: 60_000 },
  );
  // One more frame, so the state after the action is rendered.
  await pane.frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/**
 * Runs `body` in the simulator page with its `window.sim` (its source is sent to the page, so it may
 * use only its arguments, as with any page.evaluate).
 */
export function sim<T, A = undefined>(pane: Pane, body: (sim: Window['sim'], arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  return pane.page.evaluate(
    ([source, value]) => {
      const f = new Function(`return (${source})`)() as (s: Window['sim'], a: unknown) => unknown;
      return f(window.sim, value);
    },
    [body.toString(), arg] as [string, unknown],
  ) as Promise<T>;
}

export const snapshotOf = (pane: Pane, sheet = SHEET) => sim(pane, (s, name: string) => s.snapshot(name), sheet);

/** Cells of a snapshot as a map `row,col` → cell, to compare cell for cell. */
export function cellsOf(snapshot: string): Map<string, unknown> {
  return new Map((JSON.parse(snapshot) as { cells: [string, unknown][] }).cells);
}

/** The message bar's text (errors and notices). */
export async function messages(pane: Pane): Promise<string[]> {
  return pane.pane.locator('.fui-MessageBarBody').allTextContents();
}

export async function findingsFor(book: string): Promise<Finding[]> {
  const [grid] = await readGrids(path.join(FIXTURES, book));
  return expectedFindings(grid);
}

/**
 * Screenshots of the whole simulated Excel (sheet and pane), kept as artefacts, never compared.
 * `show` is scrolled into the pane's view first (the pane is taller than the screen).
 */
export async function shot(pane: Pane, name: string, show?: Locator): Promise<string> {
  await show?.first().scrollIntoViewIfNeeded();
  const dir = path.join(OUTPUT, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `pane-${name}.png`);
  await pane.page.screenshot({ path: file });
  return file;
}

/** `A12` → the fake's cell key `11,0`. */
export function keyOf(address: string): string {
  const at = parseCellAddress(address);
  if (!at) throw new Error(`bad address ${address}`);
  return `${at.row},${at.col}`;
}

/** Keys of the cells that differ between two snapshots (added, removed or changed). */
export function changedCells(before: string, after: string): string[] {
  const a = cellsOf(before);
  const b = cellsOf(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((key) => JSON.stringify(a.get(key)) !== JSON.stringify(b.get(key))).sort();
}

/** The list item of the finding at `cell` (its accessible name starts with severity and cell). */
export function findingItem(pane: Pane, finding: Pick<Finding, 'severity' | 'cell'>) {
  return pane.pane.locator(`li[aria-label^="${pane.s.severity[finding.severity]} ${finding.cell}:"]`);
}

/** Figures for the closing note, merged into test-output/pane-report.json. */
export { recordFigures } from './harness';
