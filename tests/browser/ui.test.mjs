// The search page, resource pages, sources pages and operator's page of a running `oerdex serve`, tested in
// Debian's headless Chromium through playwright-core. tests/ui.rs starts the server over a
// catalogue harvested from loopback OAI-PMH repositories and runs:
//
//   node ui.test.mjs BASE_URL
//
// with OERDEX_UI_TOKEN (the server's admin token) and OERDEX_UI_REPO (an OAI-PMH base URL the
// registration forms may propose and register). Every count the page shows is checked against
// the JSON API of the same server, which reads the same parameters. axe-core runs in the pages
// and any serious or critical violation fails the test. The search, resource, sources, source
// and operator pages run in all eight languages (ui=ar, zh, en, fr, ru, es, de, pt): lang and dir, counts in each
// language's digits, links that keep the language, axe, and a 360 px phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from './browser.mjs';

const BASE = process.argv[2];
const TOKEN = process.env.OERDEX_UI_TOKEN;
const REPO = process.env.OERDEX_UI_REPO;
if (!BASE || !TOKEN || !REPO) {
  console.error('usage: OERDEX_UI_TOKEN=… OERDEX_UI_REPO=… node ui.test.mjs BASE_URL');
  process.exit(2);
}
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TIMEOUT = { timeout: 90_000 };

let browser;
let context;
let page;
/** Script errors, failed or refused subresources (CSP), seen on any page. */
const problems = [];

before(async () => {
  browser = await launch();
  context = await newContext({});
  page = await watchedPage(context);
});

after(async () => {
  await browser?.close();
});

async function newContext(options) {
  return browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 }, ...options });
}

async function watchedPage(ctx) {
  const p = await ctx.newPage();
  p.on('pageerror', (e) => problems.push(`script error on ${p.url()}: ${e.message}`));
  p.on('console', (m) => {
    // Refused forms answer 400/401 on purpose; everything else logged as an error counts.
    if (m.type() === 'error' && !/Failed to load resource.*status of 4\d\d/.test(m.text())) {
      problems.push(`console error on ${p.url()}: ${m.text()}`);
    }
  });
  p.on('requestfailed', (r) => {
    // ERR_ABORTED: the page moved on (a filter submitted the form) before the request ended.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
    }
  });
  p.on('response', (r) => {
    if (r.request().resourceType() !== 'document' && r.status() >= 400) {
      problems.push(`${r.status()} for ${r.url()}`);
    }
  });
  return p;
}

// ---- helpers ---------------------------------------------------------------------------

/** The JSON API's answer for a query string (first result page). */
async function api(query, extra = '') {
  const response = await fetch(`${BASE}/api/v1/resources?${query}${extra}`);
  assert.equal(response.status, 200, `API ${query}`);
  return response.json();
}

/** The page's query string without `sort` (which the form always sends). */
function state(p = page) {
  const params = new URL(p.url()).searchParams;
  params.delete('sort');
  return params;
}

/** The number in the results heading ("12 resources match", "No resources match"). */
async function shownTotal(p = page) {
  const text = await p.textContent('#results-heading');
  const number = text.match(/\d+/);
  return number ? Number(number[0]) : 0;
}

/** The count shown beside a filter checkbox. */
async function optionCount(name, value, p = page) {
  const text = await p
    .locator(`input[name="${name}"][value="${value}"] + label .count`)
    .textContent();
  return Number(text.match(/\d+/)[0]);
}

/** Runs `action` and waits for the page it loads (a new document, even at the same URL). */
async function navigating(action, p = page) {
  await Promise.all([p.waitForEvent('load'), action()]);
}

/** Checks that the heading's total is the API's total for the page's own query string. */
async function assertTotalMatchesApi(p = page) {
  const query = state(p).toString();
  const expected = (await api(query, '&limit=1&facets=')).total;
  assert.equal(await shownTotal(p), expected, `total for ?${query}`);
  return expected;
}

/** Runs axe-core in the page; fails on serious or critical violations, logs every one. */
async function axe(label, p = page) {
  await p.evaluate(AXE);
  const result = await p.evaluate(() =>
    window.axe.run(document, { resultTypes: ['violations', 'passes'] }),
  );
  for (const v of result.violations) {
    console.log(`# axe ${label}: ${v.impact} ${v.id} on ${v.nodes.length} node(s): ${v.help}`);
  }
  console.log(
    `# axe ${label}: ${result.passes.length} rules pass, ${result.violations.length} violated`,
  );
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(bad, [], `${label}: serious or critical accessibility violations`);
}

// ---- the tests ---------------------------------------------------------------------------

