import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { FeatureCollection, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultBoundaries, officialBoundaries, publicMap } from '../../src/pipeline/geo/boundaries.ts';
import { normaliseCode, readOfficialBoundaries, retiredKabkotaCodes } from '../../src/pipeline/geo/official-file.ts';
import { publicMapSchema } from '../../src/pipeline/publish/public-schema.ts';
import { describeIssue } from '../../src/pipeline/validate/issue.ts';
import { rasterCheck } from '../../src/pipeline/geo/raster-check.ts';
import { buildKabkotaTopology } from '../../src/pipeline/geo/topology.ts';
import type { BoundaryFeature } from '../../src/pipeline/geo/types.ts';
import {
  type BoundaryRow,
  BoundarySourceError,
  boundaryFeatures,
  parseBoundarySql,
  SOURCE_CORRECTIONS,
  WILAYAH_BOUNDARIES_REPO,
} from '../../src/pipeline/geo/wilayah-boundaries.ts';
import { loadRegionReference, type RegionReference } from '../../src/pipeline/reference/region-reference.ts';

let reference: RegionReference;

beforeAll(async () => {
  reference = await loadRegionReference();
});

const sq = (x: number, y: number, d: number) => [[y, x], [y, x + d], [y + d, x + d], [y + d, x], [y, x]];
const sqlRow = (code: string, name: string, path: unknown) => `\t('${code}','${name}',0,0,'${JSON.stringify(path)}')`;
const sql = (rows: string[]) => `/* header */\nINSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES\n${rows.join(',\n')};\n`;

describe('wilayah_boundaries source (scripts/build-map.ts)', () => {
  it('reads [lat, lng] rows as GeoJSON [lng, lat], closes rings and drops degenerate ones', () => {
    const open = [[-7, 110], [-7, 111], [-8, 111]];
    const rows = parseBoundarySql(sql([sqlRow('34.02', 'Kabupaten Bantul', [open]), sqlRow('34.71', "Kota Jogja''s", [[sq(110, -8, 1)], [[[0, 0], [0, 0], [0, 0]]]])]), 'kab_34.sql');
    expect(rows.map((r) => r.code)).toEqual(['34.02', '34.71']);
    expect(rows[0]?.geometry).toEqual({ type: 'Polygon', coordinates: [[[110, -7], [111, -7], [111, -8], [110, -7]]] });
    expect(rows[1]?.name).toBe("Kota Jogja's");
    expect(rows[1]?.degenerateRings).toBe(1);
    expect(rows[1]?.geometry.type).toBe('Polygon');
  });

  it('turns islands listed as extra rings into polygons and keeps real holes', () => {
    // One "polygon": an exterior, a hole inside it, and an island outside it (Kab. Sorong).
    const [row] = parseBoundarySql(sql([sqlRow('96.01', 'Kabupaten Sorong', [[sq(130, -1, 1), sq(130.25, -0.75, 0.5), sq(132, -1, 0.2)]])]), 'kab_96.sql');
    expect(row?.geometry.type).toBe('MultiPolygon');
    const polygons = row?.geometry.coordinates as number[][][][];
    expect(polygons.map((p) => p.length)).toEqual([2, 1]);
  });

  it('refuses a file without rows and a path that is not a polygon', () => {
    expect(() => parseBoundarySql('-- nothing', 'kab_11.sql')).toThrow(BoundarySourceError);
    expect(() => parseBoundarySql(sql([sqlRow('11.01', 'A', [1, 2])]), 'kab_11.sql')).toThrow(/neither a polygon/);
  });

  it('matches every reference code exactly once and lists every problem at once', () => {
    const row = (code: string): BoundaryRow => ({ code, name: code, geometry: { type: 'Polygon', coordinates: [sq(0, 0, 1)] }, degenerateRings: 0 });
    const kabkota = [{ code: '11.01' }, { code: '11.02' }];
    expect(boundaryFeatures([row('11.02'), row('11.01')], kabkota, []).map((f) => f.properties.codes)).toEqual([['11.01'], ['11.02']]);
    expect(() => boundaryFeatures([row('11.01'), row('11.01'), row('99.99')], kabkota, [])).toThrow(/11\.01 twice[\s\S]*99\.99 99\.99: not a kab\/kota[\s\S]*11\.02: no boundary/);
  });

  it('cuts a neighbour out of a polygon that overlaps it (the Sorong correction)', () => {
    const a: BoundaryRow = { code: '96.01', name: 'A', geometry: { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 1], [0, 1], [0, 0]]] }, degenerateRings: 0 };
    const b: BoundaryRow = { code: '96.04', name: 'B', geometry: { type: 'Polygon', coordinates: [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]] }, degenerateRings: 0 };
    const kabkota = [{ code: '96.01' }, { code: '96.04' }];
    const before = boundaryFeatures([a, b], kabkota, []);
    const after = boundaryFeatures([a, b], kabkota, [{ code: '96.01', minus: ['96.04'], why: 'test' }]);
    expect(rasterCheck(before, 0.05).overlapKm2).toBeGreaterThan(10_000);
    expect(rasterCheck(after, 0.05).overlapKm2).toBe(0);
    expect(rasterCheck(after, 0.05).gapKm2).toBe(0);
    expect(SOURCE_CORRECTIONS.map((c) => c.code)).toEqual(['96.01']);
  });

  it('measures enclosed gaps but not the open sea', () => {
    const ring = (code: string, coordinates: number[][][]): BoundaryFeature => ({ type: 'Feature', properties: { codes: [code] }, geometry: { type: 'Polygon', coordinates } });
    // A frame with a 1°×1° hole nobody fills, and a square far away in the sea.
    const frame = ring('1', [[[0, 0], [3, 0], [3, 3], [0, 3], [0, 0]], [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]]);
    const check = rasterCheck([frame, ring('2', [[[5, 0], [6, 0], [6, 1], [5, 1], [5, 0]]])], 0.05);
    expect(check.overlapKm2).toBe(0);
    expect(check.gapKm2).toBeGreaterThan(11_000);
    expect(check.gapKm2).toBeLessThan(13_500);
    expect(check.largestGaps).toHaveLength(1);
  });
});

