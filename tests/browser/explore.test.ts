/**
 * Rankings and compare: the ranking page holds every kab/kota sorted without JavaScript, sorts by
 * any column from the keyboard (aria-sort follows), filters by province (kept in the URL); the
 * compare page loads the regions of a shared URL from the static API, adds and removes regions.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, guardedContext, openBrowserSite } from './harness.ts';

const site = openBrowserSite({ context: { viewport: { width: 1366, height: 900 } } });
/** `expect.poll` with room for a busy machine (two cores shared by several test runs). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });

/** The `data-v` of a column's visible cells, numbers as numbers, marks as text. */
async function columnValues(page: Page, key: string): Promise<(number | string)[]> {
  const index = await page.locator('table.ranking thead th').evaluateAll((ths, k) => ths.findIndex((th) => (th as HTMLElement).dataset.sort === k), key);
  return page.locator('table.ranking tbody tr:visible').evaluateAll(
    (trs, i) =>
      trs.map((tr) => {
        const v = (tr as HTMLTableRowElement).cells[i]!.dataset.v!;
        return Number.isFinite(Number(v)) ? Number(v) : v;
      }),
    index,
  );
}

/** Numbers first in the given order, then marks only. */
function expectRanked(values: (number | string)[], direction: 'asc' | 'desc'): void {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  expect(values.slice(0, numbers.length)).toEqual(numbers);
  expect([...numbers].sort((a, b) => (direction === 'desc' ? b - a : a - b))).toEqual(numbers);
}

it('ranks all 514 kab/kota by the vulnerable share, sorted in the HTML, low coverage marked', async () => {
  const { context } = await guardedContext(site.browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.server.origin + '/peringkat/');
  expect(await page.locator('table.ranking tbody tr').count()).toBe(514);
  expect(await page.locator('th[aria-sort="descending"]').getAttribute('data-sort')).toBe('rawan_persen');
  expectRanked(await columnValues(page, 'rawan_persen'), 'desc');
  expect(await page.locator('table.ranking tbody tr').first().locator('td.rank').innerText()).toBe('1');
  // Each row links to its region; without JavaScript the headers link to the other sorts.
  expect(await page.locator('table.ranking tbody th a[href^="/kabkota/"]').count()).toBe(514);
  expect(await page.locator('th[data-sort="skor_rata"] a').getAttribute('href')).toBe('/peringkat/skor/');
  expect(await page.locator('.rank-filter').isVisible()).toBe(false);
  expect(await page.locator('details.rank-provinces a[href^="/provinsi/"]').count()).toBe(38);
  for (const row of await page.locator('tr.low').all()) expect(await row.locator('.flag').count()).toBe(1);
  await page.goto(site.server.origin + '/en/rankings/provinces/coverage/');
  expect(await page.locator('table.ranking tbody tr').count()).toBe(38);
  expectRanked(await columnValues(page, 'cakupan_persen'), 'desc');
  await context.close();
});

it('sorts by keyboard: a header button sorts, pressed again reverses, aria-sort and the status follow', async () => {
  const page = await site.guarded.context.newPage();
  const errors = collectErrors(page);
  await page.goto(site.server.origin + '/en/rankings/');
  const score = page.locator('th[data-sort="skor_rata"]');
  const button = score.locator('button');
  await button.focus();
  await page.keyboard.press('Enter');
  await poll(() => score.getAttribute('aria-sort')).toBe('descending');
  expect(await page.locator('th[aria-sort]').count()).toBe(1);
  expectRanked(await columnValues(page, 'skor_rata'), 'desc');
  expect(await page.locator('[data-rank-status]').innerText()).toBe('514 of 514 regions, by IKRN score (highest first).');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('IKRN score');
  await button.press('Space');
  await poll(() => score.getAttribute('aria-sort')).toBe('ascending');
  expectRanked(await columnValues(page, 'skor_rata'), 'asc');
  // Names sort A–Z first.
  await page.locator('th[data-sort="name"] button').press('Enter');
  await poll(() => page.locator('th[data-sort="name"]').getAttribute('aria-sort')).toBe('ascending');
  const names = await page.locator('table.ranking tbody th a').allInnerTexts();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id', { sensitivity: 'base', numeric: true })));
  expect(errors).toEqual([]);
  await page.close();
});

it('filters by province, kept in the URL, with ranks still national', async () => {
  const page = await site.guarded.context.newPage();
  await page.goto(site.server.origin + '/peringkat/');
  await page.locator('#provinsi').selectOption('32');
  const visible = page.locator('table.ranking tbody tr:visible');
  await poll(() => visible.count()).toBe(27);
  expect(new Set(await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.p)))).toEqual(new Set(['32']));
  expect(page.url()).toMatch(/\?provinsi=32$/);
  expect(await page.locator('[data-rank-status]').innerText()).toMatch(/^27 dari 514 wilayah \(Jawa Barat\)/);
  await page.reload();
  await poll(() => visible.count()).toBe(27);
  await page.locator('#provinsi').selectOption('');
  await poll(() => visible.count()).toBe(514);
  await page.close();
});

it('compares the regions of a shared URL, and adds and removes regions', async () => {
  const page = await site.guarded.context.newPage();
  const errors = collectErrors(page);
  await page.goto(site.server.origin + '/bandingkan/?w=31.72,32.04');
  const head = page.locator('[data-compare-figures] thead th');
  await poll(() => head.allInnerTexts()).toEqual(['Ukuran', 'Kota Administrasi Jakarta Utara', 'Kabupaten Bandung']);
  expect(await page.locator('[data-compare-status]').innerText()).toBe('Membandingkan 2 wilayah: Kota Administrasi Jakarta Utara, Kabupaten Bandung.');
  expect(await page.locator('[data-compare-figures] tbody tr').count()).toBeGreaterThan(10);
  expect(await page.locator('[data-compare-trends] table').count()).toBe(3);
  expect(await page.locator('[data-compare-share]').getAttribute('href')).toMatch(/\/bandingkan\/\?w=31\.72%2C32\.04$/);
  // Add a province, then remove the first region.
  await page.locator('#wilayah').selectOption('34');
  await page.locator('[data-compare-form] button').click();
  await poll(() => head.count()).toBe(4);
  expect(page.url()).toMatch(/\?w=31\.72%2C32\.04%2C34$/);
  await page.getByRole('button', { name: 'Hapus Kota Administrasi Jakarta Utara' }).click();
  await poll(() => head.allInnerTexts()).toEqual(['Ukuran', 'Kabupaten Bandung', 'Daerah Istimewa Yogyakarta (provinsi)']);
  expect(errors).toEqual([]);
  expect(site.guarded.offOrigin).toEqual([]);
  await page.close();
});

it('without JavaScript the compare page says where the comparisons are', async () => {
  const { context } = await guardedContext(site.browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.server.origin + '/en/compare/?w=31.72,32.04');
  expect(await page.locator('[data-compare]').isVisible()).toBe(false);
  expect(await page.locator('main .note').innerText()).toMatch(/every regency\/city page already compares the region with its province and the nation/);
  expect(await page.locator('main .note a[href="/en/rankings/"]').count()).toBe(1);
  await context.close();
});
