/**
 * Lighthouse (mobile profile, headless Debian chromium) on home, a province page, a kab/kota
 * page, methodology and downloads: every category must score at least 95 (the aim is 100).
 * The four scores of each page are printed (and by `npm run bench`).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from './support/site.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, serveSite } from './support/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page of each kind that exists in the build (first in path order). */
function samplePages(root: string): string[] {
  const first = (dir: string) => {
    const full = path.join(root, dir);
    if (!existsSync(full)) return undefined;
    const name = readdirSync(full).sort()[0];
    return name ? `/${dir}/${name}/` : undefined;
  };
  return ['/', first('provinsi'), first('kabkota'), existsSync(path.join(root, 'metodologi')) ? '/metodologi/' : undefined, existsSync(path.join(root, 'unduh')) ? '/unduh/' : undefined].filter(
    (page): page is string => page !== undefined,
  );
}

describe('Lighthouse', () => {
  let server: Awaited<ReturnType<typeof serveSite>>;
  let chrome: chromeLauncher.LaunchedChrome;
  beforeAll(async () => {
    server = await serveSite(siteDir());
    chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  }, 60_000);
  afterAll(async () => {
    chrome?.kill();
    await server?.close();
  });

  for (const page of samplePages(siteDir())) {
    it(`${page}: ≥ 95 in every category`, async () => {
      const result = await lighthouse(server.url(page), {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        formFactor: 'mobile',
        screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
        throttlingMethod: 'simulate',
      });
      const categories = result!.lhr.categories;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
      const failing = Object.entries(result!.lhr.audits)
        .filter(([, audit]) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
        .map(([id, audit]) => `${id} (${audit.score})`);
      console.log(`lighthouse ${page}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}${failing.length ? `; below 1: ${failing.join(', ')}` : ''}`);
      for (const category of CATEGORIES) expect(scores[category], `${category} on ${page}`).toBeGreaterThanOrEqual(95);
    }, 180_000);
  }
});
