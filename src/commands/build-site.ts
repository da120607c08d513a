/**
 * `npm run build`: validate → pipeline → public dataset → downloads → site in a staging folder →
 * downloads installed → leak guard → `config.outDir`. Any failure stops before the output folder
 * is touched: a bad input never publishes half a site. Returns the exit code.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import { type Config, PROJECT_ROOT, shareConfig } from '../config.ts';
import { buildPublicData, guardAndPublish, folderUsable, leakSecrets, prescanDownloads } from '../pipeline/build-pipeline.ts';
import { pngCacheDir } from '../pipeline/downloads/png-cache.ts';
import { workbookCacheDir } from '../pipeline/downloads/xlsx-cache.ts';
import { installableDownloadsDir, installDownloads, prepareDownloads, SITE_DATA_FOLDER } from '../pipeline/downloads/write-downloads.ts';
import { guardRawInputs } from '../pipeline/leak-guard/raw-inputs.ts';
import { defaultDateSources } from '../pipeline/release/release.ts';
import { chartFigures } from '../site/figures/chart-figures.ts';
import { chartStore } from '../site/charts/chart-store.ts';
import { useChartStore } from '../site/charts/index.ts';
import { mapFigures } from '../site/figures/map-figures.ts';
import type { Log } from './run-command.ts';
import { tBoth } from '../i18n/index.ts';

export async function buildSite(config: Config, log: Log): Promise<number> {
  const started = performance.now();
  // The site replaces the output folder whole, built beside it first: a file at either stops it now.
  const staging = `${config.outDir}.staging`;
  if (!folderUsable('DASHBOARD_OUT_DIR', config.outDir, log) || !folderUsable('DASHBOARD_OUT_DIR', staging, log)) return 1;
  // Raw input files never belong in public/ (Astro copies it into the site as it is).
  if (!(await rawInputsAbsent(path.join(PROJECT_ROOT, 'public'), config, log))) return 1;
  const built = await buildPublicData({ dataDir: config.dataDir, publicDataDir: config.publicDataDir, releasesDir: config.releasesDir, cacheDir: config.cacheDir }, log, {
    githubAnnotations: config.githubAnnotations,
  });
  if (!built) return 1;
  // Downloads, release and changelog (the pages read their manifest), with the publish preview;
  // the map views' and charts' files, drawn by the site's code from the public dataset just written.
  shareConfig(config);
  // Charts drawn by an earlier build of the same code are read, not drawn again (chart-store.ts).
  const charts = config.cacheDir ? chartStore(config.cacheDir, PROJECT_ROOT) : undefined;
  useChartStore(charts);
  const { written } = await prepareDownloads(
    built.dataset,
    {
      publicDataDir: config.publicDataDir,
      releases: built.releases,
      siteUrl: config.siteUrl,
      dateSources: defaultDateSources(config),
      figures: function* (context) {
        yield* mapFigures(context);
        yield* chartFigures(context);
      },
      ...(config.cacheDir ? { pngCacheDir: pngCacheDir(config.cacheDir), workbookCacheDir: workbookCacheDir(config.cacheDir) } : {}),
    },
    log,
  );
  useChartStore(undefined);
  if (charts) log(`  ${tBoth('build.chartsFromCache', { n: charts.hits.toLocaleString('id'), kept: charts.save().toLocaleString('id') })}`);
  // The downloads are final: the leak guard searches them on a worker while Astro renders.
  const secrets = leakSecrets({ privateValues: built.privateValues, reference: built.reference });
  const prescan = written.then(() => prescanDownloads(installableDownloadsDir(config.publicDataDir), SITE_DATA_FOLDER, secrets, config.cacheDir));
  prescan.catch(() => undefined); // awaited (and its error thrown) before the guard
  await buildPages(config, staging);
  // Installing moves the files the prescan read: it waits for the prescan (done by now, as a rule),
  // which started only once the worker had written every file of /data/ (`written`).
  const prescanned = await prescan;
  await installDownloads(config.publicDataDir, staging, log);
  // The raw-input check reads on this thread while the leak guard's workers search: both must pass.
  const alongside = rawInputsAbsent(staging, config, log, { byName: false });
  if (!(await guardAndPublish(staging, config.outDir, secrets, log, { prescanned, alongside, cacheDir: config.cacheDir }))) return 1;
  const dir = path.relative(process.cwd(), config.outDir) || config.outDir;
  log(`✓ ${tBoth('cli.build.done', { dir, seconds: ((performance.now() - started) / 1000).toFixed(1) })}`);
  return 0;
}

/** Astro builds the pages into `staging`; they read the public dataset the config names. */
async function buildPages(config: Config, staging: string): Promise<void> {
  shareConfig(config);
  await rm(staging, { recursive: true, force: true });
  await astroBuild({ root: PROJECT_ROOT, outDir: staging, logLevel: 'warn' });
}

/** No raw input file (by name or content) under `root`; prints what was found. */
async function rawInputsAbsent(root: string, config: Config, log: Log, options: { byName?: boolean } = {}): Promise<boolean> {
  const result = await guardRawInputs({ roots: [root], dataDir: config.dataDir, ...options });
  for (const line of result.messages) log(line);
  return result.ok;
}
