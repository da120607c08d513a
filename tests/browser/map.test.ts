/**
 * The kab/kota map: every one of the 514 kab/kota is its own polygon and link, each region is a
 * focusable link with its name and figure, the legend has units and the patterns for suppressed
 * and missing data, DKI Jakarta is in an inset; the tooltip and the year/measure switch work.
 * On a phone, Kab. Bantul is reached by taps only (card, zoom to the province, ≥ 24 px targets);
 * by keyboard, the map is one Tab stop reached in a few keystrokes, the arrow keys reach Bantul
 * and a live region names it; the skip link passes the map.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Direction, nearestInDirection } from '../../src/client/map/nearest.ts';
import { siteDir } from '../support/site.ts';
import { collectErrors, guardedContext, openBrowserSite } from './harness.ts';

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
  const codes = [...new Set(links.map((l) => l.code))].sort();
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

const BANTUL = '34.02';
const BANTUL_PAGE = '/kabkota/34-02-kabupaten-bantul/';

/** A point (px) inside a region's shape that a tap there would hit, scrolled into view. */
async function pointIn(page: Page, code: string): Promise<{ x: number; y: number }> {
  const shape = page.locator(`svg.choropleth a[data-code="${code}"] path`);
  await shape.scrollIntoViewIfNeeded();
  const point = await shape.evaluate((path) => {
    const r = path.getBoundingClientRect();
    // The centre first, then a grid over the box: the first point that hits the region itself.
    for (const [fx, fy] of [[0.5, 0.5], ...Array.from({ length: 81 }, (_, i) => [0.1 + (i % 9) * 0.1, 0.1 + Math.floor(i / 9) * 0.1])] as [number, number][]) {
      const x = r.left + r.width * fx;
      const y = r.top + r.height * fy;
      if (document.elementFromPoint(x, y)?.closest('a') === path.closest('a')) return { x, y };
    }
    return undefined;
  });
  if (!point) throw new Error(`no point of ${code} can be tapped`);
  return point;
}

async function shapeSize(page: Page, code: string): Promise<{ width: number; height: number }> {
  const box = await page.locator(`svg.choropleth a[data-code="${code}"] path`).boundingBox();
  return { width: box?.width ?? 0, height: box?.height ?? 0 };
}

