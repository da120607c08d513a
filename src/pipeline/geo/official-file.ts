/**
 * The optional official kab/kota boundary file in `<dataDir>/geo/`, read and checked with the
 * other inputs (`validateInputs`): its problems are validation issues (file, what is wrong, how
 * to fix it, in Indonesian and English), so a bad file stops `npm run validate` and the build
 * before anything is built. The pipeline then simplifies the checked features (boundaries.ts).
 *
 * Official file contract (`data/geo/`, see data/README.md):
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
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature as topoFeature } from 'topojson-client';
import type { CrosswalkEntry } from '../normalise/region-crosswalk.ts';
import { findJsonSyntaxError } from '../read/json.ts';
import type { ValidationIssue } from '../validate/issue.ts';
import type { MessageCode } from '../validate/message-code.ts';
import type { MessageParams } from '../validate/messages.ts';
import type { Bilingual, BoundaryFeature, GeometrySource } from './types.ts';

/** Property names that may hold the kab/kota code, in lookup order (case-insensitive). */
export const CODE_PROPERTIES = ['kode_kabkota', 'kode_kab', 'kode', 'kdpkab', 'kode_kab_kota'] as const;

export const GEO_FOLDER = 'geo';
const BOUNDARY_FILE = /\.(topo\.json|topojson|geojson|json)$/i;
const SOURCE_FILE = 'sumber.json';
/** Items listed in one message; the rest are counted. */
const MAX_LISTED = 25;

/** A checked official file: one feature per kab/kota of today (parts merged), in code order. */
export interface OfficialBoundaries {
  features: BoundaryFeature[];
  source: GeometrySource;
}

export interface OfficialFileOptions {
  /** Today's kab/kota (the region reference). */
  kabkota: readonly { code: string; name: string }[];
  /** Retired kab/kota code → today's code (`retiredKabkotaCodes`). */
  retiredCodes?: ReadonlyMap<string, string>;
}

export interface OfficialFileResult {
  /** The checked file; undefined when there is none (the default map is used) or it has errors. */
  boundaries: OfficialBoundaries | undefined;
  issues: ValidationIssue[];
  /** Whether a boundary file was read. */
  read: boolean;
}

/** Retired kab/kota codes of the crosswalk (`wilayah/kode-lama.csv`), mapped to today's codes. */
export function retiredKabkotaCodes(crosswalk: readonly CrosswalkEntry[]): Map<string, string> {
  const kabkota = /^\d{2}\.\d{2}$/;
  return new Map(crosswalk.filter((entry) => kabkota.test(entry.oldPrefix)).map((entry) => [entry.oldPrefix, entry.newPrefix.slice(0, 5)]));
}

/** Reads and checks `<dataDir>/geo/`; no folder or no boundary file in it is fine (default map). */
export async function readOfficialBoundaries(
  dataDir: string,
  options: OfficialFileOptions,
  shown: (absolute: string) => string,
): Promise<OfficialFileResult> {
  const dir = path.join(dataDir, GEO_FOLDER);
  const names = await readdir(dir).then((list) => list.sort(), () => []);
  const candidates = names.filter((name) => BOUNDARY_FILE.test(name) && name !== SOURCE_FILE);
  const [name] = candidates;
  if (name === undefined) return { boundaries: undefined, issues: [], read: false };
  if (candidates.length > 1) {
    return { boundaries: undefined, issues: [{ severity: 'error', code: 'geo.several-files', file: shown(dir), params: { names: candidates.join(', ') } }], read: false };
  }
  const file = shown(path.join(dir, name));
  const text = await readFile(path.join(dir, name), 'utf8').catch(() => undefined);
  if (text === undefined) return { boundaries: undefined, issues: [{ severity: 'error', code: 'file.unreadable', file, params: { name } }], read: false };
  const parsed = parseJson(text.replace(/^\uFEFF/, ''), file);
  if ('issue' in parsed) return { boundaries: undefined, issues: [parsed.issue], read: true };
  const checked = checkOfficialFeatures(parsed.value, options, file);
  const boundaries = checked.features && { features: checked.features, source: await readSource(dir, name) };
  return { boundaries, issues: checked.issues, read: true };
}

function parseJson(text: string, file: string): { value: unknown } | { issue: ValidationIssue } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    const error = findJsonSyntaxError(text);
    if (!error) return { issue: { severity: 'error', code: 'geo.invalid-json', file } };
    return {
      issue: {
        severity: 'error',
        code: 'geo.invalid-json',
        file,
        line: error.line,
        column: { index: error.column },
        ...(error.found === undefined ? {} : { value: error.found }),
        params: { expected: error.expected, closer: error.closer },
      },
    };
  }
}

