/**
 * On the national map, a year/measure switch: fetches the map-data JSON once and recolours the
 * regions, their accessible names, the legend and the caption, with the fixed classes of the
 * measure (src/site/map/breaks.ts, the same in every year) and low coverage striped and named.
 * The view lives in the URL (src/site/map/view-url.ts: `?tahun=2019&ukuran=skor_rata`): a shared
 * link reopens it, and each change replaces the address (no new history entry).
 */
import { localeOf } from '../../i18n/locales.ts';
import type { MapData, MeasureData } from '../../site/map/map-data.ts';
import { binOf } from '../../site/map/scale.ts';
import { MAP_VIEW_PARAMS } from '../../site/map/view-url.ts';
import { insetTwins } from './regions.ts';

/** One measure in one year: its classes, its figures and which kab/kota have low coverage. */
interface YearMeasure extends MeasureData {
  year: string;
  low: ReadonlySet<number>;
}

const MINUS = '\u2212';

function numberFormat(lang: string, digits: number): (n: number) => string {
  const f = new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (n) => f.format(n).replace('-', MINUS);
}

interface SwitchElements {
  controls: HTMLFieldSetElement;
  src: string;
  svg: SVGSVGElement;
  yearSelect: HTMLSelectElement;
  measureSelect: HTMLSelectElement;
  status: HTMLElement;
  legendTitle: HTMLElement;
  legendList: HTMLElement;
}

/** The switch's controls and what it redraws; undefined when any is missing. */
function switchElements(figure: HTMLElement): SwitchElements | undefined {
  const controls = figure.querySelector<HTMLFieldSetElement>('.map-controls');
  const src = figure.dataset.src;
  const svg = figure.querySelector<SVGSVGElement>('.map-panel > svg');
  const yearSelect = controls?.querySelector<HTMLSelectElement>('select[name="year"]');
  const measureSelect = controls?.querySelector<HTMLSelectElement>('select[name="measure"]');
  const status = figure.querySelector<HTMLElement>('[data-map-status]');
  const legendTitle = figure.querySelector<HTMLElement>('[data-legend-title]');
  const legendList = figure.querySelector<HTMLElement>('[data-legend-list]');
  if (!controls || !src || !svg || !yearSelect || !measureSelect || !status || !legendTitle || !legendList) return undefined;
  return { controls, src, svg, yearSelect, measureSelect, status, legendTitle, legendList };
}

/** Fetches the map data once; after a failure, the next call tries again. */
function mapDataLoader(src: string): () => Promise<MapData> {
  let data: Promise<MapData> | undefined;
  return () =>
    (data ??= fetch(src)
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<MapData>;
      })
      .catch((error: unknown) => {
        data = undefined;
        throw error;
      }));
}

/** What a region shows for one year and measure: value, name, fill, the text of its figure. */
interface RegionStyle {
  valueOf: (code: string) => number | string | undefined;
  /** Low coverage, marked on this measure. */
  isLow: (code: string) => boolean;
  nameOf: (code: string) => string;
  fillOf: (v: number | string | undefined, low: boolean) => string;
  display: (v: number | string | undefined, low: boolean) => string;
}

/** How regions look for one year and measure (`texts`: the figure's data-t* words). */
function regionStyle(json: MapData, ym: YearMeasure, texts: DOMStringMap, kind: string, prefix: string, f1: (n: number) => string): RegionStyle {
  const index = new Map(json.codes.map((code, i) => [code, i]));
  const values = ym.values[ym.year] ?? [];
  const isLow = (code: string): boolean => ym.marksLowCoverage && ym.low.has(index.get(code) ?? -1);
  const figure = (v: number): string => (kind === 'score' ? f1(v) : `${f1(v)}%`);
  return {
    valueOf: (code) => {
      const i = index.get(code);
      return i === undefined ? undefined : values[i];
    },
    isLow,
    nameOf: (code) => {
      const i = index.get(code);
      return i === undefined ? code : (json.names[i] ?? code);
    },
    fillOf: (v, low) => {
      if (typeof v !== 'number') return v === '[c]' ? `url(#${prefix}-sup)` : `url(#${prefix}-nd)`;
      const bin = binOf(ym, v);
      return low ? `url(#${prefix}-lc${bin})` : (ym.colors[bin] ?? '#ccc');
    },
    display: (v, low) => {
      if (typeof v === 'number') return low ? (texts.tLow ?? '{value}').replace('{value}', figure(v)) : figure(v);
      return v === '[c]' ? (texts.tC ?? v) : v === '[z]' ? (texts.tZ ?? v) : (texts.tX ?? '[x]');
    },
  };
}

