/**
 * Chart fixtures and checks shared by the chart tests (tests/unit/charts.test.ts, the golden SVGs
 * of tests/unit/golden-svg.test.ts, tests/site/charts-public-data.test.ts): one made-up kab/kota
 * and its province, 2019–2023, with suppressed ([c]) and missing ([x]) cells.
 */
import { gzipSync } from 'node:zlib';
import { DOMParser } from 'linkedom';
import { expect } from 'vitest';
import { MARKERS } from '../../src/pipeline/publish/markers.ts';
import {
  type KawasanRecord,
  kawasanRecordSchema,
  type ProgramRecord,
  programRecordSchema,
  type TransitionRecord,
  transitionRecordSchema,
} from '../../src/pipeline/publish/public-schema.ts';
import type { ChartSpec, Lang, RenderedChart } from '../../src/site/charts/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

/** Budget of one chart's SVG, gzip. A kab/kota page (50 KB gzip in all) shows four of them. */
export const SVG_GZIP_BUDGET = 2 * 1024;
/** The four charts of one kab/kota page together, gzip. */
export const PAGE_GZIP_BUDGET = 5 * 1024;

// ---------------------------------------------------------------- fixtures

export type Cell = number | '[c]' | '[x]' | '[z]';
export const C = MARKERS.suppressed;
export const X = MARKERS.noData;

export function kawasan(tahun: number, c: { bahaya: Cell; waspada: Cell; siaga: Cell; aman: Cell; persen?: Cell }, kode = '99.01', nama = 'Kabupaten Contoh'): KawasanRecord {
  const nums = [c.bahaya, c.waspada, c.siaga, c.aman];
  const all = nums.every((n): n is number => typeof n === 'number');
  const dinilai = all ? nums.reduce((s: number, n) => s + (n as number), 0) : 0;
  const rawan = typeof c.bahaya === 'number' && typeof c.waspada === 'number' ? c.bahaya + c.waspada : typeof c.bahaya === 'string' ? c.bahaya : c.waspada;
  return kawasanRecordSchema.parse({
    tahun,
    tingkat: 'kabkota',
    kode,
    nama,
    kode_induk: '99',
    desa_total: 200,
    dinilai,
    cakupan_persen: 50,
    ...c,
    rawan,
    rawan_persen: c.persen ?? (all && dinilai ? Math.round(((rawan as number) / dinilai) * 1000) / 10 : X),
    skor_rata: 50,
    desa_bersinar: 0,
    kasus_narkoba: 0,
    tersangka: C,
    pengguna: C,
    desa_bandar: 0,
    desa_kurir: 0,
    desa_produksi: 0,
    dinilai_perubahan: '[z]',
    bahaya_perubahan: '[z]',
    waspada_perubahan: '[z]',
    rawan_perubahan: '[z]',
    rawan_persen_perubahan: '[z]',
    kasus_narkoba_perubahan: '[z]',
    tersangka_perubahan: '[z]',
    pengguna_perubahan: '[z]',
  });
}

export function program(tahun: number, jenis: ProgramRecord['jenis'], c: { kegiatan: Cell; peserta: Cell; lulus?: Cell; berwirausaha?: Cell }): ProgramRecord {
  return programRecordSchema.parse({
    tahun,
    tingkat: 'kabkota',
    kode: '99.01',
    nama: 'Kabupaten Contoh',
    kode_induk: '99',
    jenis,
    kegiatan: c.kegiatan,
    peserta: c.peserta,
    peserta_perempuan: C,
    lulus: c.lulus ?? c.peserta,
    berwirausaha: c.berwirausaha ?? c.peserta,
    lulus_persen: C,
    berwirausaha_persen: C,
    perubahan_pendapatan_rata: C,
    anggaran: 0,
    kegiatan_perubahan: '[z]',
    peserta_perubahan: '[z]',
  });
}

/** 2019–2023: 2021 suppressed (no bar), 2022 without data; 8.743 → 8.509 shows the grouping. */
export const KAWASAN: KawasanRecord[] = [
  kawasan(2019, { bahaya: 1884, waspada: 6859, siaga: 1200, aman: 900 }),
  kawasan(2020, { bahaya: 1852, waspada: 6839, siaga: 1100, aman: 950 }),
  kawasan(2021, { bahaya: C, waspada: 12, siaga: 3, aman: 4, persen: C }),
  kawasan(2022, { bahaya: X, waspada: X, siaga: X, aman: X }),
  kawasan(2023, { bahaya: 1800, waspada: 6709, siaga: 1300, aman: 0 }),
];
export const PROVINCE = [2019, 2020, 2021, 2022, 2023].map((y, i) =>
  kawasan(y, { bahaya: 100, waspada: 400 - i * 10, siaga: 300, aman: 200 }, '99', 'Provinsi Contoh'),
);

