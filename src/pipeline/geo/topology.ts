/**
 * Builds the simplified kab/kota TopoJSON from polygon features that already carry their codes.
 *
 * - rings are rewound to the d3-geo convention (exterior clockwise, holes counter-clockwise);
 * - shared borders become shared arcs (topojson-server), so simplification leaves no gaps;
 *   "lenses" are closed first: in a source simplified polygon by polygon, a border between two
 *   kab/kota is often two slightly different lines meeting every few vertices; each such pair
 *   is replaced by one of its lines (see `closeLenses`);
 * - Visvalingam simplification (topojson-simplify) with one absolute threshold in degrees², with
 *   the weights multiplied inside "detail" boxes (the Jakarta inset is drawn ~10× larger);
 * - small islands are dropped, except that every geometry keeps its largest polygon and every
 *   kept ring keeps at least three vertices, so tiny island kota (Sabang, Ternate, Tidore, Tual,
 *   Kepulauan Seribu) stay on the map;
 * - coordinates are quantized (delta-encoded integers).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { feature, quantize } from 'topojson-client';
import { type Filter, filter, presimplify, simplify } from 'topojson-simplify';
import type { BoundaryCollection, BoundaryFeature, BoundaryProperties, KabkotaTopology } from './types.ts';

/** An area, as [[west, south], [east, north]] in degrees. */
export type LonLatBox = readonly [readonly [number, number], readonly [number, number]];

export interface SimplifyOptions {
  /** Visvalingam threshold: points whose effective triangle is smaller (degrees²) are removed. */
  minWeight: number;
  /** Polygons (and holes) smaller than this (degrees²) are dropped, but see above. */
  minRingArea: number;
  /**
   * Boxes drawn at a larger scale: point weights there are multiplied by `factor`, ring areas by
   * `ringFactor` (so small islands of an inset, e.g. Kepulauan Seribu, are kept).
   */
  detail: readonly { box: LonLatBox; factor: number; ringFactor: number }[];
  /** Grid size of the output quantization (per axis). */
  quantization: number;
}

/**
 * Defaults for a ~960 px wide map of Indonesia (1 px ≈ 0.048°, 1 px² ≈ 0.0023 degrees²):
 * triangles under ~0.13 px² go, islands under ~1.7 px² go (except each geometry's largest).
 * The Jakarta inset (~16× the main scale) keeps ~12× more linear detail and islands down to
 * ~0.05 km², so the islands of Kepulauan Seribu near the coast stay in the inset.
 */
export const DEFAULT_SIMPLIFY: SimplifyOptions = {
  minWeight: 3e-4,
  minRingArea: 4e-3,
  detail: [{ box: [[106.3, -6.45], [107.15, -5.1]], factor: 150, ringFactor: 1000 }],
  quantization: 1e5,
};

/** Signed planar area (positive = counter-clockwise with y up). */
function signedArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const p = ring[j]!;
    const q = ring[i]!;
    a += p[0]! * q[1]! - q[0]! * p[1]!;
  }
  return a / 2;
}

/** Exterior rings clockwise, holes counter-clockwise (the orientation d3-geo expects). */
export function rewindPolygon(rings: readonly Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const clockwise = signedArea(ring) < 0;
    const wantClockwise = i === 0;
    return clockwise === wantClockwise ? ring : [...ring].reverse();
  });
}

export function rewindFeature(f: BoundaryFeature): BoundaryFeature {
  const g = f.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: rewindPolygon(g.coordinates) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map(rewindPolygon) };
  return { type: 'Feature', properties: { codes: [...f.properties.codes] }, geometry };
}

type WeightedArc = [number, number, number][];
interface PresimplifiedTopology {
  type: 'Topology';
  bbox?: number[];
  objects: KabkotaTopology['objects'];
  arcs: WeightedArc[];
}

function inBox(p: readonly number[], box: LonLatBox): boolean {
  return p[0]! >= box[0][0] && p[0]! <= box[1][0] && p[1]! >= box[0][1] && p[1]! <= box[1][1];
}

