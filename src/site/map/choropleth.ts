/**
 * Build-time SVG choropleth of the kab/kota map. Pure: same options → same string; no DOM.
 *
 * - Every geometry is exactly one `<a href>` (focusable; accessible name in `aria-label`,
 *   native tooltip in `<title>`; `data-code`, `data-value`, `data-status` for a later tooltip
 *   script) wrapping its `<path>`. Every geometry stands for exactly one kab/kota (the public
 *   map's schema requires one code per geometry).
 * - Geometries drawn in an inset (DKI Jakarta) are links in the inset only, and plain
 *   `aria-hidden` shapes on the main map.
 * - Geometries smaller than `dots.maxArea` px² on the main map (the small kota: Sibolga,
 *   Magelang, Mojokerto, Padang Panjang, …; about 40 of them) also get a dot of their colour
 *   inside the same link, so they can be seen and clicked.
 * - Status never relies on colour alone: suppressed cells are hatched, missing data dotted, low
 *   coverage striped white over its class colour.
 * - Colours come from the measure's fixed classes (breaks.ts), never from the figures drawn.
 * - Nothing covers a region: the legend (when drawn in the SVG) goes below the map; insets sit in
 *   sea that no region's bounding box reaches (`choroplethLayout`, checked by a test).
 * - All words come from the caller; this module only knows codes, numbers and colours.
 * - The `<svg>` is `role="group"` named by its `<title>`/`<desc>`: a map of links, not an image.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { BoundaryCollection, BoundaryFeature } from '../../pipeline/publish/public-schema.ts';
import { escapeAttribute, escapeHtml } from '../html.ts';
import { projectRings, ringsToPath } from './path.ts';
import { MAP_CLASSES } from './breaks.ts';
import { binOf, type Classes, type LegendBin, legendBins } from './scale.ts';

export type RegionStatus = 'value' | 'suppressed' | 'no-data';

/** The figure of one kab/kota, as the site shows it. */
export interface RegionValue {
  status: RegionStatus;
  /** Present when `status === 'value'`. */
  value?: number;
  /** The figure as text, formatted by the caller ("12,3 %", "disamarkan", "tidak ada data"). */
  display: string;
  /** Too little coverage to compare (src/site/coverage.ts): drawn in its class colour, striped. */
  lowCoverage?: boolean;
}

export interface RegionInfo {
  code: string;
  name: string;
  value: RegionValue;
}

export type LonLat = readonly [number, number];
export type LonLatBox = readonly [LonLat, LonLat];

/** An enlarged panel for small, dense kab/kota. */
export interface InsetSpec {
  id: string;
  /** Visible caption of the panel (caller's language). */
  title: string;
  /** Kab/kota (by code) whose link lives in this inset instead of the main map. */
  includes: (code: string) => boolean;
  /** Area shown, [[west, south], [east, north]]. */
  bounds: LonLatBox;
  /** Where the panel's top-left corner goes, as a lon/lat of the main map (pick empty sea). */
  at: LonLat;
  /** Panel width in px; the height follows from `bounds`. */
  width: number;
}

/**
 * DKI Jakarta: the five kota and the islands of Kepulauan Seribu nearest the coast, placed in
 * the Indian Ocean west of Sumatra. (The rest of Kepulauan Seribu lies north of the panel; the
 * islands shown are enough to see and click it.)
 */
export function jakartaInset(title: string, overrides: Partial<Omit<InsetSpec, 'title'>> = {}): InsetSpec {
  return {
    id: 'jakarta',
    title,
    includes: (code) => code.startsWith('31.'),
    bounds: [
      [106.63, -6.39],
      [106.99, -5.94],
    ],
    at: [95.25, -3.55],
    width: 128,
    ...overrides,
  };
}

export interface ClassNames {
  root: string;
  regions: string;
  region: string;
  inset: string;
  legend: string;
}

export const DEFAULT_CLASS_NAMES: ClassNames = {
  root: 'choropleth',
  regions: 'choropleth-regions',
  region: 'choropleth-region',
  inset: 'choropleth-inset',
  legend: 'choropleth-legend',
};

