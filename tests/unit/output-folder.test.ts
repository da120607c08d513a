/**
 * PUBLIC_DATA_DIR and DASHBOARD_OUT_DIR name folders the build replaces whole (README
 * "Environment variables"). A file there was deleted without a word (or, under a file, the build
 * stopped late with an internal error); now the build stops before any work, says what is wrong
 * and how to fix it in both languages, and the file is left as it was.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT, runScript } from '../support/run.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'output-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it.each([
  ['build-data.ts', 'PUBLIC_DATA_DIR', 'is a file', (file: string) => file],
  ['build-data.ts', 'PUBLIC_DATA_DIR', 'lies under a file', (file: string) => path.join(file, 'public-data')],
  ['build.ts', 'DASHBOARD_OUT_DIR', 'is a file', (file: string) => file],
])('%s: a %s that %s stops it at once, the file kept: what, how to fix, both languages', (script, variable, _, folderOf) => {
  const file = path.join(scratch, `${variable}-${script}`);
  writeFileSync(file, 'a file of mine\n');
  const env: Record<string, string> = { DASHBOARD_CACHE_DIR: 'off', PUBLIC_DATA_DIR: path.join(scratch, 'public-data'), DASHBOARD_OUT_DIR: path.join(scratch, 'dist') };
  env[variable] = folderOf(file);
  const result = runScript(script, [], env);
  expect(result.status, result.output).toBe(1);
  const shown = path.relative(ROOT, file);
  expect(result.output).toContain(`Folder keluaran ${variable} "${path.relative(ROOT, folderOf(file))}" tidak bisa dipakai: "${shown}" adalah berkas, bukan folder`);
  expect(result.output).toContain(`[EN] The output folder ${variable}`);
  expect(result.output).toContain(`"${shown}" is a file, not a folder, and the build does not overwrite files. How to fix:`);
  expect(result.output).not.toMatch(/internal error|\n\s+at /);
  // Stopped before validating; the file is as it was.
  expect(result.output).not.toContain('Data sah');
  expect(readFileSync(file, 'utf8')).toBe('a file of mine\n');
  expect(existsSync(path.join(scratch, 'dist'))).toBe(false);
});
