/**
 * Rows of the region tables (HTML cells via html.ts): provinces on the home page, kab/kota on a
 * province page, indicators by year on a region page, the comparison table.
 */
import { t } from '../i18n/index.ts';
import { href, type Lang } from './routes.ts';
import { cellHtml, type Column, esc, link } from './html.ts';
import { type KawasanRecord, type RegionRecord, site } from './site.ts';

/** Columns of a list of regions with their latest figures. */
export function regionColumns(lang: Lang, first: 'province' | 'kabkota'): Column[] {
  return [
    { label: t(lang, first === 'province' ? 'col.province' : 'col.kabkota') },
    { label: t(lang, 'm.rawan_persen'), num: true },
    { label: t(lang, 'col.rawanChange'), num: true },
    { label: t(lang, 'm.rawan'), num: true },
    { label: t(lang, 'm.dinilai'), num: true },
    { label: t(lang, 'm.skor_rata'), num: true },
    { label: t(lang, 'm.kegiatan'), num: true },
  ];
}

export function regionRows(lang: Lang, regions: readonly RegionRecord[]): string[][] {
  const { view } = site();
  return regions.map((region) => {
    const v = view(region.kode);
    const r = v.latest;
    return [
      link(href.region(lang, region), region.nama),
      cellHtml(lang, r?.rawan_persen, 'percent'),
      cellHtml(lang, r?.rawan_persen_perubahan, 'signed1'),
      cellHtml(lang, r?.rawan),
      cellHtml(lang, r?.dinilai),
      cellHtml(lang, r?.skor_rata, 'score'),
      cellHtml(lang, v.latestProgram?.kegiatan),
    ];
  });
}

/** Indicators by year (newest first). */
export function indicatorColumns(lang: Lang): Column[] {
  return [
    { label: t(lang, 'col.year') },
    { label: t(lang, 'm.kasus_narkoba'), num: true },
    { label: t(lang, 'm.tersangka'), num: true },
    { label: t(lang, 'm.pengguna'), num: true },
    { label: t(lang, 'm.desa_bandar'), num: true },
    { label: t(lang, 'm.desa_kurir'), num: true },
    { label: t(lang, 'm.desa_produksi'), num: true },
    { label: t(lang, 'm.desa_bersinar'), num: true },
    { label: t(lang, 'm.cakupan_persen'), num: true },
  ];
}

export function indicatorRows(lang: Lang, records: readonly KawasanRecord[]): string[][] {
  return [...records]
    .sort((a, b) => b.tahun - a.tahun)
    .map((r) => [
      String(r.tahun),
      cellHtml(lang, r.kasus_narkoba),
      cellHtml(lang, r.tersangka),
      cellHtml(lang, r.pengguna),
      cellHtml(lang, r.desa_bandar),
      cellHtml(lang, r.desa_kurir),
      cellHtml(lang, r.desa_produksi),
      cellHtml(lang, r.desa_bersinar),
      cellHtml(lang, r.cakupan_persen, 'percent'),
    ]);
}

/** Region vs its province vs the nation, latest year. */
export function positionTable(
  lang: Lang,
  columns: { label: string; record: KawasanRecord | undefined }[],
): { columns: Column[]; rows: string[][] } {
  const fields = [
    ['m.rawan_persen', 'rawan_persen', 'percent'],
    ['m.skor_rata', 'skor_rata', 'score'],
    ['m.cakupan_persen', 'cakupan_persen', 'percent'],
  ] as const;
  return {
    columns: [{ label: t(lang, 'col.measure') }, ...columns.map((c) => ({ label: c.label, num: true }))],
    rows: fields.map(([key, field, style]) => [esc(t(lang, key)), ...columns.map((c) => cellHtml(lang, c.record?.[field], style))]),
  };
}

