/**
 * Every chart of the home, province and kab/kota pages as a figure to take away (the map views'
 * twin, map-figures.ts): the specs a page draws come from `regionCharts`, so the page and the
 * files can never differ. Each chart gets a stable id, `g-<kind>-<nasional|region code>` (e.g.
 * `g-rawan-share-34.02`), used as the anchor of its `<figure>` on the page and as its file
 * name under /data/grafik/grafik/. The CSV holds the numbers drawn as the public dataset has them
 * (`ChartData`: marks as in the tables); the SVG is the page's drawing framed with title, units,
 * source line with the release, licence and synthetic-data note.
 *
 * PNG only for the national and province charts (`hasChartPng`): 2 × ~4 × 514 kab/kota PNGs
 * would add minutes to the build and ~100 MB; a kab/kota chart is offered as SVG and CSV.
 */
import { t } from '../../i18n/index.ts';
import { figureFileName, type Figure } from '../../pipeline/publish/public-schema.ts';
import { type ChartKind, type ChartSpec, renderChart, type RenderedChart } from '../charts/index.ts';
import { LANGS, regionPath, type Lang } from '../routes.ts';
import { site, type RegionRecord } from '../site.ts';
import { frameFigure } from './frame.ts';
import { bilingual, type FigureContext, figureFooter } from './map-figures.ts';

export const CHART_FIGURE_FOLDER = 'grafik';

type RegionRef = Pick<RegionRecord, 'tingkat' | 'kode'>;

/** The id (and page anchor) of a region's chart of one kind, e.g. `g-categories-trend-nasional`. */
export function chartFigureId(kind: ChartKind, region: RegionRef): string {
  return `g-${kind}-${region.tingkat === 'nasional' ? 'nasional' : region.kode}`;
}

/** Which regions' charts get a PNG: the nation and the provinces. */
export const hasChartPng = (region: RegionRef): boolean => region.tingkat !== 'kabkota';

/** The files of a chart as site paths (no base path), the images in the page's language; `png` only when it exists. */
export function chartFigureLinks(lang: Lang, kind: ChartKind, region: RegionRef): { csv: string; svg: string; png?: string } {
  const figure = { folder: CHART_FIGURE_FOLDER, id: chartFigureId(kind, region) };
  const links = { csv: `/data/${figureFileName(figure, 'csv', null)}`, svg: `/data/${figureFileName(figure, 'svg', lang)}` };
  return hasChartPng(region) ? { ...links, png: `/data/${figureFileName(figure, 'png', lang)}` } : links;
}

/**
 * The charts a region's page shows, in order: categories by year, rawan % (a kab/kota with its
 * province and the nation, a province with the nation), programme participants, the latest
 * year's activity kinds when there are any, and what followed the programmes (rawan desa that
 * left the rawan classes, with and without a programme) when there are transitions.
 */
export function regionCharts(lang: Lang, region: RegionRecord): ChartSpec[] {
  const { nation, view } = site();
  const v = view(region.kode);
  const nationSeries = { label: t(lang, 'chart.seriesNation'), records: view(nation.kode).kawasan };
  const province = region.tingkat === 'kabkota' ? v.province : undefined;
  const series =
    region.tingkat === 'nasional'
      ? [nationSeries]
      : [{ label: region.nama, records: v.kawasan }, ...(province ? [{ label: province.nama, records: view(province.kode).kawasan }] : []), nationSeries];
  return [
    { kind: 'categories-trend', records: v.kawasan },
    { kind: 'rawan-share', series },
    { kind: 'program-trend', records: v.programTotals },
    ...(v.programKinds.length > 0 ? [{ kind: 'program-kinds' as const, records: v.programKinds }] : []),
    ...(v.transitions.length > 0 ? [{ kind: 'program-follow-up' as const, records: v.transitions }] : []),
  ];
}

/** The page's drawing with the root's presentation attributes kept on a group (the frame drops the root). */
function standalone(chart: RenderedChart): string {
  const open = /^<svg\b([^>]*)>/.exec(chart.svg);
  if (!open) throw new Error('chart figure: not an <svg>');
  const keep = [...open[1]!.matchAll(/\b(fill|font-size|text-anchor)="[^"]*"/g)].map((m) => m[0]).join(' ');
  const viewBox = /\bviewBox="[^"]*"/.exec(open[1]!)?.[0] ?? '';
  const inner = chart.svg.slice(open[0].length, chart.svg.lastIndexOf('</svg>')).replace(/^<title>[^<]*<\/title>/, '');
  return `<svg ${viewBox}><g ${keep}>${inner}</g></svg>`;
}

function chartFigure(region: RegionRecord, specs: Record<Lang, ChartSpec>, context: FigureContext): Figure {
  const synthetic = context.meta.synthetic;
  const drawn = { id: renderChart(specs.id, 'id', { synthetic }), en: renderChart(specs.en, 'en', { synthetic }) };
  const svg = bilingual((lang) => {
    const chart = drawn[lang];
    const { lines } = figureFooter(lang, context);
    return frameFigure({ lang, title: chart.title, units: chart.units, legend: [], drawing: standalone(chart), footer: lines, ...(synthetic ? { note: t(lang, 'dl.synthetic') } : {}) });
  });
  return {
    id: chartFigureId(specs.id.kind, region),
    kind: 'chart',
    folder: CHART_FIGURE_FOLDER,
    title: bilingual((lang) => drawn[lang].title),
    units: bilingual((lang) => drawn[lang].units),
    source: bilingual((lang) => figureFooter(lang, context).source),
    region: { kode: region.kode, nama: region.nama, tingkat: region.tingkat },
    pages: Object.fromEntries(LANGS.map((lang) => [lang, `${regionPath(lang, region)}#${chartFigureId(specs.id.kind, region)}`])),
    columns: drawn.id.data.columns,
    rows: drawn.id.data.rows,
    svg,
    png: hasChartPng(region),
  };
}

/** Every chart of every region page (the nation, each province, each kab/kota), each drawn when asked for (figures.ts renders the PNGs of one while the next are drawn). */
export function* chartFigures(context: FigureContext): Generator<Figure> {
  const { nation, provinces, kabkota } = site();
  for (const region of [nation, ...provinces, ...kabkota]) {
    const id = regionCharts('id', region);
    const en = regionCharts('en', region);
    for (const [i, spec] of id.entries()) yield chartFigure(region, { id: spec, en: en[i]! }, context);
  }
}
