/**
 * Measures how well a set of kab/kota polygons tiles the land: each feature is rasterised
 * (even–odd scanlines, cell centres) onto one grid over their common bounding box, then
 * - overlap: cells inside two or more features;
 * - gaps: cells inside none that the sea cannot reach (not connected to the grid's edge), i.e.
 *   slivers between neighbours or holes nobody fills (lakes drawn as holes count too).
 * Areas are in km² (cell area at its latitude). Planar lon/lat: fine at this scale.
 */
import type { Position } from 'geojson';
import type { BoundaryFeature } from './types.ts';

export interface RasterCheck {
  /** Grid step in degrees. */
  step: number;
  overlapKm2: number;
  gapKm2: number;
  /** The features (first code) with most overlap, largest first: [code, km²]. */
  worstOverlaps: [string, number][];
  /** The largest enclosed gaps, largest first: [lon, lat, km²] (a point of each). */
  largestGaps: [number, number, number][];
}

function polygonsOf(f: BoundaryFeature): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** The cells of one feature (even–odd over all its rings), each once. */
function fill(f: BoundaryFeature, grid: { x0: number; y0: number; step: number; w: number; h: number }): number[] {
  const rows = new Map<number, number[]>();
  for (const polygon of polygonsOf(f)) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i - 1]!;
        const [bx = 0, by = 0] = ring[i]!;
        if (ay === by) continue;
        const lo = Math.ceil((Math.min(ay, by) - grid.y0) / grid.step - 0.5);
        const hi = Math.floor((Math.max(ay, by) - grid.y0) / grid.step - 0.5);
        for (let r = Math.max(lo, 0); r <= Math.min(hi, grid.h - 1); r++) {
          const y = grid.y0 + (r + 0.5) * grid.step;
          if (y < Math.min(ay, by) || y >= Math.max(ay, by)) continue;
          const x = ax + ((y - ay) * (bx - ax)) / (by - ay);
          let xs = rows.get(r);
          if (!xs) rows.set(r, (xs = []));
          xs.push(x);
        }
      }
    }
  }
  const cells: number[] = [];
  for (const [r, xs] of rows) {
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const c0 = Math.max(0, Math.ceil((xs[i]! - grid.x0) / grid.step - 0.5));
      const c1 = Math.min(grid.w - 1, Math.floor((xs[i + 1]! - grid.x0) / grid.step - 0.5));
      for (let c = c0; c <= c1; c++) cells.push(r * grid.w + c);
    }
  }
  return cells;
}

/** Marks (in `seen`) the cells of count 0 reachable from `starts` (4-neighbour flood fill); returns them. */
function flood(count: Uint8Array, seen: Uint8Array, w: number, h: number, starts: Iterable<number>): number[] {
  const stack: number[] = [];
  const reached: number[] = [];
  const push = (i: number): void => {
    if (count[i] === 0 && !seen[i]) {
      seen[i] = 1;
      stack.push(i);
      reached.push(i);
    }
  };
  for (const i of starts) push(i);
  while (stack.length > 0) {
    const i = stack.pop()!;
    const c = i % w;
    if (c > 0) push(i - 1);
    if (c < w - 1) push(i + 1);
    if (i >= w) push(i - w);
    if (i < (h - 1) * w) push(i + w);
  }
  return reached;
}

function* edgeCells(w: number, h: number): Generator<number> {
  for (let c = 0; c < w; c++) yield* [c, (h - 1) * w + c];
  for (let r = 0; r < h; r++) yield* [r * w, r * w + w - 1];
}

export function rasterCheck(features: readonly BoundaryFeature[], step = 0.01): RasterCheck {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    for (const polygon of polygonsOf(f)) {
      for (const [x = 0, y = 0] of polygon[0] ?? []) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  x0 -= 2 * step;
  y0 -= 2 * step;
  const grid = { x0, y0, step, w: Math.ceil((x1 - x0) / step) + 2, h: Math.ceil((y1 - y0) / step) + 2 };
  const count = new Uint8Array(grid.w * grid.h);
  const owner = new Int32Array(grid.w * grid.h).fill(-1);
  const overlapOf = new Map<string, number>();
  const cellKm2 = (r: number): number => (step * 111.32) ** 2 * Math.cos(((y0 + (r + 0.5) * step) * Math.PI) / 180);
  features.forEach((f, fi) => {
    for (const i of fill(f, grid)) {
      if (count[i]! < 255) count[i]!++;
      if (owner[i]! >= 0) {
        const km2 = cellKm2(Math.floor(i / grid.w));
        for (const code of [f.properties.codes[0]!, features[owner[i]!]!.properties.codes[0]!]) overlapOf.set(code, (overlapOf.get(code) ?? 0) + km2);
      } else owner[i] = fi;
    }
  });
  const seen = new Uint8Array(grid.w * grid.h);
  flood(count, seen, grid.w, grid.h, edgeCells(grid.w, grid.h));
  let overlapKm2 = 0;
  let gapKm2 = 0;
  const gaps: [number, number, number][] = [];
  for (let i = 0; i < count.length; i++) {
    const km2 = cellKm2(Math.floor(i / grid.w));
    if (count[i]! >= 2) overlapKm2 += km2 * (count[i]! - 1);
    else if (count[i] === 0 && !seen[i]) {
      const cells = flood(count, seen, grid.w, grid.h, [i]);
      const area = cells.reduce((a, j) => a + cellKm2(Math.floor(j / grid.w)), 0);
      gapKm2 += area;
      gaps.push([x0 + ((i % grid.w) + 0.5) * step, y0 + (Math.floor(i / grid.w) + 0.5) * step, area]);
    }
  }
  const worstOverlaps = [...overlapOf].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const largestGaps = gaps.sort((a, b) => b[2] - a[2]).slice(0, 5);
  return { step, overlapKm2, gapKm2, worstOverlaps, largestGaps };
}
