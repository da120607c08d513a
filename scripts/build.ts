/**
 * `npm run build`: validate → pipeline → public dataset → site in a staging folder → leak guard
 * → `dist/`. Any failure stops before `dist/` is touched: a bad input never publishes half a site.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import { buildPublicData, guardAndPublish } from '../src/pipeline/build-pipeline.ts';
import { dataDirectory, outputDirectory, PROJECT_ROOT, publicDataDirectory } from '../src/pipeline/config.ts';
import { releasesDirectory } from '../src/pipeline/release/release.ts';
import { installDownloads, prepareDownloads } from '../src/pipeline/downloads/write-downloads.ts';
import { guardRawInputs } from '../src/pipeline/leak-guard/raw-inputs.ts';
import { runCli } from './cli.ts';

await runCli(async () => {
  const started = performance.now();
  const log = (line: string) => console.log(line);
  // Raw input files never belong in public/ (Astro copies it into the site as it is).
  const publicFolder = await guardRawInputs({ roots: [path.join(PROJECT_ROOT, 'public')], dataDir: dataDirectory() });
  for (const line of publicFolder.messages) log(line);
  if (!publicFolder.ok) return 1;
  const built = await buildPublicData({ dataDir: dataDirectory(), publicDataDir: publicDataDirectory() }, log);
  if (!built) return 1;

  // The site reads the public dataset from here (src/site/data/public-dataset.ts).
  process.env.PUBLIC_DATA_DIR = publicDataDirectory();
  // Downloads, release and changelog (the pages read their manifest), with the publish preview.
  await prepareDownloads(
    built.dataset,
    {
      publicDataDir: publicDataDirectory(),
      releasesDir: releasesDirectory(dataDirectory()),
      dataDir: dataDirectory(),
      ...(process.env.SITE_URL ? { siteUrl: process.env.SITE_URL } : {}),
    },
    log,
  );
  const dist = outputDirectory();
  const staging = `${dist}.staging`;
  await rm(staging, { recursive: true, force: true });
  await astroBuild({ root: PROJECT_ROOT, outDir: staging, logLevel: 'warn' });
  await installDownloads(publicDataDirectory(), staging, log);
  const builtSite = await guardRawInputs({ roots: [staging], dataDir: dataDirectory(), byName: false });
  for (const line of builtSite.messages) log(line);
  if (!builtSite.ok) {
    await rm(staging, { recursive: true, force: true });
    return 1;
  }
  const published = await guardAndPublish(staging, dist, {
    privateValues: built.inputs.privateValues,
    reference: built.reference,
  }, log);
  if (!published) return 1;
  log(`✓ Situs dibangun di ${path.relative(process.cwd(), dist) || dist}/ / site built (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return 0;
});
