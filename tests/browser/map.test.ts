/**
 * The kab/kota map: every one of the 514 kab/kota is addressable (497 polygons; the 17 without a
 * polygon of their own through `data-codes` of the polygon that carries them), each region is a
 * focusable link with its name and figure, the legend has units and the patterns for suppressed
 * and missing data, DKI Jakarta is in an inset; the tooltip and the year/measure switch work.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from '../support/site.ts';
import { collectErrors, openBrowserSite } from './harness.ts';

const site = openBrowserSite({ context: { viewport: { width: 1366, height: 900 } } });
let kabkotaCodes: string[];

beforeAll(async () => {
  // The kab/kota of the published dataset, as listed by the search index.
  const index = JSON.parse(await readFile(path.join(siteDir(), 'indeks-cari.json'), 'utf8')) as { entries: [string, string, string, string][] };
  kabkotaCodes = index.entries
    .filter((e) => e[3] === 'k')
    .map((e) => /\/kabkota\/(\d\d-\d\d)-/.exec(e[2])![1]!.replace('-', '.'))
    .sort();
});

interface RegionLink {
  code: string;
  codes: string[];
  href: string;
  label: string;
  status: string;
  fill: string;
  inset: boolean;
}

async function regionLinks(page: Page): Promise<RegionLink[]> {
  return page.$$eval('svg.choropleth a.choropleth-region', (links) =>
    links.map((a) => ({
      code: a.getAttribute('data-code') ?? '',
      codes: (a.getAttribute('data-codes') ?? a.getAttribute('data-code') ?? '').split(' '),
      href: a.getAttribute('href') ?? '',
      label: a.getAttribute('aria-label') ?? '',
      status: a.getAttribute('data-status') ?? '',
      fill: a.querySelector('path')?.getAttribute('fill') ?? '',
      inset: a.closest('[data-inset]') !== null,
    })),
  );
}

describe('home map', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await site.guarded.context.newPage();
    errors = collectErrors(page);
    await page.goto(site.server.origin + '/');
  });

  it('has one link per kab/kota, each its own polygon', async () => {
    expect(kabkotaCodes).toHaveLength(514);
    const links = await regionLinks(page);
    expect(links).toHaveLength(514);
    expect(links.map((l) => l.code).sort()).toEqual(kabkotaCodes);
    expect(links.filter((l) => l.codes.length > 1)).toEqual([]);
    for (const l of links) {
      expect(l.href).toMatch(new RegExp(`^/kabkota/${l.code.replace('.', '-')}-[a-z0-9-]+/$`));
      expect(l.label).toMatch(/^.+: .+/);
      expect(['value', 'suppressed', 'no-data']).toContain(l.status);
    }
  });

  it('links are focusable, named by region and figure, and lead to the region page', async () => {
    const first = page.locator('svg.choropleth a.choropleth-region').first();
    await first.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBeTruthy();
    const named = await page.locator('svg.choropleth a[data-code="31.72"]').getAttribute('aria-label');
    expect(named).toMatch(/^Kota Administrasi Jakarta Utara: (\d+,\d%(, cakupan rendah)?|disamarkan \[c\]|tidak ada data \[x\]|tidak berlaku \[z\])$/);
    const href = await page.locator('svg.choropleth a[data-code="31.72"]').getAttribute('href');
    const response = await page.request.get(site.server.origin + href);
    expect(response.status()).toBe(200);
  });

  it('kab/kota formed since 2012 have a polygon of their own (Pangandaran, Pesisir Barat, Buton Tengah)', async () => {
    for (const [code, name] of [['32.18', 'Kabupaten Pangandaran'], ['18.13', 'Kabupaten Pesisir Barat'], ['74.14', 'Kabupaten Buton Tengah']]) {
      const link = page.locator(`svg.choropleth a[data-code="${code}"]`);
      expect(await link.getAttribute('aria-label')).toMatch(new RegExp(`^${name}: [^(]+$`));
      const box = await link.boundingBox();
      expect(box?.width, code).toBeGreaterThan(0);
    }
  });

  it('draws DKI Jakarta in an inset, with patterns and a legend with units', async () => {
    const inset = await page.$$eval('[data-inset="jakarta"] a.choropleth-region', (as) => as.map((a) => a.getAttribute('data-code')));
    expect(inset.sort()).toEqual(['31.01', '31.71', '31.72', '31.73', '31.74', '31.75']);
    // Suppressed, no data, and one striped low-coverage pattern per class.
    expect(await page.locator('svg.choropleth pattern').count()).toBe(7);
    const legend = await page.locator('.map-legend').innerText();
    expect(legend).toContain('%');
    expect(legend).toContain('[c]');
    expect(legend).toContain('[x]');
  });

  it('shows a tooltip on hover and on keyboard focus', async () => {
    const region = page.locator('svg.choropleth a[data-code="64.72"]');
    await region.hover({ force: true });
    const tip = page.locator('.map-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('Kota Samarinda');
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.locator('svg.choropleth a[data-code="12.71"]').focus();
    await expect.poll(() => tip.innerText()).toContain('Kota Medan');
  });

  it('switches year and measure', async () => {
    const controls = page.locator('.map-controls');
    expect(await controls.isVisible()).toBe(true);
    const before = await regionLinks(page);
    const years = await page.$$eval('.map-controls select[name="year"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    const oldest = years.at(-1)!;
    await page.selectOption('.map-controls select[name="year"]', oldest);
    await expect.poll(() => page.locator('[data-map-status]').innerText()).toContain(oldest);
    const after = await regionLinks(page);
    expect(after.filter((l, i) => l.label !== before[i]!.label).length).toBeGreaterThan(100);
    await page.selectOption('.map-controls select[name="measure"]', 'skor_rata');
    await expect.poll(() => page.locator('[data-legend-title]').innerText()).toMatch(/Skor IKRN/);
    const scores = await regionLinks(page);
    expect(scores.find((l) => l.code === '31.72')!.label).toMatch(/^Kota Administrasi Jakarta Utara: (\d+,\d(, cakupan rendah)?|disamarkan \[c\]|tidak ada data \[x\]|tidak berlaku \[z\])$/);
    expect(await page.locator('svg.choropleth > title').textContent()).toContain(oldest);
    expect(errors).toEqual([]);
    expect(site.guarded.offOrigin).toEqual([]);
  });
});

it('a province page has a zoomed map linking every kab/kota of the province', async () => {
  const page = await site.guarded.context.newPage();
  await page.goto(site.server.origin + '/provinsi/32-jawa-barat/');
  const links = await regionLinks(page);
  const codes = [...new Set(links.flatMap((l) => l.codes))].sort();
  expect(codes).toEqual(kabkotaCodes.filter((c) => c.startsWith('32.')));
  await page.close();
});

describe('honest colours', () => {
  const legendRows = (page: Page) =>
    page.$$eval('.map-legend li', (lis) => lis.filter((li) => !(li as HTMLElement).hidden).map((li) => `${li.getAttribute('data-kind')}: ${li.textContent}`));

  it('keeps the same classes in every year, stripes low coverage, and drops the stripes on the coverage map', async () => {
    const page = await site.guarded.context.newPage();
    const errors = collectErrors(page);
    await page.goto(site.server.origin + '/');
    const data = JSON.parse(await readFile(path.join(siteDir(), 'data-peta.json'), 'utf8')) as {
      codes: string[];
      lowCoverage: Record<string, number[]>;
      measures: Record<string, { colors: string[] }>;
    };
    const latest = await legendRows(page);
    expect(latest.filter((r) => r.startsWith('bin'))).toEqual(['bin: 0–19,9', 'bin: 20–39,9', 'bin: 40–59,9', 'bin: 60–79,9', 'bin: 80–100']);
    expect(latest).toContain('low-coverage: Cakupan rendah: kurang dari 10 desa atau 10% desa dinilai (bergaris)');
    /** Main-map links drawn striped, and those the map data says have low coverage (by first code). */
    const striped = async (year: string) => {
      const links = (await regionLinks(page)).filter((l) => !l.inset);
      const low = new Set(data.lowCoverage[year]!.map((i) => data.codes[i]));
      const drawn = links.filter((l) => l.fill.startsWith('url(#kkmap-lc')).map((l) => l.code);
      return { drawn, expected: links.filter((l) => l.status === 'value' && low.has(l.code)).map((l) => l.code), links };
    };
    const now = await striped(String(Math.max(...Object.keys(data.lowCoverage).map(Number))));
    expect(now.drawn.length).toBeGreaterThan(50);
    expect(now.drawn).toEqual(now.expected);
    for (const l of now.links.filter((x) => now.drawn.includes(x.code))) expect(l.label).toMatch(/^[^:]+: \d+,\d%, cakupan rendah( \(.*\))?$/);

    const oldest = Object.keys(data.lowCoverage).sort()[0]!;
    await page.selectOption('.map-controls select[name="year"]', oldest);
    await expect.poll(() => page.locator('[data-map-status]').innerText()).toContain(oldest);
    expect(await legendRows(page)).toEqual(latest);
    const then = await striped(oldest);
    expect(then.drawn).toEqual(then.expected);
    expect(then.drawn).not.toEqual(now.drawn);

    await page.selectOption('.map-controls select[name="measure"]', 'cakupan_persen');
    await expect.poll(() => page.locator('[data-legend-title]').innerText()).toMatch(/Cakupan/);
    const coverage = await legendRows(page);
    expect(coverage.filter((r) => r.startsWith('bin'))).toEqual(['bin: 0–9,9', 'bin: 10–19,9', 'bin: 20–29,9', 'bin: 30–49,9', 'bin: 50–100']);
    expect(coverage.some((r) => r.startsWith('low-coverage'))).toBe(false);
    const covered = await regionLinks(page);
    expect(covered.filter((l) => l.fill.startsWith('url(#kkmap-lc'))).toEqual([]);
    expect(covered.filter((l) => l.label.includes('cakupan rendah'))).toEqual([]);
    expect(new Set(covered.filter((l) => l.status === 'value').map((l) => l.fill))).toEqual(new Set(data.measures.cakupan_persen!.colors));

    await page.selectOption('.map-controls select[name="measure"]', 'rawan_persen');
    await expect.poll(() => legendRows(page)).toEqual(latest);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 360, height: 740 },
  ]) {
    it(`the legend never lies over the map (${viewport.width}×${viewport.height})`, async () => {
      const page = await site.guarded.context.newPage();
      await page.setViewportSize(viewport);
      for (const url of ['/', '/provinsi/94-papua-tengah/', '/kabkota/95-08-kabupaten-nduga/']) {
        await page.goto(site.server.origin + url);
        const boxes = await page.$eval('figure.map-figure', (figure) => {
          const box = (el: Element | null) => {
            const r = el!.getBoundingClientRect();
            return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
          };
          return { legend: box(figure.querySelector('.map-legend')), svg: box(figure.querySelector('svg.choropleth')) };
        });
        const { legend, svg } = boxes;
        const overlap = legend.x0 < svg.x1 && svg.x0 < legend.x1 && legend.y0 < svg.y1 && svg.y0 < legend.y1;
        expect(overlap, `${url}: legend ${JSON.stringify(legend)} over map ${JSON.stringify(svg)}`).toBe(false);
        expect(legend.y1 - legend.y0).toBeGreaterThan(20);
      }
      await page.close();
    });
  }
});
