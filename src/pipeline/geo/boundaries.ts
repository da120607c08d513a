/**
 * The kab/kota boundaries the site draws.
 *
 * Default: the committed, simplified GADM 4.1 geometry (`src/geo/kabkota.topo.json`, built by
 * `scripts/build-map.ts`). Override: an official boundary file in `<dataDir>/geo/`, which
 * replaces the default when present.
 *
 * Official file contract (`data/geo/`):
 * - exactly one boundary file: `*.topo.json` / `*.topojson` (TopoJSON; one object, or one named
 *   `kabkota`) or `*.geojson` / `*.json` (GeoJSON FeatureCollection), in WGS84 longitude/latitude;
 * - every feature is a Polygon or MultiPolygon with the Kemendagri kab/kota code in a property,
 *   looked up in this order, case-insensitively: `kode_kabkota`, `kode_kab`, `kode`, `KDPKAB`
 *   (BIG/RBI style), `kode_kab_kota`; written `32.01`, `3201` or 3201;
 * - every code must be a kab/kota code of today's reference (retired codes are accepted when
 *   `retiredCodes` maps them), and every one of the 514 must be present; several features with the
 *   same code are merged into one geometry;
 * - optional `data/geo/sumber.json`: `{ "name", "version", "url", "licence", "licenceUrl",
 *   "downloadable" }` (licence as text or `{ "id", "en" }`), shown on the site as source/licence.
 * Problems are reported together, in Indonesian, as a `BoundaryFileError` (no stack trace needed).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature as topoFeature } from 'topojson-client';
import defaultTopology from '../../geo/kabkota.topo.json' with { type: 'json' };
import defaultNotes from '../../geo/kabkota-map-notes.json' with { type: 'json' };
import { loadRegionReference } from '../reference/region-reference.ts';
import { compareCodes } from './gadm-match.ts';
import { buildKabkotaTopology, DEFAULT_SIMPLIFY, type SimplifyOptions, topologyFeatures } from './topology.ts';
import type { Bilingual, BoundaryFeature, Boundaries, GeometrySource, KabkotaTopology, MapNotes } from './types.ts';

/** Property names that may hold the kab/kota code, in lookup order (case-insensitive). */
export const CODE_PROPERTIES = ['kode_kabkota', 'kode_kab', 'kode', 'kdpkab', 'kode_kab_kota'] as const;

const BOUNDARY_FILE = /\.(topo\.json|topojson|geojson|json)$/i;
const SOURCE_FILE = 'sumber.json';
const MAX_LISTED = 25;

export class BoundaryFileError extends Error {
  readonly file: string;
  readonly problems: readonly string[];
  constructor(file: string, problems: readonly string[]) {
    super(`${file}: batas wilayah resmi tidak bisa dipakai:\n- ${problems.join('\n- ')}`);
    this.name = 'BoundaryFileError';
    this.file = file;
    this.problems = problems;
  }
}

let cachedDefault: Boundaries | undefined;

/** The committed GADM-based boundaries. */
export function loadDefaultBoundaries(): Boundaries {
  if (!cachedDefault) {
    const topology = defaultTopology as unknown as KabkotaTopology;
    cachedDefault = { topology, features: topologyFeatures(topology), notes: defaultNotes as unknown as MapNotes };
  }
  return cachedDefault;
}

export interface LoadBoundariesOptions {
  /** The kab/kota of today's reference; default `loadRegionReference().kabkota`. */
  kabkota: readonly { code: string; name: string }[];
  /** Retired code → today's code (e.g. from `data/wilayah/kode-lama.csv`). */
  retiredCodes?: ReadonlyMap<string, string>;
  simplify?: SimplifyOptions;
}

/**
 * The boundaries for the site: the official file in `<dataDir>/geo/` when there is one,
 * otherwise the committed default. Throws `BoundaryFileError` when the official file is unusable.
 */