describe('committed map geometry (src/geo)', () => {
  const boundaries = loadDefaultBoundaries();
  const geometries = boundaries.topology.objects.kabkota.geometries;

  it('has one polygon of its own for every one of the 514 Kemendagri kab/kota', () => {
    const codes = geometries.map((g) => g.properties.codes);
    expect(reference.kabkota).toHaveLength(514);
    expect(codes.every((c) => c.length === 1)).toBe(true);
    expect(codes.flat()).toEqual(reference.kabkota.map((k) => k.code));
    expect(boundaries.notes.counts).toEqual({ kabkota: 514, polygons: 514 });
  });

  it('states an open source and licence, so the geometry may be redistributed', () => {
    const s = boundaries.notes.source;
    expect(s).toMatchObject({ kind: 'bundled', url: WILAYAH_BOUNDARIES_REPO, downloadable: true });
    expect(s.licence?.id).toMatch(/^MIT\. Hak cipta \(c\) 2024 Cahya DSN/);
    expect(s.licence?.en).toMatch(/^MIT\. Copyright \(c\) 2024 Cahya DSN/);
    expect(s.version).toMatch(/^[0-9a-f]{7} \(\d{4}-\d\d-\d\d\)$/);
    expect(JSON.stringify(boundaries.notes)).not.toMatch(/gadm/i);
  });

  it('tiles the land: little overlap, few enclosed gaps (0.01° grid)', () => {
    const check = rasterCheck(boundaries.features.features);
    // Simplification slivers along borders; Indonesia has ~1.9 million km² of land.
    expect(check.overlapKm2).toBeLessThan(1_200);
    expect(check.gapKm2).toBeLessThan(6_000);
    expect(check.worstOverlaps[0]?.[1]).toBeLessThan(100);
  });

  it('has d3-geo ring orientation (no polygon covers the globe) and keeps tiny island kota', () => {
    for (const f of boundaries.features.features) {
      const area = geoArea(f);
      expect(area, f.properties.codes[0]).toBeGreaterThan(0);
      expect(area, f.properties.codes[0]).toBeLessThan(0.01); // Indonesia in total is ~0.047 sr
    }
    const byCode = new Map(boundaries.features.features.map((f) => [f.properties.codes[0], f]));
    for (const code of ['11.72', '31.01', '82.71', '82.72', '81.72', '71.03', '12.73']) {
      expect(byCode.get(code)?.geometry.coordinates.length, code).toBeGreaterThan(0);
    }
  });

  it('simplifies the same source to the same bytes', () => {
    const rows = parseBoundarySql(sql([sqlRow('11.01', 'A', [sq(95, 4, 0.5)]), sqlRow('11.02', 'B', [sq(95.5, 4, 0.5)])]), 'kab_11.sql');
    const features = boundaryFeatures(rows, [{ code: '11.01' }, { code: '11.02' }]);
    expect(JSON.stringify(buildKabkotaTopology(features))).toBe(JSON.stringify(buildKabkotaTopology(features)));
  });
});

