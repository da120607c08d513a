/**
 * Every page type renders in both languages: 200, one <h1>, <html lang>, a title, a breadcrumb,
 * the synthetic-data banner, a working language switch; no console error (a CSP violation is
 * one) and no request leaving 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { bundledDatasetMeta } from '../support/site.ts';
import { collectErrors, openBrowserSite, PAGE_TYPES } from './harness.ts';

const site = openBrowserSite({ context: { viewport: { width: 1366, height: 900 } } });
/** The banner follows the flag of the data the site is built from. */
const synthetic = bundledDatasetMeta().synthetic;

const cases = PAGE_TYPES.flatMap((p) => [
  { ...p, lang: 'id' as const, path: p.id, alt: p.en },
  { ...p, lang: 'en' as const, path: p.en, alt: p.id },
]);

describe.each(cases)('$type ($lang) $path', ({ lang, path: pagePath, alt }) => {
  it('renders with h1, lang, title, breadcrumb, banner and language switch', async () => {
    const page = await site.guarded.context.newPage();
    const errors = collectErrors(page);
    const response = await page.goto(site.server.origin + pagePath);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect((await page.title()).length).toBeGreaterThan(5);
    expect(await page.locator('h1').count()).toBe(1);
    expect((await page.locator('h1').innerText()).trim().length).toBeGreaterThan(2);
    const crumbs = page.locator('nav.breadcrumb');
    expect(await crumbs.count()).toBe(1);
    expect(await crumbs.locator('[aria-current="page"]').count()).toBe(1);
    expect(await page.locator('main#isi').count()).toBe(1);
    const banner = page.locator('.banner');
    if (synthetic) {
      await expect.poll(() => banner.isVisible()).toBe(true);
      expect(await banner.innerText()).toMatch(lang === 'id' ? /Data contoh sintetis — bukan data resmi BNN/ : /Synthetic sample data — not official BNN data/);
    } else expect(await banner.count()).toBe(0);
    // Language switch: the link goes to the counterpart, which is in the other language.
    const switchLink = page.locator('.lang-switch a');
    expect(await switchLink.getAttribute('href')).toBe(alt);
    expect(await switchLink.getAttribute('hreflang')).toBe(lang === 'id' ? 'en' : 'id');
    await Promise.all([page.waitForURL(site.server.origin + alt), switchLink.click()]);
    expect(await page.getAttribute('html', 'lang')).toBe(lang === 'id' ? 'en' : 'id');
    expect(await page.locator('.lang-switch a').getAttribute('href')).toBe(pagePath);
    expect(errors).toEqual([]);
    expect(site.guarded.offOrigin).toEqual([]);
    await page.close();
  });
});

it('a kab/kota page shows figures, position, trends, programs and itself on the province map', async () => {
  const page = await site.guarded.context.newPage();
  await page.goto(site.server.origin + '/kabkota/32-18-kabupaten-pangandaran/');
  expect(await page.locator('.stats .stat').count()).toBeGreaterThan(8);
  expect(await page.locator('#posisi').count()).toBe(1);
  expect(await page.locator('figure.chart').count()).toBeGreaterThanOrEqual(3);
  // Each chart: title, takeaway, SVG, units/source, data table in a disclosure.
  for (const chart of await page.locator('figure.chart').all()) {
    expect(await chart.locator('h3').count()).toBe(1);
    expect(await chart.locator('svg[role="img"]').count()).toBe(1);
    expect(await chart.locator('.chart-meta').textContent()).toMatch(/Sumber|Source/);
    expect(await chart.locator('details table').count()).toBe(1);
  }
  // Pangandaran (formed 2012) has a polygon of its own, marked on the province map.
  expect(await page.locator('svg.choropleth a[aria-current="page"]').getAttribute('data-code')).toBe('32.18');
  // Marks are explained wherever tables may hold them.
  expect(await page.locator('.marks-legend').count()).toBeGreaterThan(0);
  await page.close();
});

it('a page that does not exist is a 404', async () => {
  const page = await site.guarded.context.newPage();
  const response = await page.goto(site.server.origin + '/kabkota/99-99-tidak-ada/');
  expect(response?.status()).toBe(404);
  await page.close();
});
