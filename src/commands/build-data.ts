/**
 * `npm run build-data`: the data pipeline only (validate → … → public dataset in
 * `config.publicDataDir`), without the site: what `npm run dev` needs before Astro's dev server starts.
 */
import type { Config } from '../config.ts';
import { buildPublicData } from '../pipeline/build-pipeline.ts';
import type { Log } from './run-command.ts';

export async function buildData(config: Config, log: Log): Promise<number> {
  const built = await buildPublicData({ dataDir: config.dataDir, publicDataDir: config.publicDataDir, releasesDir: config.releasesDir, cacheDir: config.cacheDir }, log, {
    // No site is built here, so no leak guard needs the never-publish values.
    collectPrivateValues: false,
    githubAnnotations: config.githubAnnotations,
  });
  return built ? 0 : 1;
}
