/**
 * Golden SVGs, as Observable Plot's test/output/: every chart kind (src/site/charts) and the map
 * (src/site/map/choropleth.ts) rendered from a small fixed input and compared, element by
 * element, with the committed tests/output/<name>.svg (tests/support/golden.ts). After an intended
 * change of the drawing: `npx vitest run --project unit -u tests/unit/golden-svg.test.ts`, then
 * review the files with git diff. What the markup must satisfy whatever it looks like (roles,
 * tables, marks never drawn, budgets) is in charts.test.ts and map-render.test.ts.
 */
import type { Polygon } from 'geojson';
import { describe, it } from 'vitest';
import type { BoundaryCollection } from '../../src/pipeline/geo/types.ts';
import { type ChartSpec, renderChart } from '../../src/site/charts/index.ts';
import { type ChoroplethOptions, jakartaInset, type RegionValue, renderChoropleth, renderLegendSvg } from '../../src/site/map/choropleth.ts';
import { MAP_CLASSES } from '../../src/site/map/breaks.ts';
import { C, PROGRAM, SPECS } from '../support/charts.ts';
import { expectGolden } from '../support/golden.ts';

describe('charts', () => {
  const charts: [string, ChartSpec, 'id' | 'en'][] = [
    ...Object.values(SPECS).map((spec): [string, ChartSpec, 'id'] => [`chart-${spec.kind}`, spec, 'id']),
    ['chart-categories-trend-en', SPECS['categories-trend'], 'en'],
    // Nothing to draw: the small box with a message.
    ['chart-message', { kind: 'program-trend', records: PROGRAM.map((r) => ({ ...r, peserta: C, lulus: C, berwirausaha: C })) }, 'id'],
  ];
  it.each(charts)('%s', async (name, spec, lang) => {
    await expectGolden(name, renderChart(spec, lang).svg);
  });
});

// ---------------------------------------------------------------- the map

/** A square of lon/lat, clockwise as d3-geo wants an outer ring. */
const square = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [w, n],
      [e, n],
      [e, s],
      [w, s],
    ],
  ],
});

/**
 * A made-up archipelago as wide as Indonesia: a tiny kota (drawn with a dot), two Jakarta kota
 * (in the inset, one suppressed), a polygon carrying two kab/kota, one without data, one with low
 * coverage (striped).
 */
const ISLANDS: [codes: string[], name: string, bounds: [number, number, number, number], value: RegionValue | undefined][] = [
  [['11.01'], 'Kabupaten Satu', [95.3, 2.8, 97.4, 6.1], { status: 'value', value: 12.5, display: '12,5 %' }],
  [['12.73'], 'Kota Kecil', [98.76, 1.72, 98.8, 1.76], { status: 'value', value: 40.1, display: '40,1 %' }],
  [['31.71'], 'Kota Pusat', [106.78, -6.22, 106.86, -6.14], { status: 'value', value: 3.2, display: '3,2 %' }],
  [['31.72'], 'Kota Utara', [106.7, -6.14, 106.98, -6.06], { status: 'suppressed', display: 'disamarkan' }],
  [['32.07'], 'Kabupaten Induk', [108.2, -7.8, 108.8, -7.2], { status: 'value', value: 25, display: '25 %' }],
  [['53.12'], 'Kabupaten Tanpa Data', [119, -9.9, 119.8, -9.3], undefined],
  [['74.04'], 'Kabupaten Tujuh', [122.5, -5.6, 123.2, -5], { status: 'value', value: 55, display: '55 %' }],
  [['94.71'], 'Kabupaten Timur', [138, -4, 140.8, -2.2], { status: 'value', value: 70.3, display: '70,3 %, cakupan rendah', lowCoverage: true }],
];
const features: BoundaryCollection = {
  type: 'FeatureCollection',
  features: ISLANDS.map(([codes, , bounds]) => ({ type: 'Feature', properties: { codes }, geometry: square(...bounds) })),
};
const values = new Map<string, RegionValue>(ISLANDS.flatMap(([[code], , , value]) => (value ? [[code!, value] as const] : [])));
const names = new Map<string, string>(ISLANDS.map(([[code], name]) => [code!, name] as const));
const labels = {
  title: 'Peta desa/kelurahan rawan',
  description: 'Persentase desa/kelurahan rawan per kabupaten/kota.',
  legendTitle: 'Desa/kelurahan rawan (%)',
  suppressed: 'Disamarkan',
  noData: 'Tidak ada data',
  smallRegions: 'Kota kecil',
  lowCoverage: 'Cakupan rendah: kurang dari 10 desa atau 10% desa dinilai',
};
const formatNumber = (n: number) => String(n).replace('.', ',');
const options: ChoroplethOptions = {
  features,
  values,
  nameOf: (code) => names.get(code) ?? code,
  hrefFor: (code) => `/kabkota/${code}/`,
  labels,
  formatNumber,
  insets: [jakartaInset('DKI Jakarta')],
};

describe('map', () => {
  it('map-choropleth: the defaults (legend and style inside the SVG)', async () => {
    await expectGolden('map-choropleth', renderChoropleth(options));
  });

  it('map-choropleth-site: as the site draws it (no legend, no style, own ids, 2-unit grid, own labels)', async () => {
    const svg = renderChoropleth({
      ...options,
      legend: false,
      style: false,
      idPrefix: 'pmap',
      grid: 2,
      regionLabel: (region) => `${region.name}: ${region.value.display}`,
    });
    await expectGolden('map-choropleth-site', svg);
  });

  it('map-legend: the legend alone, for narrow screens', async () => {
    await expectGolden('map-legend', renderLegendSvg({ classification: MAP_CLASSES.rawan_persen, labels, formatNumber }));
  });
});
