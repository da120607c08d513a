/**
 * The site's maps: the national kab/kota choropleth (home), a zoomed one per province, and the
 * JSON behind the client-side year/measure switch. All use the fixed classes of their measure
 * (breaks.ts), the same in every year, and mark low coverage (src/site/coverage.ts) the same way,
 * so a colour means the same on every page and in every year. Rendered once per language and cached.
 */
import type { BoundaryCollection, BoundaryFeature, PublicMap } from '../../pipeline/publish/public-schema.ts';
import { type ChoroplethOptions, jakartaInset, lowCoverageSwatchBin, patternIds, type RegionInfo, type RegionValue, renderChoropleth } from './choropleth.ts';
import { MAP_CLASSES, MAP_MEASURES, type MapMeasure, MARKS_LOW_COVERAGE } from './breaks.ts';
import { legendBins } from './scale.ts';
import { isLowCoverage, LOW_COVERAGE } from '../coverage.ts';
import { type Cell, formatShort, formatStyled, isMarker } from '../format/index.ts';
import { href, type Lang, LANGS } from '../routes.ts';
import { type MessageKey, t } from '../../i18n/index.ts';
import { site, type KawasanRecord } from '../site.ts';
import type { MapData } from './map-data.ts';

export { MAP_MEASURES, type MapMeasure };
export const DEFAULT_MEASURE: MapMeasure = 'rawan_persen';

/** Legend heading (with units) of each measure. */
export const MEASURE_LABEL: Record<MapMeasure, MessageKey> = {
  rawan_persen: 'm.rawan_persen',
  skor_rata: 'm.skor_rata',
  cakupan_persen: 'm.cakupan_persen',
};

export const PATTERN_IDS = { national: 'kkmap', province: 'pmap' } as const;

/**
 * The kab/kota map of the public dataset (`peta.json`): the simplified geometry and its notes, as
 * the pipeline published them from the official file in `data/geo/` or the bundled open map.
 */
export function boundaries(): PublicMap {
  return site().data.map;
}

export function displayValue(lang: Lang, measure: MapMeasure, value: number): string {
  return formatStyled(lang, value, measure === 'skor_rata' ? 'score' : 'percent');
}

/**
 * A cell as a map value: a number (with "cakupan rendah" after it when `lowCoverage`), suppressed
 * ([c]) or no data ([x], [z], missing).
 */
export function regionValue(lang: Lang, measure: MapMeasure, cell: Cell | undefined, lowCoverage = false): RegionValue {
  if (typeof cell === 'number') {
    const display = displayValue(lang, measure, cell);
    return lowCoverage
      ? { status: 'value', value: cell, display: t(lang, 'map.value.low', { value: display }), lowCoverage }
      : { status: 'value', value: cell, display };
  }
  if (cell === '[c]') return { status: 'suppressed', display: t(lang, 'map.value.c') };
  if (cell === '[z]') return { status: 'no-data', display: t(lang, 'map.value.z') };
  return { status: 'no-data', display: t(lang, 'map.value.x') };
}

const yearRecords = new Map<number, Map<string, KawasanRecord>>();
/** Kab/kota records of one year, by code. */
function recordsOf(year: number): Map<string, KawasanRecord> {
  let m = yearRecords.get(year);
  if (!m) {
    m = new Map();
    for (const r of site().data.kawasan) if (r.tahun === year && r.tingkat === 'kabkota') m.set(r.kode, r);
    yearRecords.set(year, m);
  }
  return m;
}

export interface LegendItem {
  /** A colour or a `url(#pattern)` fill. */
  fill: string;
  label: string;
  kind: 'bin' | 'low-coverage' | 'suppressed' | 'no-data' | 'dot';
}

export interface MapView {
  svg: string;
  title: string;
  legendTitle: string;
  legend: LegendItem[];
  /** The figures drawn, by code (for the data table). */
  values: Map<string, RegionValue>;
}

/** Whether a kab/kota's figure of `measure` is marked as resting on too little coverage. */
function markedLow(measure: MapMeasure, record: KawasanRecord | undefined): boolean {
  return MARKS_LOW_COVERAGE[measure] && record !== undefined && isLowCoverage(record);
}

