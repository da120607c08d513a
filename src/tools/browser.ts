/**
 * The browser of every browser test, of axe-core and of Lighthouse (tests and `npm run bench`),
 * found in this order (README "Quick start"):
 * 1. `CHROMIUM_PATH`, when set (it must name an executable file);
 * 2. a system Chrome or Chromium at the usual paths of this platform (`systemBrowsers`);
 * 3. on Linux x64, the headless Chromium inside the npm package `@sparticuz/chromium` (a dev
 *    dependency): imported only when 1 and 2 found nothing, extracted once into
 *    node_modules/.cache and reused by every later run.
 * Where none applies, launching fails with one message saying how to provide a browser. A test
 * tool's own browser download is never used.
 */
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LaunchedChrome } from 'chrome-launcher';
import type { Browser } from 'playwright-core';
import { childEnvironment, loadConfig, PROJECT_ROOT, withEnvironment } from '../config.ts';

/** Every browser: headless, runs as root, and makes no call home (CI machines have no network). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface FoundBrowser {
  executablePath: string;
  args: string[];
  /** Which step of the order found it, for logs and error messages. */
  source: string;
  /** Extra environment for the browser process (the bundled Chromium's fonts, where needed). */
  env?: Record<string, string>;
}

export interface Host {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  arch: string;
  isExecutable: (file: string) => boolean;
}

/** Google Chrome and Chromium where their installers put them, most specific first. */
export function systemBrowsers(platform: NodeJS.Platform, env: Host['env']): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    const roots = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return roots.flatMap((root) => apps.map((app) => path.posix.join(root, app)));
  }
  if (platform === 'win32') {
    const roots = [env.ProgramFiles ?? 'C:\\Program Files', env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((root) => [path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.win32.join(root, 'Chromium', 'Application', 'chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
}

/** The message of every browser test where no browser can be found. */
export function noBrowserMessage(host: Pick<Host, 'env' | 'platform' | 'arch'>): string {
  return [
    `No Chrome or Chromium for the browser tests on ${host.platform}-${host.arch}. Looked at:`,
    '  CHROMIUM_PATH (not set)',
    ...systemBrowsers(host.platform, host.env).map((file) => `  ${file}`),
    '  @sparticuz/chromium (npm install brings it; its Chromium runs on Linux x64 only)',
    'Install Google Chrome or Chromium, or set CHROMIUM_PATH=/path/to/chrome, and run the tests again.',
  ].join('\n');
}

/**
 * The lookup order without side effects: a browser's path, 'bundled' for @sparticuz/chromium, or
 * an Error to throw (CHROMIUM_PATH naming no executable file, or nothing found).
 */
export function locateBrowser(host: Host): { executablePath: string; source: string } | 'bundled' | Error {
  const named = host.env.CHROMIUM_PATH;
  if (named) return host.isExecutable(named) ? { executablePath: named, source: 'CHROMIUM_PATH' } : new Error(`CHROMIUM_PATH=${named} is not an executable file.`);
  const system = systemBrowsers(host.platform, host.env).find((file) => host.isExecutable(file));
  if (system) return { executablePath: system, source: 'system browser' };
  if (host.platform === 'linux' && host.arch === 'x64') return 'bundled';
  return new Error(noBrowserMessage(host));
}

/** An executable, non-empty file (an empty placeholder is no browser). */
function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile() || statSync(file).size === 0) return false;
    if (process.platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH as src/config.ts reads it; the rest of `env` only for where Windows and macOS install programs. */
const thisHost = (): Host => {
  const config = loadConfig();
  return { env: { ...config.systemFolders, CHROMIUM_PATH: config.chromiumPath }, platform: process.platform, arch: process.arch, isExecutable };
};

let found: Promise<FoundBrowser> | undefined;

/** The browser to launch, looked up once per process. */
export function findBrowser(): Promise<FoundBrowser> {
  found ??= (async () => {
    const located = locateBrowser(thisHost());
    if (located instanceof Error) throw located;
    if (located === 'bundled') return bundledChromium();
    return { ...located, args: CHROMIUM_FLAGS };
  })();
  return found;
}

/** A headless Chromium for playwright-core (browser tests, axe-core). */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args, env } = await findBrowser();
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args, headless: true, ...(env && { env: childEnvironment(env) }) });
}

/** The same browser started by chrome-launcher, for Lighthouse (which drives it on `port`). */
export async function launchChrome(): Promise<LaunchedChrome> {
  const { executablePath, args, env } = await findBrowser();
  const chromeLauncher = await import('chrome-launcher');
  return chromeLauncher.launch({ chromePath: executablePath, chromeFlags: args, ...(env && { envVars: childEnvironment(env) }) });
}

/**
 * Flags of @sparticuz/chromium that tests must not run with: they switch off the same-origin
 * policy and mixed-content blocking, which the pages are tested under as a visitor's browser
 * applies them; and `--single-process` (needed only in AWS Lambda's sandbox) breaks the separate
 * browser contexts the tests open.
 */
const WEAKENING_FLAGS = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);

/** @sparticuz/chromium, extracted (≈ 2 s, 220 MB) into node_modules/.cache the first time only. */
async function bundledChromium(): Promise<FoundBrowser> {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch (cause) {
    throw new Error(`${noBrowserMessage(thisHost())}\n(@sparticuz/chromium is not installed: run npm install.)`, { cause });
  }
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  const { default: chromium } = await import('@sparticuz/chromium');
  const dir = path.join(CACHE_DIR, `sparticuz-chromium-${version}`);
  if (!existsSync(path.join(dir, 'chromium'))) await extract(dir, () => chromium.executablePath());
  const args = [...CHROMIUM_FLAGS, ...chromium.args.filter((flag) => !WEAKENING_FLAGS.has(flag))];
  return { executablePath: path.join(dir, 'chromium'), args, source: `@sparticuz/chromium ${version}`, env: fontEnv(dir) };
}

const CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache');

/**
 * Runs the package's extraction (into `os.tmpdir()`) with TMPDIR pointing at a fresh folder,
 * then renames that folder to `dir`: parallel test files never see half a binary, and the one
 * that loses the race keeps the winner's copy.
 */
async function extract(dir: string, run: () => Promise<string>): Promise<void> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const staging = mkdtempSync(path.join(CACHE_DIR, 'extracting-'));
  chmodSync(staging, 0o755);
  try {
    await withEnvironment({ TMPDIR: staging }, run);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  try {
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(path.join(dir, 'chromium'))) throw error;
  }
}

/**
 * The bundled Chromium reads the system's fontconfig (/etc/fonts). Where there is none (a
 * minimal image), it gets a configuration of its own with the Open Sans the package ships.
 */
function fontEnv(dir: string): Record<string, string> | undefined {
  if (existsSync('/etc/fonts/fonts.conf')) return undefined;
  const file = path.join(dir, 'fonts.conf');
  if (!existsSync(file)) {
    writeFileSync(file, `<?xml version="1.0"?>\n<fontconfig>\n  <dir>${path.join(dir, 'fonts', 'fonts')}</dir>\n  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`);
  }
  return { FONTCONFIG_FILE: file };
}
