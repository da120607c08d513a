/**
 * `npm run build`: validate the inputs, build the site into a staging folder, and only when every
 * step has passed replace `dist/` with it. A failure leaves the previous `dist/` untouched.
 */
import { rm, rename, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import { dataDirectory, PROJECT_ROOT } from '../src/pipeline/config.ts';
import { loadRegionReference } from '../src/pipeline/reference/region-reference.ts';
import { validateInputs } from '../src/pipeline/validate/inputs.ts';
import { reportLines } from '../src/pipeline/validate/report.ts';
import { runCli } from './cli.ts';

await runCli(async () => {
  const started = performance.now();
  const result = await validateInputs(dataDirectory(), await loadRegionReference());
  const lines = reportLines(result, (performance.now() - started) / 1000, {
    languages: ['id', 'en'],
    maxIssues: 50,
    githubAnnotations: process.env.GITHUB_ACTIONS === 'true',
  });
  for (const line of lines) console.log(line);
  if (!result.inputs) return 1;

  const staging = path.join(PROJECT_ROOT, 'build', 'site');
  const dist = path.join(PROJECT_ROOT, 'dist');
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.dirname(staging), { recursive: true });
  await astroBuild({ root: PROJECT_ROOT, outDir: staging, logLevel: 'warn' });
  await rm(dist, { recursive: true, force: true });
  await rename(staging, dist);
  console.log(`✓ Situs dibangun di dist/ / site built in dist/ (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return 0;
});
