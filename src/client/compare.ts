/**
 * The compare page (src/components/pages/ComparePage.astro): choose 2–4 regions from the select,
 * fetch each one's file of the static API once, and show the latest figures and the trends as
 * tables, one column a region. The choice lives in the URL (`?w=32.04,34.02`), so a shared link
 * reopens the same comparison; a live region says what is shown. Marks are shown as themselves
 * (never as 0) with their meaning for screen readers; low coverage is named (the site's rule).
 */
import { localeOf } from '../i18n/locales.ts';
import { isLowCoverage } from '../site/coverage.ts';

type Value = number | string | undefined;
type YearRecord = Record<string, Value> & { tahun: number };
interface Unit {
  kawasan: YearRecord[];
  program: (YearRecord & { jenis: string })[];
}
interface Region {
  kode: string;
  nama: string;
  href: string;
  url: string;
}
interface Measure {
  key: string;
  table?: 'kawasan' | 'program';
  style: 'int' | 'percent' | 'score';
  label: string;
  caption?: string;
}

const MAX = 4;
const PARAM = 'w';
const root = document.querySelector<HTMLElement>('[data-compare]');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A value as the pages write it: a number in the page's language, or a mark with its meaning. */
function cellNode(d: DOMStringMap, value: Value, style: Measure['style']): Node {
  if (typeof value === 'number') {
    const digits = style === 'int' ? 0 : 1;
    const f = new Intl.NumberFormat(localeOf(document.documentElement.lang), { minimumFractionDigits: digits, maximumFractionDigits: digits });
    return document.createTextNode(f.format(value).replace('-', '\u2212') + (style === 'percent' ? '%' : ''));
  }
  const mark = value ?? '[x]';
  const span = el('span', mark, 'mark');
  const word = { '[c]': d.markC, '[x]': d.markX, '[z]': d.markZ }[mark];
  if (word) span.append(el('span', ` (${word})`, 'sr-only'));
  return span;
}

/** A table in the site's scrolling wrapper: caption, one header row, body rows of [header, ...cells]. */
function table(caption: string, head: Node[], rows: Node[][]): HTMLElement {
  const wrap = el('div', undefined, 'table-wrap');
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', caption);
  wrap.tabIndex = 0;
  const t = el('table');
  t.append(el('caption', caption, 'sr-only'));
  const tr = el('tr');
  head.forEach((node, i) => {
    const th = el('th', undefined, i > 0 ? 'num' : undefined);
    th.scope = 'col';
    th.append(node);
    tr.append(th);
  });
  const body = el('tbody');
  for (const row of rows) {
    const r = el('tr');
    row.forEach((node, i) => {
      const cell = i === 0 ? el('th') : el('td', undefined, 'num');
      if (cell instanceof HTMLTableCellElement && i === 0) cell.scope = 'row';
      cell.append(node);
      r.append(cell);
    });
    body.append(r);
  }
  const thead = el('thead');
  thead.append(tr);
  t.append(thead, body);
  wrap.append(t);
  return wrap;
}

function regionLink(region: Region): HTMLAnchorElement {
  const a = el('a', region.nama);
  a.href = region.href;
  return a;
}

/** The page's parts; `setup` finds them once. */
interface Parts {
  d: DOMStringMap;
  select: HTMLSelectElement;
  form: HTMLFormElement;
  chosenList: HTMLElement;
  status: HTMLElement;
  share: HTMLAnchorElement;
  results: HTMLElement;
  figures: HTMLElement;
  trends: HTMLElement;
  low: HTMLElement;
  measures: Measure[];
  trendMeasures: Measure[];
  year: number;
}

function parts(box: HTMLElement): Parts | undefined {
  const q = <T extends HTMLElement>(selector: string) => box.querySelector<T>(selector) ?? undefined;
  const found = {
    select: q<HTMLSelectElement>('select'),
    form: q<HTMLFormElement>('[data-compare-form]'),
    chosenList: q('[data-compare-chosen]'),
    status: q('[data-compare-status]'),
    share: q<HTMLAnchorElement>('[data-compare-share]'),
    results: q('[data-compare-results]'),
    figures: q('[data-compare-figures]'),
    trends: q('[data-compare-trends]'),
    low: q('[data-compare-low]'),
  };
  if (Object.values(found).some((v) => v === undefined)) return undefined;
  const d = box.dataset;
  return {
    ...(found as { [K in keyof typeof found]-?: NonNullable<(typeof found)[K]> }),
    d,
    measures: JSON.parse(d.measures ?? '[]') as Measure[],
    trendMeasures: JSON.parse(d.trends ?? '[]') as Measure[],
    year: Number(d.year),
  };
}

/** The region of a select option: its name, page and unit file (the optgroup says its level). */
function regionOf(p: Parts, kode: string): Region | undefined {
  const option = kode === '' ? undefined : [...p.select.options].find((o) => o.value === kode);
  if (!option) return undefined;
  const tingkat = option.dataset.tingkat ?? (option.parentElement as HTMLElement | null)?.dataset.tingkat ?? 'kabkota';
  return { kode, nama: option.textContent ?? kode, href: option.dataset.href ?? '', url: (p.d.api ?? '').replace('{tingkat}', tingkat).replace('{kode}', kode) };
}

