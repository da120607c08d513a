/**
 * The site works without JavaScript: every page type renders its content, the map shows the
 * latest year's share of vulnerable villages with every region a link (in the tab order), the
 * JS-only controls stay hidden, the "skip the map" link works, and chart tables are reachable.
 */
import { describe, expect, it } from 'vitest';
import { openBrowserSite, PAGE_TYPES } from './harness.ts';

const site = openBrowserSite({ context: { javaScriptEnabled: false, viewport: { width: 360, height: 740 } } });

describe.each(PAGE_TYPES.flatMap((p) => [p.id, p.en]))('%s without JavaScript', (pagePath) => {
  it('renders its content', async () => {
    const page = await site.guarded.context.newPage();
    const response = await page.goto(site.server.origin + pagePath);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
    expect(site.guarded.offOrigin).toEqual([]);
    await page.close();
  });
});

it('the home map shows the latest rawan_persen with all regions linked, controls hidden', async () => {
  const page = await site.guarded.context.newPage();
  await page.goto(site.server.origin + '/');
  const figure = page.locator('figure[data-map]');
  expect(await figure.getAttribute('data-measure')).toBe('rawan_persen');
  const years = await page.$$eval('.map-controls select[name="year"] option', (os) => os.map((o) => Number((o as HTMLOptionElement).value)));
  expect(await figure.getAttribute('data-year')).toBe(String(Math.max(...years)));
  expect(await page.locator('.map-controls').isVisible()).toBe(false);
  expect(await page.locator('svg.choropleth a.choropleth-region').count()).toBe(514);
  expect(await page.locator('.map-legend').isVisible()).toBe(true);
  expect(await page.locator('[data-legend-title]').innerText()).toMatch(/Rawan \(% dari desa dinilai\)/);
  // Every region stays an ordinary link in the tab order; the card and zoom (JS only) stay hidden.
  expect(await page.locator('svg.choropleth a.choropleth-region[tabindex]').count()).toBe(0);
  expect(await page.locator('[data-map-card]').isVisible()).toBe(false);
  expect(await page.locator('[data-map-zoombar]').isVisible()).toBe(false);
  // The skip link passes the map.
  await page.locator('.map-skip a').first().focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('peta-akhir-national');
  // A region link works.
  await Promise.all([page.waitForURL('**/kabkota/31-72-kota-administrasi-jakarta-utara/'), page.locator('svg.choropleth a[data-code="31.72"]').click({ force: true })]);
  await page.close();
});

it('chart data tables open without JavaScript', async () => {
  const page = await site.guarded.context.newPage();
  await page.goto(site.server.origin + '/kabkota/31-72-kota-administrasi-jakarta-utara/');
  const details = page.locator('figure.chart details').first();
  await details.locator('summary').click();
  expect(await details.locator('table').isVisible()).toBe(true);
  await page.close();
});
