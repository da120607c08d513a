/**
 * Charts kept between builds, by content. A rendered chart is a pure function of its input (the
 * spec, language, width and synthetic flag: `renderChart`'s memo key) and of the code that draws
 * it, so a chart found under `sha256(key)` in the store of the same code is exactly what drawing
 * it again would give. A repeat build then reads the ~7,200 charts of its figures instead of
 * drawing them (~5.7 s), and Astro's pages find them in the memo as before.
 *
 * One pack file per code identity (`src/build-cache.ts`: Node, `index.ts` and every
 * module it imports, which includes the text catalogue, and `package-lock.json` for Plot and its
 * d3 packages) under the cache folder's `charts/` (build/cache/charts/; DASHBOARD_CACHE_DIR), read
 * once and written once per build with the charts that build drew or read (`saveCharts`). A pack
 * that cannot be read whole counts as empty. Only the build script uses it: the charts hold
 * public figures only, the same as the site's pages and /data/grafik/.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { codeIdentity, keepNewest, writeWhole } from '../../build-cache.ts';
import type { RenderedChart } from './types.ts';

export interface ChartStore {
  /** The chart stored under this memo key, if any. */
  get: (key: string) => RenderedChart | undefined;
  /** Keeps a chart for `saveCharts`. */
  set: (key: string, chart: RenderedChart) => void;
  /** Writes the charts got or set since the store was opened (replacing the pack); returns how many. */
  save: () => number;
  /** Charts read from the pack so far. */
  readonly hits: number;
}

/** Packs of other code kept besides the newest. */
const KEPT_PACKS = 2;

/** The store of this code under `cacheDir` (the build's cache folder). */
export function chartStore(cacheDir: string, projectRoot: string): ChartStore {
  const code = codeIdentity([fileURLToPath(new URL('./index.ts', import.meta.url))], [path.join(projectRoot, 'package-lock.json')]);
  const dir = path.join(cacheDir, 'charts');
  const file = path.join(dir, `${code}.bin`);
  const stored = readPack(file);
  const used = new Map<string, RenderedChart>();
  const name = (key: string) => createHash('sha256').update(key).digest('hex');
  let hits = 0;
  return {
    get(key) {
      const id = name(key);
      const chart = stored.get(id);
      if (chart) {
        used.set(id, chart);
        hits++;
      }
      return chart;
    },
    set(key, chart) {
      used.set(name(key), chart);
    },
    save() {
      writeWhole(file, serialize(used));
      keepNewest(dir, '.bin', KEPT_PACKS, file);
      return used.size;
    },
    get hits() {
      return hits;
    },
  };
}

function readPack(file: string): Map<string, RenderedChart> {
  try {
    const pack = deserialize(readFileSync(file)) as unknown;
    return pack instanceof Map ? (pack as Map<string, RenderedChart>) : new Map();
  } catch {
    return new Map();
  }
}
