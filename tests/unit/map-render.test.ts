import { gzipSync } from 'node:zlib';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultBoundaries } from '../../src/pipeline/geo/boundaries.ts';
import { loadRegionReference, type RegionReference } from '../../src/pipeline/reference/region-reference.ts';
import {
  type ChoroplethOptions,
  jakartaInset,
  type RegionValue,
  renderChoropleth,
  renderLegendSvg,
} from '../../src/site/map/choropleth.ts';
import { ringsToPath } from '../../src/site/map/path.ts';
import { MAP_CLASSES } from '../../src/site/map/breaks.ts';
import { binOf, legendBins } from '../../src/site/map/scale.ts';

/** Budget of the rendered map, gzip: the home page (150 KB gzip in all) must fit around it. */
const SVG_GZIP_BUDGET = 95 * 1024;

let reference: RegionReference;
const boundaries = loadDefaultBoundaries();

beforeAll(async () => {
  reference = await loadRegionReference();
});

/** Deterministic pseudo-random values: ~6 % suppressed, ~4 % without data. */
function sampleValues(seed = 7): Map<string, RegionValue> {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const values = new Map<string, RegionValue>();
  for (const k of reference.kabkota) {
    const r = rnd();
    if (r < 0.06) values.set(k.code, { status: 'suppressed', display: 'disamarkan' });
    else if (r < 0.1) values.set(k.code, { status: 'no-data', display: 'tidak ada data' });
    else {
      const v = Math.round(rnd() ** 2 * 400) / 10;
      values.set(k.code, { status: 'value', value: v, display: `${String(v).replace('.', ',')} %` });
    }
  }
  return values;
}

const labels = {
  title: 'Peta desa/kelurahan rawan',
  description: 'Persentase desa/kelurahan rawan per kabupaten/kota. Angka lengkap ada di tabel.',
  legendTitle: 'Desa/kelurahan rawan (%)',
  suppressed: 'Disamarkan',
  noData: 'Tidak ada data',
  smallRegions: 'Kota kecil',
};

function options(values = sampleValues()): ChoroplethOptions {
  const names = new Map(reference.kabkota.map((k) => [k.code, k.name]));
  return {
    features: boundaries.features,
    values,
    nameOf: (code) => names.get(code) ?? code,
    hrefFor: (code) => `/kabkota/${code}/`,
    labels,
    formatNumber: (n) => String(n).replace('.', ','),
    insets: [jakartaInset('DKI Jakarta')],
  };
}

