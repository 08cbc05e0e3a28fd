/**
 * `npm start`.
 * - Windows or macOS with office-addin-debugging installed (Excel present): sideloads the add-in,
 *   with the dev server on https://localhost:3000/ and the Office dev certificate.
 * - Anywhere else (Linux, CI): builds the add-in and the web checker, and serves them over plain
 *   http on http://localhost:3000/ (PORT overrides). No certificate, no sudo.
 * `npm run serve` is the development server (rebuilds on change) on the same port, over http;
 * `npm run serve -- --env https` serves it over https, e.g. for the web page beside a sideloaded pane.
 */
const { spawnSync, spawn } = require('child_process');
const path = require('path');
const { serveStatic } = require('./static-server');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function canSideload() {
  if (process.platform !== 'win32' && process.platform !== 'darwin') return false;
  try {
    require.resolve('office-addin-debugging/package.json', { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

function sideload() {
  const child = spawn(
    bin('office-addin-debugging'),
    ['start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', 'npm run serve -- --env https', '--dev-server-port', '3000'],
    { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function buildAndServe() {
  const build = spawnSync(bin('webpack'), ['--mode', 'production'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const port = Number(process.env.PORT || 3000);
  const { url } = await serveStatic(path.join(root, 'dist'), { host: 'localhost', port });
  console.log(`\nSoát biểu is running.\n  Web checker:  ${url}\n  Add-in pane:  ${url}taskpane.html (Excel loads add-ins over https only: npm run serve -- --env https)\nPress Ctrl+C to stop.`);
}

if (canSideload()) sideload();
else
  buildAndServe().catch((error) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${process.env.PORT || 3000} is in use; set PORT to another port.` : error.message);
    process.exit(1);
  });