describe('home map on a phone (390 × 844, touch)', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    const { context } = await guardedContext(site.browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    page = await context.newPage();
    errors = collectErrors(page);
  });
  afterAll(async () => {
    await page.context().close();
  });

  it('reaches Kab. Bantul by taps only: Java → card → zoom to the province → Bantul → its page', async () => {
    await page.goto(site.server.origin + '/');
    // Unzoomed, all of DI Yogyakarta is a few px.
    expect((await shapeSize(page, BANTUL)).width).toBeLessThan(24);
    const near = await pointIn(page, '34.03');
    await page.touchscreen.tap(near.x, near.y);
    const card = page.locator('[data-map-card]');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(page.url()).toBe(site.server.origin + '/');
    // The browser's touch adjustment may pick a neighbour of the point tapped: one of DI Yogyakarta.
    expect(await card.locator('[data-map-card-link]').getAttribute('href')).toMatch(/^\/kabkota\/34-\d\d-/);
    const zoom = card.locator('[data-map-zoom-province]');
    expect(await zoom.innerText()).toBe('Perbesar provinsi Daerah Istimewa Yogyakarta');
    await zoom.tap();
    await expect.poll(() => page.locator('svg.choropleth').getAttribute('class')).toContain('is-zoomed');
    expect(await page.locator('[data-map-zoom-out]').isVisible()).toBe(true);
    expect(await zoom.isVisible()).toBe(false);
    // Zoomed, Bantul is a target of at least 24 px each way.
    const size = await shapeSize(page, BANTUL);
    expect(size.width).toBeGreaterThanOrEqual(24);
    expect(size.height).toBeGreaterThanOrEqual(24);
    const bantul = await pointIn(page, BANTUL);
    await page.touchscreen.tap(bantul.x, bantul.y);
    await expect.poll(() => card.locator('[data-map-card-name]').innerText()).toMatch(/^Kabupaten Bantul: (\d+,\d%|.+\[[cxz]\])$/);
    expect(page.url()).toBe(site.server.origin + '/');
    const link = card.locator('[data-map-card-link]');
    expect(await link.innerText()).toBe('Buka halaman Kabupaten Bantul');
    const linkBox = (await link.boundingBox())!;
    expect(Math.min(linkBox.width, linkBox.height)).toBeGreaterThanOrEqual(24);
    await Promise.all([page.waitForURL(`**${BANTUL_PAGE}`), link.tap()]);
    expect(errors).toEqual([]);
  });

  it('zooms closer around a region still under 24 px (Kota Yogyakarta), and back to all of Indonesia', async () => {
    await page.goto(site.server.origin + '/');
    const home = await page.locator('svg.choropleth').getAttribute('viewBox');
    const near = await pointIn(page, BANTUL);
    await page.touchscreen.tap(near.x, near.y);
    await page.locator('[data-map-zoom-province]').tap();
    const city = await pointIn(page, '34.71');
    await page.touchscreen.tap(city.x, city.y);
    await expect.poll(() => page.locator('[data-map-card-name]').innerText()).toMatch(/^Kota Yogyakarta: /);
    const here = page.locator('[data-map-zoom-here]');
    expect(await here.isVisible()).toBe(true);
    await here.tap();
    const size = await shapeSize(page, '34.71');
    expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(24);
    await page.locator('[data-map-zoom-out]').tap();
    expect(await page.locator('svg.choropleth').getAttribute('viewBox')).toBe(home);
    expect(await page.locator('[data-map-zoom-out]').isVisible()).toBe(false);
    // A second tap on the selected region opens its page.
    const again = await pointIn(page, '34.71');
    await page.touchscreen.tap(again.x, again.y);
    await Promise.all([page.waitForURL('**/kabkota/34-71-kota-yogyakarta/'), page.touchscreen.tap(again.x, again.y)]);
    expect(errors).toEqual([]);
  });
});

/** The code of the focused region link ('' when focus is elsewhere). */
const focusedCode = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.closest('svg.choropleth a')?.getAttribute('data-code') ?? '');

/**
 * The fewest arrow keys from `from` to `to`, and how many regions the arrows reach from `from`
 * at all, by breadth-first search over where each arrow leads
 * (the regions' centres on the main map, as the page measures them; inset links at their hidden
 * twins on the main map).
 */
async function arrowPath(page: Page, from: string, to: string): Promise<{ keys: string[]; reached: number; regions: number }> {
  const regions = await page.evaluate(() => {
    const svg = document.querySelector('svg.choropleth')!;
    const hidden = [...svg.querySelectorAll('.choropleth-regions > path[aria-hidden]')];
    const inset = [...svg.querySelectorAll('.choropleth-inset a.choropleth-region')];
    return [...svg.querySelectorAll('a.choropleth-region')].map((a) => {
      const i = inset.indexOf(a);
      const shape = (i >= 0 && hidden.length === inset.length ? hidden[i] : a.querySelector('path')) as SVGGraphicsElement;
      const b = shape.getBBox();
      return { code: a.getAttribute('data-code')!, centre: [b.x + b.width / 2, b.y + b.height / 2] as [number, number] };
    });
  });
  const points = regions.map((r) => r.centre);
  const arrows: [string, Direction][] = [
    ['ArrowUp', 'up'],
    ['ArrowDown', 'down'],
    ['ArrowLeft', 'left'],
    ['ArrowRight', 'right'],
  ];
  const start = regions.findIndex((r) => r.code === from);
  const back = new Map<number, [number, string]>([[start, [-1, '']]]);
  const queue = [start];
  while (queue.length > 0) {
    const i = queue.shift()!;
    for (const [key, direction] of arrows) {
      const j = nearestInDirection(points, i, direction);
      if (j >= 0 && !back.has(j)) {
        back.set(j, [i, key]);
        queue.push(j);
      }
    }
  }
  const keys: string[] = [];
  for (let i = regions.findIndex((r) => r.code === to); back.get(i)?.[0] !== -1; i = back.get(i)![0]) {
    if (!back.has(i)) throw new Error(`${to} cannot be reached from ${from}`);
    keys.unshift(back.get(i)![1]);
  }
  return { keys, reached: back.size, regions: regions.length };
}

