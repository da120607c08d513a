import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BoundaryFileError,
  loadBoundaries,
  loadDefaultBoundaries,
  normaliseCode,
} from '../src/pipeline/geo/boundaries.ts';
import { buildGadmBoundaries } from '../src/pipeline/geo/gadm.ts';
import { type GadmProperties, GeoMatchError, matchGadm } from '../src/pipeline/geo/gadm-match.ts';
import { GADM_MISSING_KABKOTA } from '../src/pipeline/geo/gadm-tables.ts';
import { gadmNameKey, referenceNameKey } from '../src/pipeline/geo/names.ts';
import { loadRegionReference, type RegionReference } from '../src/pipeline/reference/region-reference.ts';

const root = new URL('../', import.meta.url).pathname;
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

describe('loadBoundaries', () => {
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

  it('normalises the accepted code spellings', () => {
    expect(normaliseCode('32.01')).toBe('32.01');
    expect(normaliseCode(' 3201 ')).toBe('32.01');
    expect(normaliseCode(3201)).toBe('32.01');
    expect(normaliseCode('32.01.01')).toBeUndefined();
    expect(normaliseCode(null)).toBeUndefined();
  });

  it('returns the committed default when data/geo is absent or empty', async () => {
    expect(await loadBoundaries(join(dir, 'nothing-here'))).toBe(loadDefaultBoundaries());
    await mkdir(join(dir, 'empty', 'geo'), { recursive: true });
    await writeFile(join(dir, 'empty', 'geo', 'README.md'), 'no boundaries\n');
    expect(await loadBoundaries(join(dir, 'empty'))).toBe(loadDefaultBoundaries());
  });

  it('uses an official GeoJSON file, merging parts with the same code', async () => {
    await mkdir(join(dir, 'geojson', 'geo'), { recursive: true });
    await writeFile(join(dir, 'geojson', 'geo', 'batas.geojson'), JSON.stringify(official));
    await writeFile(
      join(dir, 'geojson', 'geo', 'sumber.json'),
      JSON.stringify({ name: 'BIG', licence: { id: 'Lisensi uji', en: 'Test licence' }, downloadable: false }),
    );
    const b = await loadBoundaries(join(dir, 'geojson'), { kabkota: tinyReference });
    expect(b.features.features.map((f) => f.properties.codes)).toEqual([['32.01'], ['32.73'], ['32.75']]);
    expect(b.features.features[0]?.geometry.coordinates).toHaveLength(2);
    expect(b.topology.objects.kabkota.geometries).toHaveLength(3);
    expect(b.notes.source).toMatchObject({ kind: 'official', name: 'BIG', licence: { id: 'Lisensi uji' } });
    expect(b.notes.withoutOwnPolygon).toEqual([]);
    for (const f of b.features.features) expect(geoArea(f)).toBeLessThan(0.01);
  });

  it('uses an official TopoJSON file', async () => {
    await mkdir(join(dir, 'topo', 'geo'), { recursive: true });
    await writeFile(join(dir, 'topo', 'geo', 'kabkota.topo.json'), JSON.stringify(topology({ batas: official })));
    const b = await loadBoundaries(join(dir, 'topo'), { kabkota: tinyReference });
    expect(b.features.features.map((f) => f.properties.codes[0])).toEqual(['32.01', '32.73', '32.75']);
    expect(b.notes.source.name).toBe('kabkota.topo.json');
  });

  it('reports unknown, missing and unreadable codes and projected coordinates together', async () => {
    const bad: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { kode: '32.01' }, geometry: square(106.7, -6.7) },
        { type: 'Feature', properties: { kode: '99.99' }, geometry: square(107.6, -6.95) },
        { type: 'Feature', properties: { nama: 'Bekasi' }, geometry: square(107.0, -6.3) },
        { type: 'Feature', properties: { kode: '32.73' }, geometry: square(700000, 9200000, 1000) },
      ],
    };
    await mkdir(join(dir, 'bad', 'geo'), { recursive: true });
    await writeFile(join(dir, 'bad', 'geo', 'batas.json'), JSON.stringify(bad));
    const error = await loadBoundaries(join(dir, 'bad'), { kabkota: tinyReference }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoundaryFileError);
    const message = (error as BoundaryFileError).message;
    expect(message).toContain('batas.json');
    expect(message).toContain('1 kode kab/kota tidak dikenal: 99.99');
    expect(message).toContain('1 kab/kota tidak punya batas di berkas ini: 32.75 Kota Bekasi');
    expect(message).toContain('fitur tanpa kode kab/kota');
    expect(message).toContain('WGS84');
    expect(message).not.toContain('    at ');
  });

  it('refuses two boundary files and files that are not GeoJSON/TopoJSON', async () => {
    await mkdir(join(dir, 'two', 'geo'), { recursive: true });
    await writeFile(join(dir, 'two', 'geo', 'a.geojson'), JSON.stringify(official));
    await writeFile(join(dir, 'two', 'geo', 'b.topojson'), JSON.stringify(topology({ batas: official })));
    await expect(loadBoundaries(join(dir, 'two'), { kabkota: tinyReference })).rejects.toThrow(/lebih dari satu berkas/);
    await mkdir(join(dir, 'csv', 'geo'), { recursive: true });
    await writeFile(join(dir, 'csv', 'geo', 'batas.json'), '{"type":"Feature"}');
    await expect(loadBoundaries(join(dir, 'csv'), { kabkota: tinyReference })).rejects.toThrow(/bukan GeoJSON/);
  });
});