test('search, tick filters: counts and URL follow, the back button restores', TIMEOUT, async () => {
  await page.goto(`${BASE}/`);
  assert.equal(await page.textContent('h1'), 'Find open educational resources');
  await assertTotalMatchesApi();
  // The script is running: the hint says filters apply at once.
  assert.match(await page.textContent('#filters-hint'), /update as soon as you tick/);

  await page.fill('#q', 'Photosynthesis');
  await navigating(() => page.press('#q', 'Enter'));
  assert.equal(state().get('q'), 'Photosynthesis');
  await assertTotalMatchesApi();
  const words = await api('q=Photosynthesis', '&limit=1&facets=license');
  assert.equal(await optionCount('license', 'cc-by'), words.facets.license['cc-by']);

  // Tick a licence with the mouse: the form submits itself and focus comes back.
  await navigating(() => page.check('input[name="license"][value="cc-by"]'));
  assert.deepEqual(state().getAll('license'), ['cc-by']);
  assert.equal(state().get('q'), 'Photosynthesis', 'the search words stay');
  const ccBy = await assertTotalMatchesApi();
  assert.ok(ccBy >= 1);
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('value')),
    'cc-by',
    'focus returns to the ticked filter',
  );
  // The licence facet leaves out its own filter: CC BY-SA still shows what ticking it adds.
  const other = await api('q=Photosynthesis&license=cc-by', '&limit=1&facets=license');
  assert.equal(await optionCount('license', 'cc-by-sa'), other.facets.license['cc-by-sa']);
  await page.getByRole('link', { name: 'Photosynthesis in plants 42' }).waitFor();

  // Tick another with the keyboard: values of one filter are alternatives.
  await page.focus('input[name="license"][value="cc-by-sa"]');
  await navigating(() => page.keyboard.press('Space'));
  assert.deepEqual(state().getAll('license').sort(), ['cc-by', 'cc-by-sa']);
  const both = await assertTotalMatchesApi();
  assert.ok(both > ccBy, `CC BY or CC BY-SA (${both}) finds more than CC BY (${ccBy})`);

  // The switch for open licences (UNESCO) shows how many it keeps, and keeps that many.
  const openCount = await optionCount('open', 'true');
  await navigating(() => page.getByLabel(/^Open licences \(UNESCO\): adapt and share, perhaps not commercially/).check());
  assert.equal(state().get('open'), 'true');
  assert.equal(await assertTotalMatchesApi(), openCount);
  const urlWithOpen = page.url();

  // Back: the previous state, checkboxes and counts included; forward again.
  await page.goBack();
  assert.equal(state().get('open'), null);
  assert.equal(await page.isChecked('input[name="open"]'), false);
  assert.equal(await shownTotal(), both);
  await page.goBack();
  assert.deepEqual(state().getAll('license'), ['cc-by']);
  assert.equal(await page.isChecked('input[name="license"][value="cc-by-sa"]'), false);
  assert.equal(await shownTotal(), ccBy);
  await page.goForward();
  await page.goForward();
  assert.equal(page.url(), urlWithOpen);
  assert.equal(await page.isChecked('input[name="open"]'), true);

  // Each active filter has a link that removes it alone.
  await navigating(() => page.getByRole('link', { name: /^Words: Photosynthesis \(remove\)/ }).click());
  assert.equal(state().get('q'), null);
  assert.equal(state().get('open'), 'true');
  const openAlone = await assertTotalMatchesApi();

  // Free cultural works: a second, stricter switch (NC licences are open but not free).
  const freeCount = await optionCount('free', 'true');
  await navigating(() => page.getByLabel(/^Free cultural works only: any use, commercial included/).check());
  assert.equal(state().get('free'), 'true');
  assert.equal(await assertTotalMatchesApi(), freeCount);
  assert.ok(freeCount <= openAlone, `free (${freeCount}) keeps no more than open (${openAlone})`);
  await axe('search page with filters');
});

test('the order and the next page live in the URL', TIMEOUT, async () => {
  await page.goto(`${BASE}/`);
  await navigating(() => page.selectOption('#sort', 'title'));
  assert.equal(new URL(page.url()).searchParams.get('sort'), 'title');
  const titles = () => page.locator('.result h3').allTextContents();
  const first = await api('sort=title', '&limit=20&facets=');
  assert.deepEqual(await titles(), first.results.map((r) => r.title));
  assert.ok(first.next_cursor, 'the catalogue has more than one page');

  await navigating(() => page.getByRole('link', { name: 'Next page' }).click());
  assert.equal(new URL(page.url()).searchParams.get('cursor'), first.next_cursor);
  const second = await api('sort=title', `&limit=20&facets=&cursor=${first.next_cursor}`);
  assert.deepEqual(await titles(), second.results.map((r) => r.title));
  assert.match(await page.textContent('#results-heading'), /\(continued\)/);

  await page.goBack();
  assert.deepEqual(await titles(), first.results.map((r) => r.title));
});