export async function loadBoundaries(
  dataDir: string,
  options: Partial<LoadBoundariesOptions> = {},
): Promise<Boundaries> {
  const dir = join(dataDir, 'geo');
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    return loadDefaultBoundaries();
  }
  const candidates = names.filter((n) => BOUNDARY_FILE.test(n) && n !== SOURCE_FILE);
  if (candidates.length === 0) return loadDefaultBoundaries();
  const shown = join(dataDir, 'geo', candidates[0] ?? '');
  if (candidates.length > 1) {
    throw new BoundaryFileError(join(dataDir, 'geo'), [
      `lebih dari satu berkas batas wilayah (${candidates.join(', ')}); simpan satu saja.`,
    ]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(shown, 'utf8'));
  } catch (error) {
    throw new BoundaryFileError(shown, [`bukan JSON yang sah (${(error as Error).message}).`]);
  }
  const source = await readSource(dir, candidates[0] ?? '');
  const kabkota = options.kabkota ?? (await loadRegionReference()).kabkota;
  return officialBoundaries(shown, parsed, source, { ...options, kabkota });
}

/** Validates a parsed official file and builds the same shape as the default. Pure. */
export function officialBoundaries(
  file: string,
  parsed: unknown,
  source: GeometrySource,
  options: LoadBoundariesOptions,
): Boundaries {
  const problems: string[] = [];
  const features = toFeatures(parsed, problems);
  if (!features) throw new BoundaryFileError(file, problems);

  const known = new Set(options.kabkota.map((k) => k.code));
  const geometries = new Map<string, Position[][][]>();
  const unknown: string[] = [];
  const noCode: number[] = [];
  let outside = 0;
  features.forEach((f, i) => {
    const raw = codeProperty(f.properties);
    const code = raw === undefined ? undefined : normaliseCode(raw);
    if (code === undefined) {
      noCode.push(i + 1);
      return;
    }
    const today = known.has(code) ? code : options.retiredCodes?.get(code);
    if (today === undefined || !known.has(today)) {
      unknown.push(code);
      return;
    }
    const polygons = polygonsOf(f.geometry);
    if (!polygons) {
      problems.push(`fitur ${i + 1} (kode ${code}): geometri ${f.geometry?.type ?? 'kosong'}, harus Polygon atau MultiPolygon.`);
      return;
    }
    for (const polygon of polygons) for (const ring of polygon) for (const p of ring) if (!inIndonesia(p)) outside++;
    geometries.set(today, [...(geometries.get(today) ?? []), ...polygons]);
  });
  if (noCode.length > 0) {
    problems.push(
      `${noCode.length} fitur tanpa kode kab/kota yang terbaca (properti ${CODE_PROPERTIES.join(' / ')}, format 32.01 atau 3201): ` +
        `fitur ke-${list(noCode.map(String))}.`,
    );
  }
  if (unknown.length > 0) {
    problems.push(`${unknown.length} kode kab/kota tidak dikenal: ${list([...new Set(unknown)].sort(compareCodes))}.`);
  }
  const missing = options.kabkota.filter((k) => !geometries.has(k.code));
  if (missing.length > 0) {
    problems.push(
      `${missing.length} kab/kota tidak punya batas di berkas ini: ${list(missing.map((k) => `${k.code} ${k.name}`))}.`,
    );
  }
  if (outside > 0) {
    problems.push(
      `${outside} titik di luar Indonesia (bujur 90–145, lintang −15–10); koordinat harus bujur/lintang WGS84 (EPSG:4326), bukan proyeksi.`,
    );
  }
  if (problems.length > 0) throw new BoundaryFileError(file, problems);

  const boundaryFeatures: BoundaryFeature[] = [...geometries]
    .sort((a, b) => compareCodes(a[0], b[0]))
    .map(([code, polygons]) => ({
      type: 'Feature',
      properties: { codes: [code] },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    }));
  const topology = buildKabkotaTopology(boundaryFeatures, options.simplify ?? { ...DEFAULT_SIMPLIFY });
  const notes: MapNotes = {
    source,
    counts: { kabkota: options.kabkota.length, polygons: boundaryFeatures.length, withoutOwnPolygon: 0 },
    mergedPolygons: { id: 'Setiap kab/kota punya poligon sendiri.', en: 'Every kab/kota has its own polygon.' },
    withoutOwnPolygon: [],
    renamed: [],
    dropped: [],
  };
  return { topology, features: topologyFeatures(topology), notes };
}

