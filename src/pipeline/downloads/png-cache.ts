/**
 * PNGs kept between builds, by content: a figure's PNG is a pure function of its SVG and the
 * renderer (png.ts: resvg's version, scale, background and the two font files), so a PNG found
 * under `sha256(renderer + SVG)` is byte for byte the PNG a render would give. A repeat build
 * renders only the figures whose SVG changed; the first build renders all and fills the cache.
 *
 * The cache lives under build/cache/png/ (`pngCacheDir`; DASHBOARD_CACHE_DIR in src/config.ts), never in the site. A cached file that
 * is not a whole PNG (a write cut short) is rendered again and replaced; files are written under
 * a temporary name and renamed, so a reader never sees half a file. Nothing is ever pruned:
 * `rm -rf build/cache` empties it.
 *
 * Privacy: the cache holds only images of SVGs the build wrote to the site, and every PNG it hands
 * out is copied into the site and scanned by the leak guard like any other file.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeWhole } from '../../build-cache.ts';
import { sha256Hex } from './checksums.ts';
import { FIGURE_FONT_FILES, PNG_RENDER_OPTIONS } from './png.ts';

/** The PNG folder of the build's cache folder (config.cacheDir, build/cache/ by default). */
export const pngCacheDir = (cacheDir: string) => path.join(cacheDir, 'png');

const require = createRequire(import.meta.url);
let rendererId: string | undefined;

/**
 * What else than the SVG decides a PNG's bytes: the renderer's version and the options png.ts
 * renders with, the font files by their bytes (not their paths, which differ between machines).
 */
function renderer(): string {
  if (rendererId) return rendererId;
  const { version } = require('@resvg/resvg-js/package.json') as { version: string };
  const fontFiles = FIGURE_FONT_FILES.map((file) => sha256Hex(readFileSync(file)));
  return (rendererId = JSON.stringify({ resvg: version, options: { ...PNG_RENDER_OPTIONS, font: { ...PNG_RENDER_OPTIONS.font, fontFiles } } }));
}

/** The cache file of one SVG's PNG. */
export function pngCacheKey(svg: string): string {
  return sha256Hex(`${renderer()}\u0000${svg}`);
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IEND = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

/** A PNG signature at the start and the IEND chunk (with its CRC) at the end: not cut short. */
function wholePng(bytes: Uint8Array): boolean {
  return bytes.length > 20 && SIGNATURE.every((byte, i) => bytes[i] === byte) && IEND.every((byte, i) => bytes[bytes.length - 8 + i] === byte);
}

async function readCached(file: string): Promise<Uint8Array | undefined> {
  try {
    const bytes = new Uint8Array(await readFile(file));
    return wholePng(bytes) ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A PNG for each SVG asked, through the cache folder `dir`: read from there where cached, else
 * rendered by `render` and stored; an SVG asked again (the same key) is rendered once. Made for
 * SVGs asked one by one as the figures are drawn (figures.ts).
 */
export function pngCache(dir: string, render: (svg: string) => Promise<Uint8Array>): (svg: string) => Promise<Uint8Array> {
  const asked = new Map<string, Promise<Uint8Array>>();
  return (svg) => {
    const key = pngCacheKey(svg);
    const file = path.join(dir, key.slice(0, 2), `${key}.png`);
    let png = asked.get(file);
    if (!png) {
      png = readCached(file).then(async (kept) => {
        if (kept) return kept;
        const rendered = await render(svg);
        writeWhole(file, rendered);
        return rendered;
      });
      png.catch(() => undefined); // awaited, and its error thrown, by the caller
      asked.set(file, png);
    }
    return png;
  };
}
