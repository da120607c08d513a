/**
 * Finding a kab/kota by typing part of its name: the header field lists matches from the static
 * index and Enter opens the one region that matches; a query with many matches opens the /cari/
 * page filtered; short forms (Jakut, Kab., Jogja, Jabar) are understood; without JavaScript the
 * form opens the /cari/ page with every kab/kota, A–Z and by province.
 */
import { expect, it } from 'vitest';
import { collectErrors, guardedContext, openBrowserSite } from './harness.ts';

const site = openBrowserSite({ context: { viewport: { width: 1366, height: 900 } } });

/** A new page at `sitePath` with `query` typed into the header's search field, and its console errors. */
async function typeSearch(sitePath: string, query: string) {
  const page = await site.guarded.context.newPage();
  const errors = collectErrors(page);
  await page.goto(site.server.origin + sitePath);
  const input = page.locator('#cari-q');
  await input.fill(query);
  return { page, input, errors };
}

it('lists matches while typing and opens a unique match on Enter', async () => {
  const { page, input, errors } = await typeSearch('/', 'jakarta ut');
  const results = page.locator('.search-results');
  await expect.poll(() => results.isVisible()).toBe(true);
  expect(await results.locator('a').first().innerText()).toContain('Kota Administrasi Jakarta Utara');
  expect(await results.locator('[role="status"]').innerText()).toBe('1 wilayah cocok');
  await Promise.all([page.waitForURL('**/kabkota/31-72-kota-administrasi-jakarta-utara/'), input.press('Enter')]);
  expect(await page.locator('h1').innerText()).toBe('Kota Administrasi Jakarta Utara');
  expect(errors).toEqual([]);
  await page.close();
});

it('finds by any part of the name, in any order, and by keyboard', async () => {
  const { page, input } = await typeSearch('/en/', 'selatan tangerang');
  const first = page.locator('.search-results a').first();
  await expect.poll(() => first.innerText()).toContain('Kota Tangerang Selatan');
  await input.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Kota Tangerang Selatan');
  await Promise.all([page.waitForURL('**/en/regency/36-74-kota-tangerang-selatan/'), page.keyboard.press('Enter')]);
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await page.close();
});

it('opens the filtered /cari/ page when several regions match', async () => {
  const { page, input } = await typeSearch('/tentang/', 'bandung');
  await expect.poll(() => page.locator('.search-results a').count()).toBeGreaterThan(1);
  await Promise.all([page.waitForURL('**/cari/?q=bandung'), input.press('Enter')]);
  const visible = page.locator('.region-list li:visible');
  await expect.poll(() => visible.count()).toBe(3);
  for (const text of await visible.allInnerTexts()) expect(text).toMatch(/Bandung/);
  expect(await page.locator('[data-status]').innerText()).toMatch(/^3 wilayah cocok/);
  // A province name shows its kab/kota.
  await page.locator('#saring').fill('gorontalo');
  await expect.poll(() => visible.count()).toBe(6);
  expect(site.guarded.offOrigin).toEqual([]);
  await page.close();
});

it('without JavaScript the form opens the full list of kab/kota', async () => {
  const { context, offOrigin } = await guardedContext(site.browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.server.origin + '/');
  await page.locator('#cari-q').fill('bogor');
  await Promise.all([page.waitForURL('**/cari/?q=bogor'), page.locator('form.search button').click()]);
  expect(await page.locator('#per-provinsi ~ .region-list a[href^="/kabkota/"]').count()).toBe(514);
  expect(await page.locator('#per-provinsi ~ .region-list a[href^="/provinsi/"]').count()).toBe(38);
  expect(offOrigin).toEqual([]);
  await context.close();
});

it('without JavaScript the /cari/ page says what it gives: an A–Z index and the province groups', async () => {
  const { context, offOrigin } = await guardedContext(site.browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.server.origin + '/en/search/?q=jakut');
  expect(await page.locator('noscript').count()).toBe(1);
  expect(await page.locator('main .note').innerText()).toMatch(/Without JavaScript this page cannot filter/);
  // A–Z: letter groups with every kab/kota once, jump links to each letter.
  const letters = page.locator('#a-z ~ .region-list section h3');
  expect(await letters.count()).toBeGreaterThan(15);
  expect(await page.locator('#a-z ~ .region-list a').count()).toBe(514);
  expect(await page.locator('nav.letters a[href^="#az-"]').count()).toBe(await letters.count());
  const b = page.locator('#az-B + ul');
  expect(await b.innerText()).toMatch(/Kabupaten Bogor[\s\S]*Kota Bogor/);
  // Then every province with its kab/kota.
  expect(await page.locator('#per-provinsi ~ .region-list section[data-group]').count()).toBe(38);
  await page.locator('nav.letters a[href="#az-J"]').click();
  expect(page.url()).toMatch(/#az-J$/);
  expect(offOrigin).toEqual([]);
  await context.close();
});

it('understands short forms: Jakut in the header, Jabar and Kab. on the /cari/ page', async () => {
  const { page, input } = await typeSearch('/', 'jakut');
  await expect.poll(() => page.locator('.search-results a').first().innerText()).toContain('Kota Administrasi Jakarta Utara');
  await Promise.all([page.waitForURL('**/kabkota/31-72-kota-administrasi-jakarta-utara/'), input.press('Enter')]);
  await page.goto(site.server.origin + '/cari/?q=jabar');
  const visible = page.locator('#per-provinsi ~ .region-list li:visible');
  await expect.poll(() => visible.count()).toBe(27);
  expect(await page.locator('[data-az]').isVisible()).toBe(false);
  await page.locator('#saring').fill('Kab. Bogor');
  await expect.poll(() => visible.allInnerTexts()).toEqual([expect.stringMatching(/^Kabupaten Bogor/)]);
  await page.locator('#saring').fill('');
  await expect.poll(() => page.locator('[data-az]').isVisible()).toBe(true);
  await page.close();
});