const valuesCache = new Map<string, Map<string, RegionValue>>();

/**
 * Every kab/kota's figure of one view, by code: the same for the national map and each province
 * map of that view, so computed once per language, year and measure (the map files draw ~1,600
 * views; each used to format all 514 values again).
 */
function values(lang: Lang, year: number, measure: MapMeasure): Map<string, RegionValue> {
  const key = `${lang}:${year}:${measure}`;
  let out = valuesCache.get(key);
  if (!out) valuesCache.set(key, (out = computeValues(lang, year, measure)));
  return out;
}

function computeValues(lang: Lang, year: number, measure: MapMeasure): Map<string, RegionValue> {
  const out = new Map<string, RegionValue>();
  const records = recordsOf(year);
  for (const k of site().kabkota) {
    const record = records.get(k.kode);
    out.set(k.kode, regionValue(lang, measure, record?.[measure], markedLow(measure, record)));
  }
  return out;
}

/** The legend's classes of a measure, e.g. "0–19,9" … "80–100": the same in every year. */
export function classLabels(lang: Lang, measure: MapMeasure): string[] {
  return legendBins(MAP_CLASSES[measure], (n) => formatShort(lang, n)).map((b) => b.label);
}

/** The legend's low-coverage row: "Cakupan rendah: kurang dari 10 desa atau 10% desa dinilai". */
export function lowCoverageLabel(lang: Lang): string {
  return t(lang, 'map.lowCoverage', { n: LOW_COVERAGE.minAssessed, pct: formatShort(lang, LOW_COVERAGE.minPercent) });
}

/** "Name: value"; the client script builds the same when the year or measure changes. */
export function regionLabel(region: RegionInfo): string {
  return `${region.name}: ${region.value.display}`;
}

function legendItems(lang: Lang, measure: MapMeasure, idPrefix: string, dots: boolean): LegendItem[] {
  const classes = MAP_CLASSES[measure];
  const patterns = patternIds(idPrefix);
  const labels = classLabels(lang, measure);
  const bins = classes.colors.map<LegendItem>((fill, i) => ({ fill, label: labels[i] ?? '', kind: 'bin' }));
  const low: LegendItem = { fill: `url(#${patterns.lowCoverage(lowCoverageSwatchBin(classes))})`, label: lowCoverageLabel(lang), kind: 'low-coverage' };
  return [
    ...bins,
    ...(MARKS_LOW_COVERAGE[measure] ? [low] : []),
    { fill: `url(#${patterns.suppressed})`, label: t(lang, 'map.suppressed'), kind: 'suppressed' },
    { fill: `url(#${patterns.noData})`, label: t(lang, 'map.noData'), kind: 'no-data' },
    ...(dots ? [{ fill: '#fff', label: t(lang, 'map.small'), kind: 'dot' as const }] : []),
  ];
}

/** What differs between the national and the province maps (the rest is `drawMap`'s). */
type MapOptions = Pick<ChoroplethOptions, 'features' | 'insets' | 'width' | 'grid'> & {
  title: (measureLabel: string, year: number) => string;
  description: string;
  idPrefix: string;
};

/** A year and a measure of the map; the pages show the latest year's default measure. */
export interface MapViewKey {
  year: number;
  measure: MapMeasure;
}

/** One year's measure over some kab/kota, coloured with the measure's fixed classes. */
function drawMap(lang: Lang, { title: titleOf, description, idPrefix, ...options }: MapOptions, { year, measure }: MapViewKey): MapView {
  const { data } = site();
  const vals = values(lang, year, measure);
  const measureLabel = t(lang, MEASURE_LABEL[measure]);
  const title = titleOf(measureLabel, year);
  const svg = renderChoropleth({
    ...options,
    values: vals,
    nameOf: (code) => data.regionByCode.get(code)?.nama ?? code,
    hrefFor: (code) => href.region(lang, data.regionByCode.get(code) ?? { tingkat: 'kabkota', kode: code, nama: code }),
    labels: {
      title,
      description,
      legendTitle: measureLabel,
      suppressed: t(lang, 'map.suppressed'),
      noData: t(lang, 'map.noData'),
      smallRegions: t(lang, 'map.small'),
      lowCoverage: MARKS_LOW_COVERAGE[measure] ? lowCoverageLabel(lang) : undefined,
    },
    formatNumber: (n) => formatShort(lang, n),
    regionLabel,
    classification: MAP_CLASSES[measure],
    legend: false,
    style: false,
    idPrefix,
  });
  return {
    svg,
    title,
    legendTitle: measureLabel,
    // A dot of a small kab/kota is outlined; the dots of the no-data pattern are not.
    legend: legendItems(lang, measure, idPrefix, /<circle [^>]*stroke=/.test(svg)),
    values: vals,
  };
}