test('a resource page shows every field, its sources and the attribution to copy', TIMEOUT, async () => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
  await page.goto(`${BASE}/?q=Photosynthesis&license=cc-by`);
  await navigating(() => page.getByRole('link', { name: 'Photosynthesis in plants 42' }).click());
  assert.match(new URL(page.url()).pathname, /^\/resources\/[0-9a-f]+$/);
  assert.equal(await page.textContent('h1'), 'Photosynthesis in plants 42');
  const details = await page.textContent('dl.details');
  for (const field of ['Author 42', 'Biology', 'video', 'University', 'teacher']) {
    assert.ok(details.includes(field), `details show ${field}: ${details}`);
  }
  assert.equal(await page.locator('table tbody tr').count(), 1);

  const expected =
    '“Photosynthesis in plants 42” (https://cat.example.net/r/42) by Author 42 is licensed under ' +
    'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).';
  assert.equal(await page.inputValue('#attribution-text'), expected);
  const html = await page.inputValue('#attribution-html');
  assert.ok(html.includes('<a href="https://cat.example.net/r/42">Photosynthesis in plants 42</a>'), html);
  assert.ok(html.includes('rel="license">CC BY 4.0</a>'), html);
  // The preview is that HTML, rendered: its links go to the resource and the licence.
  const links = await page.locator('#attribution-preview a').evaluateAll((as) => as.map((a) => a.href));
  assert.deepEqual(links, ['https://cat.example.net/r/42', 'https://creativecommons.org/licenses/by/4.0/']);

  // Copy: the clipboard where headless Chromium grants it, else the text is selected.
  await page.getByRole('button', { name: 'Copy text' }).click();
  await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '');
  const status = await page.textContent('#copy-status');
  if (status === 'Copied.') {
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
    console.log('# attribution copied through the clipboard');
  } else {
    assert.match(status, /Selected/);
    const selected = await page.evaluate(() => {
      const t = document.getElementById('attribution-text');
      return t.value.slice(t.selectionStart, t.selectionEnd);
    });
    assert.equal(selected, expected);
    console.log('# no clipboard in headless Chromium: the attribution was selected for copying');
  }
  await axe('resource page');
});

test('a resource two repositories describe lists both source records', TIMEOUT, async () => {
  const found = await api('q=%22Photosynthesis+in+plants+6%22&source=extra', '&limit=5&facets=');
  const merged = found.results.find((r) => r.sources.length === 2);
  assert.ok(merged, 'the catalogue merged the two records');
  await page.goto(`${BASE}/resources/${merged.id}`);
  const rows = await page.locator('table tbody tr').allTextContents();
  assert.equal(rows.length, 2);
  assert.ok(rows.some((r) => r.includes('(cat)')) && rows.some((r) => r.includes('(extra)')), rows.join(' | '));
});

test('Arabic titles are marked right to left', TIMEOUT, async () => {
  await page.goto(`${BASE}/`);
  await navigating(() => page.check('input[name="lang"][value="ar"]'));
  assert.deepEqual(state().getAll('lang'), ['ar']);
  assert.equal(await assertTotalMatchesApi(), 1);
  const label = page.locator('input[name="lang"][value="ar"] + label span[lang="ar"]');
  assert.equal(await label.getAttribute('dir'), 'rtl');
  const title = page.locator('.result h3').first();
  assert.equal(await title.getAttribute('dir'), 'rtl');
  assert.equal(await title.getAttribute('lang'), 'ar');
  assert.equal(await title.evaluate((e) => getComputedStyle(e).direction), 'rtl');
  await navigating(() => title.locator('a').click());
  assert.equal(await page.getAttribute('h1', 'dir'), 'rtl');
  assert.equal(await page.textContent('h1'), 'دورة الماء – ورقة عمل');
});

test('hostile metadata is shown as text and never runs', TIMEOUT, async () => {
  await page.goto(`${BASE}/?q=Hostile`);
  const title = await page.locator('.result h3').first().textContent();
  assert.ok(title.includes('<script>window.__pwned=1</script>'), title);
  assert.equal(await page.locator('main img').count(), 0);
  await navigating(() => page.locator('.result h3 a').first().click());
  assert.ok((await page.textContent('h1')).includes('<img src=x'));
  assert.ok((await page.inputValue('#attribution-text')).includes('<script>'));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
});