export interface ChoroplethLabels {
  /** Accessible name of the map (`<title>`). */
  title: string;
  /** Longer description (`<desc>`), e.g. what is coloured and where the data table is. */
  description: string;
  /** Legend heading, with units, e.g. "Desa/kelurahan rawan (%)". */
  legendTitle: string;
  /** Legend text for the hatched pattern. */
  suppressed: string;
  /** Legend text for the dotted pattern. */
  noData: string;
  /** Legend text for the dots of small kab/kota (row omitted when absent). */
  smallRegions?: string;
  /** Legend text for the striped classes of low coverage (row omitted when absent). */
  lowCoverage?: string;
}

export interface ChoroplethOptions {
  /** The map's features (`boundaries().features`, the public dataset's `peta.json`). */
  features: BoundaryCollection;
  /** Figures by kab/kota code. A code without an entry is drawn as no data. */
  values: ReadonlyMap<string, RegionValue>;
  nameOf: (code: string) => string;
  hrefFor: (code: string) => string;
  labels: ChoroplethLabels;
  /** Number format of the legend (e.g. Indonesian decimal comma). */
  formatNumber: (n: number) => string;
  /** Accessible name of one geometry's kab/kota; default "Name: display" (the name alone without a figure). */
  regionLabel?: (region: RegionInfo) => string;
  /** Legend bin label; default "from–to" (lower bound inclusive). */
  binLabel?: (from: string, to: string, index: number, count: number) => string;
  /** The measure's fixed classes (src/site/map/breaks.ts); default those of `rawan_persen`. */
  classification?: Classes;
  /** Insets; default none. The site should pass `[jakartaInset(t('DKI Jakarta'))]`. */
  insets?: readonly InsetSpec[];
  /** Dots for geometries smaller than `maxArea` px² (default { maxArea: 4, radius: 2.2 }); false: none. */
  dots?: { maxArea: number; radius: number } | false;
  /** Draw the legend inside the SVG, below the map (default true). */
  legend?: boolean;
  /** Width of the viewBox (default 960). */
  width?: number;
  /** Grid (viewBox units) the main map's outlines are rounded to (default 1; see path.ts). */
  grid?: number;
  /** Prefix of element ids (patterns, title), unique per page (default "kkmap"). */
  idPrefix?: string;
  classNames?: Partial<ClassNames>;
  /**
   * Embed the small `<style>` (hover/focus outline, non-scaling strokes) in the SVG (default
   * true). Pass false under a Content-Security-Policy without inline styles and put
   * `choroplethCss()` in the site's stylesheet instead.
   */
  style?: boolean;
}

/** The map's CSS: thin strokes at any size, a black outline on hover and keyboard focus. */
export function choroplethCss(classNames: Partial<ClassNames> = {}): string {
  const root = `.${{ ...DEFAULT_CLASS_NAMES, ...classNames }.root}`;
  return (
    `${root} path,${root} circle{vector-effect:non-scaling-stroke}` +
    `${root} a:focus path,${root} a:hover path,${root} a:focus circle,${root} a:hover circle{stroke:#000;stroke-width:1.5px}`
  );
}

const DEFAULT_DOTS = { maxArea: 4, radius: 2.2 };
const NO_DATA: RegionValue = { status: 'no-data', display: '' };
const SEA_PAD = 8;
const INSET_CAPTION = 16;
const FONT = 'font-family="system-ui,sans-serif" font-size="11" fill="#222"';

