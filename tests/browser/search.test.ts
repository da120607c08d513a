/**
 * Finding a kab/kota by typing part of its name: the header field lists matches from the static
 * index and Enter opens the one region that matches; a query with many matches opens the /cari/
 * page filtered; without JavaScript the form opens the /cari/ page with every kab/kota.
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
  expect(await page.locator('.region-list a[href^="/kabkota/"]').count()).toBe(514);
  expect(await page.locator('.region-list a[href^="/provinsi/"]').count()).toBe(38);
  expect(offOrigin).toEqual([]);
  await context.close();
});
