// What the browser tests and the page screenshots share: `chronicle serve` on a free port of
// 127.0.0.1, and Debian's Chromium driven headless by playwright-core.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', '..', 'package.json'));
const { chromium } = require('playwright-core');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// The flags this machine needs (no sandbox as root; no background connections to the closed network).
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM}: not installed (run bash scripts/setup.sh --browser)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

// Starts the server and resolves with it and its base URL once it says where it listens.
export function startServer(chronicle, db, web) {
  const child = spawn(chronicle, ['serve', '--db', db, '--port', '0', '--web', web], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + err)), 20000);
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, base: m[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
}

// Waits until the page has rendered view `name` (main.ts sets data-view and aria-busy).
export async function waitForView(page, name) {
  await page.waitForSelector(`#view[data-view="${name}"][aria-busy="false"]`);
}
