/**
 * The build's budgets, read off dist/: the task pane's initial JavaScript (what taskpane.html loads)
 * at most 350 KB gzipped and without exceljs; the web page's first paint without exceljs either
 * (it arrives in a chunk of its own when a workbook is read). Figures go to test-output/bundle-report.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { DIST, recordFigures } from './harness';

const BUDGET_GZIP_BYTES = 350 * 1024;
/** Strings only exceljs's browser build contains (checked below to be in some chunk, so the scan means something). */
const EXCELJS_MARKERS = ['xl/workbook.xml', 'sharedStrings.xml'];

function initialScripts(html: string): string[] {
  // The built HTML is minified: attribute values may or may not be quoted.
  return [...fs.readFileSync(path.join(DIST, html), 'utf8').matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((src) => !/^https?:/.test(src));
}

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;
const hasExceljs = (file: string) => {
  const text = fs.readFileSync(path.join(DIST, file), 'utf8');
  return EXCELJS_MARKERS.some((marker) => text.includes(marker));
};

test('the task pane’s initial JavaScript is within budget and holds no exceljs; the web page loads exceljs on demand', () => {
  const taskpane = initialScripts('taskpane.html');
  const web = initialScripts('index.html');
  expect(taskpane.length).toBeGreaterThan(0);
  expect(web.length).toBeGreaterThan(0);

  const allScripts = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));
  const exceljsChunks = allScripts.filter(hasExceljs);
  expect(exceljsChunks.length).toBeGreaterThan(0);

  const taskpaneGzip = taskpane.reduce((sum, f) => sum + gzipSize(f), 0);
  const webGzip = web.reduce((sum, f) => sum + gzipSize(f), 0);
  recordFigures('bundle-report.json', {
    taskpane: { initialScripts: taskpane, gzipBytes: taskpaneGzip, budgetGzipBytes: BUDGET_GZIP_BYTES, containsExceljs: taskpane.some(hasExceljs) },
    web: { initialScripts: web, gzipBytes: webGzip, containsExceljs: web.some(hasExceljs) },
    exceljsChunks: exceljsChunks.map((f) => ({ file: f, gzipBytes: gzipSize(f) })),
    allScriptsGzipBytes: Object.fromEntries(allScripts.map((f) => [f, gzipSize(f)])),
  });

  expect(taskpane.filter(hasExceljs)).toEqual([]);
  expect(allScripts.filter((f) => f.startsWith('taskpane') && hasExceljs(f))).toEqual([]);
  expect(web.filter(hasExceljs)).toEqual([]);
  expect(taskpaneGzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
});