test('the pages work without JavaScript', TIMEOUT, async () => {
  const plain = await newContext({ javaScriptEnabled: false });
  const p = await watchedPage(plain);
  await p.goto(`${BASE}/`);
  assert.match(await p.textContent('#filters-hint'), /then choose “Apply filters”/);
  await p.check('input[name="license"][value="cc-by"]');
  await p.check('input[name="open"]');
  assert.equal(state(p).get('license'), null, 'nothing happens before the form is submitted');
  await navigating(() => p.getByRole('button', { name: 'Apply filters' }).click(), p);
  assert.deepEqual(state(p).getAll('license'), ['cc-by']);
  assert.equal(state(p).get('open'), 'true');
  await assertTotalMatchesApi(p);
  await navigating(() => p.locator('.result h3 a').first().click(), p);
  assert.ok((await p.inputValue('#attribution-text')).length > 20);
  assert.equal(await p.isVisible('button[data-copy]'), false, 'copy buttons need the script');
  await plain.close();
});

test('keyboard: a skip link first, focus always visible', TIMEOUT, async () => {
  await page.goto(`${BASE}/`);
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const e = document.activeElement;
    const style = getComputedStyle(e);
    return { text: e.textContent, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  assert.equal(skip.text, 'Skip to content');
  assert.notEqual(skip.outline, 'none');
  assert.ok(skip.width >= 2, `outline ${skip.width}px`);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  // Every control of the search form can be reached and shows its focus.
  for (const selector of ['#q', '#sort', 'input[name="license"]', 'button[form="search"]']) {
    await page.focus(selector);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', `${selector} shows focus`);
  }
});

test('the pages fit a 360 px phone', TIMEOUT, async () => {
  const phone = await newContext({ viewport: { width: 360, height: 780 }, isMobile: true });
  const p = await watchedPage(phone);
  const anyResource = (await api('lang=ar', '&limit=1&facets=')).results[0].id;
  for (const path of ['/', `/resources/${anyResource}`, '/sources', '/sources/cat', '/sources/extra', '/operator']) {
    await p.goto(`${BASE}${path}`);
    const { width, wide } = await p.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      // What sticks out, for the failure message.
      wide: [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > 361)
        .slice(-3)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.slice(0, 40)}"`),
    }));
    assert.ok(width <= 360, `${path} is ${width} px wide at 360 px: ${wide.join('; ')}`);
  }
  await p.goto(`${BASE}/`);
  assert.equal(await p.evaluate(() => document.getElementById('filter-panel').open), false,
    'the filters start folded on a phone');
  await phone.close();
});

