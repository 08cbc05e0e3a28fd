/**
 * The simulator's server: the built add-in (dist/) as any web server would serve it, except that
 * taskpane.html loads the Office.js stand-in instead of Microsoft's CDN script; the simulator page
 * (dist-sim/, built by tests/sim/webpack.config.js); and workbooks read from .xlsx files in node,
 * sent to the page as the engine's grids.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { readWorkbook } from '../../src/io/read-workbook';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const SIM_DIST = path.join(ROOT, 'dist-sim');
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where `?book=<file name>` is looked for. */
const BOOK_DIRS = [path.join(ROOT, 'tests/fixtures'), path.join(ROOT, 'assets/samples')];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Soát biểu — simulated Excel</title>
<style>body{margin:0}</style></head><body><div id="root"></div><script src="/sim/sim.js"></script></body></html>`;

export interface SimOptions {
  /** An .xlsx opened when the page names none. */
  book?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

function findBook(name: string): string | undefined {
  if (path.basename(name) !== name || !name.endsWith('.xlsx')) return undefined;
  return BOOK_DIRS.map((dir) => path.join(dir, name)).find((file) => fs.existsSync(file));
}

/** Each workbook is read once per server: every test opens a fresh simulated Excel on it. */
const books = new Map<string, Promise<string>>();

function bookJson(file: string | undefined): Promise<string> {
  if (!file) return Promise.resolve(JSON.stringify({ name: 'Book1.xlsx', sheets: [] }));
  if (!books.has(file)) books.set(file, readWorkbook(new Uint8Array(fs.readFileSync(file))).then((sheets) => JSON.stringify({ name: path.basename(file), sheets })));
  return books.get(file)!;
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
}

/** Starts the server; resolves with it and its base URL (no trailing slash). */
export function startSimServer(options: SimOptions = {}): Promise<{ server: http.Server; url: string }> {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ is not built: run `npm run build`.');
  if (!fs.existsSync(path.join(SIM_DIST, 'sim.js'))) throw new Error('dist-sim/ is not built: run `npm run build:sim`.');
  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const pathname = decodeURIComponent(url.pathname);
      if (pathname === '/' || pathname === '/sim/') return send(response, 200, TYPES['.html'], PAGE);
      if (pathname === '/sim/standin.js') return send(response, 200, TYPES['.js'], fs.readFileSync(path.join(__dirname, 'standin.js')));
      if (pathname === '/sim/book.json') {
        const name = url.searchParams.get('book');
        const file = name ? findBook(name) : options.book;
        if (name && !file) return send(response, 404, TYPES['.txt'], `No workbook ${name}`);
        return send(response, 200, TYPES['.json'], await bookJson(file));
      }
      if (pathname === '/taskpane.html') {
        const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
        if (!html.includes(OFFICE_CDN)) throw new Error('taskpane.html does not load office.js from the CDN');
        return send(response, 200, TYPES['.html'], html.split(OFFICE_CDN).join('/sim/standin.js'));
      }
      const [base, rest] = pathname.startsWith('/sim/') ? [SIM_DIST, pathname.slice(5)] : [DIST, pathname];
      const file = path.join(base, rest);
      if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(response, 404, TYPES['.txt'], 'Not found');
      send(response, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
    })().catch((error: Error) => send(response, 500, TYPES['.txt'], error.message));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ server, url: `http://${options.host ?? '127.0.0.1'}:${address.port}` });
    });
  });
}
