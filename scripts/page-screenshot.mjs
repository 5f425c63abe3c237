// A screenshot of one view of the web page over a store, for the README (docs/page.png):
//
//   node scripts/page-screenshot.mjs --chronicle BIN --db STORE --route '#/article/ID' --out FILE.png
//
// Serves the store with `chronicle serve` (127.0.0.1, a free port) and the built page (web/dist),
// opens the route in headless Chromium at 1100 × 760 and saves the visible part of the page.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, startServer, waitForView } from '../tests/browser/harness.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
  if (fallback !== undefined) return fallback;
  console.error(`page-screenshot: missing --${name}`);
  process.exit(2);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const route = arg('route', '#/');
const { child, base } = await startServer(arg('chronicle'), arg('db'), arg('web', path.join(here, '..', 'web', 'dist')));
let browser;
try {
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  await page.goto(base + '/' + route);
  const name = route.replace(/^#\/?/, '').split(/[/?]/)[0] || 'home';
  await waitForView(page, name);
  await page.screenshot({ path: arg('out') });
} finally {
  if (browser) await browser.close();
  child.kill('SIGTERM');
}