function list(items: readonly string[]): string {
  return items.length > MAX_LISTED
    ? `${items.slice(0, MAX_LISTED).join(', ')} dan ${items.length - MAX_LISTED} lainnya`
    : items.join(', ');
}

function toFeatures(parsed: unknown, problems: string[]): Feature<Geometry | null>[] | undefined {
  const o = parsed as { type?: unknown; objects?: Record<string, unknown>; features?: unknown };
  if (o?.type === 'Topology' && o.objects && typeof o.objects === 'object') {
    const keys = Object.keys(o.objects);
    const key = keys.length === 1 ? keys[0] : keys.find((k) => k === 'kabkota');
    if (key === undefined) {
      problems.push(`TopoJSON berisi ${keys.length} objek (${keys.join(', ')}); harus satu, atau satu bernama "kabkota".`);
      return undefined;
    }
    const fc = topoFeature(parsed as Topology, (o.objects as Topology['objects'])[key]!) as
      | FeatureCollection<Geometry | null>
      | Feature<Geometry | null>;
    return fc.type === 'FeatureCollection' ? fc.features : [fc];
  }
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) return o.features as Feature<Geometry | null>[];
  problems.push('bukan GeoJSON FeatureCollection atau TopoJSON Topology.');
  return undefined;
}

function codeProperty(properties: Feature['properties']): unknown {
  if (!properties) return undefined;
  const byLower = new Map(Object.keys(properties).map((k) => [k.toLowerCase(), k]));
  for (const name of CODE_PROPERTIES) {
    const key = byLower.get(name);
    if (key !== undefined && properties[key] !== null && properties[key] !== '') return properties[key];
  }
  return undefined;
}

/** "32.01", "3201", 3201 → "32.01"; anything else → undefined. */
export function normaliseCode(raw: unknown): string | undefined {
  const s = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (/^\d{2}\.\d{2}$/.test(s)) return s;
  if (/^\d{4}$/.test(s)) return `${s.slice(0, 2)}.${s.slice(2)}`;
  return undefined;
}

function polygonsOf(g: Geometry | null): Position[][][] | undefined {
  if (g?.type === 'Polygon') return [(g as Polygon).coordinates];
  if (g?.type === 'MultiPolygon') return (g as MultiPolygon).coordinates;
  return undefined;
}

function inIndonesia(p: Position): boolean {
  const [x, y] = p;
  return x !== undefined && y !== undefined && x >= 90 && x <= 145 && y >= -15 && y <= 10;
}

async function readSource(dir: string, file: string): Promise<GeometrySource> {
  let meta: Record<string, unknown> = {};
  try {
    meta = JSON.parse(await readFile(join(dir, SOURCE_FILE), 'utf8')) as Record<string, unknown>;
  } catch {
    // optional
  }
  const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
  const bilingual = (v: unknown): Bilingual | null => {
    if (typeof v === 'string' && v.trim() !== '') return { id: v, en: v };
    const b = v as Partial<Bilingual> | null;
    return b && typeof b.id === 'string' && typeof b.en === 'string' ? { id: b.id, en: b.en } : null;
  };
  return {
    kind: 'official',
    name: text(meta.name) ?? file,
    version: text(meta.version),
    url: text(meta.url),
    licence: bilingual(meta.licence),
    licenceUrl: text(meta.licenceUrl),
    processing: {
      id: `Berkas batas wilayah resmi data/geo/${file}, disederhanakan dan dikuantisasi untuk peta web saat build.`,
      en: `Official boundary file data/geo/${file}, simplified and quantized for the web map at build time.`,
    },
    downloadable: meta.downloadable === true,
  };
}
