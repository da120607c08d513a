/**
 * Honest colours: one fixed set of classes per map measure (src/site/map/breaks.ts), the same for
 * every year whatever the spread of its figures, with legend labels that never overlap in the
 * one-decimal precision shown; and the one low-coverage rule (src/site/coverage.ts).
 */
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { BoundaryCollection } from '../../src/pipeline/publish/public-schema.ts';
import { MAP_CLASSES, MAP_MEASURES, MARKS_LOW_COVERAGE, PU_BU, YL_OR_RD } from '../../src/site/map/breaks.ts';
import { type RegionValue, renderChoropleth } from '../../src/site/map/choropleth.ts';
import { binOf, legendBins } from '../../src/site/map/scale.ts';
import { isLowCoverage, LOW_COVERAGE } from '../../src/site/coverage.ts';
import { formatShort } from '../../src/site/format/index.ts';

const square = (w: number, s: number): BoundaryCollection['features'][number]['geometry'] => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [w, s + 1],
      [w + 1, s + 1],
      [w + 1, s],
      [w, s],
    ],
  ],
});
/** Twenty square kab/kota in a row. */
const CODES = Array.from({ length: 20 }, (_, i) => `11.${String(i + 1).padStart(2, '0')}`);
const features: BoundaryCollection = {
  type: 'FeatureCollection',
  features: CODES.map((code, i) => ({ type: 'Feature', properties: { codes: [code] }, geometry: square(100 + i * 1.5, 0) })),
};

/** The fill and the legend rows a map of `figures` (by code) is drawn with. */
function draw(measure: (typeof MAP_MEASURES)[number], figures: readonly number[]) {
  const values = new Map<string, RegionValue>(CODES.map((code, i) => [code, { status: 'value', value: figures[i]!, display: String(figures[i]) }]));
  const svg = renderChoropleth({
    features,
    values,
    nameOf: (c) => c,
    hrefFor: (c) => `/${c}/`,
    labels: { title: 't', description: 'd', legendTitle: 'l', suppressed: 's', noData: 'n' },
    formatNumber: (n) => formatShort('id', n),
    classification: MAP_CLASSES[measure],
  });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const fills = new Map(CODES.map((code) => [code, doc.querySelector(`a[data-code="${code}"] path`)?.getAttribute('fill')]));
  const legend = [...doc.querySelectorAll('g.choropleth-legend text')].map((t) => t.textContent);
  return { fills, legend };
}

describe('fixed classes per measure', () => {
  it.each(MAP_MEASURES)('%s: whole-number breaks inside 0–100, one ColorBrewer colour per class', (measure) => {
    const c = MAP_CLASSES[measure];
    expect(c.domain).toEqual([0, 100]);
    for (const t of c.thresholds) expect(Number.isInteger(t) && t > 0 && t < 100).toBe(true);
    for (let i = 1; i < c.thresholds.length; i++) expect(c.thresholds[i]).toBeGreaterThan(c.thresholds[i - 1]!);
    expect(c.colors).toHaveLength(c.thresholds.length + 1);
    expect(c.colors).toEqual(measure === 'cakupan_persen' ? PU_BU : YL_OR_RD);
  });

  it('states the breaks in the legend, the same words in both languages, never overlapping', () => {
    const labels = (measure: (typeof MAP_MEASURES)[number], lang: 'id' | 'en') =>
      legendBins(MAP_CLASSES[measure], (n) => formatShort(lang, n)).map((b) => b.label);
    expect(labels('rawan_persen', 'id')).toEqual(['0–19,9', '20–39,9', '40–59,9', '60–79,9', '80–100']);
    expect(labels('rawan_persen', 'en')).toEqual(['0–19.9', '20–39.9', '40–59.9', '60–79.9', '80–100']);
    expect(labels('skor_rata', 'id')).toEqual(labels('rawan_persen', 'id'));
    expect(labels('cakupan_persen', 'id')).toEqual(['0–9,9', '10–19,9', '20–29,9', '30–49,9', '50–100']);
    // The first coverage class ends where low coverage starts to count.
    expect(MAP_CLASSES.cakupan_persen.thresholds[0]).toBe(LOW_COVERAGE.minPercent);
  });

  it.each(MAP_MEASURES)('%s: every one-decimal figure 0–100 lies in exactly one labelled class, and is coloured by it', (measure) => {
    const c = MAP_CLASSES[measure];
    const bins = legendBins(c, String);
    for (let tenths = 0; tenths <= 1000; tenths++) {
      const v = tenths / 10;
      const holding = bins.flatMap((b, i) => (v >= b.from && v <= b.to ? [i] : []));
      expect(holding, String(v)).toEqual([binOf(c, v)]);
    }
  });

  it.each(MAP_MEASURES)('%s: a year of ordinary figures and a year of extreme figures get the same legend and colours', (measure) => {
    const ordinary = CODES.map((_, i) => Math.round(((i * 37) % 100) * 10 + 3) / 10);
    // Every figure but two crowded at the very top (a per-year quantile scale would stretch its classes over 99–100).
    const extreme = CODES.map((_, i) => (i < 2 ? [0, 35.5][i]! : 99 + i / 20));
    const a = draw(measure, ordinary);
    const b = draw(measure, extreme);
    expect(b.legend).toEqual(a.legend);
    expect(a.legend).toEqual(['l', ...legendBins(MAP_CLASSES[measure], (n) => formatShort('id', n)).map((x) => x.label), 's', 'n']);
    // The same figure has the same colour whatever else the year holds.
    const same = draw(measure, CODES.map((_, i) => (i === 0 ? 35.5 : 100)));
    expect(same.fills.get(CODES[0]!)).toBe(b.fills.get(CODES[1]!));
    expect(b.fills.get(CODES[19]!)).toBe(MAP_CLASSES[measure].colors.at(-1));
    expect(b.fills.get(CODES[0]!)).toBe(MAP_CLASSES[measure].colors[0]);
  });
});

describe('the low-coverage rule', () => {
  it('is fewer than 10 desa assessed or under 10 % of desa (the published one-decimal coverage)', () => {
    expect(isLowCoverage({ dinilai: 9, cakupan_persen: 90 })).toBe(true);
    expect(isLowCoverage({ dinilai: 10, cakupan_persen: 90 })).toBe(false);
    expect(isLowCoverage({ dinilai: 50, cakupan_persen: 9.9 })).toBe(true);
    expect(isLowCoverage({ dinilai: 50, cakupan_persen: 10 })).toBe(false);
    expect(isLowCoverage({ dinilai: 10, cakupan_persen: 10 })).toBe(false);
    expect(isLowCoverage({ dinilai: 1, cakupan_persen: 100 })).toBe(true);
  });

  it('does not mark a region with nothing assessed (it has no figures to mark) or an unknown coverage', () => {
    expect(isLowCoverage({ dinilai: 0, cakupan_persen: 0 })).toBe(false);
    expect(isLowCoverage({ dinilai: '[x]', cakupan_persen: '[x]' })).toBe(false);
    expect(isLowCoverage({ dinilai: 40, cakupan_persen: '[z]' })).toBe(false);
  });

  it('is marked on the figures computed over the desa assessed, not on the coverage map itself', () => {
    expect(MARKS_LOW_COVERAGE).toEqual({ rawan_persen: true, skor_rata: true, cakupan_persen: false });
  });
});