/** Number with at most one decimal, no trailing zeros. */
function r1(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function defaultRegionLabel(region: RegionInfo): string {
  return region.value.display ? `${region.name}: ${region.value.display}` : region.name;
}

interface Prepared {
  feature: BoundaryFeature;
  info: RegionInfo;
  fill: string;
}

type LinkRenderer = (p: Prepared, inner: string) => string;

/** Ids of the fill patterns of one map (`<prefix>-sup`, `-nd`, `-lc<class>`). */
export interface PatternIds {
  suppressed: string;
  noData: string;
  /** Low coverage: the class colour with white stripes, one pattern per class. */
  lowCoverage: (bin: number) => string;
}

export function patternIds(prefix: string): PatternIds {
  return { suppressed: `${prefix}-sup`, noData: `${prefix}-nd`, lowCoverage: (bin) => `${prefix}-lc${bin}` };
}

/** Renders the choropleth as an SVG string. */
export function renderChoropleth(options: ChoroplethOptions): string {
  return draw(options).svg;
}

/** The SVG, and where its projection and panels put things (for `choroplethLayout`). */
function draw(options: ChoroplethOptions): { svg: string; projection: GeoProjection; frame: Frame } {
  const width = options.width ?? 960;
  const id = options.idPrefix ?? 'kkmap';
  const cls: ClassNames = { ...DEFAULT_CLASS_NAMES, ...options.classNames };
  const insets = options.insets ?? [];
  const dots = options.dots === false ? undefined : (options.dots ?? DEFAULT_DOTS);
  const classes = options.classification ?? MAP_CLASSES.rawan_persen;
  const patterns = patternIds(id);
  const prepared = prepareRegions(options, regionFill(classes, patterns));

  const main = projectedMain(options.features, width, options.grid ?? 1);
  const projection = main.projection;
  const link = linkRenderer(options, cls);
  const inInset = (p: Prepared): boolean => insets.some((i) => i.includes(p.info.code));
  const regions = renderRegions(prepared, main, { dots, inInset, link });
  const legend =
    options.legend ?? true
      ? {
          bins: legendBins(classes, options.formatNumber, options.binLabel),
          labels: options.labels,
          patterns,
          lowCoverageBin: lowCoverageSwatchBin(classes),
          dot: regions.anyDot && dots && options.labels.smallRegions ? dots.radius : undefined,
          cls,
        }
      : undefined;
  const frame = mapFrame(width, projection, main.bottom, insets, legend && legendSize(legend));

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${frame.height}" class="${escapeAttribute(cls.root)}" role="group" aria-labelledby="${id}-t" aria-describedby="${id}-d">`,
    `<title id="${id}-t">${escapeHtml(options.labels.title)}</title><desc id="${id}-d">${escapeHtml(options.labels.description)}</desc>`,
    patternDefs(patterns, classes.colors),
    options.style === false ? '' : `<style>${choroplethCss(cls)}</style>`,
    `<g class="${escapeAttribute(cls.regions)}" stroke="#fff" stroke-width=".5" stroke-linejoin="round">`,
    regions.svg,
    `</g>`,
  ];
  for (const inset of insets) out.push(renderInset(inset, prepared, main, link, cls));
  if (legend && frame.legend) out.push(renderLegend({ ...legend, at: [frame.legend.x0, frame.legend.y0] }));
  out.push(`</svg>`);
  return { svg: out.join(''), projection, frame };
}

/** A rectangle of the viewBox: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where things sit in the viewBox: the height, the inset panels and the legend (below the map). */
interface Frame {
  height: number;
  insets: { id: string; box: Box }[];
  legend: Box | undefined;
}

const LEGEND_GAP = 8;

function mapFrame(width: number, projection: GeoProjection, mapBottom: number, insets: readonly InsetSpec[], legend: [number, number] | undefined): Frame {
  const panels = insets.map((inset) => {
    const [x, y] = insetOrigin(inset, projection);
    return { id: inset.id, box: { x0: x, y0: y, x1: x + inset.width, y1: y + INSET_CAPTION + insetProjection(inset, 0, 0).height } };
  });
  const bottom = Math.ceil(Math.max(mapBottom, ...panels.map((p) => p.box.y1)));
  if (!legend) return { height: bottom + SEA_PAD, insets: panels, legend: undefined };
  const [w, h] = legend;
  const box = { x0: SEA_PAD, y0: bottom + LEGEND_GAP, x1: Math.min(width, SEA_PAD + w), y1: bottom + LEGEND_GAP + h };
  return { height: box.y1 + SEA_PAD, insets: panels, legend: box };
}