/** Where the national map draws what: all the kab/kota, 960 units wide, DKI Jakarta in an inset. */
export function nationalLayout(features: BoundaryCollection, insetTitle: string): Pick<ChoroplethOptions, 'features' | 'insets' | 'width' | 'grid'> {
  return {
    features,
    insets: [jakartaInset(insetTitle)],
    // The whole country in 960 units: a 2-unit grid is under a pixel on a phone and keeps
    // the home page light (its outlines are most of the page's bytes).
    grid: 2,
  };
}

/** Where a province map draws what: the province's kab/kota, 640 units wide (undefined: none on the map). */
export function provinceLayout(all: BoundaryCollection, provinceCode: string): Pick<ChoroplethOptions, 'features' | 'insets' | 'width' | 'grid'> | undefined {
  const features = featuresOf(all, provinceCode);
  return features.features.length === 0 ? undefined : { features, width: 640 };
}

/** The view the pages show without JavaScript: the latest year's default measure. */
export function pageView(): MapViewKey {
  return { year: site().latestYear, measure: DEFAULT_MEASURE };
}

const nationalCache = new Map<Lang, Promise<MapView>>();

/** The national kab/kota map of one view (the pages: `pageView()`; the map downloads: every view). */
export function nationalMapOf(lang: Lang, view: MapViewKey): MapView {
  return drawMap(
    lang,
    {
      ...nationalLayout(boundaries().features, t(lang, 'map.inset')),
      title: (measure, year) => t(lang, 'map.title', { measure, year }),
      description: `${t(lang, 'map.desc')} ${t(lang, 'map.descInset')}`,
      idPrefix: PATTERN_IDS.national,
    },
    view,
  );
}

/** The national kab/kota map of the latest year's `rawan_persen` (what the page shows without JS). */
export function nationalMap(lang: Lang): Promise<MapView> {
  let p = nationalCache.get(lang);
  if (!p) {
    p = Promise.resolve(nationalMapOf(lang, pageView()));
    nationalCache.set(lang, p);
  }
  return p;
}

