/**
 * Checks over every built HTML file (no browser needed): the Content-Security-Policy, no inline
 * script it does not hash, no inline style, nothing loaded from another origin, every internal
 * link resolves, <html lang> follows the path, one <h1>, the synthetic banner on every page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { bundledDatasetMeta, siteDir } from '../support/site.ts';
import { listFiles } from './harness.ts';

interface Page {
  file: string;
  url: string;
  html: string;
}
let pages: Page[];
let files: Set<string>;
const synthetic = bundledDatasetMeta().synthetic;

beforeAll(async () => {
  const all = await listFiles(siteDir());
  files = new Set(all);
  pages = all
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, url: `/${file.replace(/index\.html$/, '')}`, html: readFileSync(path.join(siteDir(), file), 'utf8') }));
});

const cspOf = (html: string): string | undefined =>
  /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'");

it('builds about 1,100 pages: 38 provinces and 514 kab/kota in two languages', () => {
  const count = (re: RegExp) => pages.filter((p) => re.test(p.url)).length;
  expect(count(/^\/provinsi\/\d\d-[a-z0-9-]+\/$/)).toBe(38);
  expect(count(/^\/en\/province\/\d\d-[a-z0-9-]+\/$/)).toBe(38);
  expect(count(/^\/kabkota\/\d\d-\d\d-[a-z0-9-]+\/$/)).toBe(514);
  expect(count(/^\/en\/regency\/\d\d-\d\d-[a-z0-9-]+\/$/)).toBe(514);
  expect(pages.length).toBeGreaterThan(1100);
});

it('every page has a strict CSP and no inline script it does not hash', () => {
  const problems: string[] = [];
  for (const p of pages) {
    const csp = cspOf(p.html);
    if (!csp) {
      problems.push(`${p.url}: no CSP`);
      continue;
    }
    if (!/default-src 'none'/.test(csp)) problems.push(`${p.url}: default-src is not 'none'`);
    const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
    if (/unsafe-inline|unsafe-eval|\*|https?:/.test(scriptSrc)) problems.push(`${p.url}: loose script-src ${scriptSrc}`);
    for (const m of p.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const [, attrs = '', body = ''] = m;
      if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
      const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
      if (!scriptSrc.includes(hash)) problems.push(`${p.url}: inline script not hashed (${body.slice(0, 60)})`);
    }
  }
  expect(problems.slice(0, 20)).toEqual([]);
});

it('no page has inline style attributes or loads anything from another origin', () => {
  const problems: string[] = [];
  for (const p of pages) {
    if (/\sstyle="/.test(p.html)) problems.push(`${p.url}: style attribute`);
    for (const m of p.html.matchAll(/<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*?\s(?:src|href|srcset|data)="([^"]+)"/g)) {
      const url = m[2]!;
      if (/^(https?:)?\/\//i.test(url)) problems.push(`${p.url}: <${m[1]}> from ${url}`);
    }
    if (/@import|url\(\s*['"]?https?:/i.test(p.html)) problems.push(`${p.url}: external CSS reference`);
  }
  for (const f of files) {
    if (!f.endsWith('.css') && !f.endsWith('.js')) continue;
    const text = readFileSync(path.join(siteDir(), f), 'utf8');
    if (/url\(\s*['"]?(https?:)?\/\//i.test(text) || /fetch\(\s*['"]https?:/i.test(text)) problems.push(`${f}: external URL`);
  }
  expect(problems.slice(0, 20)).toEqual([]);
});

it('every internal link and asset resolves to a built file', () => {
  const missing = new Map<string, string>();
  for (const p of pages) {
    for (const m of p.html.matchAll(/\s(?:href|src|action|data-index|data-src)="(\/[^"#?]*)[^"]*"/g)) {
      const target = m[1]!;
      if (missing.has(target)) continue;
      const rel = decodeURI(target).replace(/^\//, '');
      const ok = rel === '' ? files.has('index.html') : rel.endsWith('/') ? files.has(`${rel}index.html`) : files.has(rel);
      if (!ok) missing.set(target, p.url);
    }
  }
  expect([...missing].slice(0, 20).map(([t, from]) => `${t} (from ${from})`)).toEqual([]);
});

it('every page has the right lang, one h1, a title, a breadcrumb (embed pages: none, and a link back instead) and, exactly while data/dataset.json says synthetic, the banner', () => {
  const problems: string[] = [];
  for (const p of pages) {
    if (p.url === '/404.html' || p.file === '404.html') continue;
    const lang = /<html lang="([a-z]+)"/.exec(p.html)?.[1];
    const expected = p.url.startsWith('/en/') ? 'en' : 'id';
    if (lang !== expected) problems.push(`${p.url}: lang ${lang}`);
    const h1 = p.html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1 !== 1) problems.push(`${p.url}: ${h1} h1`);
    if (!/<title>[^<]{5,}<\/title>/.test(p.html)) problems.push(`${p.url}: no title`);
    const embed = /^\/(en\/)?embed\//.test(p.url);
    if (!embed && !p.html.includes('class="breadcrumb')) problems.push(`${p.url}: no breadcrumb`);
    if (embed && (p.html.includes('class="breadcrumb') || p.html.includes('class="site-header') || !p.html.includes('class="embed-source"'))) problems.push(`${p.url}: embed page with site chrome or no link back`);
    if (p.html.includes('class="banner"') !== synthetic) problems.push(`${p.url}: ${synthetic ? 'no' : 'a'} synthetic banner (data/dataset.json: synthetic ${synthetic})`);
  }
  expect(problems.slice(0, 20)).toEqual([]);
});

it('the map geometry is never offered as a download', () => {
  const geo = [...files].filter((f) => /\.(geo|topo)json$|\.topo\.json$|\.shp$|kabkota\.json$/i.test(f));
  expect(geo).toEqual([]);
  expect(existsSync(path.join(siteDir(), 'data-peta.json'))).toBe(true);
  const mapData = readFileSync(path.join(siteDir(), 'data-peta.json'), 'utf8');
  expect(mapData).not.toMatch(/"coordinates"|"arcs"/);
});
