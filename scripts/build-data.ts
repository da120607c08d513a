/**
 * Runs the data pipeline only (validate → … → public dataset in build/public-data), without the
 * site: what `npm run dev` needs before Astro's dev server starts.
 */
import { buildPublicData } from '../src/pipeline/build-pipeline.ts';
import { dataDirectory, publicDataDirectory } from '../src/pipeline/config.ts';
import { runCli } from './cli.ts';

await runCli(async () => {
  const built = await buildPublicData({ dataDir: dataDirectory(), publicDataDir: publicDataDirectory() }, (line) => console.log(line), {
    // No site is built here, so no leak guard needs the never-publish values.
    collectPrivateValues: false,
  });
  return built ? 0 : 1;
});
