/**
 * `node scripts/build-map.ts <wilayah_boundaries checkout>`: rebuilds the committed map geometry
 * from the MIT-licensed `cahyadsn/wilayah_boundaries` (a `git clone` of
 * https://github.com/cahyadsn/wilayah_boundaries; only `db/kab/*.sql` is read):
 *   src/geo/kabkota.topo.json       simplified TopoJSON, object `kabkota`, property `codes`
 *   src/geo/kabkota-map-notes.json  the source, its licence and how it was processed
 * and prints what it matched, how well the polygons tile the land before and after
 * simplification (overlap and enclosed gaps, km²) and the sizes. Returns the exit code: 1 when
 * the source cannot be read or does not match the region reference (reason to `output.error`).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../config.ts';
import { rasterCheck, type RasterCheck } from '../pipeline/geo/raster-check.ts';
import { buildKabkotaTopology, topologyFeatures } from '../pipeline/geo/topology.ts';
import type { KabkotaTopology, MapNotes } from '../pipeline/geo/types.ts';
import { BoundarySourceError, boundaryFeatures, parseBoundarySql, wilayahBoundariesSource } from '../pipeline/geo/wilayah-boundaries.ts';
import { loadRegionReference, type RegionReference } from '../pipeline/reference/region-reference.ts';
import { jakartaInset, type RegionValue, renderChoropleth } from '../site/map/choropleth.ts';
import type { Log, Output } from './run-command.ts';

const outDir = path.join(PROJECT_ROOT, 'src', 'geo');
const USAGE = 'Usage: node scripts/build-map.ts <folder of a git clone of https://github.com/cahyadsn/wilayah_boundaries>';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const km2 = (c: RasterCheck) => `overlap ${c.overlapKm2.toFixed(0)} km², enclosed gaps ${c.gapKm2.toFixed(0)} km² (grid ${c.step}°)`;

export async function buildMap(args: readonly string[], output: Output): Promise<number> {
  const [source] = args;
  if (!source) {
    output.error(USAGE);
    return 1;
  }
  try {
    await writeMap(path.resolve(source), output.log);
    return 0;
  } catch (error) {
    if (!(error instanceof BoundarySourceError)) throw error;
    output.error(`✗ ${error.message}\n${USAGE}`);
    return 1;
  }
}

/** Commit and date of the checkout (the version the notes cite). */
function checkoutVersion(dir: string): { commit: string; date: string } {
  try {
    const [commit = '', date = ''] = execFileSync('git', ['-C', dir, 'log', '-1', '--format=%H %cs'], { encoding: 'utf8' }).trim().split(' ');
    return { commit, date };
  } catch {
    throw new BoundarySourceError(`${dir}: not a git checkout (the version of the source is its commit)`);
  }
}

async function readRows(dir: string) {
  const kabDir = path.join(dir, 'db', 'kab');
  const files = (await readdir(kabDir).catch(() => [])).filter((f) => f.endsWith('.sql')).sort();
  if (files.length === 0) throw new BoundarySourceError(`${kabDir}: no .sql files`);
  const rows = [];
  for (const file of files) rows.push(...parseBoundarySql(await readFile(path.join(kabDir, file), 'utf8'), file));
  return { files, rows };
}

async function writeMap(dir: string, log: Log): Promise<void> {
  const { commit, date } = checkoutVersion(dir);
  const { files, rows } = await readRows(dir);
  const reference = await loadRegionReference();
  const features = boundaryFeatures(rows, reference.kabkota);
  const topology = buildKabkotaTopology(features);
  const simplified = topologyFeatures(topology).features;
  const after = rasterCheck(simplified);
  const notes: MapNotes = {
    source: wilayahBoundariesSource(commit, date, after),
    counts: { kabkota: reference.kabkota.length, polygons: topology.objects.kabkota.geometries.length },
  };
  const topoText = `${JSON.stringify(topology)}\n`;
  const notesText = `${JSON.stringify(notes, null, 2)}\n`;
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'kabkota.topo.json'), topoText);
  await writeFile(path.join(outDir, 'kabkota-map-notes.json'), notesText);

  const points = (fs: typeof features) => fs.reduce((n, f) => n + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
  log(`wilayah_boundaries ${commit.slice(0, 7)} (${date}): ${files.length} files, ${rows.length} kab/kota rows, ~${points(features)} points`);
  log(`  matched to the region reference: ${features.length} of ${reference.kabkota.length}; degenerate rings left out: ${rows.reduce((n, r) => n + r.degenerateRings, 0)}`);
  log(`  source:     ${km2(rasterCheck(features))}`);
  log(`  simplified: ${km2(after)}; most overlap: ${after.worstOverlaps.map(([c, a]) => `${c} ${a.toFixed(0)} km²`).join(', ')}`);
  log(`  largest gaps: ${after.largestGaps.map(([x, y, a]) => `${x.toFixed(2)},${y.toFixed(2)} ${a.toFixed(0)} km²`).join('; ')}`);
  log(`  arcs: ${topology.arcs.length}, points: ${topology.arcs.reduce((n, a) => n + a.length, 0)}`);
  log(`  src/geo/kabkota.topo.json: ${kb(topoText.length)} (gzip ${kb(gzipSync(topoText).length)})`);
  log(`  sample national map SVG: ${sampleMapSize(topology, reference)}`);
}

/** Size of the rendered map with every region coloured (labels of typical length). */
function sampleMapSize(topology: KabkotaTopology, reference: RegionReference): string {
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
    grid: 2,
  });
  return `${kb(svg.length)} (gzip ${kb(gzipSync(svg).length)})`;
}
