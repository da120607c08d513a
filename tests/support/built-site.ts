/**
 * The two sites the `site` and `serial` test projects look at, built once per test run by their
 * global setups (tests/site/setup.ts, tests/serial/setup.ts):
 * - `bundled`: the bundled data (data/) into build/test-site, its public dataset into
 *   build/test-public-data: browser, budget and download tests, Lighthouse, determinism;
 * - `canary`: the canary fixture (marker strings in every never-publish column) into
 *   build/canary-site, for the end-to-end leak test. It is built for a sub-path
 *   (CANARY_BASE_PATH, as when a ministry host serves the dashboard under /dashboard/), so the
 *   sub-path browser test uses the same build (tests/browser/sub-path.test.ts).
 *
 * The setups run before any test, in the main process. They start the builds in the background,
 * one Astro build at a time and each site once however many projects ask for it, so that the
 * `unit` project runs meanwhile; the test files of `site` and `serial` wait for them first
 * (tests/support/wait-for-sites.ts, their setupFiles), and fail with the build's output when a
 * build failed. Set TEST_SITE_DIR to reuse an existing build of the bundled data instead;
 * TEST_NO_BUILD=1 builds nothing and tests what the last run left in build/ (the tests fail,
 * never skip, when it is not there).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { childEnvironment, loadConfig } from '../../src/config.ts';
import { ROOT } from './run.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** Where this project's setup writes the outcome of its builds; unset when it builds nothing. */
    siteBuilds?: string;
  }
}

/** What the file named by `siteBuilds` holds once every build of the project has ended. */
export type SiteBuildsOutcome = { ok: true } | { ok: false; error: string };

export const TEST_SITE_DIR = path.join(ROOT, 'build', 'test-site');
export const TEST_PUBLIC_DATA_DIR = path.join(ROOT, 'build', 'test-public-data');
export const CANARY_SITE_DIR = path.join(ROOT, 'build', 'canary-site');
export const CANARY_PUBLIC_DATA_DIR = path.join(ROOT, 'build', 'canary-public-data');
export const CANARY_BUILD_LOG = path.join(ROOT, 'build', 'canary-build.log');
export const CANARY_BASE_PATH = '/dashboard/';

const SITES = {
  bundled: { dataDir: path.join(ROOT, 'data'), outDir: TEST_SITE_DIR, publicDataDir: TEST_PUBLIC_DATA_DIR, basePath: '/', log: undefined },
  canary: { dataDir: path.join(ROOT, 'tests', 'fixtures', 'canary'), outDir: CANARY_SITE_DIR, publicDataDir: CANARY_PUBLIC_DATA_DIR, basePath: CANARY_BASE_PATH, log: CANARY_BUILD_LOG },
};
export type SiteName = keyof typeof SITES;

/** `scripts/build.ts` on one site, as a child process; rejects with its output when it fails. */
function buildSite(name: SiteName): Promise<void> {
  const site = SITES[name];
  const env = { DASHBOARD_DATA_DIR: site.dataDir, DASHBOARD_OUT_DIR: site.outDir, PUBLIC_DATA_DIR: site.publicDataDir, DASHBOARD_BASE_PATH: site.basePath, ASTRO_TELEMETRY_DISABLED: '1' };
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'build.ts')], { cwd: ROOT, env: childEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'], timeout: 900_000 });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      if (site.log) writeFileSync(site.log, output);
      if (status === 0) resolve();
      else reject(new Error(`building ${path.relative(ROOT, site.outDir)} failed (exit ${status}):\n${output}`));
    });
  });
}

/** The builds of this run, on globalThis: every project's setup module shares them. */
const KEY = Symbol.for('peta-kawasan-rawan-narkoba.tests.site-builds');
const state = ((globalThis as { [KEY]?: { queue: Promise<unknown>; started: Map<SiteName, Promise<void>> } })[KEY] ??= {
  queue: Promise.resolve(),
  started: new Map(),
});

/** Starts the build of `name` after the builds already started, unless it is started already. */
function startBuild(name: SiteName): Promise<void> {
  let build = state.started.get(name);
  if (!build) {
    build = state.queue.then(() => buildSite(name));
    state.queue = build.catch(() => undefined);
    state.started.set(name, build);
  }
  return build;
}

/**
 * A project's global setup: starts the builds of `sites` (the bundled one not when TEST_SITE_DIR
 * names one, none under TEST_NO_BUILD), tells the project's test files where the outcome will
 * be written, and, as teardown, waits for the builds and removes that file.
 */
export function setupSites(project: TestProject, sites: SiteName[]): () => Promise<void> {
  const config = loadConfig().test;
  const wanted = config.noBuild ? [] : sites.filter((name) => !(name === 'bundled' && config.siteDir));
  if (wanted.length === 0) return async () => {};
  const file = path.join(ROOT, 'build', `site-builds-${process.pid}-${project.name}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  rmSync(file, { force: true });
  const done = Promise.all(wanted.map(startBuild)).then(
    (): SiteBuildsOutcome => ({ ok: true }),
    (error: unknown): SiteBuildsOutcome => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
  // Written aside, then renamed: a test file never reads half of it.
  const written = done.then((outcome) => {
    writeFileSync(`${file}.part`, JSON.stringify(outcome));
    renameSync(`${file}.part`, file);
  });
  project.provide('siteBuilds', file);
  return async () => {
    await written;
    rmSync(file, { force: true });
  };
}
