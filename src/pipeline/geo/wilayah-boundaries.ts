/**
 * The open boundary source of the default map: `cahyadsn/wilayah_boundaries` (MIT licence,
 * Kepmendagri No 300.2.2-2430 Tahun 2025), one MySQL file per province in `db/kab/`:
 *
 *   INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES
 *     ('34.02','Kabupaten Bantul',-7.90,110.35,'[[[-7.77,110.35],…]]'),
 *
 * `path` is a polygon (rings of [lat, lng]) or a multipolygon (polygons of rings). This module
 * turns the rows into GeoJSON features ([lng, lat], one per kab/kota code) and checks them
 * against the region reference; scripts/build-map.ts simplifies them into `src/geo/`.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import polygonClipping, { type Geom } from 'polygon-clipping';
import { localeOf } from '../../i18n/locales.ts';
import type { BoundaryFeature, GeometrySource } from './types.ts';

export const WILAYAH_BOUNDARIES_REPO = 'https://github.com/cahyadsn/wilayah_boundaries';

/** One row of a `db/kab/*.sql` file. */
export interface BoundaryRow {
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
  /** Degenerate rings (fewer than 3 distinct points) left out. */
  degenerateRings: number;
}

/** A file that could not be read as rows, or a row whose path is not a polygon. */
export class BoundarySourceError extends Error {}

