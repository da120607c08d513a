/**
 * GADM 4.1 level 2 → the committed map geometry (`src/geo/kabkota.topo.json`) and its notes
 * (`src/geo/kabkota-map-notes.json`). Pure: the CLI `scripts/build-map.ts` does the file I/O.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { compareCodes, type GadmProperties, matchGadm, type ReferenceKabkota, type ReferenceProvince } from './gadm-match.ts';
import { buildKabkotaTopology, DEFAULT_SIMPLIFY, type SimplifyOptions } from './topology.ts';
import type { BoundaryFeature, GeometrySource, KabkotaTopology, MapNotes } from './types.ts';

export const GADM_SOURCE: GeometrySource = {
  kind: 'gadm',
  name: 'GADM',
  version: '4.1',
  url: 'https://gadm.org',
  licence: {
    id:
      'Data GADM bebas dipakai untuk keperluan akademik dan nonkomersial lainnya; redistribusi atau ' +
      'pemakaian komersial tidak diizinkan tanpa izin sebelumnya dari GADM. Situs ini hanya menampilkan ' +
      'gambar peta yang sangat disederhanakan; geometrinya tidak ditawarkan untuk diunduh. Batas pada peta ' +
      'bukan batas resmi; untuk publikasi resmi, ganti dengan batas wilayah resmi (BIG/Kemendagri) lewat data/geo/.',
    en:
      'GADM data are freely available for academic and other non-commercial use; redistribution or ' +
      'commercial use is not allowed without prior permission from GADM. This site only shows a heavily ' +
      'simplified picture of the map; the geometry is not offered as a download. Boundaries on the map are ' +
      'not official; for official publication, replace them with official (BIG/Kemendagri) boundaries in data/geo/.',
  },
  licenceUrl: 'https://gadm.org/license.html',
  processing: {
    id:
      'GADM 4.1 tingkat 2 (berkas gadm41_IDN_2.json dari paket npm geojson-indonesia), dicocokkan dengan ' +
      'kode Kemendagri menurut nama, badan air dibuang, disederhanakan (Visvalingam, topojson-simplify) dan ' +
      'dikuantisasi oleh scripts/build-map.ts.',
    en:
      'GADM 4.1 level 2 (file gadm41_IDN_2.json from the npm package geojson-indonesia), matched to ' +
      'Kemendagri codes by name, water bodies dropped, simplified (Visvalingam, topojson-simplify) and ' +
      'quantized by scripts/build-map.ts.',
  },
  downloadable: false,
};

export const MERGED_POLYGONS_NOTE = {
  id:
    'Poligon yang membawa lebih dari satu kode diwarnai menurut angka kode pertamanya (kab/kota induk). ' +
    'Kab/kota pemekaran tanpa poligon sendiri tetap punya angka sendiri di tabel, unduhan dan halamannya.',
  en:
    'A polygon that carries several codes is coloured by the figures of its first code (the parent kab/kota). ' +
    'Kab/kota split off without a polygon of their own keep their own figures in the table, downloads and their page.',
};

export interface GadmBuild {
  topology: KabkotaTopology;
  notes: MapNotes;
}

export function buildGadmBoundaries(
  gadm: FeatureCollection<Polygon | MultiPolygon, GadmProperties>,
  reference: { provinces: readonly ReferenceProvince[]; kabkota: readonly ReferenceKabkota[] },
  options: SimplifyOptions = DEFAULT_SIMPLIFY,
): GadmBuild {
  const match = matchGadm(
    gadm.features.map((f) => f.properties),
    reference.provinces,
    reference.kabkota,
  );
  const features: BoundaryFeature[] = match.assignments.map((a) => {
    const f = gadm.features[a.index];
    if (!f?.geometry) throw new Error(`${a.gid}: tanpa geometri`);
    return { type: 'Feature', properties: { codes: a.codes }, geometry: f.geometry };
  });
  const topology = buildKabkotaTopology(features, options);
  const notes: MapNotes = {
    source: GADM_SOURCE,
    counts: {
      kabkota: reference.kabkota.length,
      polygons: features.length,
      withoutOwnPolygon: match.withoutOwnPolygon.length,
    },
    mergedPolygons: MERGED_POLYGONS_NOTE,
    withoutOwnPolygon: match.withoutOwnPolygon,
    renamed: match.renamed,
    dropped: [...match.dropped].sort((a, b) => compareCodes(a.gid, b.gid)),
  };
  return { topology, notes };
}
