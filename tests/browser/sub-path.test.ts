/**
 * The site served from a sub-path (`DASHBOARD_BASE_PATH=/dashboard/`, as on
 * https://example.go.id/dashboard/): the canary build (see tests/support/built-site.ts) is made
 * that way and served here under /dashboard/ only; anything the pages ask for outside the prefix
 * gets a 404. Proves that links, assets, the map with its data, search, the language switch,
 * every download and a PNG made in the browser work there, and that no file points at the
 * host's root.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Response } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CANARY_BASE_PATH, CANARY_SITE_DIR } from '../support/built-site.ts';
import { collectErrors, guardedContext, listFiles, openBrowserSite } from './harness.ts';

const BASE = CANARY_BASE_PATH;
const site = openBrowserSite({ dir: CANARY_SITE_DIR, base: BASE, context: { viewport: { width: 1366, height: 900 } } });
let files: Set<string>;

/** Whether a root-relative URL (with the base) names a built file. */
function resolves(url: string): boolean {
  const pathname = decodeURI(url.split(/[?#]/)[0]!);
  if (!pathname.startsWith(BASE)) return false;
  const rel = pathname.slice(BASE.length);
  return rel === '' || rel.endsWith('/') ? files.has(`${rel}index.html`) : files.has(rel);
}

/**
 * Every page visit records its responses; a failed or out-of-prefix request is a problem. A
 * request the browser itself cancels because the page navigated on (`net::ERR_ABORTED`, e.g. the
 * favicon of a page left at once) is not a failure of the site, but its path must still lie under
 * the base path; a missing file answers 404 and is caught above.
 */
function watch(page: Page): { problems: string[]; responses: Response[] } {
  const problems: string[] = [];
  const responses: Response[] = [];
  page.on('response', (response) => {
    responses.push(response);
    const { pathname } = new URL(response.url());
    if (response.status() >= 400) problems.push(`${response.status()} ${pathname}`);
    else if (!pathname.startsWith(BASE)) problems.push(`outside ${BASE}: ${pathname}`);
  });
  page.on('requestfailed', (request) => {
    const { pathname } = new URL(request.url());
    const reason = request.failure()?.errorText ?? '';
    if (!pathname.startsWith(BASE)) problems.push(`outside ${BASE}: ${pathname}`);
    else if (reason !== 'net::ERR_ABORTED') problems.push(`failed ${request.url()} (${reason})`);
  });
  return { problems, responses };
}

beforeAll(async () => {
  files = new Set(await listFiles(CANARY_SITE_DIR));
});

describe(`files built for ${BASE}`, () => {
  it('every root-relative link and asset in every page carries the base path and resolves', () => {
    const problems = new Map<string, string>();
    const pages = [...files].filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(1100);
    for (const file of pages) {
      const html = readFileSync(path.join(CANARY_SITE_DIR, file), 'utf8');
      for (const m of html.matchAll(/\s(?:href|src|action|data-index|data-src|srcset|content)="(\/[^"]*)"/g)) {
        const url = m[1]!;
        if (url.startsWith('//')) problems.set(url, `${file}: another origin`);
        else if (!resolves(url)) problems.set(url, file);
      }
    }
    expect([...problems].slice(0, 20).map(([url, from]) => `${url} (from ${from})`)).toEqual([]);
  });

  it('scripts, the search index and the API index point inside the base path', () => {
    const problems: string[] = [];
    for (const file of [...files].filter((f) => f.endsWith('.js') || f.endsWith('.css'))) {
      const text = readFileSync(path.join(CANARY_SITE_DIR, file), 'utf8');
      for (const m of text.matchAll(/["'`(](\/(?:_astro|data|kabkota|provinsi|en|cari|unduh)\/[^"'`)]*)/g)) {
        if (!m[1]!.startsWith(BASE)) problems.push(`${file}: ${m[1]}`);
      }
    }
    const search = JSON.parse(readFileSync(path.join(CANARY_SITE_DIR, 'indeks-cari.json'), 'utf8')) as { entries: [string, string, string, string][] };
    expect(search.entries.length).toBeGreaterThan(500);
    for (const [, , href] of search.entries) if (!resolves(href)) problems.push(`indeks-cari.json: ${href}`);
    const api = JSON.parse(readFileSync(path.join(CANARY_SITE_DIR, 'data', 'v1', 'index.json'), 'utf8')) as { units: { path: string }[] };
    const indexUrl = `${BASE}data/v1/index.json`;
    for (const unit of api.units) {
      const target = new URL(unit.path, `https://example.go.id${indexUrl}`).pathname;
      if (!resolves(target)) problems.push(`data/v1/index.json: ${unit.path} → ${target}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

describe(`browsing under ${BASE}`, () => {
  it('the home page loads its assets and map data, the map works and leads to a kab/kota page', async () => {
    const page = await site.guarded.context.newPage();
    const errors = collectErrors(page);
    const { problems, responses } = watch(page);
    await page.goto(site.server.url('/'));
    expect(await page.locator('h1').count()).toBe(1);
    // The stylesheet applies (inlined) and the scripts load from /dashboard/_astro/.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
    expect(responses.some((r) => new URL(r.url()).pathname.startsWith(`${BASE}_astro/`) && r.url().endsWith('.js'))).toBe(true);
    // Tooltip (the script runs), then the year switch (fetches the map data from the base path).
    await page.locator('svg.choropleth a[data-code="31.72"]').hover({ force: true });
    await expect.poll(() => page.locator('.map-tip').innerText()).toContain('Jakarta Utara');
    const years = await page.$$eval('.map-controls select[name="year"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(years.length).toBeGreaterThan(1);
    await page.selectOption('.map-controls select[name="year"]', years.at(-1)!);
    await expect.poll(() => page.locator('[data-map-status]').innerText()).toContain(years.at(-1)!);
    expect(responses.some((r) => new URL(r.url()).pathname === `${BASE}data-peta.json` && r.status() === 200)).toBe(true);
    // A region of the map opens its page under the base path.
    const region = page.locator('svg.choropleth a[data-code="31.72"]');
    expect(await region.getAttribute('href')).toMatch(new RegExp(`^${BASE}kabkota/31-72-`));
    await Promise.all([page.waitForURL(`**${BASE}kabkota/31-72-*/`), region.click({ force: true })]);
    expect(await page.locator('h1').innerText()).toBe('Kota Administrasi Jakarta Utara');
    expect(await page.locator('svg').count()).toBeGreaterThan(0);
    // A chart's PNG, made in the browser from its SVG with the fonts of the base path.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#g-categories-trend-31\\.72 button[data-png-scale]').click()]);
    expect(download.suggestedFilename()).toBe('g-categories-trend-31.72.png');
    expect(responses.filter((r) => new URL(r.url()).pathname.startsWith(`${BASE}huruf/`) && r.status() === 200)).toHaveLength(2);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    expect(site.guarded.offOrigin).toEqual([]);
    await page.close();
  });

  it('search and the language switch stay under the base path', async () => {
    const page = await site.guarded.context.newPage();
    const errors = collectErrors(page);
    const { problems } = watch(page);
    await page.goto(site.server.url('/tentang/'));
    const input = page.locator('#cari-q');
    await input.fill('jakarta ut');
    await expect.poll(() => page.locator('.search-results a').count()).toBe(1);
    await Promise.all([page.waitForURL(`**${BASE}kabkota/31-72-kota-administrasi-jakarta-utara/`), input.press('Enter')]);
    await Promise.all([page.waitForURL(`**${BASE}en/regency/31-72-kota-administrasi-jakarta-utara/`), page.locator('a[hreflang="en"]').first().click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // Breadcrumb back to the province, then home, all under the base path.
    await Promise.all([page.waitForURL(`**${BASE}en/province/31-*/`), page.locator('.breadcrumb a[href*="/province/"]').first().click()]);
    await Promise.all([page.waitForURL(site.server.url('/en/')), page.locator('.breadcrumb a').first().click()]);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works without JavaScript: the search form opens the list under the base path', async () => {
    const { context } = await guardedContext(site.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const { problems } = watch(page);
    await page.goto(site.server.url('/'));
    await page.locator('#cari-q').fill('bogor');
    await Promise.all([page.waitForURL(`**${BASE}cari/?q=bogor`), page.locator('form.search button').click()]);
    expect(await page.locator('.region-list li').count()).toBeGreaterThan(500);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('every download linked from the downloads page is served, with the bytes its checksum names', async () => {
    const page = await site.guarded.context.newPage();
    const { problems } = watch(page);
    await page.goto(site.server.url('/unduh/'));
    const links = [...new Set(await page.$$eval('main a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).pathname)))].filter((p) =>
      p.startsWith(`${BASE}data/`),
    );
    expect(links).toEqual(expect.arrayContaining([`${BASE}data/kawasan.csv`, `${BASE}data/peta-kawasan-rawan-narkoba.xlsx`, `${BASE}data/datapackage.json`, `${BASE}data/SHA256SUMS`]));
    const sums = new Map(
      readFileSync(path.join(CANARY_SITE_DIR, 'data', 'SHA256SUMS'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => {
          const [hash, name] = line.split(/\s+\*?/);
          return [name!, hash!] as const;
        }),
    );
    const failures: string[] = [];
    for (const link of links) {
      const response = await page.request.get(site.server.origin + link);
      if (response.status() !== 200) {
        failures.push(`${response.status()} ${link}`);
        continue;
      }
      const body = await response.body();
      const name = link.slice(`${BASE}data/`.length);
      const expected = sums.get(name);
      if (expected && createHash('sha256').update(body).digest('hex') !== expected) failures.push(`checksum ${link}`);
      const type = response.headers()['content-type'] ?? '';
      if (name.endsWith('.csv') && !type.startsWith('text/csv')) failures.push(`${link}: ${type}`);
      if (name.endsWith('.xlsx') && !type.includes('spreadsheetml')) failures.push(`${link}: ${type}`);
      if (name.endsWith('.json') && !type.startsWith('application/json')) failures.push(`${link}: ${type}`);
    }
    expect(links.length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
