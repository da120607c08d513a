/**
 * Zero axe-core violations on the home page, a province page, a kab/kota page, the methodology,
 * search, ranking and compare pages (both languages), and the compare page with two regions
 * loaded, a ranking sorted by another column, and embed pages (a chart, a kab/kota's charts,
 * the same at one chart's anchor, the national map). axe is injected from node_modules (the context
 * bypasses the site's CSP only to let the test inject it).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedContext, openBrowserSite, PAGE_TYPES, type GuardedContext } from './harness.ts';

const AXE = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
const CHECKED = new Set(['home', 'province', 'regency', 'regency-merged', 'methodology', 'search', 'rankings', 'rankings-province', 'compare']);
/** Pages in a state their script makes: [path, what to do, what to wait for]. */
const STATES: [string, ((page: import('playwright-core').Page) => Promise<void>) | undefined, string][] = [
  ['/bandingkan/?w=31.72,32.04,34', undefined, '[data-compare-figures] table'],
  ['/en/compare/?w=31.72,32.04', undefined, '[data-compare-trends] table'],
  ['/peringkat/?provinsi=32', (page) => page.locator('th[data-sort="skor_rata"] button').click(), 'th[data-sort="skor_rata"][aria-sort]'],
  // Embed pages (no site chrome): one chart, a kab/kota's charts, a map.
  ['/embed/g-rawan-share-34/', undefined, 'main figure'],
  ['/en/embed/wilayah-34.71/', undefined, 'main figure'],
  // A kab/kota's embed page at one chart's anchor (the embed code of its page): that chart only.
  ['/embed/wilayah-34.02/#g-rawan-share-34.02', undefined, 'main figure:target'],
  ['/embed/peta-nasional/', undefined, 'main figure'],
];

const site = openBrowserSite();
let guarded: GuardedContext;

const cases = PAGE_TYPES.filter((p) => CHECKED.has(p.type)).flatMap((p) => [p.id, p.en]);

describe.each([
  { scheme: 'light' as const, width: 1366, height: 900 },
  { scheme: 'dark' as const, width: 360, height: 740 },
])('$scheme, $width px', ({ scheme, width, height }) => {
  beforeAll(async () => {
    guarded = await guardedContext(site.browser, { bypassCSP: true, colorScheme: scheme, viewport: { width, height } });
  });
  afterAll(async () => {
    await guarded?.context.close();
  });
  it.each([...cases.map((c): (typeof STATES)[number] => [c, undefined, 'main']), ...STATES])('%s has no axe violations', async (pagePath, act, ready) => {
    const page = await guarded.context.newPage();
    await page.goto(site.server.origin + pagePath);
    await act?.(page);
    await page.locator(ready).first().waitFor();
    // Open every disclosure so the tables inside are checked too.
    await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
    });
    expect(violations).toEqual([]);
    expect(guarded.offOrigin).toEqual([]);
    await page.close();
  });
});