/** The polygons of every kab/kota of a file, and what is wrong with its features. */
interface Sorted {
  /** Today's code → the polygons of every feature with that code (or a retired one). */
  geometries: Map<string, Position[][][]>;
  noCode: string[];
  unknown: Set<string>;
  notPolygon: string[];
  /** Points outside Indonesia (e.g. projected coordinates). */
  outside: number;
}

/** Sorts the features of a file by today's kab/kota code, noting every fault. */
function sortFeatures(features: readonly Feature<Geometry | null>[], options: OfficialFileOptions): Sorted {
  const known = new Set(options.kabkota.map((k) => k.code));
  const sorted: Sorted = { geometries: new Map(), noCode: [], unknown: new Set(), notPolygon: [], outside: 0 };
  features.forEach((f, i) => {
    const code = normaliseCode(codeProperty(f.properties));
    const today = code === undefined || known.has(code) ? code : options.retiredCodes?.get(code);
    const polygons = polygonsOf(f.geometry);
    if (code === undefined) sorted.noCode.push(String(i + 1));
    else if (today === undefined || !known.has(today)) sorted.unknown.add(code);
    else if (!polygons) sorted.notPolygon.push(`${i + 1} (${code}: ${f.geometry?.type ?? 'null'})`);
    else {
      for (const polygon of polygons) for (const ring of polygon) for (const p of ring) if (!inIndonesia(p)) sorted.outside++;
      sorted.geometries.set(today, [...(sorted.geometries.get(today) ?? []), ...polygons]);
    }
  });
  return sorted;
}

/** Checks a parsed official file: one feature per kab/kota of today, or every problem found. Pure. */
export function checkOfficialFeatures(
  parsed: unknown,
  options: OfficialFileOptions,
  file: string,
): { features?: BoundaryFeature[]; issues: ValidationIssue[] } {
  const issue = (code: MessageCode, params: MessageParams = {}): ValidationIssue => ({ severity: 'error', code, file, params });
  const read = toFeatures(parsed);
  if (!Array.isArray(read)) return { issues: [issue(read.code, read.params)] };
  const { geometries, ...faults } = sortFeatures(read, options);
  const missing = options.kabkota.filter((k) => !geometries.has(k.code)).map((k) => `${k.code} ${k.name}`);
  const issues: ValidationIssue[] = [];
  if (faults.notPolygon.length > 0) issues.push(issue('geo.not-polygon', listed(faults.notPolygon)));
  if (faults.noCode.length > 0) issues.push(issue('geo.no-code', { ...listed(faults.noCode), properties: CODE_PROPERTIES.join(' / ') }));
  if (faults.unknown.size > 0) issues.push(issue('geo.unknown-code', listed([...faults.unknown].sort())));
  if (missing.length > 0) issues.push(issue('geo.missing', { ...listed(missing), total: options.kabkota.length }));
  if (faults.outside > 0) issues.push(issue('geo.outside', { count: faults.outside }));
  if (issues.length > 0) return { issues };
  const features = [...geometries]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([code, polygons]): BoundaryFeature => ({ type: 'Feature', properties: { codes: [code] }, geometry: { type: 'MultiPolygon', coordinates: polygons } }));
  return { features, issues };
}

/** The parameters of a message listing items: how many, the first `MAX_LISTED`, how many more. */
function listed(items: readonly string[]): MessageParams {
  return { count: items.length, items: items.slice(0, MAX_LISTED).join(', '), more: Math.max(0, items.length - MAX_LISTED) };
}

function toFeatures(parsed: unknown): Feature<Geometry | null>[] | { code: MessageCode; params?: MessageParams } {
  const o = parsed as { type?: unknown; objects?: Record<string, unknown>; features?: unknown };
  if (o?.type === 'Topology' && o.objects && typeof o.objects === 'object') {
    const keys = Object.keys(o.objects);
    const key = keys.length === 1 ? keys[0] : keys.find((k) => k === 'kabkota');
    if (key === undefined) return { code: 'geo.topojson-objects', params: { count: keys.length, names: keys.join(', ') } };
    const fc = topoFeature(parsed as Topology, (o.objects as Topology['objects'])[key]!) as
      | FeatureCollection<Geometry | null>
      | Feature<Geometry | null>;
    return fc.type === 'FeatureCollection' ? fc.features : [fc];
  }
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) return o.features as Feature<Geometry | null>[];
  return { code: 'geo.not-geojson' };
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
    meta = JSON.parse(await readFile(path.join(dir, SOURCE_FILE), 'utf8')) as Record<string, unknown>;
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
