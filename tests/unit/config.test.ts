/**
 * src/config.ts: every environment variable resolved once, with its default; the README's table
 * lists each; nothing else in src/, scripts/ or astro.config.mjs reads process.env.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_VARIABLES, loadConfig, PROJECT_ROOT } from '../../src/config.ts';

describe('loadConfig', () => {
  it('gives the documented defaults, in this repository, for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      dataDir: path.join(PROJECT_ROOT, 'data'),
      releasesDir: undefined,
      publicDataDir: path.join(PROJECT_ROOT, 'build', 'public-data'),
      outDir: path.join(PROJECT_ROOT, 'dist'),
      basePath: '/',
      siteUrl: undefined,
      sourceDateEpoch: undefined,
      githubAnnotations: false,
      debug: false,
      reportPeakMemory: false,
      chromiumPath: undefined,
      test: { siteDir: undefined, noBuild: false },
    });
  });

  it('resolves folders against the working directory and treats blank values as unset', () => {
    const config = loadConfig({ DASHBOARD_DATA_DIR: ' some/data ', RELEASES_DIR: 'rel', PUBLIC_DATA_DIR: '  ', SOURCE_DATE_EPOCH: ' 1767225600 ' });
    expect(config.dataDir).toBe(path.resolve('some/data'));
    expect(config.releasesDir).toBe(path.resolve('rel'));
    expect(config.publicDataDir).toBe(path.join(PROJECT_ROOT, 'build', 'public-data'));
    expect(config.sourceDateEpoch).toBe('1767225600');
  });

  it('writes the base path as /x/ and the site URL without a trailing slash; SITE_URL is the old name of DASHBOARD_SITE_URL', () => {
    expect(loadConfig({ DASHBOARD_BASE_PATH: 'peta-rawan' }).basePath).toBe('/peta-rawan/');
    expect(loadConfig({ DASHBOARD_BASE_PATH: '//a/b//' }).basePath).toBe('/a/b/');
    expect(loadConfig({ DASHBOARD_SITE_URL: 'https://data.example.id//' }).siteUrl).toBe('https://data.example.id');
    expect(loadConfig({ SITE_URL: 'https://old.example.id/' }).siteUrl).toBe('https://old.example.id');
    expect(loadConfig({ SITE_URL: 'https://old.example.id', DASHBOARD_SITE_URL: 'https://new.example.id' }).siteUrl).toBe('https://new.example.id');
  });

  it('reads GitHub annotations from GITHUB_ACTIONS=true only, and flags from any value', () => {
    expect(loadConfig({ GITHUB_ACTIONS: 'true' }).githubAnnotations).toBe(true);
    expect(loadConfig({ GITHUB_ACTIONS: '1' }).githubAnnotations).toBe(false);
    expect(loadConfig({ DEBUG: '1', BENCH_REPORT_RSS: 'yes', TEST_NO_BUILD: '1' })).toMatchObject({ debug: true, reportPeakMemory: true, test: { noBuild: true } });
  });
});

describe('the environment is read in one place', () => {
  it('the README table "Environment variables" lists every variable', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Environment variables'));
    const table = section.slice(0, section.indexOf('\n## '));
    const firstCells = [...table.matchAll(/^\| (`.+?) \|/gm)].map((match) => match[1]!);
    const documented = firstCells.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]));
    expect(documented.toSorted()).toEqual(ENVIRONMENT_VARIABLES.filter((name) => name !== 'SITE_URL').toSorted());
    expect(table).toContain('`SITE_URL`');
  });

  it('no file of src/, scripts/ or astro.config.mjs but src/config.ts reads process.env', () => {
    const files = ['src', 'scripts'].flatMap((dir) =>
      readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(ts|mjs|astro)$/.test(name))
        .map((name) => path.join(dir, name)),
    );
    const readers = [...files, 'astro.config.mjs'].filter((file) => file !== path.join('src', 'config.ts') && /process\.env\b/.test(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')));
    expect(readers).toEqual([]);
  });
});
