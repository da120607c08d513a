import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultBoundaries, officialBoundaries, publicMap } from '../../src/pipeline/geo/boundaries.ts';
import { normaliseCode, readOfficialBoundaries, retiredKabkotaCodes } from '../../src/pipeline/geo/official-file.ts';
import { publicMapSchema } from '../../src/pipeline/publish/public-schema.ts';
import { describeIssue } from '../../src/pipeline/validate/issue.ts';
import { buildGadmBoundaries } from '../../src/pipeline/geo/gadm.ts';
import { type GadmProperties, GeoMatchError, matchGadm } from '../../src/pipeline/geo/gadm-match.ts';
import { GADM_MISSING_KABKOTA } from '../../src/pipeline/geo/gadm-tables.ts';
import { gadmNameKey, referenceNameKey } from '../../src/pipeline/geo/names.ts';
import { loadRegionReference, type RegionReference } from '../../src/pipeline/reference/region-reference.ts';

const root = new URL('../../', import.meta.url).pathname;
let reference: RegionReference;

beforeAll(async () => {
  reference = await loadRegionReference();
});

describe('name normalisation', () => {
  it('reduces Kemendagri names to type + key', () => {
    expect(referenceNameKey('Kabupaten Aceh Barat Daya')).toEqual({ type: 'kabupaten', key: 'acehbaratdaya' });
    expect(referenceNameKey('Kota Administrasi Jakarta Pusat')).toEqual({ type: 'kota', key: 'jakartapusat' });
    expect(referenceNameKey('Kabupaten Administrasi Kepulauan Seribu').key).toBe('kepulauanseribu');
    expect(referenceNameKey('Kabupaten Fak Fak').key).toBe(gadmNameKey('Fakfak', 'kabupaten'));
    expect(referenceNameKey('Kabupaten Toli-Toli').key).toBe(gadmNameKey('Toli-Toli', 'kabupaten'));
    expect(referenceNameKey('Kota Bau Bau').key).toBe(gadmNameKey('Bau-Bau', 'kota'));
    expect(referenceNameKey('Kabupaten Pangkajene dan Kepulauan').key).toBe(
      gadmNameKey('PangkajeneDanKepulauan', 'kabupaten'),
    );
  });
  it('strips the GADM "Kota" prefix only from kota', () => {
    expect(gadmNameKey('KotaBekasi', 'kota')).toBe('bekasi');
    expect(gadmNameKey('KotaBaru', 'kabupaten')).toBe('kotabaru'); // Kabupaten Kotabaru
    expect(gadmNameKey('Kotamobagu', 'kota')).toBe('kotamobagu');
  });
});

describe('matchGadm', () => {
  const provinces = [{ code: '32', name: 'Jawa Barat' }];
  const kabkota = [
    { code: '32.07', name: 'Kabupaten Ciamis', provinceCode: '32' },
    { code: '32.16', name: 'Kabupaten Bekasi', provinceCode: '32' },
    { code: '32.18', name: 'Kabupaten Pangandaran', provinceCode: '32' },
    { code: '32.75', name: 'Kota Bekasi', provinceCode: '32' },
  ];
  const f = (NAME_2: string, TYPE_2: string): GadmProperties => ({ GID_2: `X.${NAME_2}`, NAME_1: 'JawaBarat', NAME_2, TYPE_2 });

  it('tells kabupaten from kota, drops water, and lets the parent carry a missing split', () => {
    const m = matchGadm(
      [f('Bekasi', 'Kabupaten'), f('KotaBekasi', 'Kota'), f('Ciamis', 'Kabupaten'), f('WadukCirata', 'WaterBody')],
      provinces,
      kabkota,
    );
    expect(m.assignments.map((a) => a.codes)).toEqual([['32.07', '32.18'], ['32.16'], ['32.75']]);
    expect(m.dropped.map((d) => d.gadmName)).toEqual(['WadukCirata']);
    expect(m.withoutOwnPolygon).toMatchObject([{ code: '32.18', carriedBy: '32.07', formed: 2012 }]);
    expect(m.withoutOwnPolygon[0]?.why.id).toContain('Kabupaten Ciamis');
  });

  it('refuses unmatched features and unexplained missing codes, listing all of them', () => {
    const attempt = () =>
      matchGadm([f('Bekasi', 'Kabupaten'), f('Atlantis', 'Kabupaten'), f('Ciamis', 'Kabupaten')], provinces, kabkota);
    expect(attempt).toThrow(GeoMatchError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as GeoMatchError).problems.join('\n');
      expect(problems).toContain('Atlantis');
      expect(problems).toContain('32.75 Kota Bekasi');
    }
  });
});

describe('committed map geometry (src/geo)', () => {
  const boundaries = loadDefaultBoundaries();
  const geometries = boundaries.topology.objects.kabkota.geometries;

  it('carries every one of the 514 Kemendagri codes in exactly one geometry', () => {
    const codes = geometries.flatMap((g) => g.properties?.codes ?? []);
    expect(reference.kabkota).toHaveLength(514);
    expect(codes).toHaveLength(514);
    expect(new Set(codes)).toEqual(new Set(reference.kabkota.map((k) => k.code)));
    expect(geometries.length).toBe(514 - GADM_MISSING_KABKOTA.length);
  });

  it('lists every kab/kota without a polygon in the notes, carried by its parent polygon', () => {
    const notes = boundaries.notes;
    expect(notes.withoutOwnPolygon).toHaveLength(17);
    const firstCodeOf = new Map(geometries.flatMap((g) => (g.properties?.codes ?? []).map((c) => [c, g.properties?.codes[0]])));
    for (const n of notes.withoutOwnPolygon) {
      expect(firstCodeOf.get(n.code)).toBe(n.carriedBy);
      expect(reference.kabkota.find((k) => k.code === n.code)?.name).toBe(n.name);
      expect(n.why.id).toMatch(/^Dibentuk 20\d\d dari /);
      expect(n.why.en).toMatch(/^Formed 20\d\d from /);
    }
    expect(notes.counts).toEqual({ kabkota: 514, polygons: geometries.length, withoutOwnPolygon: 17 });
    expect(notes.dropped.map((d) => d.gadmName).sort()).toEqual(
      ['Danau', 'DanauLimboto', 'LakeToba', 'WadukCirata', 'WadukKedungombo'].sort(),
    );
  });

  it('states source and licence of the geometry and never offers it as a download', () => {
    const s = boundaries.notes.source;
    expect(s).toMatchObject({ kind: 'gadm', name: 'GADM', version: '4.1', downloadable: false });
    expect(s.licenceUrl).toBe('https://gadm.org/license.html');
    expect(s.licence?.id).toMatch(/nonkomersial/);
    expect(s.licence?.en).toMatch(/non-commercial/);
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

  it('is what scripts/build-map.ts produces today (re-runnable, byte-stable)', async () => {
    const gadm = JSON.parse(
      await readFile(join(root, 'node_modules/geojson-indonesia/geojson/gadm41_IDN_2.json'), 'utf8'),
    ) as FeatureCollection<Polygon | MultiPolygon, GadmProperties>;
    const built = buildGadmBoundaries(gadm, reference);
    expect(`${JSON.stringify(built.topology)}\n`).toBe(await readFile(join(root, 'src/geo/kabkota.topo.json'), 'utf8'));
    expect(`${JSON.stringify(built.notes, null, 2)}\n`).toBe(
      await readFile(join(root, 'src/geo/kabkota-map-notes.json'), 'utf8'),
    );
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
    expect(map.notes.source.kind).toBe('gadm');
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
    expect(b.notes.withoutOwnPolygon).toEqual([]);
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
