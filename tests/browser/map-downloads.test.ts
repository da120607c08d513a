/**
 * The download links under the home map follow its year/measure switch (src/client/map.ts sets
 * the figure's data-year/data-measure; src/client/map-downloads.ts rewrites the links): after a
 * switch they give that view's CSV and SVG, which exist, and the PNG link is hidden (only the
 * view shown first has a PNG); back to that view, the PNG link is there again.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from '../support/site.ts';
import { collectErrors, openBrowserSite } from './harness.ts';

const site = openBrowserSite({ context: { viewport: { width: 1366, height: 900 } } });

const links = (page: Page) =>
  page.$$eval('.map-downloads a', (as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', visible: (a as HTMLElement).offsetParent !== null })));

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
    expect(first.map((l) => l.href)).toEqual([`/data/grafik/peta/peta-nasional-${latest}-rawan-persen.csv`, `/data/grafik/peta/peta-nasional-${latest}-rawan-persen${suffix}.svg`, `/data/grafik/peta/peta-nasional-${latest}-rawan-persen${suffix}.png`]);
    expect(first.every((l) => l.visible)).toBe(true);

    await page.selectOption('.map-controls select[name="year"]', oldest);
    await page.selectOption('.map-controls select[name="measure"]', 'skor_rata');
    await expect.poll(async () => (await links(page))[0]!.href).toBe(`/data/grafik/peta/peta-nasional-${oldest}-skor-rata.csv`);
    const switched = await links(page);
    expect(switched.slice(0, 2).map((l) => l.href)).toEqual([`/data/grafik/peta/peta-nasional-${oldest}-skor-rata.csv`, `/data/grafik/peta/peta-nasional-${oldest}-skor-rata${suffix}.svg`]);
    for (const link of switched.slice(0, 2)) expect(existsSync(path.join(siteDir(), link.href)), link.href).toBe(true);
    expect(switched.map((l) => l.visible)).toEqual([true, true, false]);

    await page.selectOption('.map-controls select[name="year"]', latest);
    await page.selectOption('.map-controls select[name="measure"]', 'rawan_persen');
    await expect.poll(async () => (await links(page)).map((l) => l.visible)).toEqual([true, true, true]);
    expect((await links(page)).map((l) => l.href)).toEqual(first.map((l) => l.href));
    expect(errors).toEqual([]);
  });
});
