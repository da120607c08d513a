/**
 * Vitest global setup: builds, once per run, (1) the site from the bundled data into
 * build/test-site, for browser, budget and download tests, and (2) the site from the canary
 * fixture (marker strings in every never-publish column) into build/canary-site, for the
 * end-to-end leak test. The canary site is built for a sub-path (CANARY_BASE_PATH, as when a
 * ministry host serves the dashboard under /dashboard/), so the sub-path browser test uses the
 * same build (tests/browser/sub-path.test.ts). Builds run one after the other (one Astro build at a time).
 * Set TEST_SITE_DIR to reuse an existing build of the bundled data and skip (1); set
 * TEST_NO_BUILD=1 to skip both (only for running a few unit tests while working).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const TEST_SITE_DIR = path.join(ROOT, 'build', 'test-site');
export const CANARY_SITE_DIR = path.join(ROOT, 'build', 'canary-site');
export const CANARY_BUILD_LOG = path.join(ROOT, 'build', 'canary-build.log');
export const CANARY_BASE_PATH = '/dashboard/';

function buildSite(dataDir: string, outDir: string, publicDataDir: string, basePath = '/'): string {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DASHBOARD_DATA_DIR: dataDir,
      DASHBOARD_OUT_DIR: outDir,
      PUBLIC_DATA_DIR: publicDataDir,
      DASHBOARD_BASE_PATH: basePath,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    timeout: 900_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`building ${path.relative(ROOT, outDir)} failed:\n${output}`);
  return output;
}

export default async function setup(): Promise<void> {
  if (process.env.TEST_NO_BUILD) return;
  if (!process.env.TEST_SITE_DIR) {
    buildSite(path.join(ROOT, 'data'), TEST_SITE_DIR, path.join(ROOT, 'build', 'test-public-data'));
  }
  const log = buildSite(path.join(ROOT, 'tests', 'fixtures', 'canary'), CANARY_SITE_DIR, path.join(ROOT, 'build', 'canary-public-data'), CANARY_BASE_PATH);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(CANARY_BUILD_LOG, log);
}
