/**
 * Same inputs, byte-identical dist/: builds the bundled data a second time into another folder,
 * without the build cache, and compares the SHA-256 of every file with the build made by the test
 * setup (which may have replayed audited components and PNGs from the cache).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { siteDir } from '../support/site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function hashes(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    result.set(path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return result;
}

it('building twice from the same inputs gives byte-identical trees', () => {
  const second = path.join(ROOT, 'build', 'determinism-site');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DASHBOARD_DATA_DIR: path.join(ROOT, 'data'),
      DASHBOARD_OUT_DIR: second,
      PUBLIC_DATA_DIR: path.join(ROOT, 'build', 'determinism-public-data'),
      // No cache: every LP solved and every PNG rendered again, compared with a build that may have replayed them.
      DASHBOARD_CACHE_DIR: 'off',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    timeout: 900_000,
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const first = hashes(siteDir());
  const again = hashes(second);
  expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
  const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
  console.log(`${first.size} files, identical`);
}, 900_000);
