/**
 * `node scripts/build-map.ts`: rebuilds the committed map geometry from GADM 4.1 level 2:
 *   src/geo/kabkota.topo.json       simplified TopoJSON, object `kabkota`, property `codes`
 *   src/geo/kabkota-map-notes.json  kab/kota without a polygon of their own, renames, dropped
 *                                   water bodies, and the source/licence of the geometry
 * and prints what it matched and the sizes. Returns the exit code: 1 when GADM and the region
 * reference do not match (the reason printed to `output.error`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { PROJECT_ROOT } from '../config.ts';
import { buildGadmBoundaries } from '../pipeline/geo/gadm.ts';
import { GeoMatchError, type GadmProperties } from '../pipeline/geo/gadm-match.ts';
import { topologyFeatures } from '../pipeline/geo/topology.ts';
import { loadRegionReference, type RegionReference } from '../pipeline/reference/region-reference.ts';
import { jakartaInset, type RegionValue, renderChoropleth } from '../site/map/choropleth.ts';
import type { Log, Output } from './run-command.ts';

const gadmFile = path.join(PROJECT_ROOT, 'node_modules', 'geojson-indonesia', 'geojson', 'gadm41_IDN_2.json');
const outDir = path.join(PROJECT_ROOT, 'src', 'geo');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function buildMap(output: Output): Promise<number> {
  try {
    await writeMap(output.log);
    return 0;
  } catch (error) {
    if (!(error instanceof GeoMatchError)) throw error;
    output.error(error.message);
    return 1;
  }
}

async function writeMap(log: Log): Promise<void> {
  const gadm = JSON.parse(await readFile(gadmFile, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, GadmProperties>;
  const reference = await loadRegionReference();
  const { topology, notes } = buildGadmBoundaries(gadm, reference);

  const topoText = `${JSON.stringify(topology)}\n`;
  const notesText = `${JSON.stringify(notes, null, 2)}\n`;
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'kabkota.topo.json'), topoText);
  await writeFile(path.join(outDir, 'kabkota-map-notes.json'), notesText);

  const carried = topology.objects.kabkota.geometries.reduce((n, g) => n + (g.properties?.codes.length ?? 0), 0);
  log(`GADM 4.1 level 2: ${gadm.features.length} fitur`);
  log(`  dibuang (badan air): ${notes.dropped.map((d) => d.gadmName).join(', ')}`);
  log(`  dicocokkan: ${notes.counts.polygons} poligon (${notes.renamed.length} lewat tabel ganti nama)`);
  log(`  kab/kota tanpa poligon sendiri: ${notes.withoutOwnPolygon.length}`);
  for (const n of notes.withoutOwnPolygon) log(`    ${n.code} ${n.name} → ${n.carriedBy} ${n.carriedByName}`);
  log(`  kode di peta: ${carried} dari ${notes.counts.kabkota}`);
  log(`  arcs: ${topology.arcs.length}, titik: ${topology.arcs.reduce((n, a) => n + a.length, 0)}`);
  log(`  src/geo/kabkota.topo.json: ${kb(topoText.length)} (gzip ${kb(gzipSync(topoText).length)})`);
  log(`  src/geo/kabkota-map-notes.json: ${kb(notesText.length)}`);
  log(`  peta SVG (contoh): ${sampleMapSize(topology, reference)}`);
}

/** Size of the rendered map with every region coloured (labels of typical length). */
function sampleMapSize(topology: Parameters<typeof topologyFeatures>[0], reference: RegionReference): string {
  const names = new Map(reference.kabkota.map((k) => [k.code, k.name]));
  const values = new Map<string, RegionValue>(reference.kabkota.map((k, i) => [k.code, { status: 'value', value: (i * 7) % 40, display: `${(i * 7) % 40} %` }]));
  const svg = renderChoropleth({
    features: topologyFeatures(topology),
    values,
    nameOf: (code) => names.get(code) ?? code,
    hrefFor: (code) => `/kabkota/${code}/`,
    labels: { title: 'Peta', description: 'Peta', legendTitle: 'Nilai (%)', suppressed: 'Disamarkan', noData: 'Tidak ada data' },
    formatNumber: String,
    insets: [jakartaInset('DKI Jakarta')],
  });
  return `${kb(svg.length)} (gzip ${kb(gzipSync(svg).length)})`;
}
