/**
 * The map views to take away (/data/grafik/, issue 14 part 7): every year × measure × the nation
 * and each province as CSV and SVG in both languages, PNG for the view the pages show first;
 * the numbers are the public dataset's; the images say title, units, source with the release,
 * licences and the synthetic-data note; grafik/index.json lists every file with its hash; each
 * map on the pages links to its view's files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/pipeline/downloads/checksums.ts';
import type { FigureIndex } from '../../src/pipeline/downloads/figures.ts';
import { PNG_SCALE } from '../../src/pipeline/downloads/png.ts';
import type { KawasanRecord, RegionRecord } from '../../src/pipeline/publish/public-schema.ts';
import { parseCsv } from '../support/read-back.ts';
import { bundledDatasetMeta, publicDataDir, siteDir } from '../support/site.ts';

const MEASURES = ['rawan_persen', 'skor_rata', 'cakupan_persen'] as const;
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const file = (sitePath: string) => readFileSync(path.join(siteDir(), ...sitePath.split('/')));

let index: FigureIndex;
let kawasan: KawasanRecord[];
let regions: RegionRecord[];
let years: number[];
let latest: number;

beforeAll(() => {
  const all = JSON.parse(decode(file('/data/grafik/index.json'))) as FigureIndex;
  index = { ...all, figures: all.figures.filter((figure) => figure.kind === 'map') };
  kawasan = JSON.parse(readFileSync(path.join(publicDataDir(), 'kawasan.json'), 'utf8')) as KawasanRecord[];
  regions = JSON.parse(readFileSync(path.join(publicDataDir(), 'wilayah.json'), 'utf8')) as RegionRecord[];
  years = [...new Set(kawasan.map((r) => r.tahun))].sort();
  latest = years.at(-1)!;
});

const figureOf = (id: string) => {
  const figure = index.figures.find((entry) => entry.id === id);
  if (!figure) throw new Error(`no figure ${id} in grafik/index.json`);
  return figure;
};
const pathOf = (id: string, format: string, lang: string | null) => figureOf(id).files.find((f) => f.format === format && f.lang === lang)!.path;

describe('grafik/index.json', () => {
  it('lists every view: each year × measure × the nation and 38 provinces, with both titles', () => {
    const provinces = regions.filter((r) => r.tingkat === 'provinsi');
    expect(provinces).toHaveLength(38);
    const expected = ['nasional', ...provinces.map((p) => p.kode)].flatMap((region) => years.flatMap((year) => MEASURES.map((m) => `peta-${region}-${year}-${m.replaceAll('_', '-')}`)));
    expect(index.figures.map((figure) => figure.id).sort()).toEqual(expected.sort());
    for (const figure of index.figures) {
      expect(figure.title.id && figure.title.en && figure.title.id !== figure.title.en, figure.id).toBeTruthy();
      expect(figure.source.id).toContain(index.release.id);
    }
  });

  it('lists every file of /data/grafik/<folder>/ once, with its size and SHA-256; PNG for the first view only', () => {
    const listed = index.figures.flatMap((figure) => figure.files);
    const onDisk = readdirSync(path.join(siteDir(), 'data', 'grafik', 'peta')).map((name) => `/data/grafik/peta/${name}`);
    expect(listed.map((f) => f.path).sort()).toEqual(onDisk.sort());
    for (const entry of listed) {
      const bytes = file(entry.path);
      expect([entry.bytes, entry.sha256], entry.path).toEqual([bytes.byteLength, sha256Hex(bytes)]);
    }
    const pngs = index.figures.filter((figure) => figure.files.some((f) => f.format === 'png'));
    expect(pngs).toHaveLength(39);
    expect(pngs.every((figure) => figure.year === latest && figure.measure === 'rawan_persen')).toBe(true);
  });
});

describe('the CSV of a view holds the public dataset’s numbers', () => {
  const cases = () => [
    { region: 'nasional', year: latest, measure: 'rawan_persen' as const },
    { region: 'nasional', year: years[0]!, measure: 'skor_rata' as const },
    { region: '34', year: latest, measure: 'cakupan_persen' as const },
    { region: '34', year: years[1]!, measure: 'rawan_persen' as const },
  ];
  it('for the nation and a province, in two years: one row per kab/kota drawn, the value or its mark, and the coverage', () => {
    for (const { region, year, measure } of cases()) {
      const id = `peta-${region}-${year}-${measure.replaceAll('_', '-')}`;
      const { header, rows } = parseCsv(decode(file(pathOf(id, 'csv', null))), ',');
      expect(header.slice(0, 6)).toEqual(['kode', 'nama', 'kode_provinsi', 'provinsi', 'tahun', measure]);
      const kab = regions.filter((r) => r.tingkat === 'kabkota' && (region === 'nasional' || r.kode_induk === region));
      expect(rows.map((cells) => cells[0])).toEqual(kab.map((k) => k.kode).sort());
      for (const cells of rows) {
        const record = kawasan.find((r) => r.kode === cells[0] && r.tahun === year);
        const row = Object.fromEntries(header.map((name, i) => [name, cells[i]]));
        for (const field of [measure, 'dinilai', 'desa_total', 'cakupan_persen'] as const) expect(row[field], `${id} ${cells[0]} ${field}`).toBe(String(record?.[field] ?? '[x]'));
        expect(row.tahun).toBe(String(year));
      }
    }
  });
});

describe('the images', () => {
  it('say title, units, source with the release, both licences and the synthetic-data note, in each language', () => {
    const synthetic = bundledDatasetMeta().synthetic;
    for (const id of [`peta-nasional-${latest}-rawan-persen`, `peta-34-${years[0]}-skor-rata`]) {
      const figure = figureOf(id);
      for (const lang of ['id', 'en'] as const) {
        const svg = decode(file(pathOf(id, 'svg', lang)));
        expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        const text = svg.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('\u00a0', ' ');
        expect(text).toContain(`<title id="judul">${figure.title[lang]}</title>`);
        expect(text).toContain(figure.units[lang]);
        expect(text).toContain(lang === 'id' ? `rilis ${index.release.id}` : `release ${index.release.id}`);
        expect(text).toContain('CC BY 4.0');
        expect(text).toMatch(lang === 'id' ? /Batas wilayah: / : /Boundaries: /);
        expect(text.includes(lang === 'id' ? 'DATA SINTETIS' : 'SYNTHETIC DATA')).toBe(synthetic);
        expect(svg).not.toMatch(/<a\b|href=/);
      }
    }
  });

  it('the PNG is a PNG of the SVG’s size at the set scale, different per language', () => {
    const id = `peta-34-${latest}-rawan-persen`;
    for (const lang of ['id', 'en'] as const) {
      const png = file(pathOf(id, 'png', lang));
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const svg = decode(file(pathOf(id, 'svg', lang)));
      const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Math.round(Number(width) * PNG_SCALE), Math.round(Number(height) * PNG_SCALE)]);
    }
    expect(file(pathOf(id, 'png', 'id')).equals(file(pathOf(id, 'png', 'en')))).toBe(false);
  });
});

describe('the maps on the pages link to their view’s files', () => {
  const downloadLinks = (route: string) => {
    const html = readFileSync(path.join(siteDir(), route, 'index.html'), 'utf8');
    const box = /<p class="map-downloads"[\s\S]*?<\/p>/.exec(html);
    if (!box) throw new Error(`no map download links on ${route}`);
    return [...box[0].matchAll(/ href="([^"]+)"/g)].map((m) => m[1]!).filter((link) => link.startsWith('/data/'));
  };
  const province = () => regions.find((r) => r.kode === '34')!;
  const kab = () => regions.find((r) => r.kode === '34.71')!;
  const slug = (r: RegionRecord) => readdirSync(path.join(siteDir(), r.tingkat === 'provinsi' ? 'provinsi' : 'kabkota')).find((name) => name.startsWith(`${r.kode.replace('.', '-')}-`))!;

  it.each([
    ['home (id)', (): string => '', 'nasional', 'id'],
    ['home (en)', (): string => 'en', 'nasional', 'en'],
    ['province', (): string => `provinsi/${slug(province())}`, '34', 'id'],
    ['kab/kota locator', (): string => `kabkota/${slug(kab())}`, '34', 'id'],
  ] as const)('%s: CSV, SVG and PNG of the latest year’s default measure, in the page’s language', (_, route, region, lang) => {
    const id = `peta-${region}-${latest}-rawan-persen`;
    expect(downloadLinks(route())).toEqual([pathOf(id, 'csv', null), pathOf(id, 'svg', lang), pathOf(id, 'png', lang)]);
    for (const link of downloadLinks(route())) expect(existsSync(path.join(siteDir(), link)), link).toBe(true);
  });
});
