// Browser tests of the Compendium web application in headless Chromium (playwright-core, Debian's chromium).
// Run by org.compendium.serve.BrowserTest against a real server: BASE (server address), TOKEN (an API token),
// SHOTS (screenshot directory). Prints one line per scenario and a count; exits 1 on any failure.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const BASE = process.env.BASE;
const TOKEN = process.env.TOKEN;
const SHOTS = process.env.SHOTS || 'target/screenshots';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
mkdirSync(SHOTS, { recursive: true });

function check(cond, message) {
  if (!cond) {
    throw new Error(message);
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const results = [];

async function scenario(name, width, fn) {
  const context = await browser.newContext({ viewport: { width, height: width > 800 ? 900 : 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('dialog', d => { problems.push('dialog opened: ' + d.message()); d.dismiss(); });
  page.on('pageerror', e => problems.push('page error: ' + e.message));
  try {
    await fn(page, problems);
    check(problems.length === 0, problems.join('; '));
    results.push([name, null]);
    console.log('ok   ' + name);
  } catch (e) {
    results.push([name, e]);
    console.log('FAIL ' + name + ': ' + e.message);
    await page.screenshot({ path: `${SHOTS}/FAILED-${name}.png`, fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
}

async function noHorizontalScroll(page, what) {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  check(scroll <= inner + 1, `${what}: page wider than the viewport (${scroll} > ${inner})`);
}

async function upload(name, text) {
  const r = await fetch(`${BASE}/api/v1/records?name=${encodeURIComponent(name)}`, {
    method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8', Authorization: `Bearer ${TOKEN}` },
    body: text });
  const body = await r.text();
  check(r.status === 201, `upload ${name}: ${r.status} ${body}`);
  return JSON.parse(body).records[0].id;
}

await scenario('search-open-record-select-fact', 1280, async page => {
  await page.goto(`${BASE}/search?q=President`);
  const first = page.locator('ol.hits li.hit h2 a').first();
  check(await first.count() === 1, 'no search hit for President');
  check(await page.locator('ol.hits mark').count() > 0, 'no highlighted snippet');
  await page.screenshot({ path: `${SHOTS}/search.png`, fullPage: true });
  await first.click();
  await page.waitForSelector('pre.record-text');
  const fact = page.locator('aside.facts a.fact[data-fact^="p"]').first();
  const id = await fact.getAttribute('data-fact');
  await fact.click();
  const selected = page.locator(`pre.record-text .f.sel[data-f~="${id}"]`);
  check(await selected.count() > 0, `no span highlighted for fact ${id}`);
  check(await page.locator('pre.record-text .f.sel').count() === await selected.count(),
    'segments of other facts highlighted too');
  const classes = await selected.first().getAttribute('class');
  check(classes.includes('k-person'), `highlighted span is not a person: ${classes}`);
  const box = await selected.first().boundingBox();
  const vh = page.viewportSize().height;
  check(box && box.y >= 0 && box.y < vh, 'the highlighted span was not scrolled into view');
  check(page.url().endsWith(`#f-${id}`), 'the address does not name the fact');
  await page.screenshot({ path: `${SHOTS}/record-fact-selected.png` });
  // and the other way: choosing a span in the text marks its fact in the panel
  const seg = page.locator('pre.record-text .f.k-date').first();
  if (await seg.count() > 0) {
    await seg.click();
    check(await page.locator('aside.facts a.fact.sel').count() === 1, 'clicking a span did not mark its fact');
  }
});

await scenario('record-keyboard', 1280, async page => {
  await page.goto(`${BASE}/search?q=President`);
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement.classList.contains('skip')), 'first Tab is not the skip link');
  await page.locator('ol.hits li.hit h2 a').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('pre.record-text');
  await page.locator('aside.facts a.fact').first().focus();
  await page.keyboard.press('Enter');
  check(await page.locator('pre.record-text .f.sel').count() > 0, 'Enter on a fact did not highlight its span');
});

await scenario('upload-then-search', 1280, async page => {
  await page.goto(`${BASE}/upload`);
  const text = 'Joint Statement on River Navigation\nVienna, 3 March 2012\nThe Governments of Austria and '
    + 'Hungary agreed to open the zqxbrowserupload channel by the end of 2014.\n';
  await page.setInputFiles('#file', { name: 'river.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.click('button[value=preview]');
  await page.waitForSelector('pre.record-text');
  check((await page.locator('h1').first().innerText()).startsWith('Preview'), 'no preview');
  check(await page.locator('pre.record-text .f').count() > 0, 'preview shows no extracted fact');
  await page.screenshot({ path: `${SHOTS}/upload-preview.png`, fullPage: true });
  await page.setInputFiles('#file', { name: 'river.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.fill('#token', TOKEN);
  await page.click('button[value=keep]');
  await page.waitForSelector('ul.kept li a');
  await page.goto(`${BASE}/`);
  await page.fill('#q', 'zqxbrowserupload');
  await page.keyboard.press('Enter');
  await page.waitForSelector('p.total');
  check(await page.locator('ol.hits li.hit').count() === 1, 'the uploaded record is not found by search');
  await page.screenshot({ path: `${SHOTS}/upload-found.png`, fullPage: true });
});

await scenario('commitments-filter', 1280, async page => {
  await page.goto(`${BASE}/commitments?as_of=2001-01-01`);
  const all = await page.locator('#tracker tbody tr').count();
  check(all > 0, 'the tracker lists no commitment');
  await page.selectOption('#f-status', 'overdue');
  await Promise.all([page.waitForURL(/status=overdue/), page.click('form.filters button[type=submit]')]);
  const statuses = await page.locator('#tracker tbody tr').evaluateAll(rows => rows.map(r => r.dataset.status));
  check(statuses.length > 0 && statuses.length < all, `status filter: ${statuses.length} of ${all}`);
  check(statuses.every(s => s === 'overdue'), 'a row of another status: ' + statuses);
  await page.screenshot({ path: `${SHOTS}/commitments-overdue.png`, fullPage: true });
  await page.goto(`${BASE}/commitments?as_of=2001-01-01`);
  const party = (await page.locator('#tracker tbody td.parties').evaluateAll(
    cells => cells.map(c => c.innerText).find(t => t.trim().length > 0)) || '').split(',')[0].trim();
  check(party.length > 0, 'no row with a party');
  await page.fill('#f-party', party);
  await Promise.all([page.waitForURL(/party=/), page.keyboard.press('Enter')]);
  const parties = await page.locator('#tracker tbody td.parties').evaluateAll(cells => cells.map(c => c.innerText));
  check(parties.length > 0 && parties.length <= all, `party filter gave ${parties.length}`);
  check(parties.every(p => p.split(', ').includes(party)), `a row without ${party}: ${parties}`);
  await page.screenshot({ path: `${SHOTS}/commitments-party.png`, fullPage: true });
});

await scenario('instrument-graph', 1280, async page => {
  await page.goto(`${BASE}/instruments`);
  await page.locator('table.tracker tbody tr td a').first().click();
  await page.waitForSelector('svg.graph');
  const nodes = page.locator('svg.graph .node circle');
  check(await nodes.count() >= 2, 'the graph has fewer than two nodes');
  check(await page.locator('svg.graph line.edge').count() >= 1, 'the graph has no edge');
  const box = await nodes.first().boundingBox();
  check(box && box.width > 4 && box.height > 4, 'graph nodes are not drawn');
  check(await page.locator('svg.graph .node.n-focus').count() === 1, 'no focus node');
  check(await page.locator('svg.timeline circle.dot').count() >= 1, 'no citation on the timeline');
  await page.screenshot({ path: `${SHOTS}/instrument.png`, fullPage: true });
});

await scenario('hostile-record-inert', 1280, async (page, problems) => {
  const id = await upload('hostile.html.txt', 'Joint Statement <script>window.__pwned = 1; alert(1)</script>\n'
    + 'Geneva, 1 June 2010\nThe parties <img src=x onerror="window.__pwned = 2; alert(2)"> agreed to meet.\n'
    + '<a href="javascript:alert(3)">click</a> <svg onload="alert(4)"></svg>\n');
  await page.goto(`${BASE}/records/${id}`);
  await page.waitForSelector('pre.record-text');
  await page.waitForTimeout(300);
  check(await page.evaluate(() => window.__pwned) === undefined, 'a script of the record ran');
  const shown = await page.locator('pre.record-text').innerText();
  check(shown.includes('<script>window.__pwned = 1; alert(1)</script>'), 'the script is not shown as text');
  check(shown.includes('onerror='), 'the handler attribute is not shown as text');
  check(await page.locator('main img, main script, main [onerror], main [onload]').count() === 0,
    'record markup became elements');
  await page.screenshot({ path: `${SHOTS}/hostile-record.png`, fullPage: true });
  check(problems.length === 0, problems.join('; '));
});

for (const [width, label] of [[1280, 'desktop'], [390, 'phone']]) {
  await scenario(`responsive-${label}`, width, async page => {
    for (const [path, shot] of [['/', 'home'], ['/search?q=treaty', 'search'], ['/commitments', 'commitments'],
      ['/timeline', 'timeline'], ['/people', 'people'], ['/upload', 'upload']]) {
      await page.goto(`${BASE}${path}`);
      await noHorizontalScroll(page, `${path} at ${width}px`);
      await page.screenshot({ path: `${SHOTS}/${shot}-${label}.png`, fullPage: true });
    }
    await page.goto(`${BASE}/search?q=President`);
    await page.locator('ol.hits li.hit h2 a').first().click();
    await page.waitForSelector('pre.record-text');
    await noHorizontalScroll(page, `record at ${width}px`);
    await page.screenshot({ path: `${SHOTS}/record-${label}.png` });
  });
}

await browser.close();
const failed = results.filter(r => r[1]).length;
console.log(`browser scenarios ok: ${results.length - failed}, failing: ${failed}`);
process.exit(failed ? 1 : 0);