/** Keeps the polygons of a feature that have a point inside `bounds` (all of them if none has). */
function trimToBounds(feature: BoundaryFeature, bounds: readonly (readonly [number, number])[]): BoundaryFeature {
  const [[w, s], [e, n]] = bounds as [[number, number], [number, number]];
  const inside = (ring: number[][]) => ring.some(([x = NaN, y = NaN]) => x >= w && x <= e && y >= s && y <= n);
  const g = feature.geometry;
  if (g.type !== 'MultiPolygon') return feature;
  const kept = g.coordinates.filter((polygon) => polygon[0] !== undefined && inside(polygon[0]));
  if (kept.length === 0 || kept.length === g.coordinates.length) return feature;
  return { ...feature, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

const provinceFeatures = new WeakMap<BoundaryCollection, Map<string, BoundaryCollection>>();

/** The features of one province's kab/kota (DKI Jakarta trimmed to the inset's area); one object per province, so its projection is computed once. */
function featuresOf(all: BoundaryCollection, provinceCode: string): BoundaryCollection {
  let byProvince = provinceFeatures.get(all);
  if (!byProvince) provinceFeatures.set(all, (byProvince = new Map()));
  let collection = byProvince.get(provinceCode);
  if (!collection) {
    let features = all.features.filter((f) => f.properties.codes.some((c) => c.startsWith(`${provinceCode}.`)));
    // DKI Jakarta: the far islands of Kepulauan Seribu would leave the map mostly sea; show the
    // area of the national map's inset (the nearer islands keep Kepulauan Seribu clickable).
    if (provinceCode === '31') features = features.map((f) => trimToBounds(f, jakartaInset('').bounds));
    collection = { type: 'FeatureCollection', features };
    byProvince.set(provinceCode, collection);
  }
  return collection;
}

/** The kab/kota of one province in one view, zoomed, coloured on the national scale. */
export function provinceMapOf(lang: Lang, provinceCode: string, view: MapViewKey): MapView | undefined {
  const layout = provinceLayout(boundaries().features, provinceCode);
  if (!layout) return undefined;
  const province = site().data.regionByCode.get(provinceCode)?.nama ?? provinceCode;
  return drawMap(
    lang,
    {
      ...layout,
      title: (measure, year) => t(lang, 'map.titleProvince', { measure, year, province }),
      description: t(lang, 'map.desc'),
      idPrefix: PATTERN_IDS.province,
    },
    view,
  );
}

const provinceCache = new Map<string, Promise<MapView | undefined>>();

/** The kab/kota of one province, zoomed, coloured with the same fixed classes as the national map (latest year, default measure). */
export function provinceMap(lang: Lang, provinceCode: string): Promise<MapView | undefined> {
  const key = `${lang}:${provinceCode}`;
  let p = provinceCache.get(key);
  if (!p) {
    p = Promise.resolve(provinceMapOf(lang, provinceCode, pageView()));
    provinceCache.set(key, p);
  }
  return p;
}

/** What the client needs to recolour the map for another year or measure (the same for both languages). */
let mapDataCache: MapData | undefined;
export function mapData(): MapData {
  if (mapDataCache) return mapDataCache;
  const { kabkota, years } = site();
  const codes = kabkota.map((k) => k.kode);
  const lowCoverage: MapData['lowCoverage'] = {};
  for (const year of years) {
    const records = recordsOf(year);
    lowCoverage[String(year)] = codes.flatMap((code, i) => {
      const record = records.get(code);
      return record && isLowCoverage(record) ? [i] : [];
    });
  }
  const measures = {} as MapData['measures'];
  for (const measure of MAP_MEASURES) {
    const { thresholds, colors } = MAP_CLASSES[measure];
    const values: Record<string, (number | string)[]> = {};
    for (const year of years) {
      const records = recordsOf(year);
      values[String(year)] = codes.map((code) => {
        const v = records.get(code)?.[measure];
        return v === undefined ? '[x]' : typeof v === 'number' || isMarker(v) ? v : '[x]';
      });
    }
    const legend = Object.fromEntries(LANGS.map((lang) => [lang, classLabels(lang, measure)])) as Record<Lang, string[]>;
    measures[measure] = { thresholds: [...thresholds], colors: [...colors], legend, marksLowCoverage: MARKS_LOW_COVERAGE[measure], values };
  }
  mapDataCache = { years, codes, names: kabkota.map((k) => k.nama), lowCoverage, measures };
  return mapDataCache;
}

/**
 * The province map of a kab/kota page: the kab/kota (or the polygon that carries it) marked as
 * the current page (`aria-current`, thick outline) and drawn last so its outline is on top.
 */
export async function locatorMap(lang: Lang, kabCode: string): Promise<MapView | undefined> {
  const province = site().data.regionByCode.get(kabCode)?.kode_induk;
  if (!province) return undefined;
  const base = await provinceMap(lang, province);
  if (!base) return undefined;
  const svg = base.svg;
  const hit = new RegExp(`<a [^>]*data-code(?:s="(?:[^"]* )?${kabCode.replace('.', '\\.')}(?: [^"]*)?"|="${kabCode.replace('.', '\\.')}")[^>]*>`).exec(svg);
  if (!hit) return base;
  const start = hit.index;
  const end = svg.indexOf('</a>', start) + '</a>'.length;
  const link = svg.slice(start, end).replace('<a ', '<a aria-current="page" ');
  const rest = svg.slice(0, start) + svg.slice(end);
  const groupStart = rest.indexOf('class="choropleth-regions"');
  const groupEnd = rest.indexOf('</g>', groupStart);
  return { ...base, svg: rest.slice(0, groupEnd) + link + rest.slice(groupEnd) };
}
