/**
 * Page-weight budgets on the built site (the same build `npm run build` makes from the bundled
 * data): for every page, its HTML plus the CSS, JS and SVG it loads, gzip-compressed.
 * - every kab/kota and province page ≤ 50 KB; the home page (with the map) ≤ 150 KB;
 * - JavaScript on any page ≤ 15 KB; no script, stylesheet or font from another origin.
 * Sizes are printed in the test output.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { siteDir } from './support/site.ts';

const KB = 1024;
const root = siteDir();
const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

function pages(): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const assetCache = new Map<string, number>();
function assetSize(url: string): number {
  const clean = url.split(/[?#]/)[0]!;
  const file = path.join(root, decodeURIComponent(clean.replace(/^\/+/, '')));
  let size = assetCache.get(file);
  if (size === undefined) {
    size = statSync(file, { throwIfNoEntry: false })?.isFile() ? gz(readFileSync(file)) : 0;
    assetCache.set(file, size);
  }
  return size;
}

interface Weight {
  page: string;
  html: number;
  css: number;
  js: number;
  svg: number;
  total: number;
  foreign: string[];
}

function weigh(file: string): Weight {
  const html = readFileSync(file, 'utf8');
  const attr = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);
  const base = (url: string) => url.replace(/^(https?:)?\/\/[^/]+/, '');
  const css = attr(/<link[^>]+rel=["']?stylesheet["']?[^>]*href=["']?([^"' >]+)/g);
  const js = attr(/<script[^>]+src=["']?([^"' >]+)/g);
  const svg = attr(/<(?:img|object|use)[^>]+(?:src|data|href)=["']?([^"' >#]+\.svg)/g);
  const foreign = [...css, ...js, ...svg, ...attr(/<link[^>]+href=["']?((?:https?:)?\/\/[^"' >]+)/g)].filter((url) => /^(https?:)?\/\//.test(url));
  const sum = (urls: string[]) => urls.filter((u) => !/^(https?:)?\/\//.test(u)).reduce((total, url) => total + assetSize(base(url)), 0);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  const weight = { html: gz(Buffer.from(html)), css: sum(css), js: sum(js) + (inlineScripts ? gz(Buffer.from(inlineScripts)) : 0), svg: sum(svg) };
  return { page: '/' + path.relative(root, file), ...weight, total: weight.html + weight.css + weight.js + weight.svg, foreign };
}

describe('page weight budgets (gzip)', () => {
  const weights = pages().map(weigh);
  const kind = (w: Weight) =>
    /^\/(en\/)?index\.html$/.test(w.page) ? 'home'
    : /^\/(kabkota|en\/regency)\//.test(w.page) ? 'kabkota'
    : /^\/(provinsi|en\/province)\//.test(w.page) ? 'provinsi'
    : 'other';
  const show = (w: Weight) =>
    `${w.page}: total ${(w.total / KB).toFixed(1)} KB (html ${(w.html / KB).toFixed(1)}, css ${(w.css / KB).toFixed(1)}, js ${(w.js / KB).toFixed(1)}, svg ${(w.svg / KB).toFixed(1)})`;

  it('measures every page and prints the heaviest of each kind', () => {
    expect(weights.length).toBeGreaterThan(0);
    for (const k of ['home', 'provinsi', 'kabkota', 'other']) {
      const ofKind = weights.filter((w) => kind(w) === k).sort((a, b) => b.total - a.total);
      if (ofKind.length) console.log(`${k}: ${ofKind.length} pages; heaviest ${show(ofKind[0]!)}; lightest ${show(ofKind.at(-1)!)}`);
    }
  });

  it('home page with the map ≤ 150 KB', () => {
    for (const w of weights.filter((w) => kind(w) === 'home')) expect(w.total, show(w)).toBeLessThanOrEqual(150 * KB);
  });

  it('every kab/kota and province page ≤ 50 KB', () => {
    const over = weights.filter((w) => (kind(w) === 'kabkota' || kind(w) === 'provinsi') && w.total > 50 * KB).map(show);
    expect(over).toEqual([]);
  });

  it('JavaScript on any page ≤ 15 KB', () => {
    expect(weights.filter((w) => w.js > 15 * KB).map(show)).toEqual([]);
  });

  it('no script, stylesheet, image or font from another origin', () => {
    expect(weights.filter((w) => w.foreign.length).map((w) => `${w.page}: ${w.foreign.join(', ')}`)).toEqual([]);
  });
});