test('the sources page links each source to its page: harvest marks, chart and quality report match the API', TIMEOUT, async () => {
  // A second harvest of `cat`, so that its chart has a line to draw.
  const started = await fetch(`${BASE}/api/v1/sources/cat/harvest`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(started.status, 202);
  let harvests = [];
  for (let i = 0; i < 300; i += 1) {
    harvests = await (await fetch(`${BASE}/api/v1/sources/cat/harvests?limit=30`)).json();
    if (harvests.length >= 2 && harvests.every((h) => h.status !== 'running')) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(harvests.length >= 2, 'the second harvest finished');

  await page.goto(`${BASE}/sources`);
  const sources = await (await fetch(`${BASE}/api/v1/sources`)).json();
  for (const source of sources) {
    const section = page.locator(`#source-${source.name}`);
    const text = await section.textContent();
    assert.ok(text.includes(`Records:${source.records}`) || text.includes(`Records${source.records}`), text);
    assert.match(text, /succeeded/);
    assert.match(text, /added, \d+ updated, \d+ deleted/);
  }
  await axe('sources page');

  await navigating(() => page.locator('#source-cat h2 a').click());
  assert.equal(new URL(page.url()).pathname, '/sources/cat');
  const source = await (await fetch(`${BASE}/api/v1/sources/cat`)).json();
  const report = await (await fetch(`${BASE}/api/v1/sources/cat/report`)).json();
  // One mark per harvest, oldest first, each told in words (not only by its colour) and
  // leading to its row of the table.
  const marks = page.locator('ol.strip li a');
  assert.equal(await marks.count(), harvests.length);
  // Named in words: the symbol beside the colour is hidden from screen readers.
  const strip = page.locator('ol.strip');
  assert.equal(await strip.getByRole('link', { name: /^succeeded, .+ \(incremental\): \d+ added, \d+ updated, \d+ deleted$/ }).count(), 1);
  assert.equal(await strip.getByRole('link', { name: /^succeeded, .+ \(full\): \d+ added, \d+ updated, \d+ deleted$/ }).count(), 1);
  assert.equal(await marks.last().locator('.mark').getAttribute('aria-hidden'), 'true');
  assert.equal(await marks.last().getAttribute('href'), `#harvest-${harvests[0].id}`);
  await marks.last().click();
  assert.equal(new URL(page.url()).hash, `#harvest-${harvests[0].id}`);
  // The chart is an image with a name and a description; its numbers are in the table.
  const chart = page.getByRole('img', { name: /^Records from .+ after each harvest/ });
  assert.equal(await chart.count(), 1);
  assert.equal(await page.locator('svg.chart circle').count(), harvests.length);
  const desc = await page.textContent('#records-chart-desc');
  assert.ok(desc.includes(`${source.records.toLocaleString('en-US')} after the last`), desc);
  const rows = page.locator('table.harvests tbody tr');
  assert.equal(await rows.count(), harvests.length);
  assert.equal(firstNumber(await rows.first().locator('td').last().textContent()), source.records);
  assert.equal(firstNumber(await rows.first().locator('td').nth(1).textContent()), harvests[0].added);
  // The quality report: the API's numbers, and shares that never round to all or nothing.
  const percent = (n, total) => (n === 0 || total === 0 ? 0 : n >= total ? 100
    : Math.min(99, Math.max(1, Math.round((n * 100) / total))));
  const fields = ['license', 'language', 'url', 'description', 'resource_type', 'educational_level'];
  const quality = page.locator('table.quality tbody tr');
  assert.equal(await quality.count(), fields.length);
  for (const [i, field] of fields.entries()) {
    const row = quality.nth(i);
    const records = report.coverage[field].records;
    assert.equal(firstNumber(await row.locator('td').first().textContent()), records, field);
    assert.equal(await row.locator('.percent').textContent(), `${percent(records, report.records)}%`, field);
  }
  await axe('source page');

  // In Arabic the chart runs right to left like the page: the oldest harvest on the right,
  // the value labels on the right, every label inside the drawing.
  await page.goto(`${BASE}/sources/cat?ui=ar`);
  const geometry = await page.evaluate(() => {
    const svg = document.querySelector('svg.chart');
    const box = svg.getBoundingClientRect();
    const points = [...svg.querySelectorAll('circle')].map((c) => c.getBoundingClientRect().x);
    const texts = [...svg.querySelectorAll('text')].map((t) => {
      const r = t.getBoundingClientRect();
      return { left: r.left, right: r.right, text: t.textContent };
    });
    return { left: box.left, right: box.right, points, texts };
  });
  assert.ok(geometry.points[0] > geometry.points[geometry.points.length - 1],
    `oldest (${geometry.points[0]}) right of newest (${geometry.points.at(-1)})`);
  for (const t of geometry.texts) {
    assert.ok(t.left >= geometry.left - 1 && t.right <= geometry.right + 1,
      `"${t.text}" ${t.left}-${t.right} inside ${geometry.left}-${geometry.right}`);
  }
  const values = geometry.texts.slice(0, 3);
  assert.ok(values.every((t) => t.left >= Math.max(...geometry.points)), 'value labels on the right');
  assert.match(values[2].text, /^[\u0660-\u0669\u066c]+$/, 'in Arabic digits');
  await axe('source page in Arabic');
  await page.goto(`${BASE}/sources/cat?ui=en`);
  const english = await page.evaluate(() =>
    [...document.querySelectorAll('svg.chart circle')].map((c) => c.getBoundingClientRect().x));
  assert.ok(english[0] < english[english.length - 1], 'and left to right in English');
});

test('anyone proposes a repository, without JavaScript too; the operator signs in, approves, rejects and registers', TIMEOUT, async () => {
  const propose = async (p, name, url, email) => {
    await p.fill('#propose-name', name);
    await p.fill('#propose-url', url);
    await p.fill('#propose-contact_email', email);
    await navigating(() => p.getByRole('button', { name: 'Check and propose' }).click(), p);
  };
  // Without JavaScript: a refused proposal keeps the form, a good one gets its page.
  const plain = await newContext({ javaScriptEnabled: false });
  const p = await watchedPage(plain);
  await p.goto(`${BASE}/sources`);
  await propose(p, 'proposed-one', `${BASE}/health`, 'one@example.org');
  assert.match(await p.textContent('#propose-outcome'), /did not pass the live check: .*health/);
  assert.equal(await p.getAttribute('#propose-url', 'aria-invalid'), 'true');
  assert.equal(await p.inputValue('#propose-name'), 'proposed-one', 'the form keeps what was typed');
  await propose(p, 'proposed-one', REPO, 'one@example.org');
  assert.equal(await p.textContent('h1'), 'Your proposal is waiting for the operator');
  const one = Number((await p.textContent('#propose-outcome')).match(/request number (\d+)/)[1]);
  await plain.close();

  await page.goto(`${BASE}/sources`);
  await propose(page, 'cat', REPO, 'two@example.org');
  assert.match(await page.textContent('#propose-outcome'), /The name “cat” is taken/);
  assert.equal(await page.getAttribute('#propose-name', 'aria-invalid'), 'true');
  await axe('sources page with a refused proposal');
  await propose(page, 'proposed-two', REPO, 'two@example.org');
  const two = Number((await page.textContent('#propose-outcome')).match(/request number (\d+)/)[1]);
  await axe('a queued proposal');

  // The operator signs in: a wrong token first.
  await navigating(() => page.getByRole('link', { name: 'Back to the sources' }).click());
  await navigating(() => page.locator('#operator-link a').click());
  assert.equal(new URL(page.url()).pathname, '/operator');
  await axe('operator sign-in');
  await page.fill('#token', 'wrong-token-8d1e');
  await navigating(() => page.getByRole('button', { name: 'Sign in' }).click());
  assert.match(await page.textContent('#sign-in-outcome'), /The admin token is wrong/);
  assert.equal(await page.getAttribute('#token', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('#token'), '', 'the token is not written back');
  assert.ok(!(await page.content()).includes('wrong-token-8d1e'));
  await page.fill('#token', TOKEN);
  await navigating(() => page.getByRole('button', { name: 'Sign in' }).click());
  assert.equal(new URL(page.url()).pathname, '/operator');
  const [session] = (await context.cookies()).filter((c) => c.name === 'oerdex_operator');
  assert.equal(session.httpOnly, true);
  assert.equal(session.sameSite, 'Strict');
  assert.equal(session.path, '/operator');
  assert.match(await page.textContent('#queue-heading'), /\(2\)/);
  assert.ok(!(await page.content()).includes(TOKEN));
  await axe('operator page with the queue');

  // On a phone too.
  const phone = await newContext({ viewport: { width: 360, height: 780 }, isMobile: true });
  const small = await watchedPage(phone);
  await small.goto(`${BASE}/operator`);
  await small.fill('#token', TOKEN);
  await navigating(() => small.getByRole('button', { name: 'Sign in' }).click(), small);
  await small.locator(`#request-${one}`).waitFor();
  await assertFits(small, 'the operator page with the queue');
  await phone.close();

  // Approve the first: it becomes a source with its own page.
  await navigating(() => page.locator(`#request-${one}`).getByRole('button', { name: /^Approve/ }).click());
  assert.match(await page.textContent('#decision-outcome'), /Approved: proposed-one is now a source/);
  assert.equal(await page.locator(`#request-${one}`).count(), 0);
  await axe('operator page after an approval');
  await navigating(() => page.locator('#decision-outcome a').click());
  assert.equal(new URL(page.url()).pathname, '/sources/proposed-one');

  // Reject the second, with a reason.
  await page.goto(`${BASE}/operator`);
  const second = page.locator(`#request-${two}`);
  await second.getByRole('textbox', { name: /Reason for rejecting/ }).fill('Not open educational resources.');
  await navigating(() => second.getByRole('button', { name: /^Reject/ }).click());
  assert.match(await page.textContent('#decision-outcome'), new RegExp(`Rejected request ${two} \\(proposed-two\\)`));
  const rejected = await (await fetch(`${BASE}/api/v1/registrations/${two}`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  })).json();
  assert.equal(rejected.reason, 'Not open educational resources.');
  assert.match(await page.textContent('#queue'), /No request is waiting/);

  // Register a repository at once, after the live check.
  await page.fill('#reg-name', 'extra-copy');
  await page.fill('#reg-url', `${BASE}/health`);
  await navigating(() => page.getByRole('button', { name: 'Check and register' }).click());
  assert.match(await page.textContent('#register-outcome'), /did not pass the live check: .*health/);
  assert.equal(await page.getAttribute('#reg-url', 'aria-invalid'), 'true');
  await axe('operator page with a refused registration');
  await page.fill('#reg-url', REPO);
  await navigating(() => page.getByRole('button', { name: 'Check and register' }).click());
  assert.match(await page.textContent('#register-outcome'), /Registered extra-copy\./);

  await page.goto(`${BASE}/sources`);
  await page.locator('#source-proposed-one').waitFor();
  await page.locator('#source-extra-copy').waitFor();
  assert.equal(await page.locator('#source-proposed-two').count(), 0);

  // Signing out ends the session: the page asks for the token again.
  await page.goto(`${BASE}/operator`);
  await navigating(() => page.getByRole('button', { name: 'Sign out' }).click());
  assert.equal(new URL(page.url()).pathname, '/sources');
  await page.goto(`${BASE}/operator`);
  assert.equal(await page.locator('#token').count(), 1);
  assert.equal((await context.cookies()).filter((c) => c.name === 'oerdex_operator').length, 0);
});

// ---- languages --------------------------------------------------------------------------

/** The shipped languages: `ui` code, the `lang` attribute it gives, and its direction. */
const LANGUAGES = [
  ['ar', 'ar', 'rtl'],
  ['zh', 'zh-Hans', 'ltr'],
  ['en', 'en', 'ltr'],
  ['fr', 'fr', 'ltr'],
  ['ru', 'ru', 'ltr'],
  ['es', 'es', 'ltr'],
  ['de', 'de', 'ltr'],
  ['pt', 'pt', 'ltr'],
];

/** The first number in a text, whatever the language's digits and grouping (٥٢, 1 234, 1.234). */
function firstNumber(text) {
  const ascii = text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/(\d)[,.\u202f\u00a0\u066c](?=\d{3})/g, '$1');
  const number = ascii.match(/\d+/);
  return number ? Number(number[0]) : 0;
}

/** Checks that nothing is wider than the 360 px viewport. */
async function assertFits(p, label) {
  const { width, wide } = await p.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.right > 361 || r.left < -1;
      })
      .slice(-3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.slice(0, 40)}"`),
  }));
  assert.ok(width <= 360, `${label} is ${width} px wide at 360 px: ${wide.join('; ')}`);
}