/** What the map's layout looks like, for tests: every geometry's projected box and every panel drawn over the map. */
export interface ChoroplethLayout {
  width: number;
  height: number;
  /** Bounding box of every geometry of the main map, by its codes. */
  regions: { codes: readonly string[]; box: Box }[];
  /** Inset panels and the legend. */
  panels: { id: string; box: Box }[];
}

/**
 * The layout `renderChoropleth(options)` draws (same projection, insets and legend size), with the
 * projected bounding box of every geometry, so that a test can prove no panel covers a region.
 */
export function choroplethLayout(options: ChoroplethOptions): ChoroplethLayout {
  const width = options.width ?? 960;
  const { projection, frame } = draw(options);
  const regions = options.features.features.flatMap((feature) => {
    const points = projectRings(feature, projection).flat();
    if (points.length === 0) return [];
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    return [{ codes: feature.properties.codes, box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) } }];
  });
  const panels = frame.legend ? [...frame.insets, { id: 'legend', box: frame.legend }] : frame.insets;
  return { width, height: frame.height, regions, panels };
}

/** The fill of a figure: its class colour (striped when coverage is low), or the hatching (suppressed) or dots (no data) pattern. */
function regionFill(classes: Classes, patterns: PatternIds): (v: RegionValue) => string {
  return (v) => {
    if (v.status === 'value' && v.value !== undefined && Number.isFinite(v.value)) {
      const bin = binOf(classes, v.value);
      return v.lowCoverage ? `url(#${patterns.lowCoverage(bin)})` : (classes.colors[bin] ?? '#ccc');
    }
    return v.status === 'suppressed' ? `url(#${patterns.suppressed})` : `url(#${patterns.noData})`;
  };
}

/** The class whose striped pattern stands for low coverage in a legend (the middle one). */
export function lowCoverageSwatchBin(classes: Pick<Classes, 'colors'>): number {
  return Math.floor((classes.colors.length - 1) / 2);
}

/** Every geometry with its kab/kota, that kab/kota's figure and its fill. */
function prepareRegions(options: ChoroplethOptions, fillOf: (v: RegionValue) => string): Prepared[] {
  return options.features.features.map((feature) => {
    const [code] = feature.properties.codes;
    if (code === undefined) throw new Error('geometri tanpa kode');
    const info = { code, name: options.nameOf(code), value: options.values.get(code) ?? NO_DATA };
    return { feature, info, fill: fillOf(info.value) };
  });
}

/**
 * Main projection: Mercator fitted to the width (Indonesia straddles the equator, so the
 * distortion is < 2 %). Resampling off: the geometry is already dense enough.
 */
function mainProjection(width: number, features: BoundaryCollection): GeoProjection {
  const projection = geoMercator().precision(0);
  projection.fitWidth(width - 2 * SEA_PAD, features);
  const [tx, ty] = projection.translate();
  projection.translate([tx + SEA_PAD, ty + SEA_PAD]);
  return projection;
}

/**
 * The main map's geometry, the same for every year and measure drawn on these features: the
 * projection, every feature's outline, area and centroid (px), the bottom edge, and the insets'
 * outlines. Computed once per features × width × grid (the map downloads draw each map ~40 times).
 */
interface ProjectedMain {
  projection: GeoProjection;
  paths: string[];
  areas: number[];
  centroids: [number, number][];
  bottom: number;
  insets: Map<string, { d: string; area: number }[]>;
}

const projectedCache = new WeakMap<BoundaryCollection, Map<string, ProjectedMain>>();

