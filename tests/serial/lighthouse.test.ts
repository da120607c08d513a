/**
 * Lighthouse (mobile profile, the headless Chromium of src/tools/browser.ts) on home, a province
 * page, a kab/kota page, methodology and downloads: every category must score at least 95 (the
 * aim is 100).
 * Lighthouse's own advice on variability is followed: each page is measured RUNS times and the
 * median score of each category counts (one slow run of a shared CI machine decides nothing).
 * The four scores of each run are printed (and by `npm run bench`).
 */
import type { LaunchedChrome } from 'chrome-launcher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, formatScores, measurePage, samplePages, type Scores } from '../../src/tools/bench/lighthouse.ts';
import { launchChrome } from '../../src/tools/browser.ts';
import { siteDir } from '../support/site.ts';
import { serveSite } from '../../src/tools/static-server.ts';

const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('Lighthouse', () => {
  let server: Awaited<ReturnType<typeof serveSite>>;
  let chrome: LaunchedChrome;
  beforeAll(async () => {
    server = await serveSite(siteDir());
    chrome = await launchChrome();
  }, 60_000);
  afterAll(async () => {
    chrome?.kill();
    await server?.close();
  });

  for (const page of samplePages(siteDir())) {
    it(`${page}: ≥ 95 in every category (median of ${RUNS} runs)`, async () => {
      const runs: Scores[] = [];
      for (let run = 1; run <= RUNS; run++) {
        const { scores, belowOne } = await measurePage(server.url(page), chrome.port);
        console.log(`lighthouse ${page} run ${run}: ${formatScores(scores)}${belowOne.length ? `; below 1: ${belowOne.join(', ')}` : ''}`);
        runs.push(scores);
      }
      const medians = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((scores) => scores[c]))])) as Scores;
      console.log(`lighthouse ${page} median: ${formatScores(medians)}`);
      for (const category of CATEGORIES) expect(medians[category], `${category} on ${page}`).toBeGreaterThanOrEqual(95);
    }, 480_000);
  }
});