/** Every same-site page link and form of the page keeps `ui=<code>`. */
async function assertKeepsLanguage(p, code, label) {
  const { links, forms } = await p.evaluate(() => ({
    links: [...document.querySelectorAll('a[href]')]
      .filter((a) => a.origin === location.origin && !a.pathname.startsWith('/api/'))
      .filter((a) => !a.closest('#language-menu') && !a.getAttribute('href').startsWith('#'))
      .map((a) => a.href),
    forms: [...document.querySelectorAll('form')].map((f) => ({
      action: f.action,
      method: f.method,
      ui: f.querySelector('input[name="ui"]')?.value ?? null,
    })),
  }));
  assert.ok(links.length > 0, `${label}: links`);
  for (const href of links) {
    assert.equal(new URL(href).searchParams.get('ui'), code, `${label}: ${href} keeps ui`);
  }
  for (const form of forms) {
    const kept = form.method === 'get' ? form.ui : new URL(form.action).searchParams.get('ui');
    assert.equal(kept, code, `${label}: form ${form.action} keeps ui`);
  }
}

test('every page in every language: lang, direction, counts, links keep the language, axe, 360 px', TIMEOUT, async () => {
  const anyResource = (await api('accessibility=captions', '&limit=1&facets=')).results[0].id;
  const phone = await newContext({ viewport: { width: 360, height: 780 }, isMobile: true });
  const small = await watchedPage(phone);
  const headings = new Set();
  for (const [code, tag, dir] of LANGUAGES) {
    for (const path of ['/?q=Photosynthesis', `/resources/${anyResource}`, '/sources', '/sources/extra', '/operator']) {
      const url = `${BASE}${path}${path.includes('?') ? '&' : '?'}ui=${code}`;
      await page.goto(url);
      const label = `${path} in ${code}`;
      assert.equal(await page.getAttribute('html', 'lang'), tag, label);
      assert.equal(await page.getAttribute('html', 'dir'), dir, label);
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), dir, label);
      // A heading of the page's own words (a resource's h1 is its title, a source's its name;
      // "Sources" is French too, "Operador" Spanish and Portuguese).
      const heading = {
        '/sources': '#propose-heading',
        '/sources/extra': '#quality-heading',
        '/operator': '#sign-in-heading',
      }[path] ?? (path.startsWith('/resources/') ? '#licence-heading' : 'h1');
      headings.add(`${path}|${await page.textContent(heading)}`);
      if (path.startsWith('/?')) {
        const total = (await api('q=Photosynthesis', '&limit=1&facets=')).total;
        assert.equal(firstNumber(await page.textContent('#results-heading')), total, label);
        const licence = await api('q=Photosynthesis', '&limit=1&facets=license');
        assert.equal(firstNumber(await page.locator('input[name="license"][value="cc-by"] + label .count').textContent()),
          licence.facets.license['cc-by'], `${label}: a facet count`);
      }
      await assertKeepsLanguage(page, code, label);
      await axe(label);
      await small.goto(url);
      await assertFits(small, label);
    }
  }
  // Each language has its own words: the same page's heading differs in all eight.
  assert.equal(headings.size, 5 * LANGUAGES.length, [...headings].join('\n'));
  await phone.close();
});

