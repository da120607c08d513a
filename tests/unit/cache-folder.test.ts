/**
 * DASHBOARD_CACHE_DIR names a folder the build keeps results in (README "Environment variables").
 * A file there, or in place of a folder above it, once stopped a build with "internal error:
 * ENOTDIR" after the whole audit; now the build stops before any work, says what is wrong and how
 * to fix it, and writes nothing.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT, runScript } from '../support/run.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'cache-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it.each([
  ['is a file', (file: string) => file],
  ['lies under a file', (file: string) => path.join(file, 'audit-and-charts')],
])('a cache folder that %s stops build-data at once: what, how to fix, both languages, nothing written', (_, cacheOf) => {
  const file = path.join(scratch, 'cache');
  writeFileSync(file, 'not a folder\n');
  const publicData = path.join(scratch, 'public-data');
  const result = runScript('build-data.ts', [], { DASHBOARD_CACHE_DIR: cacheOf(file), PUBLIC_DATA_DIR: publicData });
  expect(result.status, result.output).toBe(1);
  expect(result.output).toContain(`"${path.relative(ROOT, file)}" adalah berkas, bukan folder. Cara memperbaiki:`);
  expect(result.output).toContain('[EN] The cache folder DASHBOARD_CACHE_DIR');
  expect(result.output).toContain(`"${path.relative(ROOT, file)}" is a file, not a folder. How to fix:`);
  expect(result.output).not.toMatch(/internal error|\n\s+at /);
  // Stopped before validating: no validation summary, no public dataset.
  expect(result.output).not.toContain('Data sah');
  expect(existsSync(publicData)).toBe(false);
});