describe('official boundary file (data/geo/)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'map-geo-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const square = (x: number, y: number, s = 0.1): Polygon => ({
    type: 'Polygon',
    coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]],
  });
  const tinyReference = [
    { code: '32.01', name: 'Kabupaten Bogor' },
    { code: '32.73', name: 'Kota Bandung' },
    { code: '32.75', name: 'Kota Bekasi' },
  ];
  const official: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { kode: '32.01' }, geometry: square(106.7, -6.7) },
      { type: 'Feature', properties: { KDPKAB: 3273 }, geometry: square(107.6, -6.95) },
      { type: 'Feature', properties: { kode_kab: '3275' }, geometry: square(107.0, -6.3) },
      { type: 'Feature', properties: { kode: '32.01' }, geometry: square(106.5, -6.5) }, // second part of 32.01
    ],
  };
  const shown = (absolute: string) => absolute.slice(dir.length + 1);
  const read = (name: string, retiredCodes?: Map<string, string>) =>
    readOfficialBoundaries(join(dir, name), { kabkota: tinyReference, ...(retiredCodes ? { retiredCodes } : {}) }, shown);
  const write = async (name: string, file: string, content: unknown) => {
    await mkdir(join(dir, name, 'geo'), { recursive: true });
    await writeFile(join(dir, name, 'geo', file), typeof content === 'string' ? content : JSON.stringify(content));
  };
  /** Every issue as the validator prints it, in both languages. */
  const printed = (issues: Awaited<ReturnType<typeof read>>['issues']) =>
    issues.map((issue) => `${issue.file}: ${describeIssue(issue, 'id')} / ${describeIssue(issue, 'en')}`).join('\n');

  it('normalises the accepted code spellings', () => {
    expect(normaliseCode('32.01')).toBe('32.01');
    expect(normaliseCode(' 3201 ')).toBe('32.01');
    expect(normaliseCode(3201)).toBe('32.01');
    expect(normaliseCode('32.01.01')).toBeUndefined();
    expect(normaliseCode(null)).toBeUndefined();
  });

  it('means the committed default when data/geo is absent or holds no boundary file', async () => {
    expect(await read('nothing-here')).toEqual({ boundaries: undefined, issues: [], read: false });
    await write('empty', 'README.md', 'no boundaries\n');
    expect(await read('empty')).toEqual({ boundaries: undefined, issues: [], read: false });
    const map = publicMap(undefined, 514);
    expect(map.notes.source.kind).toBe('bundled');
    expect(map.features).toEqual(loadDefaultBoundaries().features);
  });

  it('uses an official GeoJSON file, merging parts with the same code', async () => {
    await write('geojson', 'batas.geojson', official);
    await write('geojson', 'sumber.json', { name: 'BIG', licence: { id: 'Lisensi uji', en: 'Test licence' }, downloadable: false });
    const { boundaries: checked, issues } = await read('geojson');
    expect(issues).toEqual([]);
    expect(checked?.features.map((f) => f.properties.codes)).toEqual([['32.01'], ['32.73'], ['32.75']]);
    expect(checked?.features[0]?.geometry.coordinates).toHaveLength(2);
    const b = officialBoundaries(checked!, tinyReference.length);
    expect(b.topology.objects.kabkota.geometries).toHaveLength(3);
    expect(b.notes.source).toMatchObject({ kind: 'official', name: 'BIG', licence: { id: 'Lisensi uji' } });
    for (const f of b.features.features) expect(geoArea(f)).toBeLessThan(0.01);
    // What the pipeline publishes for the site: the simplified features and the notes.
    const map = publicMap(checked, tinyReference.length);
    expect(publicMapSchema.parse(JSON.parse(JSON.stringify(map)))).toEqual(map);
    expect(map.features).toEqual(b.features);
  });

  it('uses an official TopoJSON file and accepts retired codes the crosswalk maps', async () => {
    const retired: FeatureCollection = {
      ...official,
      features: official.features.map((f) => (f.properties?.KDPKAB ? { ...f, properties: { kode: '32.99' } } : f)),
    };
    await write('topo', 'kabkota.topo.json', topology({ batas: retired }));
    const retiredCodes = retiredKabkotaCodes([{ oldPrefix: '32.99', newPrefix: '32.73', validUntil: '2020-12-31', note: '' }]);
    const { boundaries: checked } = await read('topo', retiredCodes);
    expect(checked?.features.map((f) => f.properties.codes[0])).toEqual(['32.01', '32.73', '32.75']);
    expect(checked?.source.name).toBe('kabkota.topo.json');
  });

  it('reports unknown, missing and unreadable codes and projected coordinates together, in both languages', async () => {
    const bad: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { kode: '32.01' }, geometry: square(106.7, -6.7) },
        { type: 'Feature', properties: { kode: '99.99' }, geometry: square(107.6, -6.95) },
        { type: 'Feature', properties: { nama: 'Bekasi' }, geometry: square(107.0, -6.3) },
        { type: 'Feature', properties: { kode: '32.73' }, geometry: square(700000, 9200000, 1000) },
        { type: 'Feature', properties: { kode: '32.73' }, geometry: { type: 'Point', coordinates: [107.6, -6.9] } },
      ],
    };
    await write('bad', 'batas.json', bad);
    const { boundaries: checked, issues } = await read('bad');
    expect(checked).toBeUndefined();
    expect(issues.map((issue) => issue.code)).toEqual(['geo.not-polygon', 'geo.no-code', 'geo.unknown-code', 'geo.missing', 'geo.outside']);
    expect(issues.every((issue) => issue.severity === 'error' && issue.file === join('bad', 'geo', 'batas.json'))).toBe(true);
    const text = printed(issues);
    expect(text).toContain('1 kode kab/kota tidak dikenal: 99.99. Cara memperbaiki:');
    expect(text).toContain('Unknown kab/kota codes (1): 99.99. How to fix:');
    expect(text).toContain('1 kab/kota tidak punya batas di berkas ini: 32.75 Kota Bekasi');
    expect(text).toContain('1 fitur tanpa kode kab/kota yang terbaca: fitur ke-3');
    expect(text).toContain('fitur ke-5 (32.73: Point)');
    expect(text).toContain('5 titik di luar Indonesia');
    expect(text).toContain('WGS84');
  });

  it('lists at most 25 items and counts the rest', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ code: `33.${String(i + 10)}`, name: `Kabupaten ${i}` }));
    await write('many', 'batas.geojson', { type: 'FeatureCollection', features: [] });
    const { issues } = await readOfficialBoundaries(join(dir, 'many'), { kabkota: many }, shown);
    expect(describeIssue(issues[0]!, 'id')).toMatch(/^30 kab\/kota tidak punya batas di berkas ini: 33\.10 Kabupaten 0, .*33\.34 Kabupaten 24 dan 5 lainnya\./);
    expect(describeIssue(issues[0]!, 'en')).toMatch(/33\.34 Kabupaten 24 and 5 more\./);
  });

  it('refuses two boundary files, broken JSON and files that are not GeoJSON/TopoJSON', async () => {
    await write('two', 'a.geojson', official);
    await write('two', 'b.topojson', topology({ batas: official }));
    expect(printed((await read('two')).issues)).toMatch(/^two\/geo: Ada lebih dari satu berkas batas wilayah di folder geo\/ \(a\.geojson, b\.topojson\)\./);
    await write('json', 'batas.geojson', '{"type": "FeatureCollection",\n "features": [}');
    const [broken] = (await read('json')).issues;
    expect(broken).toMatchObject({ code: 'geo.invalid-json', line: 2, value: '}' });
    await write('csv', 'batas.json', '{"type":"Feature"}');
    expect(printed((await read('csv')).issues)).toContain('bukan GeoJSON FeatureCollection atau TopoJSON Topology');
  });
});