const ROW = /\('(\d\d\.\d\d)','((?:[^'\\]|\\.|'')*)',(-?[\d.]+|NULL),(-?[\d.]+|NULL),'(\[[^']*\])'\)/g;

function depth(value: unknown): number {
  return Array.isArray(value) ? 1 + depth(value[0]) : 0;
}

/** [lat, lng] → [lng, lat], closing rings that are not closed; undefined for a degenerate ring. */
function ringOf(ring: unknown, where: string): Position[] | undefined {
  if (!Array.isArray(ring)) throw new BoundarySourceError(`${where}: ring is not a list of points`);
  const out = ring.map((p: unknown) => {
    if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') throw new BoundarySourceError(`${where}: point is not [lat, lng]`);
    return [p[1], p[0]] as Position;
  });
  if (out.length === 0) return undefined;
  const [a, z] = [out[0]!, out[out.length - 1]!];
  if (a[0] !== z[0] || a[1] !== z[1]) out.push([a[0]!, a[1]!]);
  return new Set(out.map((p) => `${p[0]},${p[1]}`)).size >= 3 ? out : undefined;
}

/** Planar point-in-ring (even–odd). */
function contains(ring: readonly Position[], [x = 0, y = 0]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The rings of one source polygon as proper polygons. The source sometimes lists islands as
 * further rings of one polygon (Kab. Sorong); a ring inside an even number of the others is an
 * exterior, inside an odd number a hole of the smallest exterior holding it.
 */
function regroup(rings: readonly Position[][]): Position[][][] {
  const area = (r: readonly Position[]) => Math.abs(r.reduce((a, p, i) => a + (p[0]! * (r[(i + 1) % r.length]![1]!) - r[(i + 1) % r.length]![0]! * p[1]!), 0));
  const depthOf = rings.map((r, i) => rings.filter((o, j) => j !== i && contains(o, r[0]!)).length);
  const polygons = rings.flatMap((r, i) => (depthOf[i]! % 2 === 0 ? [[r]] : []));
  rings.forEach((r, i) => {
    if (depthOf[i]! % 2 === 0) return;
    const holders = polygons.filter((p) => contains(p[0]!, r[0]!)).sort((a, b) => area(a[0]!) - area(b[0]!));
    holders[0]?.push(r);
  });
  return polygons;
}

/** Polygons of the path (a polygon or a multipolygon), without degenerate rings and polygons. */
function geometryOf(path: unknown, where: string): { geometry: Polygon | MultiPolygon; degenerateRings: number } {
  const d = depth(path);
  if (d !== 3 && d !== 4) throw new BoundarySourceError(`${where}: path is neither a polygon nor a multipolygon`);
  const polygons = d === 3 ? [path as unknown[]] : (path as unknown[][]);
  let degenerateRings = 0;
  const kept: Position[][][] = [];
  for (const polygon of polygons) {
    const rings = polygon.map((r) => ringOf(r, where));
    degenerateRings += rings.filter((r) => !r).length;
    kept.push(...regroup(rings.filter((r): r is Position[] => r !== undefined)));
  }
  if (kept.length === 0) throw new BoundarySourceError(`${where}: no polygon with 3 or more distinct points`);
  const geometry: Polygon | MultiPolygon = kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
  return { geometry, degenerateRings };
}

/** The kab/kota rows of one `db/kab/wilayah_boundaries_kab_<prov>.sql` file. */
export function parseBoundarySql(text: string, file: string): BoundaryRow[] {
  const rows: BoundaryRow[] = [];
  for (const m of text.matchAll(ROW)) {
    const [, code = '', name = '', , , path = ''] = m;
    let parsed: unknown;
    try {
      parsed = JSON.parse(path);
    } catch {
      throw new BoundarySourceError(`${file} ${code}: path is not JSON`);
    }
    rows.push({ code, name: name.replace(/''|\\'/g, "'"), ...geometryOf(parsed, `${file} ${code}`) });
  }
  if (rows.length === 0) throw new BoundarySourceError(`${file}: no kab/kota rows`);
  return rows;
}

/** A fix of the source, applied by `boundaryFeatures` and stated in the build log. */
export interface SourceCorrection {
  code: string;
  /** Kab/kota whose area is cut out of `code`'s polygon. */
  minus: readonly string[];
  why: string;
}

/**
 * Kab. Sorong's polygon (updated in the source on 2026-05-12) still holds about 5,400 km² of its
 * neighbours Tambrauw and Maybrat, which the source also draws: it is twice Kab. Sorong's area.
 */
export const SOURCE_CORRECTIONS: readonly SourceCorrection[] = [
  { code: '96.01', minus: ['96.04', '96.05'], why: 'Kab. Sorong overlaps Kab. Tambrauw and Kab. Maybrat (~5,400 km²)' },
];

function coordinatesOf(g: Polygon | MultiPolygon): Geom {
  return (g.type === 'Polygon' ? g.coordinates : g.coordinates) as Geom;
}

function corrected(row: BoundaryRow, byCode: ReadonlyMap<string, BoundaryRow>, corrections: readonly SourceCorrection[]): Polygon | MultiPolygon {
  const fix = corrections.find((c) => c.code === row.code);
  if (!fix) return row.geometry;
  const clips = fix.minus.map((c) => byCode.get(c)?.geometry).filter((g) => g !== undefined);
  const polygons = polygonClipping.difference(coordinatesOf(row.geometry), ...clips.map(coordinatesOf));
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * One feature per kab/kota of the reference, in its order, with `corrections` applied. Every reference code must have a
 * row and every row a reference code; a code twice is an error.
 */
export function boundaryFeatures(
  rows: readonly BoundaryRow[],
  kabkota: readonly { code: string }[],
  corrections: readonly SourceCorrection[] = SOURCE_CORRECTIONS,
): BoundaryFeature[] {
  const byCode = new Map<string, BoundaryRow>();
  const problems: string[] = [];
  for (const row of rows) {
    if (byCode.has(row.code)) problems.push(`${row.code} twice`);
    byCode.set(row.code, row);
  }
  const known = new Set(kabkota.map((k) => k.code));
  for (const row of rows) if (!known.has(row.code)) problems.push(`${row.code} ${row.name}: not a kab/kota of the region reference`);
  for (const k of kabkota) if (!byCode.has(k.code)) problems.push(`${k.code}: no boundary in the source`);
  if (problems.length > 0) throw new BoundarySourceError(problems.join('\n'));
  return kabkota.map((k) => ({ type: 'Feature', properties: { codes: [k.code] }, geometry: corrected(byCode.get(k.code)!, byCode, corrections) }));
}

/** Source, licence and processing of the default map, shown on the methodology page. */
export function wilayahBoundariesSource(commit: string, date: string, check: { overlapKm2: number; gapKm2: number }): GeometrySource {
  const km2 = (n: number, lang: 'id' | 'en') => `${Math.round(n).toLocaleString(localeOf(lang))} km²`;
  return {
    kind: 'bundled',
    name: 'wilayah_boundaries (Cahya DSN)',
    version: `${commit.slice(0, 7)} (${date})`,
    url: WILAYAH_BOUNDARIES_REPO,
    licence: {
      id: 'MIT. Hak cipta (c) 2024 Cahya DSN. Boleh dipakai, diubah dan disebarluaskan dengan mencantumkan pemberitahuan hak cipta dan lisensi ini. Batas menurut Kepmendagri No 300.2.2-2430 Tahun 2025; bukan batas resmi BIG.',
      en: 'MIT. Copyright (c) 2024 Cahya DSN. May be used, changed and redistributed with this copyright and licence notice. Boundaries following Kepmendagri No 300.2.2-2430 of 2025; not official BIG boundaries.',
    },
    licenceUrl: `${WILAYAH_BOUNDARIES_REPO}/blob/main/LICENSE`,
    processing: {
      id:
        'Berkas db/kab/*.sql (satu poligon per kab/kota, kode Kemendagri), dicocokkan dengan referensi wilayah (514 dari 514); ' +
        'bagian poligon Kab. Sorong yang menumpang Kab. Tambrauw dan Kab. Maybrat (±5.400 km²) dipotong; batas bersama dijadikan satu garis, ' +
        `disederhanakan (Visvalingam, topojson-simplify) dan dikuantisasi oleh scripts/build-map.ts. Diperiksa pada grid 0,01°: tumpang tindih ${km2(check.overlapKm2, 'id')}, ` +
        `celah tertutup antarwilayah ${km2(check.gapKm2, 'id')} (terutama di Papua), dari ±1,9 juta km² daratan.`,
      en:
        'Files db/kab/*.sql (one polygon per kab/kota, Kemendagri codes), matched to the region reference (514 of 514); ' +
        "the part of Kab. Sorong's polygon lying over Kab. Tambrauw and Kab. Maybrat (~5,400 km²) cut out; shared borders made one line, " +
        `simplified (Visvalingam, topojson-simplify) and quantized by scripts/build-map.ts. Checked on a 0.01° grid: overlap ${km2(check.overlapKm2, 'en')}, ` +
        `enclosed gaps between regions ${km2(check.gapKm2, 'en')} (mostly in Papua), of ~1.9 million km² of land.`,
    },
    downloadable: true,
  };
}
