/**
 * Honest colours on the bundled data as built: the map data the client recolours with holds ONE
 * set of classes per measure for every year of the data (breaks.ts), and the legend every map
 * page shows states those classes; low coverage (src/site/coverage.ts) is the same set of kab/kota
 * in the map data, on the national map (striped, named) and in the province tables.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../src/site/data/public-dataset.ts';
import { isLowCoverage } from '../../src/site/coverage.ts';
import { MAP_CLASSES, MAP_MEASURES, MARKS_LOW_COVERAGE } from '../../src/site/map/breaks.ts';
import type { MapData } from '../../src/site/map/map-data.ts';
import { binOf, legendBins } from '../../src/site/map/scale.ts';
import { formatShort } from '../../src/site/format/index.ts';
import { publicDataDir, siteDir } from '../support/site.ts';

const data = loadSiteData(publicDataDir());
const mapData = JSON.parse(readFileSync(path.join(siteDir(), 'data-peta.json'), 'utf8')) as MapData;
const page = (file: string) => new DOMParser().parseFromString(readFileSync(path.join(siteDir(), file), 'utf8'), 'text/html');
const labels = (lang: 'id' | 'en', measure: (typeof MAP_MEASURES)[number]) => legendBins(MAP_CLASSES[measure], (n) => formatShort(lang, n)).map((b) => b.label);
const legendOf = (doc: ReturnType<typeof page>) => [...doc.querySelectorAll('.map-legend li[data-kind="bin"]')].map((li) => li.textContent);
const kabkota = data.kawasan.filter((r) => r.tingkat === 'kabkota');

describe('fixed classes on the bundled data', () => {
  it('the map data has one set of classes per measure for every year of the data', () => {
    expect(mapData.years).toEqual(data.years);
    expect(data.years.length).toBeGreaterThan(1);
    for (const measure of MAP_MEASURES) {
      const m = mapData.measures[measure]!;
      expect(m.thresholds).toEqual(MAP_CLASSES[measure].thresholds);
      expect(m.colors).toEqual(MAP_CLASSES[measure].colors);
      expect(m.legend).toEqual({ id: labels('id', measure), en: labels('en', measure) });
      expect(m.marksLowCoverage).toBe(MARKS_LOW_COVERAGE[measure]);
      expect(Object.keys(m.values).sort()).toEqual(data.years.map(String));
      // Every figure of every year lies inside its class's legend range (one decimal).
      for (const year of data.years) {
        for (const v of m.values[String(year)]!) {
          if (typeof v !== 'number') continue;
          const bin = legendBins(MAP_CLASSES[measure], String)[binOf(MAP_CLASSES[measure], v)]!;
          expect(v >= bin.from && v <= bin.to, `${measure} ${year}: ${v}`).toBe(true);
        }
      }
    }
  });

  it('every map page states the same classes: the home pages and every province page', () => {
    expect(legendOf(page('index.html'))).toEqual(labels('id', 'rawan_persen'));
    expect(legendOf(page('en/index.html'))).toEqual(labels('en', 'rawan_persen'));
    const provinces = data.regions.filter((r) => r.tingkat === 'provinsi');
    const dirs = new Set(readFileSync(path.join(siteDir(), 'indeks-cari.json'), 'utf8').match(/\/provinsi\/[^"/]+\//g));
    expect(dirs.size).toBe(provinces.length);
    for (const dir of dirs) expect(legendOf(page(`${dir.slice(1)}index.html`)), dir).toEqual(labels('id', 'rawan_persen'));
  });
});

describe('low coverage on the bundled data', () => {
  it('the map data lists, for every year, the kab/kota the rule marks', () => {
    for (const year of data.years) {
      const expected = mapData.codes.flatMap((code, i) => {
        const r = kabkota.find((k) => k.tahun === year && k.kode === code);
        return r && isLowCoverage(r) ? [i] : [];
      });
      expect(mapData.lowCoverage[String(year)], String(year)).toEqual(expected);
    }
    expect(mapData.lowCoverage[String(data.latestYear)]!.length).toBeGreaterThan(20);
  });

  it('the national map stripes and names exactly those with a figure, in both languages', () => {
    const latest = new Map(kabkota.filter((r) => r.tahun === data.latestYear).map((r) => [r.kode, r]));
    for (const [file, word] of [
      ['index.html', 'cakupan rendah'],
      ['en/index.html', 'low coverage'],
    ] as const) {
      const links = [...page(file).querySelectorAll('svg.choropleth a.choropleth-region')];
      for (const a of links) {
        const r = latest.get(a.getAttribute('data-code')!);
        const low = r !== undefined && typeof r.rawan_persen === 'number' && isLowCoverage(r);
        expect(a.querySelector('path')!.getAttribute('fill')!.startsWith('url(#kkmap-lc'), a.getAttribute('aria-label')!).toBe(low);
        expect(a.getAttribute('aria-label')!.split(' (')[0]!.endsWith(`, ${word}`)).toBe(low);
      }
      expect(page(file).querySelector('.map-legend li[data-kind="low-coverage"]')?.textContent).toMatch(word === 'low coverage' ? /^Low coverage: fewer than 10 villages or 10% / : /^Cakupan rendah: kurang dari 10 desa atau 10% /);
    }
  });

  it('a province table notes low coverage under the name of exactly those kab/kota', () => {
    const doc = page('provinsi/94-papua-tengah/index.html');
    const rows = [...doc.querySelectorAll('table tbody tr')].filter((tr) => tr.querySelector('a[href^="/kabkota/94-"]'));
    expect(rows.length).toBe(8);
    for (const tr of rows) {
      const code = /\/kabkota\/(\d\d)-(\d\d)-/.exec(tr.querySelector('a')!.getAttribute('href')!)!.slice(1).join('.');
      const r = kabkota.find((k) => k.tahun === data.latestYear && k.kode === code)!;
      expect(tr.querySelector('.low-coverage')?.textContent === 'cakupan rendah', code).toBe(isLowCoverage(r));
    }
  });
});
