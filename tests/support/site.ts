import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { type DatasetMeta, datasetMetaSchema } from '../../src/pipeline/contract/dataset-meta.ts';
import { TEST_PUBLIC_DATA_DIR, TEST_SITE_DIR } from './built-site.ts';
import { ROOT } from './run.ts';

/** The built site of the bundled data the tests look at (see built-site.ts). */
export const siteDir = (): string => loadConfig().test.siteDir ?? TEST_SITE_DIR;

/**
 * The public dataset of that build: build/test-public-data; with TEST_SITE_DIR, the
 * `public-data` folder beside it (DASHBOARD_OUT_DIR=…/dist PUBLIC_DATA_DIR=…/public-data) or
 * else build/public-data (where `npm run build` writes it). Throws when it is not there.
 */
export function publicDataDir(): string {
  const custom = loadConfig().test.siteDir;
  const candidates = custom ? [path.join(path.dirname(custom), 'public-data'), path.join(ROOT, 'build', 'public-data')] : [TEST_PUBLIC_DATA_DIR];
  const found = candidates.find((dir) => existsSync(path.join(dir, 'index.json')));
  if (!found) throw new Error(`no public dataset of the bundled data in ${candidates.join(' or ')}: run the site tests (or npm run build)`);
  return found;
}

/** data/dataset.json, which the bundled site is built from: says, e.g., whether the data are synthetic. */
export function bundledDatasetMeta(): DatasetMeta {
  return datasetMetaSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'data', 'dataset.json'), 'utf8')));
}
