/**
 * Layout from 320 px up: no page type scrolls sideways (wide tables scroll inside their own
 * box), and print hides the menu and search. Screenshots of every page type at 360×740 and
 * 1366×900 are written to build/screenshots/ for a human to look at.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardedContext, openBrowserSite, PAGE_TYPES } from './harness.ts';

const SHOTS = path.resolve(import.meta.dirname, '../../build/screenshots');
const site = openBrowserSite();

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

describe.each([
  { width: 320, height: 640, shot: false },
  { width: 360, height: 740, shot: true },
  { width: 1366, height: 900, shot: true },
])('$width px wide', ({ width, height, shot }) => {
  it.each(PAGE_TYPES.map((p) => [p.type, p.id] as const))('%s (%s) does not scroll sideways', async (type, pagePath) => {
    const { context } = await guardedContext(site.browser, { viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(site.server.origin + pagePath);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (shot) await page.screenshot({ path: path.join(SHOTS, `${type}-${width}.png`), fullPage: false });
    await context.close();
  });
});

it('prints without menu, search or map controls, with chart tables open', async () => {
  const { context } = await guardedContext(site.browser, { viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.goto(site.server.origin + '/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-nav', 'form.search', '.map-controls', '.lang-switch']) {
    expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
  }
  expect(await page.locator('.banner').isVisible()).toBe(true);
  expect(await page.locator('figure.chart details table').first().isVisible()).toBe(true);
  await context.close();
});