/** The regions named by `?w=` (known codes, each once, at most MAX). */
function fromUrl(p: Parts): Region[] {
  const codes = (new URLSearchParams(location.search).get(PARAM) ?? '').split(',').map((k) => k.trim());
  return codes
    .filter((k, i) => k && codes.indexOf(k) === i)
    .flatMap((k) => regionOf(p, k) ?? [])
    .slice(0, MAX);
}

/** The latest figures (one row a measure) and the low-coverage note. */
function renderFigures(p: Parts, chosen: readonly Region[], units: readonly Unit[]): void {
  const { d, year } = p;
  const latest = units.map((u) => u.kawasan.find((r) => r.tahun === year));
  const program = units.map((u) => u.program.find((r) => r.tahun === year && r.jenis === 'semua'));
  const rows = p.measures.map((m) => [
    document.createTextNode(m.label),
    ...chosen.map((_, i) => cellNode(d, (m.table === 'program' ? program[i] : latest[i])?.[m.key], m.style)),
  ]);
  p.figures.replaceChildren(table(d.tCaption ?? '', [document.createTextNode(d.tMeasure ?? ''), ...chosen.map(regionLink)], rows));
  const lows = chosen.filter((_, i) => {
    const r = latest[i];
    return !r || isLowCoverage({ dinilai: r.dinilai as number, cakupan_persen: r.cakupan_persen as number });
  });
  p.low.hidden = lows.length === 0;
  p.low.textContent = (d.tLow ?? '').replace('{year}', String(year)).replace('{names}', lows.map((r) => r.nama).join(', '));
}

/** One table a trend measure: one row a year (newest first), one column a region. */
function renderTrends(p: Parts, chosen: readonly Region[], units: readonly Unit[]): void {
  const years = [...new Set(units.flatMap((u) => u.kawasan.map((r) => r.tahun)))].sort((a, b) => b - a);
  const head = () => [document.createTextNode(p.d.tYear ?? ''), ...chosen.map(regionLink)];
  p.trends.replaceChildren(
    ...p.trendMeasures.map((m) =>
      table(
        m.caption ?? m.label,
        head(),
        years.map((y) => [document.createTextNode(String(y)), ...units.map((u) => cellNode(p.d, u.kawasan.find((r) => r.tahun === y)?.[m.key], m.style))]),
      ),
    ),
  );
}

/** The chosen regions as links, each with a button that removes it. */
function renderChosen(p: Parts, chosen: readonly Region[], remove: (region: Region) => void): void {
  p.chosenList.replaceChildren(
    ...chosen.map((region) => {
      const li = el('li');
      const button = el('button', '×');
      button.type = 'button';
      button.setAttribute('aria-label', (p.d.tRemove ?? '{name}').replace('{name}', region.nama));
      button.addEventListener('click', () => remove(region));
      li.append(regionLink(region), ' ', button);
      return li;
    }),
  );
  if (chosen.length === 0) p.chosenList.append(el('li', p.d.tNone ?? ''));
}

function setup(box: HTMLElement): void {
  const p = parts(box);
  if (!p) return;
  const { d, status } = p;
  const cache = new Map<string, Promise<Unit>>();
  const load = (region: Region): Promise<Unit> => {
    let unit = cache.get(region.kode);
    if (!unit) {
      unit = fetch(region.url).then((r) => (r.ok ? (r.json() as Promise<Unit>) : Promise.reject(new Error(String(r.status)))));
      unit.catch(() => cache.delete(region.kode));
      cache.set(region.kode, unit);
    }
    return unit;
  };
  let chosen = fromUrl(p);

  const update = async (): Promise<void> => {
    const url = new URL(location.href);
    if (chosen.length) url.searchParams.set(PARAM, chosen.map((r) => r.kode).join(','));
    else url.searchParams.delete(PARAM);
    history.replaceState(null, '', url);
    p.share.href = url.href;
    renderChosen(p, chosen, (region) => {
      chosen = chosen.filter((r) => r !== region);
      void update();
      p.select.focus();
    });
    if (chosen.length < 2) {
      p.results.hidden = true;
      status.textContent = d.tNeed ?? '';
      return;
    }
    status.textContent = d.tLoading ?? '';
    const wanted = chosen;
    const settled = await Promise.allSettled(wanted.map(load));
    if (wanted !== chosen) return;
    const failed = wanted.filter((_, i) => settled[i]?.status === 'rejected');
    if (failed.length) {
      status.textContent = failed.map((r) => (d.tError ?? '').replace('{name}', r.nama)).join(' ');
      return;
    }
    const units = settled.map((s) => (s as PromiseFulfilledResult<Unit>).value);
    renderFigures(p, chosen, units);
    renderTrends(p, chosen, units);
    p.results.hidden = false;
    status.textContent = (d.tStatus ?? '').replace('{n}', String(chosen.length)).replace('{names}', chosen.map((r) => r.nama).join(', '));
  };

  p.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const region = regionOf(p, p.select.value);
    if (!region || chosen.some((r) => r.kode === region.kode)) return;
    if (chosen.length >= MAX) {
      status.textContent = d.tMax ?? '';
      return;
    }
    chosen = [...chosen, region];
    p.select.value = '';
    void update();
  });
  box.hidden = false;
  void update();
}

if (root) setup(root);
