/**
 * Every map view as a figure to take away: each year × each map measure, for the nation and for
 * each province, drawn by the same functions as the pages' maps (`nationalMapOf`,
 * `provinceMapOf`), so a change of the map's colours or legend reaches the files too. The CSV
 * holds the figures of the view as the public dataset has them (marks included) with the
 * coverage beside them. Written by src/pipeline/downloads/figures.ts.
 */
import { t } from '../../i18n/index.ts';
import { figureFileName, type Figure } from '../../pipeline/publish/public-schema.ts';
import { boundaries, MAP_MEASURES, MEASURE_LABEL, type MapMeasure, type MapView, type MapViewKey, nationalMapOf, pageView, provinceMapOf } from '../map/page-map.ts';
import { LANGS, regionPath, type Lang } from '../routes.ts';
import { site, type RegionRecord } from '../site.ts';
import { frameFigure } from './frame.ts';

export const MAP_FIGURE_FOLDER = 'peta';

/** What every figure says about its release (the downloads manifest's words). */
export interface FigureContext {
  release: { id: string; date: string };
  licence: { title: string; path?: string };
  meta: { title: string; publisher: string; synthetic: boolean };
}

/** Which views get a PNG (every view gets CSV and SVG); see `mapFigures`. */
export type PngRule = (view: MapViewKey) => boolean;

/** A year and measure, or the `{year}`/`{measure}` placeholders of a link template. */
type ViewOrTemplate = MapViewKey | { year: '{year}'; measure: '{measure}' };

/**
 * The id of a map view: `peta-<nasional|province code>-<year>-<measure with ->`, e.g.
 * `peta-34-2025-rawan-persen` (the link templates' `{measure}` is filled the same way).
 */
export function mapFigureId(region: Pick<RegionRecord, 'tingkat' | 'kode'>, { year, measure }: ViewOrTemplate): string {
  return `peta-${region.tingkat === 'nasional' ? 'nasional' : region.kode}-${year}-${measure.replaceAll('_', '-')}`;
}

/** The files of a map view, as site paths (no base path): `{ csv, svg, png }` of the page's language. */
export function mapFigureLinks(lang: Lang, region: Pick<RegionRecord, 'tingkat' | 'kode'>, view: ViewOrTemplate = pageView()): { csv: string; svg: string; png: string } {
  const figure = { folder: MAP_FIGURE_FOLDER, id: mapFigureId(region, view) };
  return { csv: `/data/${figureFileName(figure, 'csv', null)}`, svg: `/data/${figureFileName(figure, 'svg', lang)}`, png: `/data/${figureFileName(figure, 'png', lang)}` };
}

const COLUMNS = ['kode', 'nama', 'kode_provinsi', 'provinsi', 'tahun'] as const;
const COVERAGE = ['dinilai', 'desa_total', 'cakupan_persen'] as const;

/** The CSV of a view: every kab/kota drawn, the measure as published, and its coverage. */
function viewRows(kabkota: readonly RegionRecord[], { year, measure }: MapViewKey): Figure['rows'] {
  const { data } = site();
  return kabkota.map((k) => {
    const record = data.kawasanByRegion.get(k.kode)?.find((r) => r.tahun === year);
    const row: Record<string, string | number> = { kode: k.kode, nama: k.nama, kode_provinsi: k.kode_induk, provinsi: data.regionByCode.get(k.kode_induk)?.nama ?? k.kode_induk, tahun: year };
    for (const field of [measure, ...COVERAGE]) row[field] = record?.[field] ?? '[x]';
    return row;
  });
}

function columnsOf(measure: MapMeasure): string[] {
  return [...COLUMNS, measure, ...COVERAGE.filter((c) => c !== measure)];
}

/** The words under every figure: the source line with the release, and the data licence. */
export function figureFooter(lang: Lang, context: FigureContext): { source: string; lines: string[] } {
  const { release, licence, meta } = context;
  const source = t(lang, 'fig.source', { publisher: meta.publisher, title: meta.title, release: release.id, date: release.date });
  return { source, lines: [source, t(lang, 'fig.licence', { licence: licence.path ? `${licence.title}, ${licence.path}` : licence.title })] };
}

/** A map's footer: `figureFooter` and the boundaries' source and licence. */
function footer(lang: Lang, context: FigureContext): { source: string; lines: string[] } {
  const geometry = boundaries().notes.source;
  const boundarySource = [geometry.name, geometry.version].filter(Boolean).join(' ') + (geometry.url ? ` (${geometry.url})` : '');
  const { source, lines } = figureFooter(lang, context);
  return { source, lines: [...lines, t(lang, 'fig.boundaries', { source: boundarySource, licence: geometry.licence?.[lang] ?? '' })] };
}

export const bilingual = (of: (lang: Lang) => string) => ({ id: of('id'), en: of('en') });

interface Drawn {
  region: RegionRecord;
  kabkota: readonly RegionRecord[];
  draw: (lang: Lang, view: MapViewKey) => MapView | undefined;
}

function mapFigure(drawn: Drawn, view: MapViewKey, context: FigureContext, png: boolean): Figure | undefined {
  const views = { id: drawn.draw('id', view), en: drawn.draw('en', view) };
  if (!views.id || !views.en) return undefined;
  const units = bilingual((lang) => t(lang, MEASURE_LABEL[view.measure]));
  const svg = bilingual((lang) => {
    const v = views[lang]!;
    const { lines } = footer(lang, context);
    return frameFigure({ lang, title: v.title, units: v.legendTitle, legend: v.legend, drawing: v.svg, footer: lines, ...(context.meta.synthetic ? { note: t(lang, 'dl.synthetic') } : {}) });
  });
  const { region } = drawn;
  return {
    id: mapFigureId(region, view),
    kind: 'map',
    folder: MAP_FIGURE_FOLDER,
    title: { id: views.id.title, en: views.en.title },
    units,
    source: bilingual((lang) => footer(lang, context).source),
    year: view.year,
    measure: view.measure,
    region: { kode: region.kode, nama: region.nama, tingkat: region.tingkat },
    pages: Object.fromEntries(LANGS.map((lang) => [lang, regionPath(lang, region)])),
    columns: columnsOf(view.measure),
    rows: viewRows(drawn.kabkota, view),
    svg,
    png,
  };
}

/**
 * Which views get a PNG: the view every page shows first (the latest year's default measure),
 * for the nation and each province. A PNG takes ~0.1 s to render and ~200 KB; all 819 views in
 * two languages would add minutes to the build and ~300 MB to the site, so the other views are
 * offered as SVG (the same image, from which any PNG can be made) and CSV.
 */
export const hasPng: PngRule = (view) => {
  const shown = pageView();
  return view.year === shown.year && view.measure === shown.measure;
};

/** Every map view (years × `MAP_MEASURES` × the nation and each province with a map), each drawn when asked for. */
export function* mapFigures(context: FigureContext, png: PngRule = hasPng): Generator<Figure> {
  const { years, nation, provinces, kabkota, kabkotaByProvince } = site();
  const drawn: Drawn[] = [
    { region: nation, kabkota, draw: nationalMapOf },
    ...provinces.map((p) => ({ region: p, kabkota: kabkotaByProvince.get(p.kode) ?? [], draw: (lang: Lang, view: MapViewKey) => provinceMapOf(lang, p.kode, view) })),
  ];
  for (const d of drawn) {
    for (const year of years) {
      for (const measure of MAP_MEASURES) {
        const figure = mapFigure(d, { year, measure }, context, png({ year, measure }));
        if (figure) yield figure;
      }
    }
  }
}
