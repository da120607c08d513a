/**
 * Page-weight budgets on the built site of the bundled data (what `npm run build` makes), gzip
 * level 9, of everything a page loads on arrival: its HTML (with inline CSS, SVG and scripts),
 * its stylesheets, its scripts with every module they import, the SVG images it shows.
 * - the home pages (with the map) ≤ 150 KB; every kab/kota and province page ≤ 50 KB;
 * - every ranking page (all 514 kab/kota in one table) ≤ 150 KB; the compare and search pages
 *   ≤ 50 KB (the compare page's region files are fetched on use);
 * - JavaScript on any page (files and inline) ≤ 15 KB;
 * - no script, stylesheet, image or font from another origin.
 * Data fetched only on use (search index, map data for the year switch) is printed, not counted,
 * and so are the heaviest and lightest page of each kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../support/site.ts';

const KB = 1024;
const BUDGET = { home: 150 * KB, region: 50 * KB, ranking: 150 * KB, tool: 50 * KB, js: 15 * KB };
const root = siteDir();
const FOREIGN = /^(https?:)?\/\//i;

const gzCache = new Map<string, number>();
/** gzip size of a file of the site (site-relative path); a missing file throws. */
function gz(file: string): number {
  let size = gzCache.get(file);
  if (size === undefined) gzCache.set(file, (size = gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length));
  return size;
}

/** A local URL as a site-relative file path, from the page (or module) `from`. */
const local = (url: string, from: string): string => {
  const clean = decodeURIComponent(url.split(/[?#]/)[0]!);
  return clean.startsWith('/') ? clean.slice(1) : path.posix.join(path.posix.dirname(from), clean);
};

/** A script and every module it imports, as site-relative file paths. */
function scriptClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(path.join(root, file), 'utf8');
  for (const m of text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) scriptClosure(local(m[1]!, file), seen);
  return seen;
}

interface Weight {
  url: string;
  html: number;
  css: number;
  js: number;
  svg: number;
  /** HTML, stylesheets, script files and SVG images (inline scripts are in the HTML). */
  total: number;
  foreign: string[];
}

function weigh(file: string): Weight {
  const html = readFileSync(path.join(root, file), 'utf8');
  const attr = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);
  const css = attr(/<link[^>]+rel=["']?stylesheet["']?[^>]*href=["']?([^"' >]+)/g);
  const js = attr(/<script[^>]+src=["']?([^"' >]+)/g);
  const svg = attr(/<(?:img|object|use)[^>]+(?:src|data|href)=["']?([^"' >#]+\.svg)/g);
  const foreign = [...css, ...js, ...svg, ...attr(/<link[^>]+href=["']?((?:https?:)?\/\/[^"' >]+)/g)].filter((url) => FOREIGN.test(url));
  const sum = (files: Iterable<string>) => [...files].reduce((total, f) => total + gz(f), 0);
  const files = (urls: string[]) => urls.filter((url) => !FOREIGN.test(url)).map((url) => local(url, file));
  const scripts = new Set<string>();
  for (const script of files(js)) scriptClosure(script, scripts);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  const w = { html: gz(file), css: sum(new Set(files(css))), js: sum(scripts), svg: sum(new Set(files(svg))) };
  return { url: `/${file.replace(/index\.html$/, '')}`, ...w, js: w.js + (inline ? gzipSync(inline, { level: 9 }).length : 0), total: w.html + w.css + w.js + w.svg, foreign };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const show = (w: Weight) => `${w.url}: ${kb(w.total)} (HTML with inline CSS+SVG ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}, SVG ${kb(w.svg)})`;
const heaviest = (ws: Weight[], by: (w: Weight) => number = (w) => w.total) => ws.reduce((a, b) => (by(b) > by(a) ? b : a));

describe('page weight budgets (gzip)', () => {
  const weights = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => weigh(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')));
  const home = weights.filter((w) => w.url === '/' || w.url === '/en/');
  const regency = weights.filter((w) => /^\/(kabkota|en\/regency)\//.test(w.url));
  const province = weights.filter((w) => /^\/(provinsi|en\/province)\//.test(w.url));
  const ranking = weights.filter((w) => /^\/(peringkat|en\/rankings)\//.test(w.url));
  const tools = weights.filter((w) => /^\/(bandingkan|cari|en\/compare|en\/search)\/$/.test(w.url));

  it('measures every page and prints the heaviest and lightest of each kind', () => {
    expect(home).toHaveLength(2);
    expect(regency).toHaveLength(1028);
    expect(province).toHaveLength(76);
    expect(ranking).toHaveLength(24);
    expect(tools).toHaveLength(4);
    const other = weights.filter((w) => ![home, regency, province, ranking, tools].some((kind) => kind.includes(w)));
    for (const [kind, ofKind] of Object.entries({ home, province, regency, ranking, 'compare and search': tools, other })) {
      const lightest = ofKind.reduce((a, b) => (b.total < a.total ? b : a));
      console.log(`${kind}: ${ofKind.length} pages; heaviest ${show(heaviest(ofKind))}; lightest ${show(lightest)}`);
    }
    console.log(show(weights.find((w) => w.url === '/kabkota/31-72-kota-administrasi-jakarta-utara/')!));
    for (const f of ['indeks-cari.json', 'data-peta.json']) console.log(`on use only: /${f} ${kb(gz(f))}`);
  });

  it('the home pages with the map stay within 150 KB', () => {
    for (const w of home) expect(w.total, show(w)).toBeLessThanOrEqual(BUDGET.home);
  });

  it('every kab/kota and province page stays within 50 KB', () => {
    expect([...regency, ...province].filter((w) => w.total > BUDGET.region).map(show)).toEqual([]);
  });

  it('every ranking page stays within 150 KB, the compare and search pages within 50 KB', () => {
    for (const w of [...ranking, ...tools]) console.log(show(w));
    expect(ranking.filter((w) => w.total > BUDGET.ranking).map(show)).toEqual([]);
    expect(tools.filter((w) => w.total > BUDGET.tool).map(show)).toEqual([]);
  });

  it('no page loads more than 15 KB of JavaScript', () => {
    console.log(`most JavaScript: ${show(heaviest(weights, (w) => w.js))}`);
    expect(weights.filter((w) => w.js > BUDGET.js).map(show)).toEqual([]);
  });

  it('no script, stylesheet, image or font from another origin', () => {
    expect(weights.filter((w) => w.foreign.length).map((w) => `${w.url}: ${w.foreign.join(', ')}`)).toEqual([]);
  });
});