function projectedMain(features: BoundaryCollection, width: number, grid: number): ProjectedMain {
  let byKey = projectedCache.get(features);
  if (!byKey) projectedCache.set(features, (byKey = new Map()));
  const key = `${width}:${grid}`;
  let main = byKey.get(key);
  if (!main) {
    const projection = mainProjection(width, features);
    const measure = geoPath(projection);
    let bottom = 0;
    const paths = features.features.map((feature) => {
      const rings = projectRings(feature, projection);
      for (const ring of rings) for (const [, y] of ring) if (y > bottom) bottom = y;
      return ringsToPath(rings, { grid });
    });
    const areas = features.features.map((feature) => measure.area(feature));
    const centroids = features.features.map((feature) => measure.centroid(feature));
    main = { projection, paths, areas, centroids, bottom, insets: new Map() };
    byKey.set(key, main);
  }
  return main;
}

/** Wraps a region's shapes in its link: href, accessible name, tooltip and data attributes. */
function linkRenderer(options: ChoroplethOptions, cls: ClassNames): LinkRenderer {
  const regionLabel = options.regionLabel ?? defaultRegionLabel;
  return (p, inner) => {
    const label = regionLabel(p.info);
    const v = p.info.value;
    const value = v.status === 'value' && v.value !== undefined ? ` data-value="${v.value}"` : '';
    return (
      `<a href="${escapeAttribute(options.hrefFor(p.info.code))}" class="${escapeAttribute(cls.region)}" aria-label="${escapeAttribute(label)}" ` +
      `data-code="${p.info.code}"${value} data-status="${v.status}"><title>${escapeHtml(label)}</title>${inner}</a>`
    );
  };
}

/**
 * The main map's regions: links, except the shapes of inset regions (drawn, hidden from
 * assistive technology); a dot on the geometries too small to see or click.
 */
function renderRegions(
  prepared: readonly Prepared[],
  main: ProjectedMain,
  { dots, inInset, link }: { dots: { maxArea: number; radius: number } | undefined; inInset: (p: Prepared) => boolean; link: LinkRenderer },
): { svg: string; anyDot: boolean } {
  const out: string[] = [];
  let anyDot = false;
  prepared.forEach((p, i) => {
    const d = main.paths[i]!;
    if (!d) return;
    if (inInset(p)) {
      out.push(`<path d="${d}" fill="${p.fill}" aria-hidden="true"/>`);
      return;
    }
    let inner = `<path d="${d}" fill="${p.fill}"/>`;
    if (dots && main.areas[i]! < dots.maxArea) {
      const [cx, cy] = main.centroids[i]!;
      inner += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${dots.radius}" fill="${p.fill}" stroke="#333" stroke-width=".6"/>`;
      anyDot = true;
    }
    out.push(link(p, inner));
  });
  return { svg: out.join(''), anyDot };
}

/** Mercator fitted to the inset's bounds, with its top-left at (x, y), clipped to the panel. */
function insetProjection(inset: InsetSpec, x: number, y: number): { projection: GeoProjection; height: number } {
  const [[w, s], [e, n]] = inset.bounds;
  const probe = geoMercator().scale(1).translate([0, 0]);
  const a = probe([w, n])!;
  const b = probe([e, s])!;
  const scale = inset.width / (b[0] - a[0]);
  const height = Math.round((b[1] - a[1]) * scale);
  const projection = geoMercator().precision(0).scale(scale).translate([0, 0]);
  const topLeft = projection([w, n])!;
  projection.translate([x - topLeft[0], y - topLeft[1]]);
  projection.clipExtent([
    [x, y],
    [x + inset.width, y + height],
  ]);
  return { projection, height };
}

function insetOrigin(inset: InsetSpec, main: GeoProjection): [number, number] {
  const at = main(inset.at as [number, number]) ?? [0, 0];
  return [Math.round(at[0]), Math.round(at[1])];
}

/** Every feature's outline and area (px) in an inset panel (once per inset and main geometry). */
function insetShapes(inset: InsetSpec, prepared: readonly Prepared[], main: ProjectedMain, projection: GeoProjection): { d: string; area: number }[] {
  const key = JSON.stringify([inset.id, inset.bounds, inset.at, inset.width]);
  let shapes = main.insets.get(key);
  if (!shapes) {
    const measure = geoPath(projection);
    shapes = prepared.map((p) => ({ d: ringsToPath(projectRings(p.feature, projection)), area: measure.area(p.feature) }));
    main.insets.set(key, shapes);
  }
  return shapes;
}

