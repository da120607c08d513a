/**
 * Charts of the dashboard, rendered at build time to inline SVG with Observable Plot on a server
 * DOM (svg-dom.ts). Each kind is a pure function from public records to a description (Plot
 * options plus every text around the chart); `renderChart` turns it into markup.
 *
 *   renderChart(spec, lang, { synthetic?: boolean = true, width?: number = 640 }): RenderedChart
 *
 * - `categories-trend` { records: KawasanRecord[] }: one region, all years; stacked bars of
 *   Bahaya/Waspada/Siaga/Aman desa.
 * - `rawan-share` { series: { label, records: KawasanRecord[] }[] }: rawan_persen per year, one
 *   line per series (the first is the subject: the region; then e.g. its province, the nation).
 * - `program-trend` { records: ProgramRecord[] }: one region, all years, jenis 'semua' (other
 *   kinds are ignored): participants, graduates, entrepreneurs.
 * - `program-kinds` { records: ProgramRecord[] }: one region, one year, each jenis except
 *   'semua' (ignored): activities and participants per kind.
 * - `program-follow-up` { records: TransitionRecord[] }: one region, all years; the share of rawan
 *   desa that left the rawan classes the next year, with and without a programme (descriptive).
 *
 * Records of several regions (two of one year, or one kind twice) throw: a caller error.
 * `synthetic` (default true) adds "(data contoh sintetis)" to the source line: pass
 * `index.meta.synthetic` of the public dataset. The site must include `chartsCss` once.
 * Cells that are marks (`[c]`, `[x]`, `[z]`) are never drawn: no bar, no point, the mark at the
 * baseline; the table shows them and its caption says what they mean. When nothing can be
 * drawn, `svg` is a small box with a message. Same input, same string.
 */
import { categoriesTrend } from './categories-trend.ts';
import type { Lang } from './format.ts';
import { programFollowUp } from './program-follow-up.ts';
import { programKinds } from './program-kinds.ts';
import { programTrend } from './program-trend.ts';
import { rawanShare } from './rawan-share.ts';
import { DEFAULT_WIDTH, renderMessage, renderPlot } from './render.ts';
import { t } from '../../i18n/index.ts';
import type { ChartStore } from './chart-store.ts';
import type { ChartContext, ChartModel, ChartOptions, ChartSpec, RenderedChart } from './types.ts';

export { chartsCss } from './style.ts';
export type { ChartData, ChartKind, ChartOptions, ChartSpec, ChartTable, Lang, RenderedChart, TableColumn } from './types.ts';

/** The description of a chart (pure; no DOM): what `renderChart` draws. */
export function describeChart(spec: ChartSpec, lang: Lang, width = DEFAULT_WIDTH): ChartModel {
  const ctx: ChartContext = { lang, width };
  switch (spec.kind) {
    case 'categories-trend':
      return categoriesTrend(spec.records, ctx);
    case 'rawan-share':
      return rawanShare(spec.series, ctx);
    case 'program-trend':
      return programTrend(spec.records, ctx);
    case 'program-kinds':
      return programKinds(spec.records, ctx);
    case 'program-follow-up':
      return programFollowUp(spec.records, ctx);
  }
}

/**
 * Rendered charts by their whole input (spec, language, options): the build draws every chart
 * twice — once for its page, once for its files (src/site/figures/chart-figures.ts) — and Astro
 * loads this module apart from the build script, so the memo lives on `globalThis`. The key is
 * the complete input of a pure function: a hit returns exactly what a render would.
 */
const MEMO_KEY = Symbol.for('peta-rawan.renderChart');
const memo: Map<string, RenderedChart> = ((globalThis as Record<symbol, unknown>)[MEMO_KEY] ??= new Map()) as Map<string, RenderedChart>;

export function renderChart(spec: ChartSpec, lang: Lang, options: ChartOptions = {}): RenderedChart {
  const key = JSON.stringify([spec, lang, options.width ?? DEFAULT_WIDTH, options.synthetic ?? true]);
  const known = memo.get(key);
  if (known) return known;
  const chart = store?.get(key) ?? drawChart(spec, lang, options);
  store?.set(key, chart);
  memo.set(key, chart);
  return chart;
}

/** Charts kept between builds (chart-store.ts), when the build script opened a store: never in Astro's own module. */
let store: ChartStore | undefined;

/** Reads charts from `next` from now on (undefined: none); returns the store left, to save it. */
export function useChartStore(next: ChartStore | undefined): ChartStore | undefined {
  const previous = store;
  store = next;
  return previous;
}

function drawChart(spec: ChartSpec, lang: Lang, options: ChartOptions): RenderedChart {
  const width = options.width ?? DEFAULT_WIDTH;
  const synthetic = options.synthetic ?? true;
  const model = describeChart(spec, lang, width);
  const label = model.takeaway ? `${model.title}. ${model.takeaway}` : `${model.title}.`;
  const svg = model.plot ? renderPlot(model.plot, label, width) : renderMessage(model.message, label, width);
  const source = t(lang, `chart.source.${model.source}`);
  return {
    svg,
    title: model.title,
    takeaway: model.takeaway,
    units: model.units,
    source: synthetic ? t(lang, 'chart.source.synthetic', { source }) : source,
    table: model.table,
    data: model.data,
  };
}
