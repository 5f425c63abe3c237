// Browser tests of the web page (issue 7): playwright-core drives Debian's Chromium, headless,
// against `chronicle serve` on 127.0.0.1 (a free port) over a fixture store.
//
//   node tests/browser/run.mjs --chronicle BIN --make-store BIN --fixture JSONL --web DIR --out DIR
//
// Each test prints "ok NAME" or "FAIL NAME: reason"; the last line is "N passed, N failed". A
// screenshot of every page visited is kept in --out (the test artefacts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, startServer, waitForView as view } from './harness.mjs';

function arg(name) {
  const i = process.argv.indexOf('--' + name);
  if (i < 0 || i + 1 >= process.argv.length) {
    console.error(`browser tests: missing --${name}`);
    process.exit(2);
  }
  return process.argv[i + 1];
}

const opts = { chronicle: arg('chronicle'), makeStore: arg('make-store'), fixture: arg('fixture'), web: arg('web'), out: arg('out') };
const STEP_TIMEOUT = 10000;

fs.rmSync(opts.out, { recursive: true, force: true });
fs.mkdirSync(opts.out, { recursive: true });
const db = path.join(opts.out, 'fixture.db');
execFileSync(opts.makeStore, [opts.fixture, db], { stdio: 'inherit' });
if (!fs.existsSync(path.join(opts.web, 'index.html'))) {
  console.error(`browser tests: ${opts.web}: no built page (run node web/build.mjs)`);
  process.exit(1);
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

const results = [];
async function test(name, fn, ctx) {
  const page = await ctx.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('dialog', (d) => {
    problems.push('a dialog opened: ' + d.message());
    void d.dismiss();
  });
  page.setDefaultTimeout(STEP_TIMEOUT);
  const started = Date.now();
  try {
    await fn(page);
    assert(!problems.length, problems.join('; '));
    results.push([name, null]);
    console.log(`ok ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push([name, e.message]);
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
    await page.screenshot({ path: path.join(opts.out, 'FAILED-' + name.replace(/\W+/g, '-') + '.png'), fullPage: true }).catch(() => {});
  } finally {
    await page.close();
  }
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(opts.out, name + '.png'), fullPage: true });
}

const { child, base } = await startServer(opts.chronicle, db, opts.web);
let browser;
try {
  browser = await launchChromium();
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });

  await test('home lists the stories and the store counts', async (page) => {
    await page.goto(base + '/');
    await view(page, 'home');
    const stories = await page.locator('.story-item > a').allTextContents();
    assert(stories.includes('Kerry and Lavrov agree to press Syrian sides toward talks'), 'stories: ' + stories.join(' | '));
    assert((await page.locator('.stats').textContent()).includes('6 articles'), 'stats line');
    await shot(page, 'home');
    await page.locator('.tabs a', { hasText: 'Biggest' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('sort=biggest'));
    await view(page, 'home');
    assert((await page.locator('.tabs strong').textContent()) === 'Biggest', 'biggest tab is the current one');
    const first = await page.locator('.story-item .meta').first().textContent();
    assert(first.startsWith('3 articles'), 'biggest story first: ' + first);
  }, ctx);

  await test('search, story, article, highlighted quote (keyboard and mouse)', async (page) => {
    await page.goto(base + '/');
    await view(page, 'home');
    await page.keyboard.press('/');
    assert(await page.evaluate(() => document.activeElement?.id === 'q'), '"/" focuses the search box');
    await page.keyboard.type('Lavrov');
    await page.keyboard.press('Enter');
    await view(page, 'search');
    const marks = await page.locator('.hit .snippet mark').allTextContents();
    assert(marks.includes('Lavrov'), 'snippet marks: ' + marks.join(','));
    assert((await page.locator('.facets').textContent()).includes('Sergei Lavrov'), 'person facet');
    await shot(page, 'search');
    const hit = page.locator('.hit', { hasText: 'Example Wire' }).first();
    await hit.locator('a', { hasText: 'story' }).click();
    await view(page, 'story');
    assert((await page.locator('h1').textContent()) === 'Kerry and Lavrov agree to press Syrian sides toward talks', 'story title');
    const sources = await page.locator('.sources li').allTextContents();
    assert(sources.length === 3, 'three sources: ' + sources.join(','));
    const dots = await page.locator('svg.timeline circle').evaluateAll((cs) => cs.map((c) => c.getAttribute('cx') + ',' + c.getAttribute('cy')));
    assert(dots.length === 3 && new Set(dots).size === 3, 'three timeline dots, none hidden under another: ' + dots.join(' '));
    assert((await page.locator('.summary').textContent()).startsWith('SOCHI, Russia'), 'summary');
    await shot(page, 'story');
    await page.locator('.members a', { hasText: 'Kerry and Lavrov agree' }).first().click();
    await view(page, 'article');
    await shot(page, 'article');
    const quote = 'We have differences, but we share an interest in a political outcome,';
    // Tab to the first quote's button and press Enter: the quote is marked active and focused.
    await page.locator('[data-jump-quote="0"]').focus();
    await page.keyboard.press('Enter');
    const active = await page.locator('.article-text .hl-quote.active').allTextContents();
    assert(active.join('') === quote, 'active quote: ' + active.join(''));
    assert(await page.evaluate(() => document.activeElement?.classList.contains('hl-quote')), 'focus moved to the quote');
    const entityLinks = await page.locator('.article-text a.hl-entity').allTextContents();
    assert(entityLinks.includes('Sergei Lavrov') && entityLinks.includes('Kerry'), 'entity links: ' + entityLinks.join(','));
    assert(await page.locator('.article-text .hl-event').count() > 0, 'event sentences marked');
    await page.locator('.events button.jump').nth(1).click();
    const event = await page.locator('.article-text .hl-event.active').allTextContents();
    assert(event.join('') === 'Moscow has criticized Washington for arming rebel groups', 'active event: ' + event.join(''));
    assert(await page.locator('.article-text .hl-quote.active').count() === 0, 'the quote is no longer active');
    await page.locator('[data-jump-quote="0"]').click();
    await shot(page, 'article-quote');
    await page.locator('.article-text a.hl-entity', { hasText: 'Sergei Lavrov' }).first().click();
    await view(page, 'entity');
    assert((await page.locator('.quote-list').first().textContent()).includes('political outcome'), 'quotes by Lavrov');
    assert(await page.locator('svg.chart rect.bar').count() === 2, 'two months of mentions');
    await shot(page, 'entity');
  }, ctx);

  await test('article text with <script> and <img onerror> renders as text', async (page) => {
    await page.goto(base + '/#/article/tech-xss-2016');
    await view(page, 'article');
    const text = await page.locator('.article-text').textContent();
    assert(text.includes("<script>document.title='pwned'</script>"), 'script tag shown as text');
    assert(text.includes('<img src=x onerror="document.body.dataset.pwned=1">'), 'img tag shown as text');
    assert((await page.locator('h1').textContent()).includes('<script>'), 'title shown as text');
    assert(await page.locator('main script, main img').count() === 0, 'no element was created from the text');
    await page.waitForTimeout(300);  // an injected onerror would have fired by now
    assert(await page.evaluate(() => document.body.dataset.pwned === undefined), 'onerror did not run');
    assert(!(await page.title()).includes('pwned'), 'script did not run');
    await shot(page, 'article-escaped');
  }, ctx);

  await test('search with hostile words shows them as text', async (page) => {
    await page.goto(base + '/#/search?q=' + encodeURIComponent('<img src=x onerror=alert(1)> Lavrov'));
    await view(page, 'search');
    assert((await page.locator('h1').textContent()).includes('<img src=x onerror=alert(1)>'), 'query shown as text');
    assert(await page.locator('main img').count() === 0, 'no img element');
  }, ctx);

  await test('a facet narrows the search and shows as a removable filter', async (page) => {
    await page.goto(base + '/#/search?q=Lavrov');
    await view(page, 'search');
    assert((await page.locator('h1 .count').textContent()).trim() === '4 found', 'four hits before');
    await page.locator('.facets a', { hasText: 'Example Gulf News' }).click();
    await page.waitForFunction(() => location.hash.includes('source='));
    await view(page, 'search');
    const titles = await page.locator('.hit > a').allTextContents();
    assert(titles.length === 1 && titles[0] === 'US and Russia to convene Syria peace conference', 'one hit after: ' + titles.join(' | '));
    assert((await page.locator('.chip').textContent()).startsWith('source: Example Gulf News'), 'filter chip');
    await page.locator('.chip a').click();
    await page.waitForFunction(() => !location.hash.includes('source='));
    await view(page, 'search');
    assert(await page.locator('.hit').count() === 4, 'four hits again once the filter is removed');
  }, ctx);

  await test('keyboard only: search, then Tab and Enter to an article', async (page) => {
    await page.goto(base + '/');
    await view(page, 'home');
    await page.keyboard.press('/');
    await page.keyboard.type('wheat');
    await page.keyboard.press('Enter');
    await view(page, 'search');
    assert(await page.evaluate(() => document.activeElement?.tagName === 'H1'), 'focus on the heading after navigating');
    let reached = '';
    for (let i = 0; i < 30 && !reached.startsWith('#/article/'); i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement?.closest('.hit') ? document.activeElement.getAttribute('href') ?? '' : ''));
    }
    assert(reached === '#/article/biz-wheat-2014', 'tabbed to the hit: ' + reached);
    await page.keyboard.press('Enter');
    await view(page, 'article');
    assert((await page.locator('h1').textContent()).startsWith('Wheat prices slip'), 'article opened');
    assert(await page.evaluate(() => document.activeElement?.tagName === 'H1'), 'focus on the article heading');
  }, ctx);

  await test('dyad chart of USA and RUS over the years', async (page) => {
    await page.goto(base + '/#/dyads?a=USA&b=RUS&bucket=year');
    await view(page, 'dyads');
    assert(await page.locator('svg.dyad rect.coop').count() === 2, 'two years of bars');
    const rows = await page.locator('table tr').count();
    assert(rows === 3, 'table rows: ' + rows);
    await shot(page, 'dyads');
    await page.locator('input[name="b"]').fill('syr');
    await page.locator('input[name="b"]').press('Enter');
    await page.waitForFunction(() => location.hash.includes('b=SYR'));
    await view(page, 'dyads');
    assert((await page.locator('h1').textContent()).startsWith('USA and SYR'), 'dyad of the actors typed');
  }, ctx);

  await test('map shades the countries the articles mention', async (page) => {
    await page.goto(base + '/#/map');
    await view(page, 'map');
    assert(await page.locator('svg.world path.country').count() > 200, 'country shapes');
    assert(await page.locator('svg.world a[aria-label^="Russia"] path.level-5').count() === 1, 'Russia darkest');
    assert(await page.locator('svg.world circle.place-dot').count() >= 5, 'place dots');
    assert(await page.locator('svg.world a[aria-label^="Sochi, 3 articles"]').count() === 1, 'a place dot is a named link');
    await shot(page, 'map');
    await page.locator('svg.world a:has(path.country)[aria-label^="Russia"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('place=RUS'));
    await view(page, 'search');
    assert((await page.locator('h1 .count').textContent()).trim() === '5 found', 'Russia\'s articles');
  }, ctx);

  await test('unknown article shows a not-found message', async (page) => {
    await page.goto(base + '/#/article/no-such-article');
    await view(page, 'article');
    assert((await page.locator('.error').textContent()).startsWith('Not found'), 'error message');
  }, ctx);

  await test('entities list and side-by-side view', async (page) => {
    await page.goto(base + '/#/entities?type=person');
    await view(page, 'entities');
    const names = await page.locator('.entity-table a').allTextContents();
    assert(names[0] === 'Sergei Lavrov', 'first entity: ' + names[0]);
    await shot(page, 'entities');
    await page.goto(base + '/#/compare?a=wire-sochi-1&b=radio-sochi-2');
    await view(page, 'compare');
    assert(await page.locator('.compare article').count() === 2, 'two columns');
    await shot(page, 'compare');
  }, ctx);
} catch (e) {
  results.push(['set-up', e.message]);
  console.log('FAIL set-up: ' + e.message);
} finally {
  if (browser) await browser.close();
  child.kill('SIGTERM');
}

const failed = results.filter(([, e]) => e).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
