/**
 * The browser lookup of src/tools/browser.ts on every platform, without a browser: the order
 * (CHROMIUM_PATH, system browsers, the Chromium of @sparticuz/chromium on Linux x64), the one
 * message where nothing is found, and that the README and npm's script policy say the same.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Host, locateBrowser, noBrowserMessage, systemBrowsers } from '../../src/tools/browser.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, Record<string, unknown>>;

const host = (over: Partial<Host> & { executables?: string[] } = {}): Host => {
  const executables = new Set(over.executables ?? []);
  return { env: {}, platform: 'linux', arch: 'x64', isExecutable: (file) => executables.has(file), ...over };
};

describe('lookup order', () => {
  it('takes CHROMIUM_PATH first, even over a system browser', () => {
    const found = locateBrowser(host({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, executables: ['/opt/chrome/chrome', '/usr/bin/chromium'] }));
    expect(found).toEqual({ executablePath: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
  });

  it('fails at once when CHROMIUM_PATH names no executable file (no fallback hides the typo)', () => {
    const found = locateBrowser(host({ env: { CHROMIUM_PATH: '/opt/chrome/chrom' }, executables: ['/usr/bin/chromium'] }));
    expect(found).toBeInstanceOf(Error);
    expect((found as Error).message).toBe('CHROMIUM_PATH=/opt/chrome/chrom is not an executable file.');
  });

  it('then the system browsers of Linux, in order', () => {
    expect(systemBrowsers('linux', {})).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']);
    expect(locateBrowser(host({ executables: ['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'] }))).toEqual({ executablePath: '/usr/bin/google-chrome', source: 'system browser' });
  });

  it('then, on Linux x64 only, the Chromium of @sparticuz/chromium', () => {
    expect(locateBrowser(host())).toBe('bundled');
    expect(locateBrowser(host({ arch: 'arm64' }))).toBeInstanceOf(Error);
  });

  it('finds Chrome and Chromium where macOS and Windows install them', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(locateBrowser(host({ platform: 'darwin', arch: 'arm64', executables: [mac] }))).toEqual({ executablePath: mac, source: 'system browser' });
    expect(systemBrowsers('darwin', { HOME: '/Users/ana' })).toContain('/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium');
    const env = { ProgramFiles: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' };
    expect(systemBrowsers('win32', env)).toEqual([
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files\\Chromium\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Chromium\\Application\\chrome.exe',
      'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\ana\\AppData\\Local\\Chromium\\Application\\chrome.exe',
    ]);
  });

  it('where nothing is found, fails with one message that says how to provide a browser', () => {
    for (const platform of ['darwin', 'win32', 'freebsd'] as const) {
      const found = locateBrowser(host({ platform }));
      expect(found).toBeInstanceOf(Error);
      expect((found as Error).message).toBe(noBrowserMessage({ env: {}, platform, arch: 'x64' }));
    }
    const message = noBrowserMessage({ env: {}, platform: 'linux', arch: 'arm64' });
    expect(message).toContain('/usr/bin/chromium');
    expect(message).toMatch(/Install Google Chrome or Chromium, or set CHROMIUM_PATH=/);
  });
});

describe('what npm install brings', () => {
  it('@sparticuz/chromium is a dev dependency with no install script to approve (it extracts at run time)', () => {
    expect(readJson('package.json').devDependencies?.['@sparticuz/chromium']).toBeDefined();
    const scripts = readJson('node_modules/@sparticuz/chromium/package.json').scripts ?? {};
    expect(Object.keys(scripts).filter((name) => /^(pre|post)?install$|^prepare$/.test(name))).toEqual([]);
  });

  it('the README names the order and every Linux path', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const text of ['CHROMIUM_PATH', '@sparticuz/chromium', ...systemBrowsers('linux', {})]) expect(readme).toContain(text);
  });
});