function arcPoints(arcs: readonly WeightedArc[], index: number): WeightedArc {
  const arc = arcs[index < 0 ? ~index : index];
  if (!arc) throw new Error(`arc ${index} hilang`);
  return arc;
}

/** Planar area (degrees²) of a ring given as arc indexes, using all (unsimplified) points. */
function ringArea(arcs: readonly WeightedArc[], ring: readonly number[]): number {
  const points: Position[] = [];
  for (const index of ring) {
    const arc = arcPoints(arcs, index);
    const seq = index < 0 ? [...arc].reverse() : arc;
    for (let i = points.length ? 1 : 0; i < seq.length; i++) points.push(seq[i]!);
  }
  return Math.abs(signedArea(points));
}

/** Makes sure a ring keeps at least 3 distinct vertices after `simplify(minWeight)`. */
function protectRing(arcs: readonly WeightedArc[], ring: readonly number[], minWeight: number): void {
  const kept = (): number =>
    ring.reduce((n, index) => n + arcPoints(arcs, index).slice(0, -1).filter((p) => p[2] >= minWeight).length, 0);
  let count = kept();
  while (count < 3) {
    let best: [number, number, number] | undefined;
    for (const index of ring) {
      for (const p of arcPoints(arcs, index)) {
        if (p[2] < minWeight && (!best || p[2] > best[2])) best = p;
      }
    }
    if (!best) return; // a ring with fewer than 3 points in the source: nothing to keep
    best[2] = minWeight;
    count = kept();
  }
}

/** Largest area (degrees², ≈ 2.5 km²) of a lens that `closeLenses` may give to the neighbour. */
const MAX_LENS_AREA = 2e-4;

function arcKey(p: readonly number[]): string {
  return `${p[0]},${p[1]}`;
}

/**
 * Where two polygons border each other but their shared border was simplified independently,
 * topojson sees two different arcs between the same two junctions, each used by one polygon
 * ("lens"), and a junction at every shared vertex. Such a pair (thin: enclosed area below
 * `MAX_LENS_AREA`) is replaced by one arc used by both polygons; rebuilding the topology then
 * merges the border into few long arcs that simplify cleanly. A lens never moves a border by
 * more than a fraction of a pixel on the site's map.
 */
export function closeLenses(features: readonly BoundaryFeature[]): BoundaryFeature[] {
  const t = topology({ k: { type: 'FeatureCollection', features: [...features] } as BoundaryCollection });
  const object = t.objects.k as unknown as { geometries: { type: string; arcs: number[][] | number[][][] }[] };
  const arcs = t.arcs as number[][][];
  const uses = new Array<number>(arcs.length).fill(0);
  const owner = new Array<number>(arcs.length).fill(-1);
  const eachRing = (g: { type: string; arcs: number[][] | number[][][] }, fn: (ring: number[]) => number[]): void => {
    if (g.type === 'Polygon') g.arcs = (g.arcs as number[][]).map(fn);
    else if (g.type === 'MultiPolygon') g.arcs = (g.arcs as number[][][]).map((p) => p.map(fn));
  };
  object.geometries.forEach((g, gi) =>
    eachRing(g, (ring) => {
      for (const a of ring) {
        const i = a < 0 ? ~a : a;
        uses[i] = (uses[i] ?? 0) + 1;
        owner[i] = gi;
      }
      return ring;
    }),
  );
  const byEnds = new Map<string, number[]>();
  arcs.forEach((arc, i) => {
    const s = arcKey(arc[0]!);
    const e = arcKey(arc[arc.length - 1]!);
    if (uses[i] !== 1 || s === e) return;
    const key = s < e ? `${s}|${e}` : `${e}|${s}`;
    byEnds.set(key, [...(byEnds.get(key) ?? []), i]);
  });
  const substitute = new Map<number, number>();
  for (const list of byEnds.values()) {
    const [a, b] = list;
    if (list.length !== 2 || a === undefined || b === undefined || owner[a] === owner[b]) continue;
    const A = arcs[a]!;
    const B = arcs[b]!;
    const sameDirection = arcKey(A[0]!) === arcKey(B[0]!);
    const lens = [...A, ...(sameDirection ? [...B].reverse() : B).slice(1)];
    if (Math.abs(signedArea(lens)) > MAX_LENS_AREA) continue;
    substitute.set(b, sameDirection ? a : ~a);
  }
  if (substitute.size === 0) return features.map((f) => f);
  const mapArc = (x: number): number => {
    if (x >= 0) return substitute.get(x) ?? x;
    const y = substitute.get(~x);
    return y === undefined ? x : ~y;
  };
  for (const g of object.geometries) eachRing(g, (ring) => ring.map(mapArc));
  const fc = feature(t, t.objects.k as never) as unknown as BoundaryCollection;
  return fc.features.map((f) => ({
    type: 'Feature',
    properties: { codes: [...f.properties.codes] },
    geometry: f.geometry,
  }));
}