function renderInset(
  inset: InsetSpec,
  prepared: readonly Prepared[],
  mainGeometry: ProjectedMain,
  link: LinkRenderer,
  cls: ClassNames,
): string {
  const main = mainGeometry.projection;
  const [[w, s], [e, n]] = inset.bounds;
  const [x, y] = insetOrigin(inset, main);
  const { projection, height } = insetProjection(inset, x, y + INSET_CAPTION);
  const shapes = insetShapes(inset, prepared, mainGeometry, projection);
  // Frame on the main map around the enlarged area.
  const a = main([w, n])!;
  const b = main([e, s])!;
  const parts: string[] = [
    `<g class="${escapeAttribute(cls.inset)}" data-inset="${escapeAttribute(inset.id)}">`,
    `<rect x="${r1(a[0])}" y="${r1(a[1])}" width="${r1(b[0] - a[0])}" height="${r1(b[1] - a[1])}" fill="none" stroke="#222" stroke-width=".75"/>`,
    `<rect x="${x}" y="${y}" width="${inset.width}" height="${height + INSET_CAPTION}" fill="#fff" stroke="#222" stroke-width=".75"/>`,
    `<text x="${x + 4}" y="${y + 12}" ${FONT}>${escapeHtml(inset.title)}</text>`,
    `<g stroke="#fff" stroke-width=".5" stroke-linejoin="round">`,
  ];
  // Neighbours as grey context (not links), then the inset's own regions as links.
  prepared.forEach((p, i) => {
    const { d } = shapes[i]!;
    if (!inset.includes(p.info.code) && d) parts.push(`<path d="${d}" fill="#d4d4d4" aria-hidden="true"/>`);
  });
  prepared.forEach((p, i) => {
    const { d, area } = shapes[i]!;
    if (!inset.includes(p.info.code) || !d) return;
    // Islands of a few px (Kepulauan Seribu) get an outline of their own paint to be seen.
    const small = area < 60;
    parts.push(link(p, `<path d="${d}" fill="${p.fill}"${small ? ` stroke="${p.fill}" stroke-width="2.5"` : ''}/>`));
  });
  parts.push(`</g></g>`);
  return parts.join('');
}

/**
 * Hatching (suppressed), dots on grey (no data), and each class colour with white stripes the
 * other way round (low coverage): status never relies on colour alone.
 */
function patternDefs(ids: PatternIds, colors: readonly string[]): string {
  const low = colors
    .map(
      (color, bin) =>
        `<pattern id="${ids.lowCoverage(bin)}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">` +
        `<rect width="4" height="4" fill="${color}"/><path d="M1 0v4" stroke="#fff" stroke-width="1.4"/></pattern>`,
    )
    .join('');
  return (
    `<defs><pattern id="${ids.suppressed}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="4" height="4" fill="#f4f4f4"/><path d="M1 0v4" stroke="#4d4d4d" stroke-width="1.5"/></pattern>` +
    `<pattern id="${ids.noData}" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" fill="#dcdcdc"/>` +
    `<circle cx="2" cy="2" r=".9" fill="#6e6e6e"/></pattern>${low}</defs>`
  );
}

/** Rough width (px) of 11 px system-ui text, to keep the legend inside the viewBox. */
function textWidth(text: string, bold = false): number {
  return Math.ceil(text.length * (bold ? 6.6 : 6.1));
}

const LEGEND_ROW = 15;
const LEGEND_HEAD = 16;

interface LegendSpec {
  bins: readonly LegendBin[];
  labels: ChoroplethLabels;
  patterns: PatternIds;
  /** The class whose striped pattern stands for low coverage. */
  lowCoverageBin: number;
  dot: number | undefined;
  cls: ClassNames;
}

