/**
 * Vitest global setup: builds the site once from the bundled data into build/test-site, so that
 * browser, budget and leak tests look at what `npm run build` really produces. Set
 * TEST_SITE_DIR to reuse an existing build (e.g. dist/) and skip this step.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const TEST_SITE_DIR = path.join(ROOT, 'build', 'test-site');

export default function setup(): void {
  if (process.env.TEST_SITE_DIR) return;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DASHBOARD_OUT_DIR: TEST_SITE_DIR,
      PUBLIC_DATA_DIR: path.join(ROOT, 'build', 'test-public-data'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    timeout: 900_000,
  });
  if (result.status !== 0) {
    throw new Error(`building the test site failed:\n${result.stdout}\n${result.stderr}`);
  }
}
