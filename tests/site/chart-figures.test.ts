/**
 * Every chart as a figure to take away (issue 15 part 1): each chart of the home, province and
 * kab/kota pages has a stable id (its <figure>'s anchor), links to its CSV, SVG and (nation and
 * provinces) PNG, or else the button that makes the PNG in the browser (tested there:
 * tests/browser/figure-png.test.ts); grafik/index.json lists every file with its hash; the CSV holds the numbers
 * of the chart's data table on the page (marks included).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/pipeline/downloads/checksums.ts';
import type { FigureIndex } from '../../src/pipeline/downloads/figures.ts';
import type { RegionRecord } from '../../src/pipeline/publish/public-schema.ts';
import { cellText } from '../../src/site/format/index.ts';
import { parseCsv } from '../support/read-back.ts';
import { bundledDatasetMeta, publicDataDir, siteDir } from '../support/site.ts';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const file = (sitePath: string) => readFileSync(path.join(siteDir(), ...sitePath.split('/')));

let index: FigureIndex;
let regions: RegionRecord[];

beforeAll(() => {
  const all = JSON.parse(decode(file('/data/grafik/index.json'))) as FigureIndex;
  index = { ...all, figures: all.figures.filter((figure) => figure.kind === 'chart') };
  regions = JSON.parse(readFileSync(path.join(publicDataDir(), 'wilayah.json'), 'utf8')) as RegionRecord[];
});

const figureOf = (id: string) => {
  const figure = index.figures.find((entry) => entry.id === id);
  if (!figure) throw new Error(`no figure ${id} in grafik/index.json`);
  return figure;
};
const regionKey = (r: RegionRecord) => (r.tingkat === 'nasional' ? 'nasional' : r.kode);

describe('grafik/index.json: the charts', () => {
  it('lists the three trend charts of every region page (and the kinds chart where there are activities); PNG only for the nation and provinces', () => {
    const ids = new Set(index.figures.map((figure) => figure.id));
    for (const r of regions) for (const kind of ['categories-trend', 'rawan-share', 'program-trend']) expect(ids.has(`g-${kind}-${regionKey(r)}`), `${kind} ${r.kode}`).toBe(true);
    expect(index.figures.filter((f) => f.id.startsWith('g-program-kinds-')).length).toBeGreaterThan(0);
    for (const figure of index.figures) {
      const png = figure.files.some((f) => f.format === 'png');
      expect(png, figure.id).toBe(figure.region!.tingkat !== 'kabkota');
      expect(figure.source.id).toContain(index.release.id);
      expect(figure.pages?.id).toMatch(new RegExp(`#${figure.id.replaceAll('.', '\\.')}$`));
    }
  });

  it('lists every file of /data/grafik/grafik/ once, with its size and SHA-256', () => {
    const listed = index.figures.flatMap((figure) => figure.files);
    const onDisk = readdirSync(path.join(siteDir(), 'data', 'grafik', 'grafik')).map((name) => `/data/grafik/grafik/${name}`);
    expect(listed.map((f) => f.path).sort()).toEqual(onDisk.sort());
    for (const entry of listed) {
      const bytes = file(entry.path);
      expect([entry.bytes, entry.sha256], entry.path).toEqual([bytes.byteLength, sha256Hex(bytes)]);
    }
    const sums = decode(file('/data/grafik/SHA256SUMS'));
    for (const entry of listed.slice(0, 50)) expect(sums).toContain(`${entry.sha256}  ${entry.path.slice('/data/grafik/'.length)}`);
  });

  it('the images say title, units, source with the release, licence and the synthetic-data note', () => {
    const synthetic = bundledDatasetMeta().synthetic;
    const figure = figureOf('g-rawan-share-34.71');
    for (const lang of ['id', 'en'] as const) {
      const svg = decode(file(figure.files.find((f) => f.format === 'svg' && f.lang === lang)!.path));
      const text = svg.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('\u00a0', ' ');
      expect(text).toContain(`<title id="judul">${figure.title[lang]}</title>`);
      expect(text).toContain(figure.units[lang]);
      expect(text).toContain(lang === 'id' ? `rilis ${index.release.id}` : `release ${index.release.id}`);
      expect(text).toContain('CC BY 4.0');
      expect(text.includes(lang === 'id' ? 'DATA SINTETIS' : 'SYNTHETIC DATA')).toBe(synthetic);
    }
  });
});

/** The chart's data table on the page, as text cells (the first column is the row's label). */
function pageTables(route: string): Map<string, { links: string[]; pngButton: boolean; rows: string[][] }> {
  const { document } = parseHTML(readFileSync(path.join(siteDir(), route, 'index.html'), 'utf8'));
  const out = new Map<string, { links: string[]; pngButton: boolean; rows: string[][] }>();
  for (const figure of document.querySelectorAll('figure.chart')) {
    // A mark's cell also says its word for screen readers ("[c] (disamarkan)"): the mark is what counts.
    const text = (cell: Element) => cell.textContent!.trim().replace(/^(\[[cxz]\]) .*$/, '$1');
    const rows = [...figure.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
    const links = [...figure.querySelectorAll('.fig-links a')].map((a) => a.getAttribute('href')!);
    out.set(figure.id, { links, pngButton: Boolean(figure.querySelector('.fig-links button[data-png-scale]')), rows });
  }
  return out;
}

/** The table the CSV says the page should show (numbers formatted as the page formats them). */
function tableOfCsv(id: string, lang: 'id' | 'en', header: string[], rows: string[][]): string[][] {
  const value = (text: string) => (/^-?\d/.test(text) ? Number(text) : (text as '[c]'));
  const col = (name: string) => header.indexOf(name);
  if (id.startsWith('g-rawan-share-')) {
    const years = [...new Set(rows.map((r) => r[col('tahun')]!))];
    const codes = [...new Set(rows.map((r) => r[col('kode')]!))];
    return years.map((y) => [y, ...codes.map((k) => cellText(lang, value(rows.find((r) => r[col('tahun')] === y && r[col('kode')] === k)![col('rawan_persen')]!), 'percent'))]);
  }
  const fields = header.slice(id.startsWith('g-program-kinds-') ? 4 : 3);
  if (id.startsWith('g-program-follow-up-')) {
    // Years of arrival ("2024→2025"); shares as percentages.
    return rows.map((r) => [`${Number(r[col('tahun')]) - 1}→${r[col('tahun')]}`, ...fields.map((f) => cellText(lang, value(r[col(f)]!), f.includes('persen') ? 'percent' : undefined))]);
  }
  return rows.map((r) => [id.startsWith('g-program-kinds-') ? '' : r[col('tahun')]!, ...fields.map((f) => cellText(lang, value(r[col(f)]!)))]);
}

describe('the charts on the pages: id, links, and a CSV equal to the data table', () => {
  const slug = (kode: string): string => {
    const r = regions.find((x) => x.kode === kode)!;
    const dir = r.tingkat === 'provinsi' ? 'provinsi' : 'kabkota';
    return `${dir}/${readdirSync(path.join(siteDir(), dir)).find((name) => name.startsWith(`${kode.replace('.', '-')}-`))!}`;
  };
  it.each([
    ['home', (): string => '', 'nasional', 'id'],
    ['home (en)', (): string => 'en', 'nasional', 'en'],
    ['province', (): string => slug('34'), '34', 'id'],
    ['kab/kota', (): string => slug('34.71'), '34.71', 'id'],
  ] as const)('%s', (_, route, key, lang) => {
    const tables = pageTables(route());
    expect([...tables.keys()].slice(0, 3)).toEqual(['categories-trend', 'rawan-share', 'program-trend'].map((kind) => `g-${kind}-${key}`));
    for (const [id, { links, pngButton, rows }] of tables) {
      const figure = figureOf(id);
      const csvPath = figure.files.find((f) => f.format === 'csv')!.path;
      const expected = [csvPath, figure.files.find((f) => f.format === 'svg' && f.lang === lang)!.path, ...figure.files.filter((f) => f.format === 'png' && f.lang === lang).map((f) => f.path)];
      expect(links, id).toEqual(expected);
      // A PNG either way: the static file, or the button that draws it in the browser.
      expect(pngButton, id).toBe(!links.some((link) => link.endsWith('.png')));
      for (const link of links) expect(existsSync(path.join(siteDir(), link)), link).toBe(true);
      const csv = parseCsv(decode(file(csvPath)), ',');
      const fromCsv = tableOfCsv(id, lang, csv.header, csv.rows);
      const shown = id.startsWith('g-program-kinds-') ? rows.map((r) => ['', ...r.slice(1)]) : rows;
      expect(shown, id).toEqual(fromCsv);
    }
  });
});