/** The legend's rows after the classes: patterns, then the dot of small kab/kota. */
function legendExtraRows(o: LegendSpec): { fill: string; text: string }[] {
  return [
    ...(o.labels.lowCoverage ? [{ fill: `url(#${o.patterns.lowCoverage(o.lowCoverageBin)})`, text: o.labels.lowCoverage }] : []),
    { fill: `url(#${o.patterns.suppressed})`, text: o.labels.suppressed },
    { fill: `url(#${o.patterns.noData})`, text: o.labels.noData },
  ];
}

function legendSize(o: LegendSpec): [number, number] {
  const rows = [...o.bins.map((b) => b.label), ...legendExtraRows(o).map((r) => r.text)];
  if (o.dot !== undefined && o.labels.smallRegions) rows.push(o.labels.smallRegions);
  const w = Math.max(textWidth(o.labels.legendTitle, true), ...rows.map((r) => 22 + textWidth(r)));
  return [w, LEGEND_HEAD + rows.length * LEGEND_ROW];
}

function renderLegend(o: LegendSpec & { at: [number, number] }): string {
  const x = Math.max(0, Math.round(o.at[0]));
  let y = Math.round(o.at[1]);
  const parts: string[] = [
    `<g class="${escapeAttribute(o.cls.legend)}" ${FONT}>`,
    `<text x="${x}" y="${y + 10}" font-weight="600">${escapeHtml(o.labels.legendTitle)}</text>`,
  ];
  y += LEGEND_HEAD;
  const row = (symbol: string, text: string): void => {
    parts.push(`${symbol}<text x="${x + 22}" y="${y + 9.5}">${escapeHtml(text)}</text>`);
    y += LEGEND_ROW;
  };
  const swatch = (fill: string): string =>
    `<rect x="${x}" y="${y}" width="16" height="11" fill="${fill}" stroke="#666" stroke-width=".5"/>`;
  for (const bin of o.bins) row(swatch(bin.color), bin.label);
  for (const extra of legendExtraRows(o)) row(swatch(extra.fill), extra.text);
  if (o.dot !== undefined && o.labels.smallRegions) {
    row(`<circle cx="${x + 8}" cy="${y + 5.5}" r="${o.dot}" fill="#fff" stroke="#333" stroke-width=".6"/>`, o.labels.smallRegions);
  }
  parts.push(`</g>`);
  return parts.join('');
}

export interface LegendSvgOptions {
  classification: Classes;
  labels: Pick<ChoroplethLabels, 'legendTitle' | 'suppressed' | 'noData' | 'smallRegions' | 'lowCoverage'>;
  formatNumber: (n: number) => string;
  binLabel?: (from: string, to: string, index: number, count: number) => string;
  /** Show the dot row for small kab/kota (when `labels.smallRegions` is given). Default true. */
  smallRegionsDot?: boolean;
  /** Id prefix of this legend's own patterns (default "kklegend"). */
  idPrefix?: string;
  classNames?: Partial<ClassNames>;
}

/**
 * The legend alone, as a small SVG of its own (own patterns), e.g. to show below the map on
 * narrow screens with `renderChoropleth({ …, legend: false })`.
 */
export function renderLegendSvg(options: LegendSvgOptions): string {
  const id = options.idPrefix ?? 'kklegend';
  const cls: ClassNames = { ...DEFAULT_CLASS_NAMES, ...options.classNames };
  const labels: ChoroplethLabels = { title: '', description: '', ...options.labels };
  const legend: LegendSpec = {
    bins: legendBins(options.classification, options.formatNumber, options.binLabel),
    labels,
    patterns: patternIds(id),
    lowCoverageBin: lowCoverageSwatchBin(options.classification),
    dot: options.smallRegionsDot === false ? undefined : DEFAULT_DOTS.radius,
    cls,
  };
  const [w, h] = legendSize(legend);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w + 4} ${h + 4}" class="${escapeAttribute(cls.legend)}" role="group" aria-label="${escapeAttribute(labels.legendTitle)}">` +
    patternDefs(legend.patterns, options.classification.colors) +
    renderLegend({ ...legend, at: [2, 2] }) +
    `</svg>`
  );
}