/** Every region link (and its hidden twin): fill, accessible name, status and value. */
function recolourRegions(svg: SVGSVGElement, style: RegionStyle, twins: ReadonlyMap<SVGAElement, Element>): void {
  const { valueOf, isLow, nameOf, fillOf, display } = style;
  for (const a of svg.querySelectorAll<SVGAElement>('a.choropleth-region')) {
    const first = a.dataset.code;
    if (!first) continue;
    const v = valueOf(first);
    const fill = fillOf(v, isLow(first));
    for (const shape of a.querySelectorAll('path, circle')) {
      shape.setAttribute('fill', fill);
      if (shape.tagName === 'path' && shape.hasAttribute('stroke')) shape.setAttribute('stroke', fill);
    }
    twins.get(a)?.setAttribute('fill', fill);
    a.setAttribute('aria-label', `${nameOf(first)}: ${display(v, isLow(first))}`);
    a.dataset.status = typeof v === 'number' ? 'value' : v === '[c]' ? 'suppressed' : 'no-data';
    if (typeof v === 'number') a.dataset.value = String(v);
    else delete a.dataset.value;
  }
}

/** Legend: the measure's classes, the low-coverage row where the measure marks it, the same pattern rows. */
function redrawLegend(legendList: HTMLElement, ym: YearMeasure, lang: string): void {
  for (const li of legendList.querySelectorAll('li[data-kind="bin"]')) li.remove();
  const low = legendList.querySelector<HTMLElement>('li[data-kind="low-coverage"]');
  if (low) low.hidden = !ym.marksLowCoverage;
  const labels = (ym.legend as Record<string, string[] | undefined>)[lang] ?? ym.legend.id;
  const first = legendList.firstChild;
  ym.colors.forEach((color, i) => {
    const li = document.createElement('li');
    li.dataset.kind = 'bin';
    li.innerHTML = `<svg class="swatch" viewBox="0 0 16 11" aria-hidden="true" focusable="false"><rect width="16" height="11" fill="${color}" stroke="#666" stroke-width=".5"/></svg>`;
    const span = document.createElement('span');
    span.textContent = labels[i] ?? '';
    li.append(span);
    legendList.insertBefore(li, first);
  });
}

/** The striped low-coverage patterns take the colours of the measure shown. */
function recolourPatterns(svg: SVGSVGElement, prefix: string, colors: readonly string[]): void {
  colors.forEach((color, i) => svg.querySelector(`#${prefix}-lc${i} rect`)?.setAttribute('fill', color));
}

export function setupSwitch(figure: HTMLElement): void {
  const elements = switchElements(figure);
  if (!elements) return;
  const { controls, src, svg, yearSelect, measureSelect, status, legendTitle, legendList } = elements;
  const d = figure.dataset;
  const lang = document.documentElement.lang;
  const f1 = numberFormat(lang, 1);
  const prefix = svg.querySelector('pattern[id$="-sup"]')?.id.replace(/-sup$/, '') ?? 'kkmap';
  const twins = insetTwins(svg);
  const load = mapDataLoader(src);

  const apply = async (): Promise<void> => {
    const year = yearSelect.value;
    const measure = measureSelect.value;
    const option = measureSelect.selectedOptions[0];
    const measureLabel = option?.textContent?.trim() ?? measure;
    const kind = option?.dataset.kind ?? 'percent';
    status.textContent = d.tLoading ?? '';
    let json: MapData;
    try {
      json = await load();
    } catch {
      status.textContent = d.tError ?? '';
      return;
    }
    const md = json.measures[measure];
    if (!md?.values[year]) return;
    const ym: YearMeasure = { ...md, year, low: new Set(json.lowCoverage[year]) };
    recolourPatterns(svg, prefix, ym.colors);
    recolourRegions(svg, regionStyle(json, ym, d, kind, prefix, f1), twins);
    redrawLegend(legendList, ym, lang);
    legendTitle.textContent = measureLabel;
    const fillTemplate = (template: string | undefined) => (template ?? '').replace('{measure}', measureLabel).replace('{year}', year);
    const title = svg.querySelector(':scope > title');
    if (title) title.textContent = fillTemplate(d.tTitle);
    figure.dataset.year = year;
    figure.dataset.measure = measure;
    status.textContent = fillTemplate(d.tShowing);
  };

  const change = (): void => {
    writeView(yearSelect.value, measureSelect.value);
    void apply();
  };
  controls.hidden = false;
  yearSelect.addEventListener('change', change);
  measureSelect.addEventListener('change', change);
  if (readView(yearSelect, measureSelect)) void apply();
}

const PARAMS = MAP_VIEW_PARAMS;

/** Selects the URL's year and measure when the switch offers them; true when either differs from the page's. */
function readView(yearSelect: HTMLSelectElement, measureSelect: HTMLSelectElement): boolean {
  const params = new URLSearchParams(location.search);
  let changed = false;
  for (const [select, name] of [
    [yearSelect, PARAMS.year],
    [measureSelect, PARAMS.measure],
  ] as const) {
    const wanted = params.get(name);
    if (wanted && wanted !== select.value && [...select.options].some((o) => o.value === wanted)) {
      select.value = wanted;
      changed = true;
    }
  }
  return changed;
}

function writeView(year: string, measure: string): void {
  const url = new URL(location.href);
  url.searchParams.set(PARAMS.year, year);
  url.searchParams.set(PARAMS.measure, measure);
  history.replaceState(history.state, '', url);
}