describe('home map by keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.guarded.context.newPage();
  });

  it('is reached from the top of the page in a few keystrokes, and the arrow keys lead to Kab. Bantul', async () => {
    await page.goto(site.server.origin + '/');
    // Tab to the site's skip link, Enter, then Tab past "skip the map", "full table", year, measure.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    let tabs = 1;
    while ((await focusedCode(page)) === '' && tabs < 20) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    // Tab, Enter, then Tab past the words box ("Arti Bahaya, Waspada, …"), "skip the map", "full table", year and
    // measure: 8 keystrokes (measured).
    expect(tabs).toBeLessThanOrEqual(7);
    const start = await focusedCode(page);
    expect(start).not.toBe('');
    // The tooltip shows on focus.
    await expect.poll(() => page.locator('.map-tip').isVisible()).toBe(true);
    const { keys, reached, regions } = await arrowPath(page, start, BANTUL);
    // Every region can be reached with the arrow keys.
    expect(reached).toBe(regions);
    // From the first region (Kab. Simeulue, Aceh) to Bantul: 21 arrow keys (measured on the open boundaries).
    expect(keys.length).toBeLessThanOrEqual(24);
    for (const key of keys) await page.keyboard.press(key);
    expect(await focusedCode(page)).toBe(BANTUL);
    // Or type the start of its name: "bant" reaches Bantul from the first region in 4 keystrokes.
    await page.keyboard.press('Home');
    expect(await focusedCode(page)).toBe(start);
    await page.keyboard.type('bant');
    expect(await focusedCode(page)).toBe(BANTUL);
    const label = await page.locator(`svg.choropleth a[data-code="${BANTUL}"]`).getAttribute('aria-label');
    expect(label).toMatch(/^Kabupaten Bantul: /);
    expect(await page.locator('[data-map-live]').textContent()).toBe(label);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.map-tip').isVisible()).toBe(false);
    await Promise.all([page.waitForURL(`**${BANTUL_PAGE}`), page.keyboard.press('Enter')]);
  });

  it('is one Tab stop: Tab leaves the map, Shift+Tab comes back to the region left', async () => {
    await page.goto(site.server.origin + '/');
    expect(await page.locator('svg.choropleth a.choropleth-region:not([tabindex="-1"])').count()).toBe(1);
    await page.locator('svg.choropleth a.choropleth-region[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    const left = await focusedCode(page);
    expect(await page.locator('svg.choropleth a.choropleth-region[tabindex="0"]').getAttribute('data-code')).toBe(left);
    await page.keyboard.press('Tab');
    expect(await focusedCode(page)).toBe('');
    expect(await page.evaluate(() => document.activeElement?.closest('svg') === null && document.activeElement !== document.body)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCode(page)).toBe(left);
  });

  it('the skip link moves focus past the map', async () => {
    await page.goto(site.server.origin + '/');
    const skip = page.locator('.map-skip a').first();
    expect(await skip.innerText()).toBe('Lewati peta');
    await skip.focus();
    await page.keyboard.press('Enter');
    const after = await page.evaluate(() => {
      const active = document.activeElement!;
      const figure = document.querySelector('figure[data-map]')!;
      return { id: active.id, past: !figure.contains(active) && (figure.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 };
    });
    expect(after).toEqual({ id: 'peta-akhir-national', past: true });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('figure[data-map]')!.contains(document.activeElement))).toBe(false);
    // The full table of values is one link away.
    expect(await page.locator('.map-skip a').nth(1).getAttribute('href')).toBe('/cari/#semua-kabkota');
    expect(await page.locator('#semua-kabkota').count()).toBe(0);
    const list = await page.request.get(site.server.origin + '/cari/');
    expect(await list.text()).toContain('id="semua-kabkota"');
  });
});
