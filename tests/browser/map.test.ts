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
    expect(named).toMatch(/^Kota Administrasi Jakarta Utara: (\d+,\d%|disamarkan \[c\]|tidak ada data \[x\]|tidak berlaku \[z\])$/);
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
    expect(await page.locator('svg.choropleth pattern').count()).toBe(2);
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
    expect(scores.find((l) => l.code === '31.72')!.label).toMatch(/^Kota Administrasi Jakarta Utara: (\d+,\d|disamarkan \[c\]|tidak ada data \[x\]|tidak berlaku \[z\])$/);
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