function parse(svg: string) {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('ringsToPath', () => {
  it('writes relative, rounded, compact path data and drops degenerate rings', () => {
    const d = ringsToPath([
      [
        [10.2, 20.4],
        [30.6, 20.4],
        [30.6, 40.1],
        [10.2, 20.4],
      ],
      [
        [1, 1],
        [1.2, 1.1],
        [1, 1],
      ],
    ]);
    expect(d).toBe('M10 20l21 0 0 20z');
    // Tiny rings keep a decimal.
    expect(ringsToPath([[[5, 5], [6.25, 5], [6.25, 6.5]]])).toBe('M5 5l1.3 0 0 1.5z');
  });
});

describe('renderChoropleth', () => {
  it('makes exactly one link per geometry and lets every one of the 514 codes be reached', () => {
    const svg = renderChoropleth(options());
    const doc = parse(svg);
    const links = [...doc.querySelectorAll('a')];
    expect(links).toHaveLength(boundaries.features.features.length);
    const first = links.map((a) => a.getAttribute('data-code'));
    expect(new Set(first).size).toBe(links.length);
    expect(links.some((a) => a.hasAttribute('data-codes'))).toBe(false);
    expect([...first].sort()).toEqual(reference.kabkota.map((k) => k.code).sort());
    for (const a of links) {
      expect(a.getAttribute('href')).toBe(`/kabkota/${a.getAttribute('data-code')}/`);
      expect(a.getAttribute('aria-label')).toBeTruthy();
      expect(a.querySelector('title')?.textContent).toBe(a.getAttribute('aria-label'));
      expect(a.querySelector('path')?.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+l/);
    }
  });

  it('fills suppressed and no-data regions with patterns, and values with the legend colours', () => {
    const values = sampleValues();
    const svg = renderChoropleth(options(values));
    const doc = parse(svg);
    expect(doc.querySelector('pattern#kkmap-sup')).toBeTruthy();
    expect(doc.querySelector('pattern#kkmap-nd')).toBeTruthy();
    const c = MAP_CLASSES.rawan_persen;
    let seen = { suppressed: 0, 'no-data': 0, value: 0 };
    for (const a of doc.querySelectorAll('a')) {
      const v = values.get(a.getAttribute('data-code')!)!;
      const fill = a.querySelector('path')!.getAttribute('fill');
      expect(a.getAttribute('data-status')).toBe(v.status);
      if (v.status === 'suppressed') expect(fill).toBe('url(#kkmap-sup)');
      else if (v.status === 'no-data') expect(fill).toBe('url(#kkmap-nd)');
      else {
        expect(fill).toBe(c.colors[binOf(c, v.value!)]);
        expect(a.getAttribute('data-value')).toBe(String(v.value));
      }
      seen = { ...seen, [v.status]: seen[v.status] + 1 };
    }
    expect(seen.suppressed).toBeGreaterThan(0);
    expect(seen['no-data']).toBeGreaterThan(0);
    // A code with no entry at all is drawn as no data.
    const partial = new Map(values);
    partial.delete('11.01');
    expect(parse(renderChoropleth(options(partial))).querySelector('a[data-code="11.01"] path')?.getAttribute('fill')).toBe(
      'url(#kkmap-nd)',
    );
  });

  it('stripes low coverage in the colour of its class, with one pattern per class', () => {
    const values = sampleValues();
    values.set('11.01', { status: 'value', value: 25, display: '25,0 %, cakupan rendah', lowCoverage: true });
    values.set('11.02', { status: 'value', value: 25, display: '25,0 %' });
    const doc = parse(renderChoropleth({ ...options(values), classification: MAP_CLASSES.skor_rata }));
    const colors = MAP_CLASSES.skor_rata.colors;
    colors.forEach((color, i) => expect(doc.querySelector(`pattern#kkmap-lc${i} rect`)?.getAttribute('fill')).toBe(color));
    expect(doc.querySelector('a[data-code="11.01"] path')?.getAttribute('fill')).toBe('url(#kkmap-lc1)');
    expect(doc.querySelector('a[data-code="11.02"] path')?.getAttribute('fill')).toBe(colors[1]);
    expect(doc.querySelector('a[data-code="11.01"]')?.getAttribute('aria-label')).toMatch(/: 25,0 %, cakupan rendah$/);
  });

  it('draws the Jakarta kota as links in the inset and as plain shapes on the main map', () => {
    const doc = parse(renderChoropleth(options()));
    const inset = doc.querySelector('g.choropleth-inset');
    const insetCodes = [...inset!.querySelectorAll('a')].map((a) => a.getAttribute('data-code'));
    expect(insetCodes).toEqual(['31.01', '31.71', '31.72', '31.73', '31.74', '31.75']);
    const main = doc.querySelector('g.choropleth-regions')!;
    expect([...main.querySelectorAll('a')].some((a) => a.getAttribute('data-code')?.startsWith('31.'))).toBe(false);
    expect(main.querySelectorAll('path[aria-hidden="true"]')).toHaveLength(6);
  });

  it('is a named group with a legend, and shows only words it was given', () => {
    const svg = renderChoropleth(options());
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('role')).toBe('group');
    expect(doc.getElementById(root.getAttribute('aria-labelledby')!)?.textContent).toBe(labels.title);
    expect(doc.getElementById(root.getAttribute('aria-describedby')!)?.textContent).toBe(labels.description);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const allowed = new Set(['DKI Jakarta', ...Object.values(labels)]);
    for (const t of texts) expect(allowed.has(t) || /^[\d,]+–[\d,]+$/.test(t), t).toBe(true);
    expect(texts).toContain(labels.legendTitle);
    expect(texts).toContain(labels.suppressed);
    expect(texts).toContain(labels.noData);
    // Small kota get a dot inside their own link.
    expect(doc.querySelector('a[data-code="12.73"] circle')).toBeTruthy();
    expect(doc.querySelector('a[data-code="11.01"] circle')).toBeFalsy();
  });

  it('keeps a long legend inside the viewBox, and renders the legend alone for narrow screens', () => {
    const long = { ...labels, legendTitle: 'Desa/kelurahan rawan (% dari desa/kelurahan yang dinilai)' };
    const doc = parse(renderChoropleth({ ...options(), labels: long }));
    const heading = doc.querySelector('g.choropleth-legend text')!;
    expect(Number(heading.getAttribute('x')) + long.legendTitle.length * 6.6).toBeLessThanOrEqual(960);

    const classification = MAP_CLASSES.rawan_persen;
    const withLow = { ...labels, lowCoverage: 'Cakupan rendah' };
    const legend = parse(renderLegendSvg({ classification, labels: withLow, formatNumber: String }));
    expect(legend.documentElement.getAttribute('aria-label')).toBe(labels.legendTitle);
    expect(legend.querySelector('pattern#kklegend-sup')).toBeTruthy();
    const rows = [...legend.querySelectorAll('text')].map((t) => t.textContent);
    expect(rows).toEqual([
      labels.legendTitle,
      ...legendBins(classification, String).map((b) => b.label),
      withLow.lowCoverage,
      labels.suppressed,
      labels.noData,
      labels.smallRegions,
    ]);
  });

  it('is deterministic, compact and within its size budget', () => {
    const a = renderChoropleth(options());
    const b = renderChoropleth(options());
    expect(a).toBe(b);
    expect(a).not.toMatch(/\n|> </);
    for (const [, d] of a.matchAll(/ d="([^"]*)"/g)) expect(d).not.toMatch(/\.\d\d/); // ≤ 1 decimal
    for (const [, n] of a.matchAll(/ (?:x|y|cx|cy|width|height)="([^"]*)"/g)) expect(n).toMatch(/^-?\d*(\.\d)?$/);
    const gzip = gzipSync(a).length;
    console.log(`map SVG: ${(a.length / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip (budget 95 KB)`);
    expect(gzip).toBeLessThanOrEqual(SVG_GZIP_BUDGET);
  });
});
