/**
 * Every environment variable the project reads, read here and nowhere else: `loadConfig()`
 * resolves them once into one typed object (defaults included) that commands pass down. The
 * README's table "Environment variables" documents each one.
 *
 * Code that Astro bundles for the pages runs in its own module graph and cannot be handed the
 * object: it calls `currentConfig()`, and `buildSite` first shares its config through the
 * environment (`shareConfig`), so both sides resolve the same paths.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root (this file lives in src/). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** An optional setting: surrounding blanks removed, empty means unset. */
const setting = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined);

const folder = (fallback: string) => setting.transform((value) => (value ? path.resolve(value) : fallback));
const flag = setting.transform((value) => value !== undefined);

/** The environment variables, by name; `configSchema` turns them into the config. */
export const environmentSchema = z.object({
  /** The input data folder. */
  DASHBOARD_DATA_DIR: folder(path.join(PROJECT_ROOT, 'data')),
  /** The committed release snapshots (default: `releases/` beside the data folder, see `releasesDirectory`). */
  RELEASES_DIR: setting.transform((value) => (value ? path.resolve(value) : undefined)),
  /** The public dataset the pipeline writes and the site reads. */
  PUBLIC_DATA_DIR: folder(path.join(PROJECT_ROOT, 'build', 'public-data')),
  /** The built site. */
  DASHBOARD_OUT_DIR: folder(path.join(PROJECT_ROOT, 'dist')),
  /** Results kept between builds: figure PNGs (`png/`), audited components (`audit/`), clean files (`leak/`), charts (`charts/`), the workbook (`xlsx/`); `off` keeps none. */
  DASHBOARD_CACHE_DIR: setting.transform((value) => (value === 'off' ? undefined : path.resolve(value ?? path.join(PROJECT_ROOT, 'build', 'cache')))),
  /** The sub-path the site is served under, as `/x/` (default `/`). */
  DASHBOARD_BASE_PATH: setting.transform((value) => {
    const trimmed = (value ?? '').replace(/^\/+|\/+$/g, '');
    return trimmed ? `/${trimmed}/` : '/';
  }),
  /** The public origin (e.g. https://data.bnn.go.id), without a trailing slash. */
  DASHBOARD_SITE_URL: setting.transform((value) => value?.replace(/\/+$/, '') || undefined),
  /** The former name of DASHBOARD_SITE_URL, still read when that is unset. */
  SITE_URL: setting.transform((value) => value?.replace(/\/+$/, '') || undefined),
  /** Seconds since 1970: the date of a release that is not committed yet. */
  SOURCE_DATE_EPOCH: setting,
  /** `true` on GitHub Actions: validation problems are also printed as annotations. */
  GITHUB_ACTIONS: setting.transform((value) => value === 'true'),
  /** Any value: an internal error prints its stack trace. */
  DEBUG: flag,
  /** Any value (set by `npm run bench`): a command prints its peak memory on exit. */
  BENCH_REPORT_RSS: flag,
  /** The Chromium or Chrome that browser tests and the benchmark's Lighthouse drive (unset: src/tools/browser.ts looks for one). */
  CHROMIUM_PATH: setting,
  /** Tests: a built site of the bundled data to test instead of building one. */
  TEST_SITE_DIR: setting.transform((value) => (value ? path.resolve(value) : undefined)),
  /** Tests: any value builds no site (for tests that need none). */
  TEST_NO_BUILD: flag,
  /** Set by the system: where the browser lookup looks for an installed Chrome (macOS, Windows). */
  HOME: setting,
  LOCALAPPDATA: setting,
  ProgramFiles: setting,
  'ProgramFiles(x86)': setting,
});

/** The variable names, as documented in the README. */
export const ENVIRONMENT_VARIABLES = Object.keys(environmentSchema.shape) as (keyof typeof environmentSchema.shape)[];

export const configSchema = environmentSchema.transform((env) => ({
  dataDir: env.DASHBOARD_DATA_DIR,
  /** Only when RELEASES_DIR is set; `releasesDirectory()` gives the default. */
  releasesDir: env.RELEASES_DIR,
  publicDataDir: env.PUBLIC_DATA_DIR,
  outDir: env.DASHBOARD_OUT_DIR,
  /** Undefined when DASHBOARD_CACHE_DIR is `off`. */
  cacheDir: env.DASHBOARD_CACHE_DIR,
  basePath: env.DASHBOARD_BASE_PATH,
  siteUrl: env.DASHBOARD_SITE_URL ?? env.SITE_URL,
  sourceDateEpoch: env.SOURCE_DATE_EPOCH,
  githubAnnotations: env.GITHUB_ACTIONS,
  debug: env.DEBUG,
  reportPeakMemory: env.BENCH_REPORT_RSS,
  chromiumPath: env.CHROMIUM_PATH,
  test: { siteDir: env.TEST_SITE_DIR, noBuild: env.TEST_NO_BUILD },
  /** The system's folders, by variable name (src/tools/browser.ts). */
  systemFolders: { HOME: env.HOME, LOCALAPPDATA: env.LOCALAPPDATA, ProgramFiles: env.ProgramFiles, 'ProgramFiles(x86)': env['ProgramFiles(x86)'] },
}));

export type Config = z.output<typeof configSchema>;

/** Resolves the environment (relative folders against the working directory) into the config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return configSchema.parse(env);
}

let current: Config | undefined;

/** The config of this process, resolved on first use: for code the pages run (see the top). */
export function currentConfig(): Config {
  return (current ??= loadConfig());
}

/** The variables that make `loadConfig` give back `config`'s paths and site settings. */
export function configEnvironment(config: Config): Record<string, string> {
  return {
    DASHBOARD_DATA_DIR: config.dataDir,
    ...(config.releasesDir ? { RELEASES_DIR: config.releasesDir } : {}),
    PUBLIC_DATA_DIR: config.publicDataDir,
    DASHBOARD_OUT_DIR: config.outDir,
    DASHBOARD_CACHE_DIR: config.cacheDir ?? 'off',
    DASHBOARD_BASE_PATH: config.basePath,
    ...(config.siteUrl ? { DASHBOARD_SITE_URL: config.siteUrl } : {}),
  };
}

/** Makes `config` the environment of the pages Astro is about to build in this process. */
export function shareConfig(config: Config): void {
  Object.assign(process.env, configEnvironment(config));
  current = config;
}

/**
 * Hands Node's compile cache folder (see commands/compile-cache.ts) to the worker threads and
 * child processes this one starts, through Node's own variable NODE_COMPILE_CACHE.
 */
export function shareCompileCache(directory: string): void {
  process.env.NODE_COMPILE_CACHE ??= directory;
}

/** The environment of a child process: this one's, with `overrides`. */
export function childEnvironment(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/** Runs `run` with `overrides` in this process's environment (for a library that reads it), then restores it. */
export async function withEnvironment<T>(overrides: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(overrides).map((name) => [name, process.env[name]]));
  Object.assign(process.env, overrides);
  try {
    return await run();
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