export const PROGRAM: ProgramRecord[] = [
  program(2019, 'semua', { kegiatan: 12, peserta: 1250, lulus: 1100, berwirausaha: 300 }),
  program(2020, 'semua', { kegiatan: 3, peserta: C }),
  program(2021, 'semua', { kegiatan: 9, peserta: 980, lulus: 900, berwirausaha: 120 }),
  program(2022, 'semua', { kegiatan: 11, peserta: 1430, lulus: 1300, berwirausaha: 410 }),
];
export const KINDS: ProgramRecord[] = [
  program(2022, 'pelatihan_keterampilan', { kegiatan: 5, peserta: 1200 }),
  program(2022, 'kewirausahaan', { kegiatan: 2, peserta: C }),
  program(2022, 'bimtek_pendamping', { kegiatan: 0, peserta: 0 }),
  program(2022, 'sosialisasi_p4gn', { kegiatan: 3, peserta: C }),
  program(2022, 'kampung_bersinar', { kegiatan: 1, peserta: 210 }),
  program(2022, 'semua', { kegiatan: 11, peserta: 1430 }),
];

/** Desa rawan in the first year and how many left the rawan classes, with and without a programme. */
function transition(tahun: number, program: 'semua' | 'ada_program' | 'tanpa_program', rawan: number, keluar: number): TransitionRecord {
  const counts = { dinilai_dua_tahun: rawan + 10, rawan_awal: rawan, rawan_keluar: keluar, rawan_tetap: rawan - keluar, tidak_rawan_awal: 10, tidak_rawan_masuk: 2, tidak_rawan_tetap: 8 };
  return transitionRecordSchema.parse({
    tahun, tingkat: 'kabkota', kode: '99.01', nama: 'Kabupaten Contoh', kode_induk: '99', program, ...counts,
    kategori_membaik: keluar, kategori_tetap: rawan + 8 - keluar, kategori_memburuk: 2, bersinar_baru: 1,
    rawan_keluar_persen: rawan === 0 ? '[z]' : Math.round((1000 * keluar) / rawan) / 10, tidak_rawan_masuk_persen: 20,
  });
}

export const TRANSITIONS: TransitionRecord[] = [2020, 2021, 2022, 2023].flatMap((y, i) => [
  transition(y, 'ada_program', 8 + i, 3 + i),
  transition(y, 'tanpa_program', 40, 5),
  transition(y, 'semua', 48 + i, 8 + i),
]);

export const SPECS: Record<ChartSpec['kind'], ChartSpec> = {
  'categories-trend': { kind: 'categories-trend', records: KAWASAN },
  'rawan-share': {
    kind: 'rawan-share',
    series: [
      { label: 'Kabupaten Contoh', records: KAWASAN },
      { label: 'Provinsi Contoh', records: PROVINCE },
    ],
  },
  'program-trend': { kind: 'program-trend', records: PROGRAM },
  'program-kinds': { kind: 'program-kinds', records: KINDS },
  'program-follow-up': { kind: 'program-follow-up', records: TRANSITIONS },
};

// ---------------------------------------------------------------- helpers

export const fmt = (lang: Lang, n: number, digits = 0) =>
  new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
export const cell = (lang: Lang, c: Cell) => (typeof c === 'number' ? fmt(lang, c) : c);
export const pct = (lang: Lang, c: Cell) => (typeof c === 'number' ? `${fmt(lang, c, 1)}%` : c);

export function parse(svg: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement as unknown as SVGSVGElement;
  expect(root.tagName.toLowerCase()).toBe('svg');
  return root;
}

/** Absolute x of an element: its own x/translate plus the translates of its ancestors. */
export function absX(node: Element): number {
  let x = Number(node.getAttribute('x') ?? 0);
  for (let n: Element | null = node; n; n = n.parentElement) {
    const m = /translate\(([-\d.]+)/.exec(n.getAttribute('transform') ?? '');
    if (m) x += Number(m[1]);
  }
  return x;
}

export function texts(root: Element, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((t) => t.textContent ?? '');
}

export function checkCommon(chart: RenderedChart): SVGSVGElement {
  const root = parse(chart.svg);
  expect(root.getAttribute('role')).toBe('img');
  const label = `${chart.title}. ${chart.takeaway}`;
  expect(root.getAttribute('aria-label')).toBe(label);
  expect(root.querySelector('title')?.textContent).toBe(label);
  // Responsive: a viewBox, no fixed size; CSP-safe: no style at all.
  expect(root.getAttribute('viewBox')).toMatch(/^0 0 640 \d+(\.\d)?$/);
  expect(root.hasAttribute('width')).toBe(false);
  expect(root.hasAttribute('height')).toBe(false);
  expect(chart.svg).not.toMatch(/\sstyle="|<style/);
  // Compact: no coordinate with more than one decimal.
  expect(chart.svg).not.toMatch(/\s(?:d|transform|x|y|x1|x2|y1|y2|cx|cy|width|height)="[^"]*\d\.\d\d(?!\d*em)/);
  // Type: the base size and every explicit size ≥ 11.
  for (const node of [root, ...root.querySelectorAll('[font-size]')]) expect(Number(node.getAttribute('font-size'))).toBeGreaterThanOrEqual(11);
  expect(gzipSync(chart.svg).length).toBeLessThan(SVG_GZIP_BUDGET);
  // The table: a caption, aligned columns, every row as wide as the header.
  expect(chart.table.caption.startsWith(chart.title)).toBe(true);
  for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
  return root;
}