export function buildKabkotaTopology(
  features: readonly BoundaryFeature[],
  options: SimplifyOptions = DEFAULT_SIMPLIFY,
): KabkotaTopology {
  const collection: BoundaryCollection = {
    type: 'FeatureCollection',
    features: closeLenses(features).map(rewindFeature),
  };
  const built = topology({ kabkota: collection }, 1e6);
  const pre = presimplify(built as never) as unknown as PresimplifiedTopology;

  for (const arc of pre.arcs) {
    for (const p of arc) {
      for (const d of options.detail) if (inBox(p, d.box)) p[2] *= d.factor;
    }
  }

  // Choose the rings to keep: big ones, plus the largest polygon of every geometry.
  const keep = new Set<number[]>();
  const smallScale = (ring: readonly number[]): number => {
    let factor = 1;
    for (const index of ring) {
      const p = arcPoints(pre.arcs, index)[0]!;
      for (const d of options.detail) if (inBox(p, d.box)) factor = Math.max(factor, d.ringFactor);
    }
    return factor;
  };
  for (const g of pre.objects.kabkota.geometries) {
    const polygons: number[][][] = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    let largest: number[] | undefined;
    let largestArea = -1;
    for (const rings of polygons) {
      rings.forEach((ring, i) => {
        const area = ringArea(pre.arcs, ring);
        if (area * smallScale(ring) >= options.minRingArea) keep.add(ring);
        if (i === 0 && area > largestArea) {
          largest = ring;
          largestArea = area;
        }
      });
    }
    if (largest) keep.add(largest);
  }
  for (const ring of keep) protectRing(pre.arcs, ring, options.minWeight);

  // topojson-simplify passes the ring's arc indexes (its typings say coordinates).
  const keepRing = (ring: unknown): boolean => keep.has(ring as number[]);
  const filtered = filter(pre as never, keepRing as Filter);
  const simplified = simplify(filtered, options.minWeight);
  const quantized = quantize(simplified, options.quantization) as unknown as KabkotaTopology;
  return normaliseTopology(quantized);
}

/** Keeps only `codes` on each geometry and a stable key order, for byte-stable output. */
function normaliseTopology(t: KabkotaTopology): KabkotaTopology {
  const geometries = t.objects.kabkota.geometries.map((g) => {
    const properties: BoundaryProperties = { codes: [...(g.properties?.codes ?? [])] };
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') return { type: g.type, arcs: g.arcs, properties };
    throw new Error(`geometri ${properties.codes.join('+')} hilang setelah penyederhanaan`);
  });
  return {
    type: 'Topology',
    bbox: t.bbox,
    transform: t.transform,
    objects: { kabkota: { type: 'GeometryCollection', geometries } },
    arcs: t.arcs,
  } as KabkotaTopology;
}

/** GeoJSON features (d3-geo ring orientation) of the `kabkota` object. */
export function topologyFeatures(t: KabkotaTopology): BoundaryCollection {
  const fc = feature(t as unknown as Topology, t.objects.kabkota as unknown as GeometryObject) as unknown as BoundaryCollection;
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      properties: { codes: [...f.properties.codes] },
      geometry: f.geometry,
    })),
  };
}
