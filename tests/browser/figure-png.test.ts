/**
 * PNGs made in the reader's browser (src/client/figure-png.ts) for the figures without a static
 * PNG: a kab/kota chart, and a national map view reached with the year/measure switch. The
 * download is named as a static PNG would be, has the static PNGs' pixel size
 * (round(SVG size × PNG_SCALE)), is not blank, and is the same picture as the build's renderer
 * draws from the same SVG (src/pipeline/downloads/png.ts: resvg with the same Open Sans), pixel
 * for pixel but for anti-aliasing. No console error (a CSP violation is one) and no request off
 * 127.0.0.1. Without JavaScript the button is absent and a sentence says why.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG_SCALE, svgToPng } from '../../src/pipeline/downloads/png.ts';
import { siteDir } from '../support/site.ts';
import { collectErrors, guardedContext, openBrowserSite, type GuardedContext } from './harness.ts';

const site = openBrowserSite({ context: { viewport: { width: 1366, height: 900 }, acceptDownloads: true } });
const BANTUL = { id: '/kabkota/34-02-kabupaten-bantul/', en: '/en/regency/34-02-kabupaten-bantul/' };
const SUFFIX = { id: '', en: '.en' } as const;

interface Picture {
  width: number;
  height: number;
  /** Share of pixels that are not white. */
  inked: number;
  /** Share of pixels differing from the reference by more than 96 in some channel. */
  differ: number;
}

/** Decodes both PNGs in the page (a canvas) and compares them. */
async function compare(page: Page, png: Uint8Array, reference: Uint8Array): Promise<Picture> {
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (data: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return { width: canvas.width, height: canvas.height, data: context.getImageData(0, 0, canvas.width, canvas.height).data };
      };
      const [p, r] = await Promise.all([pixels(a), pixels(b)]);
      let inked = 0;
      let differ = 0;
      for (let i = 0; i < p.data.length; i += 4) {
        if (p.data[i]! < 250 || p.data[i + 1]! < 250 || p.data[i + 2]! < 250) inked++;
        if (p.width === r.width && p.height === r.height && [0, 1, 2].some((c) => Math.abs(p.data[i + c]! - r.data[i + c]!) > 96)) differ++;
      }
      const n = p.data.length / 4;
      return { width: p.width, height: p.height, inked: inked / n, differ: differ / n };
    },
    [b64(png), b64(reference)] as const,
  );
}

/** Clicks `button` and returns the download it starts, with its bytes. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { download, bytes: new Uint8Array(readFileSync(file)) };
}

/** The SVG file a page links to, its size, and the PNG the build's renderer draws from it. */
function reference(href: string): { width: number; height: number; png: Uint8Array } {
  const svg = readFileSync(path.join(siteDir(), href), 'utf8');
  const size = /<svg\b[^>]*\bwidth="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  return { width: Math.round(Number(size[1]) * PNG_SCALE), height: Math.round(Number(size[2]) * PNG_SCALE), png: svgToPng(svg) };
}

async function checkPng(page: Page, bytes: Uint8Array, svgHref: string): Promise<void> {
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ref = reference(svgHref);
  const picture = await compare(page, bytes, ref.png);
  expect({ width: picture.width, height: picture.height }).toEqual({ width: ref.width, height: ref.height });
  expect(picture.inked).toBeGreaterThan(0.03);
  // The same drawing in the same typeface as the build's PNG: only anti-aliasing and hinting
  // differ (measured: 1.3–1.6 % of the pixels; 3.5 % when the browser falls back to its own
  // sans-serif, i.e. when the fonts are not put into the SVG).
  expect(picture.differ).toBeLessThan(0.025);
}

describe.each(['id', 'en'] as const)('PNG made in the browser (%s)', (lang) => {
  it('a kab/kota chart: named as a static PNG would be, at its size, the same picture', async () => {
    const page = await site.guarded.context.newPage();
    const errors = collectErrors(page);
    await page.goto(site.server.origin + BANTUL[lang]);
    const chart = page.locator('#g-rawan-share-34\\.02');
    const svgHref = (await chart.locator('a[type="image/svg+xml"]').getAttribute('href'))!;
    expect(svgHref).toBe(`/data/grafik/grafik/g-rawan-share-34.02${SUFFIX[lang]}.svg`);
    // No static PNG link; the button, and not the no-JS sentence.
    expect(await chart.locator('a[type="image/png"]').count()).toBe(0);
    const button = chart.locator('button[data-png-scale]');
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.innerText()).toBe(lang === 'id' ? 'gambar PNG' : 'PNG image');
    const { download, bytes } = await downloadOf(page, () => button.click());
    expect(download.suggestedFilename()).toBe(`g-rawan-share-34.02${SUFFIX[lang]}.png`);
    await checkPng(page, bytes, svgHref);
    expect(errors).toEqual([]);
    expect(site.guarded.offOrigin).toEqual([]);
    await page.close();
  });

  it('a national map view without a static PNG, after the year/measure switch', async () => {
    const page = await site.guarded.context.newPage();
    const errors = collectErrors(page);
    await page.goto(site.server.origin + (lang === 'id' ? '/' : '/en/'));
    const box = page.locator('[data-map-downloads]');
    // The view shown first: the static PNG link, no button.
    expect(await box.locator('a[type="image/png"]').isVisible()).toBe(true);
    expect(await box.locator('button[data-png-scale]').isVisible()).toBe(false);
    const years = await page.$$eval('.map-controls select[name="year"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    const oldest = years.at(-1)!;
    await page.selectOption('.map-controls select[name="year"]', oldest);
    await page.selectOption('.map-controls select[name="measure"]', 'skor_rata');
    const svgHref = `/data/grafik/peta/peta-nasional-${oldest}-skor-rata${SUFFIX[lang]}.svg`;
    await expect.poll(() => box.locator('a[type="image/svg+xml"]').getAttribute('href')).toBe(svgHref);
    expect(await box.locator('a[type="image/png"]').isVisible()).toBe(false);
    const button = box.locator('button[data-png-scale]');
    expect(await button.isVisible()).toBe(true);
    const { download, bytes } = await downloadOf(page, () => button.click());
    expect(download.suggestedFilename()).toBe(`peta-nasional-${oldest}-skor-rata${SUFFIX[lang]}.png`);
    await checkPng(page, bytes, svgHref);
    expect(errors).toEqual([]);
    expect(site.guarded.offOrigin).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  let guarded: GuardedContext;
  beforeAll(async () => {
    guarded = await guardedContext(site.browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  });
  afterAll(async () => {
    await guarded?.context.close();
  });

  it.each(['id', 'en'] as const)('a kab/kota chart has no PNG button and says that PNG needs JavaScript (%s)', async (lang) => {
    const page = await guarded.context.newPage();
    await page.goto(site.server.origin + BANTUL[lang]);
    const links = page.locator('#g-rawan-share-34\\.02 .fig-links');
    expect(await links.locator('button').isVisible()).toBe(false);
    expect(await links.innerText()).toMatch(lang === 'id' ? /PNG .*memerlukan JavaScript; berkas SVG dapat dibuka di aplikasi gambar apa pun/ : /PNG .*needs JavaScript; the SVG file opens in any image tool/);
    await page.close();
  });
});
