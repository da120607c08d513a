/**
 * Rows of the region tables (HTML cells via cells.ts): provinces on the home page, kab/kota on a
 * province page, indicators by year on a region page, the comparison table.
 */
import { type MessageKey, t } from '../i18n/index.ts';
import { href, type Lang } from './routes.ts';
import { cellHtml } from './cells.ts';
import { isLowCoverage } from './coverage.ts';
import type { Cell, CellStyle } from './format/index.ts';
import { escapeHtml, link } from './html.ts';
import { type KawasanRecord, type RegionRecord, type RegionView, site } from './site.ts';

/** A table column (see DataTable.astro). */
export interface Column {
  label: string;
  num?: boolean;
}

/** A figure of a table: its label, how to get it from a record, how to write it. */
type Figure<T> = readonly [label: MessageKey, value: (record: T) => Cell | undefined, style: CellStyle];

const numberColumns = <T>(lang: Lang, figures: readonly Figure<T>[]): Column[] => figures.map(([key]) => ({ label: t(lang, key), num: true }));
const figureCell = <T>(lang: Lang, [, value, style]: Figure<T>, record: T | undefined): string =>
  cellHtml(lang, record === undefined ? undefined : value(record), style);
const figureCells = <T>(lang: Lang, figures: readonly Figure<T>[], record: T): string[] => figures.map((figure) => figureCell(lang, figure, record));

/** A region's latest figures (lists of regions). */
const REGION_FIGURES: readonly Figure<RegionView>[] = [
  ['m.rawan_persen', (v) => v.latest?.rawan_persen, 'percent'],
  ['col.rawanChange', (v) => v.latest?.rawan_persen_perubahan, 'signed1'],
  ['m.rawan', (v) => v.latest?.rawan, 'int'],
  ['m.dinilai', (v) => v.latest?.dinilai, 'int'],
  ['m.skor_rata', (v) => v.latest?.skor_rata, 'score'],
  ['m.kegiatan', (v) => v.latestProgram?.kegiatan, 'int'],
];

/** Columns of a list of regions with their latest figures. */
export function regionColumns(lang: Lang, first: 'province' | 'kabkota'): Column[] {
  return [{ label: t(lang, first === 'province' ? 'col.province' : 'col.kabkota') }, ...numberColumns(lang, REGION_FIGURES)];
}

/**
 * One row a region: its link (with "cakupan rendah" under it when its latest figures rest on too
 * little coverage, src/site/coverage.ts, as on the maps) and its latest figures.
 */
export function regionRows(lang: Lang, regions: readonly RegionRecord[]): string[][] {
  const { view } = site();
  const note = `<span class="low-coverage">${escapeHtml(t(lang, 'col.lowCoverage'))}</span>`;
  return regions.map((region) => {
    const v = view(region.kode);
    const name = link(href.region(lang, region), region.nama) + (v.latest && isLowCoverage(v.latest) ? ` ${note}` : '');
    return [name, ...figureCells(lang, REGION_FIGURES, v)];
  });
}

/** A year's indicators (a region page's table by year). */
const INDICATOR_FIGURES: readonly Figure<KawasanRecord>[] = [
  ['m.kasus_narkoba', (r) => r.kasus_narkoba, 'int'],
  ['m.tersangka', (r) => r.tersangka, 'int'],
  ['m.pengguna', (r) => r.pengguna, 'int'],
  ['m.desa_bandar', (r) => r.desa_bandar, 'int'],
  ['m.desa_kurir', (r) => r.desa_kurir, 'int'],
  ['m.desa_produksi', (r) => r.desa_produksi, 'int'],
  ['m.desa_bersinar', (r) => r.desa_bersinar, 'int'],
  ['m.cakupan_persen', (r) => r.cakupan_persen, 'percent'],
];

/** Indicators by year (newest first). */
export function indicatorColumns(lang: Lang): Column[] {
  return [{ label: t(lang, 'col.year') }, ...numberColumns(lang, INDICATOR_FIGURES)];
}

export function indicatorRows(lang: Lang, records: readonly KawasanRecord[]): string[][] {
  return [...records].sort((a, b) => b.tahun - a.tahun).map((r) => [String(r.tahun), ...figureCells(lang, INDICATOR_FIGURES, r)]);
}

/** The figures compared between a region, its province and the nation. */
const POSITION_FIGURES: readonly Figure<KawasanRecord>[] = [
  ['m.rawan_persen', (r) => r.rawan_persen, 'percent'],
  ['m.skor_rata', (r) => r.skor_rata, 'score'],
  ['m.cakupan_persen', (r) => r.cakupan_persen, 'percent'],
];

/** Region vs its province vs the nation, latest year (one row a figure, one column a region). */
export function positionTable(
  lang: Lang,
  columns: { label: string; record: KawasanRecord | undefined }[],
): { columns: Column[]; rows: string[][] } {
  return {
    columns: [{ label: t(lang, 'col.measure') }, ...columns.map((c) => ({ label: c.label, num: true }))],
    rows: POSITION_FIGURES.map((figure) => [escapeHtml(t(lang, figure[0])), ...columns.map((c) => figureCell(lang, figure, c.record))]),
  };
}
