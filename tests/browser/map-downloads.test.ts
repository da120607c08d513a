/**
 * The download links under the home map follow its year/measure switch (src/client/map.ts sets
 * the figure's data-year/data-measure; src/client/map-downloads.ts rewrites the links): after a
 * switch they give that view's CSV and SVG, which exist, and the PNG link is hidden (only the
 * view shown first has a PNG); back to that view, the PNG link is there again. The view is kept
 * in the URL (?tahun=&ukuran=, src/site/map/view-url.ts), and a shared URL reopens it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from '../support/site.ts';
import { collectErrors, openBrowserSite } from './harness.ts';

const site = openBrowserSite({ context: { viewport: { width: 1366, height: 900 } } });

const links = (page: Page) =>
  page.$$eval('[data-map-downloads] a', (as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', visible: (a as HTMLElement).offsetParent !== null })));

describe.each([
  ['/', 'id', ''],
  ['/en/', 'en', '.en'],
])('home map %s', (route, _lang, suffix) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await site.guarded.context.newPage();
    errors = collectErrors(page);
    await page.goto(site.server.origin + route);
  });

  it('links the files of the view chosen', async () => {
    const first = await links(page);
    const years = await page.$$eval('.map-controls select[name="year"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    const [latest, oldest] = [years[0]!, years.at(-1)!];
    expect(first.map((l) => l.href)).toEqual([
      `/data/grafik/peta/peta-nasional-${latest}-rawan-persen.csv`,
      `/data/grafik/peta/peta-nasional-${latest}-rawan-persen${suffix}.svg`,
      `/data/grafik/peta/peta-nasional-${latest}-rawan-persen${suffix}.png`,
      `?tahun=${latest}&ukuran=rawan_persen#peta-nasional`,
    ]);
    expect(first.every((l) => l.visible)).toBe(true);

    await page.selectOption('.map-controls select[name="year"]', oldest);
    await page.selectOption('.map-controls select[name="measure"]', 'skor_rata');
    await expect.poll(async () => (await links(page))[0]!.href).toBe(`/data/grafik/peta/peta-nasional-${oldest}-skor-rata.csv`);
    const switched = await links(page);
    expect(switched.slice(0, 2).map((l) => l.href)).toEqual([`/data/grafik/peta/peta-nasional-${oldest}-skor-rata.csv`, `/data/grafik/peta/peta-nasional-${oldest}-skor-rata${suffix}.svg`]);
    for (const link of switched.slice(0, 2)) expect(existsSync(path.join(siteDir(), link.href)), link.href).toBe(true);
    expect(switched.map((l) => l.visible)).toEqual([true, true, false, true]);
    // The view is in the address and in the map's permalink.
    expect(switched[3]!.href).toBe(`?tahun=${oldest}&ukuran=skor_rata#peta-nasional`);
    expect(new URL(page.url()).search).toBe(`?tahun=${oldest}&ukuran=skor_rata`);

    await page.selectOption('.map-controls select[name="year"]', latest);
    await page.selectOption('.map-controls select[name="measure"]', 'rawan_persen');
    await expect.poll(async () => (await links(page)).map((l) => l.visible)).toEqual([true, true, true, true]);
    expect((await links(page)).map((l) => l.href)).toEqual(first.map((l) => l.href));
    expect(errors).toEqual([]);
  });

  it('a shared URL reopens its year and measure (the switch, the map’s title and the download links)', async () => {
    const years = await page.$$eval('.map-controls select[name="year"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    const oldest = years.at(-1)!;
    const shared = await site.guarded.context.newPage();
    const sharedErrors = collectErrors(shared);
    await shared.goto(`${site.server.origin}${route}?tahun=${oldest}&ukuran=cakupan_persen#peta-nasional`);
    await expect.poll(() => shared.$eval('figure[data-map]', (f) => `${(f as HTMLElement).dataset.year} ${(f as HTMLElement).dataset.measure}`)).toBe(`${oldest} cakupan_persen`);
    expect(await shared.$eval('.map-controls select[name="year"]', (s) => (s as HTMLSelectElement).value)).toBe(oldest);
    expect(await shared.$eval('.map-controls select[name="measure"]', (s) => (s as HTMLSelectElement).value)).toBe('cakupan_persen');
    expect(await shared.$eval('.map-panel > svg > title', (t) => t.textContent)).toContain(oldest);
    await expect.poll(async () => (await links(shared))[0]!.href).toBe(`/data/grafik/peta/peta-nasional-${oldest}-cakupan-persen.csv`);
    expect(sharedErrors).toEqual([]);
    await shared.close();
  });
});
