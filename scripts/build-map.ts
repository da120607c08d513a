/**
 * Rebuilds the committed map geometry from GADM 4.1 level 2:
 *   src/geo/kabkota.topo.json       simplified TopoJSON, object `kabkota`, property `codes`
 *   src/geo/kabkota-map-notes.json  kab/kota without a polygon of their own, renames, dropped
 *                                   water bodies, and the source/licence of the geometry
 * Usage: node scripts/build-map.ts
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { loadRegionReference } from '../src/pipeline/reference/region-reference.ts';
import { buildGadmBoundaries } from '../src/pipeline/geo/gadm.ts';
import type { GadmProperties } from '../src/pipeline/geo/gadm-match.ts';
import { GeoMatchError } from '../src/pipeline/geo/gadm-match.ts';
import { topologyFeatures } from '../src/pipeline/geo/topology.ts';
import { jakartaInset, type RegionValue, renderChoropleth } from '../src/site/map/choropleth.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const gadmFile = `${root}node_modules/geojson-indonesia/geojson/gadm41_IDN_2.json`;
const outDir = `${root}src/geo/`;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

try {
  const gadm = JSON.parse(await readFile(gadmFile, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, GadmProperties>;
  const reference = await loadRegionReference();
  const { topology, notes } = buildGadmBoundaries(gadm, reference);

  const topoText = `${JSON.stringify(topology)}\n`;
  const notesText = `${JSON.stringify(notes, null, 2)}\n`;
  await mkdir(outDir, { recursive: true });
  await writeFile(`${outDir}kabkota.topo.json`, topoText);
  await writeFile(`${outDir}kabkota-map-notes.json`, notesText);

  const carried = topology.objects.kabkota.geometries.reduce((n, g) => n + (g.properties?.codes.length ?? 0), 0);
  console.log(`GADM 4.1 level 2: ${gadm.features.length} fitur`);
  console.log(`  dibuang (badan air): ${notes.dropped.map((d) => d.gadmName).join(', ')}`);
  console.log(`  dicocokkan: ${notes.counts.polygons} poligon (${notes.renamed.length} lewat tabel ganti nama)`);
  console.log(`  kab/kota tanpa poligon sendiri: ${notes.withoutOwnPolygon.length}`);
  for (const n of notes.withoutOwnPolygon) console.log(`    ${n.code} ${n.name} → ${n.carriedBy} ${n.carriedByName}`);
  console.log(`  kode di peta: ${carried} dari ${notes.counts.kabkota}`);
  console.log(`  arcs: ${topology.arcs.length}, titik: ${topology.arcs.reduce((n, a) => n + a.length, 0)}`);
  console.log(`  src/geo/kabkota.topo.json: ${kb(topoText.length)} (gzip ${kb(gzipSync(topoText).length)})`);
  console.log(`  src/geo/kabkota-map-notes.json: ${kb(notesText.length)}`);

  // Size of the rendered map with every region coloured (labels of typical length).
  const names = new Map(reference.kabkota.map((k) => [k.code, k.name]));
  const values = new Map<string, RegionValue>(
    reference.kabkota.map((k, i) => [k.code, { status: 'value', value: (i * 7) % 40, display: `${(i * 7) % 40} %` }]),
  );
  const svg = renderChoropleth({
    features: topologyFeatures(topology),
    values,
    nameOf: (code) => names.get(code) ?? code,
    hrefFor: (code) => `/kabkota/${code}/`,
    labels: { title: 'Peta', description: 'Peta', legendTitle: 'Nilai (%)', suppressed: 'Disamarkan', noData: 'Tidak ada data' },
    formatNumber: String,
    insets: [jakartaInset('DKI Jakarta')],
  });
  console.log(`  peta SVG (contoh): ${kb(svg.length)} (gzip ${kb(gzipSync(svg).length)})`);
} catch (error) {
  if (error instanceof GeoMatchError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
