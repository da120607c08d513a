/**
 * Lighthouse on a built site, as the tests and `npm run bench` run it: mobile profile, simulated
 * throttling, the headless Chromium the browser lookup finds, the four categories. One page
 * of each kind is measured.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

/** Home, the first province and kab/kota page, methodology and downloads (those that exist). */
export function samplePages(root: string): string[] {
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

/** One Lighthouse run: the four scores (0–100) and the audits that scored below 1. */
export async function measurePage(url: string, chromePort: number): Promise<{ scores: Scores; belowOne: string[] }> {
  const result = await lighthouse(url, {
    port: chromePort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    formFactor: 'mobile',
    screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
    throttlingMethod: 'simulate',
  });
  const categories = result!.lhr.categories;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Scores;
  const belowOne = Object.entries(result!.lhr.audits)
    .filter(([, audit]) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
    .map(([id, audit]) => `${id} (${audit.score})`);
  return { scores, belowOne };
}

export const formatScores = (scores: Scores) => CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ');
