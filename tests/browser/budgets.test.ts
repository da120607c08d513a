/**
 * Page weight, gzip, everything a page loads on arrival (HTML with its inline SVG, stylesheets,
 * scripts and the modules they import): a kab/kota page ≤ 50 KB, the home page with the map
 * ≤ 150 KB, JavaScript ≤ 15 KB on any page. Data fetched only on use (search index, map-data
 * JSON for the year switch) is reported, not counted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, expect, it } from 'vitest';
import { siteDir } from '../support/site.ts';
import { listFiles } from './harness.ts';

const KB = 1024;
const BUDGET = { regency: 50 * KB, home: 150 * KB, js: 15 * KB };

const gz = (file: string): number => gzipSync(readFileSync(path.join(siteDir(), file)), { level: 9 }).length;
const cache = new Map<string, number>();
const gzCached = (file: string): number => {
  let n = cache.get(file);
  if (n === undefined) cache.set(file, (n = gz(file)));
  return n;
};

/** A script and every module it imports, as site-relative file paths. */
function scriptClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(path.join(siteDir(), file), 'utf8');
  for (const m of text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    const spec = m[1]!;
    const next = spec.startsWith('/') ? spec.slice(1) : path.posix.join(path.posix.dirname(file), spec);
    scriptClosure(next, seen);
  }
  return seen;
}

interface Weight {
  url: string;
  total: number;
  html: number;
  css: number;
  js: number;
}

function weigh(file: string): Weight {
  const html = readFileSync(path.join(siteDir(), file), 'utf8');
  const local = (u: string) => u.replace(/^\//, '');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => local(m[1]!));
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) for (const f of scriptClosure(local(m[1]!))) scripts.add(f);
  const w = {
    url: `/${file.replace(/index\.html$/, '')}`,
    html: gzCached(file),
    css: css.reduce((s, f) => s + gzCached(f), 0),
    js: [...scripts].reduce((s, f) => s + gzCached(f), 0),
  };
  return { ...w, total: w.html + w.css + w.js };
}

let weights: Weight[];
beforeAll(async () => {
  weights = (await listFiles(siteDir())).filter((f) => f.endsWith('.html')).map(weigh);
});

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const show = (w: Weight) => `${w.url}: ${kb(w.total)} (HTML with inline CSS+SVG ${kb(w.html)}, external CSS ${kb(w.css)}, JS ${kb(w.js)})`;

it('the home pages stay within 150 KB gzip', () => {
  for (const url of ['/', '/en/']) {
    const w = weights.find((x) => x.url === url)!;
    console.log(show(w));
    expect(w.total, show(w)).toBeLessThanOrEqual(BUDGET.home);
  }
});

it('every kab/kota page stays within 50 KB gzip', () => {
  const regency = weights.filter((w) => /^\/(kabkota|en\/regency)\//.test(w.url));
  expect(regency.length).toBe(1028);
  const heaviest = regency.reduce((a, b) => (b.total > a.total ? b : a));
  console.log(`heaviest kab/kota page: ${show(heaviest)}`);
  console.log(show(weights.find((w) => w.url === '/kabkota/31-72-kota-administrasi-jakarta-utara/')!));
  expect(regency.filter((w) => w.total > BUDGET.regency).map(show)).toEqual([]);
});

it('no page loads more than 15 KB gzip of JavaScript', () => {
  const heaviest = weights.reduce((a, b) => (b.js > a.js ? b : a));
  console.log(`most JavaScript: ${show(heaviest)}`);
  const provinces = weights.filter((w) => /^\/(provinsi|en\/province)\//.test(w.url));
  console.log(`heaviest province page: ${show(provinces.reduce((a, b) => (b.total > a.total ? b : a)))}`);
  for (const f of ['indeks-cari.json', 'data-peta.json']) console.log(`on use only: /${f} ${kb(gz(f))}`);
  expect(weights.filter((w) => w.js > BUDGET.js).map(show)).toEqual([]);
});