test('Arabic pages mirror: filters on the right, text starts on the right', TIMEOUT, async () => {
  await page.goto(`${BASE}/?ui=ar`);
  const box = async (selector) => page.locator(selector).first().boundingBox();
  const filters = await box('aside.filters');
  const results = await box('section.results');
  assert.ok(filters.x > results.x, `filters (${filters.x}) right of results (${results.x})`);
  // The heading's words sit at the right edge of the page's content, not the left.
  const { textLeft, textRight, mainLeft, mainRight } = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('h1'));
    const text = range.getBoundingClientRect();
    const main = document.querySelector('main').getBoundingClientRect();
    return { textLeft: text.left, textRight: text.right, mainLeft: main.left, mainRight: main.right };
  });
  assert.ok(mainRight - textRight < 40 && textLeft - mainLeft > 100,
    `the heading starts on the right: text ${textLeft}-${textRight} in ${mainLeft}-${mainRight}`);
  // The skip link and focus work the same way.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  // Arabic-Indic digits in counts.
  assert.match(await page.textContent('#results-heading'), /[\u0660-\u0669]/);
  await page.goto(`${BASE}/?ui=en`);
  const english = await box('aside.filters');
  assert.ok(english.x < (await box('section.results')).x, 'and on the left in English');
});

test('the language menu works by keyboard and keeps the search', TIMEOUT, async () => {
  await page.goto(`${BASE}/?q=Photosynthesis&license=cc-by`);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // Tab from the top of the page to the menu's summary, open it with Enter.
  const summary = page.locator('#language-menu summary');
  let steps = 0;
  while (!(await summary.evaluate((e) => e === document.activeElement)) && steps < 20) {
    await page.keyboard.press('Tab');
    steps += 1;
  }
  assert.ok(steps < 20, 'the language menu is reachable by Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the menu shows its focus');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.getElementById('language-menu').open), true);
  const french = page.locator('#language-menu a[hreflang="fr"]');
  while (!(await french.evaluate((e) => e === document.activeElement)) && steps < 40) {
    await page.keyboard.press('Tab');
    steps += 1;
  }
  await navigating(() => page.keyboard.press('Enter'));
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(state().get('ui'), 'fr');
  assert.equal(state().get('q'), 'Photosynthesis', 'the search stays');
  assert.deepEqual(state().getAll('license'), ['cc-by']);
  assert.equal(await page.textContent('h1'), 'Trouver des ressources éducatives libres');
  // And the next filter ticked keeps French.
  await navigating(() => page.check('input[name="license"][value="cc-by-sa"]'));
  assert.equal(state().get('ui'), 'fr');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
});

