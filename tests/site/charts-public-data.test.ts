/**
 * The charts (src/site/charts) on the public dataset of the bundled data, built by the site
 * setup: the four charts of the nation, a province and a kab/kota within budget, tables matching
 * the records, no suppressed count ever drawn.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../src/site/data/public-dataset.ts';
import { type Lang, renderChart, type RenderedChart } from '../../src/site/charts/index.ts';
import { cell, checkCommon, PAGE_GZIP_BUDGET, parse } from '../support/charts.ts';
import { bundledDatasetMeta, publicDataDir } from '../support/site.ts';

describe('on the public dataset', () => {
  const data = loadSiteData(publicDataDir());
  const kawasanOf = (code: string) => data.kawasanByRegion.get(code) ?? [];
  const programOf = (code: string) => data.programByRegion.get(code) ?? [];
  const synthetic = data.index.meta.synthetic;

  function pageCharts(code: string, lang: Lang): RenderedChart[] {
    const region = data.regionByCode.get(code)!;
    const parents = code === 'ID' ? [] : code.includes('.') ? [region.kode_induk, 'ID'] : ['ID'];
    const series = [code, ...parents].map((c) => ({ label: data.regionByCode.get(c)?.nama ?? c, records: kawasanOf(c) }));
    return [
      renderChart({ kind: 'categories-trend', records: kawasanOf(code) }, lang, { synthetic }),
      renderChart({ kind: 'rawan-share', series }, lang, { synthetic }),
      renderChart({ kind: 'program-trend', records: programOf(code) }, lang, { synthetic }),
      renderChart({ kind: 'program-kinds', records: programOf(code).filter((r) => r.tahun === data.latestYear) }, lang, { synthetic }),
    ];
  }

  const kabkota = data.regions.find((r) => r.tingkat === 'kabkota')!.kode;
  const province = data.regions.find((r) => r.tingkat === 'provinsi')!.kode;

  it('is flagged synthetic exactly when data/dataset.json is', () => {
    expect(synthetic).toBe(bundledDatasetMeta().synthetic);
  });

  it.each(['ID', province, kabkota])('renders the four charts of %s within budget, tables matching the records', (code) => {
    for (const lang of ['id', 'en'] as const) {
      const charts = pageCharts(code, lang);
      for (const chart of charts) checkCommon(chart);
      expect(gzipSync(charts.map((c) => c.svg).join('')).length).toBeLessThan(PAGE_GZIP_BUDGET);
      const [categories, , trend] = charts;
      const k = kawasanOf(code);
      expect(categories!.table.rows.map((r) => [r[0], r[5]])).toEqual(k.map((r) => [String(r.tahun), cell(lang, r.rawan)]));
      const semua = programOf(code).filter((r) => r.jenis === 'semua');
      expect(trend!.table.rows.map((r) => r[1])).toEqual(semua.map((r) => cell(lang, r.peserta)));
      expect(categories!.source.includes(lang === 'id' ? 'sintetis' : 'synthetic'), 'the source line follows meta.synthetic').toBe(synthetic);
    }
  });

  it('never draws a suppressed count of any kab/kota', () => {
    let checked = 0;
    for (const region of data.regions.filter((r) => r.tingkat === 'kabkota')) {
      const semua = programOf(region.kode).filter((r) => r.jenis === 'semua');
      const numbers = semua.filter((r) => typeof r.peserta === 'number').length;
      if (numbers === semua.length) continue;
      const root = parse(renderChart({ kind: 'program-trend', records: semua }, 'id').svg);
      expect(root.querySelectorAll('.kc-dot.kc-s0 path')).toHaveLength(numbers);
      if (++checked >= 40) break;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
