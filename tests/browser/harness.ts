/**
 * Browser-test harness: a static server for the built site (sirv on 127.0.0.1, random port) and
 * a headless Chromium through playwright-core, found by src/tools/browser.ts. Every request is
 * routed: anything not for the local server is aborted and recorded, so tests can prove that no
 * page talks to a third party. `openBrowserSite` sets a test file up with all three.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/tools/browser.ts';
import { serveSite as serveSiteUnder } from '../../src/tools/static-server.ts';
import { siteDir } from '../support/site.ts';

export { launchBrowser } from '../../src/tools/browser.ts';

export interface SiteServer {
  origin: string;
  /** The absolute URL of a site path (`/`, `/cari/`) under the base path. */
  url: (sitePath: string) => string;
  close: () => Promise<void>;
}

/** Serves `dir` (a built site) on 127.0.0.1 under `base`, compressed as hosts serve it (src/tools/static-server.ts). */
export async function serveSite(dir: string, base = '/'): Promise<SiteServer> {
  if (!existsSync(dir)) throw new Error(`built site not found: ${dir}`);
  return serveSiteUnder(dir, base);
}

export interface GuardedContext {
  context: BrowserContext;
  /** URLs of requests that tried to leave 127.0.0.1 (aborted). */
  offOrigin: string[];
}

/** A context whose every request is checked: only 127.0.0.1 is allowed. */
export async function guardedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<GuardedContext> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const offOrigin: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.hostname === '127.0.0.1') return route.continue();
    offOrigin.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, offOrigin };
}

export interface BrowserSite {
  server: SiteServer;
  browser: Browser;
  /** The context the file's pages share; set only when `openBrowserSite` was given its options. */
  guarded: GuardedContext;
}

/**
 * The setup of a browser test file: before its tests, serve the built site (`dir`, default the
 * bundled one, under `base`), launch the browser and, given `context` options, open one guarded
 * context; after them, close all three. The fields are set once the file's `beforeAll` hooks run.
 */
export function openBrowserSite(options: { dir?: string; base?: string; context?: BrowserContextOptions } = {}): BrowserSite {
  const site = {} as BrowserSite;
  beforeAll(async () => {
    site.server = await serveSite(options.dir ?? siteDir(), options.base);
    site.browser = await launchBrowser();
    if (options.context) site.guarded = await guardedContext(site.browser, options.context);
  });
  afterAll(async () => {
    await site.guarded?.context.close();
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** Console errors and CSP violations seen by a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** Representative pages of every type, with their counterpart in the other language. */
export const PAGE_TYPES = [
  { type: 'home', id: '/', en: '/en/' },
  { type: 'province', id: '/provinsi/31-dki-jakarta/', en: '/en/province/31-dki-jakarta/' },
  { type: 'regency', id: '/kabkota/31-72-kota-administrasi-jakarta-utara/', en: '/en/regency/31-72-kota-administrasi-jakarta-utara/' },
  // A kab/kota without a polygon of its own (drawn inside Kabupaten Ciamis).
  { type: 'regency-merged', id: '/kabkota/32-18-kabupaten-pangandaran/', en: '/en/regency/32-18-kabupaten-pangandaran/' },
  { type: 'methodology', id: '/metodologi/', en: '/en/methodology/' },
  { type: 'about', id: '/tentang/', en: '/en/about/' },
  { type: 'search', id: '/cari/', en: '/en/search/' },
  { type: 'rankings', id: '/peringkat/', en: '/en/rankings/' },
  { type: 'rankings-province', id: '/peringkat/provinsi/skor/', en: '/en/rankings/provinces/score/' },
  { type: 'compare', id: '/bandingkan/', en: '/en/compare/' },
  // Built by the downloads module with this site's layout.
  { type: 'downloads', id: '/unduh/', en: '/en/downloads/' },
  { type: 'changelog', id: '/perubahan/', en: '/en/changelog/' },
  { type: 'dictionary', id: '/kamus-data/', en: '/en/data-dictionary/' },
] as const;

/** Every file under `dir` (relative paths, '/' separated). */
export async function listFiles(dir: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath}/${e.name}`.slice(dir.length + 1).split('\\').join('/'))
    .sort();
}