test('Accept-Language chooses the language when the URL does not', TIMEOUT, async () => {
  const german = await newContext({ locale: 'de-DE' });
  const p = await watchedPage(german);
  await p.goto(`${BASE}/`);
  assert.equal(await p.getAttribute('html', 'lang'), 'de');
  assert.equal(await p.textContent('h1'), 'Offene Bildungsmaterialien finden');
  // Chosen by the header, so links need no ui parameter.
  const href = await p.locator('nav.sections a').nth(1).getAttribute('href');
  assert.equal(href, '/sources');
  await p.goto(`${BASE}/?ui=pt`);
  assert.equal(await p.getAttribute('html', 'lang'), 'pt', 'ui wins over the header');
  await german.close();
});

test('the accessibility filter: tick captions, counts and results follow', TIMEOUT, async () => {
  await page.goto(`${BASE}/`);
  const expected = (await api('', '&limit=1&facets=accessibility')).facets.accessibility.captions;
  assert.ok(expected > 0, 'the catalogue has captioned resources');
  assert.equal(await optionCount('accessibility', 'captions'), expected);
  await navigating(() => page.check('input[name="accessibility"][value="captions"]'));
  assert.deepEqual(state().getAll('accessibility'), ['captions']);
  assert.equal(await assertTotalMatchesApi(), expected);
  const facts = await page.locator('.result .facts').first().textContent();
  assert.match(facts, /Accessibility:?\s*Captions/);
  await navigating(() => page.locator('.result h3 a').first().click());
  assert.match(await page.textContent('dl.details'), /Captions, Transcript/);
});

test('no script errors, refused resources or failed requests on any page', () => {
  assert.deepEqual(problems, []);
});
