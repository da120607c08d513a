/**
 * A chart's citation and embed code on a kab/kota page (Kabupaten Bantul), as a journalist copies
 * them: with JavaScript the page URL and the embed page's address are absolute (this page's
 * origin: the bundled site is built without DASHBOARD_SITE_URL), the access date is today's, and
 * the release cited is the published one (datapackage.json's version; for a draft build the last
 * published release, never a draft id). Without JavaScript
 * the reader sees the path and "[tanggal akses]". The embed code opens the kab/kota's embed page
 * at the chart's anchor, where only that chart shows (CSS :target), from the top of the page;
 * without the fragment, all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from '../support/site.ts';
import { collectErrors, guardedContext, openBrowserSite } from './harness.ts';

const site = openBrowserSite({ context: { viewport: { width: 1366, height: 900 } } });
const BANTUL = { id: '/kabkota/34-02-kabupaten-bantul/', en: '/en/regency/34-02-kabupaten-bantul/' };
const EMBED = { id: '/embed/wilayah-34.02/', en: '/en/embed/wilayah-34.02/' };
const CHART = 'g-rawan-share-34.02';
/** The release a citation names: this build's, or for a draft build the last published one (the changelog's entry before the draft). */
const release = (): string => {
  const { version } = JSON.parse(readFileSync(path.join(siteDir(), 'data', 'datapackage.json'), 'utf8')) as { version: string };
  if (!version.includes('-draft')) return version;
  const changelog = JSON.parse(readFileSync(path.join(siteDir(), 'data', 'changelog.json'), 'utf8')) as { entries: { id: string; previous: string | null }[] };
  return changelog.entries.find((entry) => entry.id === version)!.previous!;
};

/** The citation lines and the embed code of the chart, as text. */
async function citeOf(page: Page): Promise<{ lines: string[]; code: string }> {
  const cite = page.locator(`#${CHART.replace('.', '\\.')} details.fig-cite`);
  await cite.locator('summary').click();
  return { lines: await cite.locator('.fig-cite-text').allInnerTexts(), code: await cite.locator('pre code').innerText() };
}

const visibleCharts = (page: Page) => page.$$eval('figure.chart', (fs) => fs.filter((f) => (f as HTMLElement).offsetParent !== null).map((f) => f.id));

describe.each(['id', 'en'] as const)('%s', (lang) => {
  it('the citation carries the full URL, the published release and today’s date; the embed code shows that chart only', async () => {
    const page = await site.guarded.context.newPage();
    const errors = collectErrors(page);
    await page.goto(site.server.origin + BANTUL[lang]);
    const { lines, code } = await citeOf(page);
    const today = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    const url = `${site.server.origin}${BANTUL[lang]}#${CHART}`;
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toContain(url);
      expect(line).toContain(today);
      expect(line).toContain(release());
      expect(line).not.toMatch(/draft|draf|\[tanggal akses\]|\[date of access\]/);
    }
    expect(release()).toMatch(/^\d{4}\.\d+$/);
    const src = /<iframe src="([^"]+)"/.exec(code)?.[1];
    expect(src).toBe(`${site.server.origin}${EMBED[lang]}#${CHART}`);

    // The embed page at that address: only the chart, with the source line and the way back.
    const embed = await site.guarded.context.newPage();
    const embedErrors = collectErrors(embed);
    await embed.goto(src!);
    expect(await visibleCharts(embed)).toEqual([CHART]);
    expect(await embed.locator('.embed-source').isVisible()).toBe(true);
    // Not scrolled to the chart: the region's name (and the synthetic-data banner) stay in view.
    expect(await embed.evaluate(() => scrollY)).toBe(0);
    await embed.goto(site.server.origin + EMBED[lang]);
    const all = await visibleCharts(embed);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all).toContain(CHART);
    expect([...errors, ...embedErrors]).toEqual([]);
    expect(site.guarded.offOrigin).toEqual([]);
    await embed.close();
    await page.close();
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = (await guardedContext(site.browser, { javaScriptEnabled: false })).context;
  });
  afterAll(async () => {
    await context?.close();
  });

  it('the citation shows the page’s path and a placeholder for the date; the embed page still shows one chart at its anchor', async () => {
    const page = await context.newPage();
    await page.goto(site.server.origin + BANTUL.id);
    const { lines, code } = await citeOf(page);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toContain(` ${BANTUL.id}#${CHART}`);
      expect(line).not.toContain(site.server.origin);
      expect(line).toContain('[tanggal akses]');
    }
    expect(code).toContain(`src="${EMBED.id}#${CHART}"`);
    await page.goto(`${site.server.origin}${EMBED.id}#${CHART}`);
    expect(await visibleCharts(page)).toEqual([CHART]);
    await page.close();
  });
});
