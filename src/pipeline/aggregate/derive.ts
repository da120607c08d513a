import { MARKERS, type Marker } from '../publish/markers.ts';
import type { JenisWithTotal, KawasanRecord, ProgramRecord } from '../publish/public-schema.ts';
import type { KawasanTally } from './kawasan-tally.ts';
import type { ProgramTally } from './program-tally.ts';
import type { Region } from './regions.ts';

export type Cell = number | Marker;

export const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/** A share in percent with one decimal; `[z]` when the base is zero. */
export function percent(part: number, whole: number): Cell {
  return whole === 0 ? MARKERS.notApplicable : round((100 * part) / whole, 1);
}

/** A sum that is `[x]` when no row reported it. */
export const reported = (sum: number, reportedRows: number): Cell => (reportedRows === 0 ? MARKERS.noData : sum);

export const dimensionsOf = (region: Region, year: number) => ({
  tahun: year,
  tingkat: region.level,
  kode: region.code,
  nama: region.name,
  kode_induk: region.parentCode,
});

/** Changes are filled in after disclosure control, from the published values. */
const NO_CHANGE = MARKERS.notApplicable;

/** The public kawasan figures of one region and year, before disclosure control. */
export function deriveKawasanRecord(region: Region, year: number, t: KawasanTally): KawasanRecord {
  const assessed = t.dinilai > 0;
  const ifAssessed = (value: Cell): Cell => (assessed ? value : MARKERS.noData);
  return {
    ...dimensionsOf(region, year),
    desa_total: region.desaTotal,
    dinilai: t.dinilai,
    cakupan_persen: percent(t.dinilai, region.desaTotal),
    bahaya: ifAssessed(t.bahaya),
    waspada: ifAssessed(t.waspada),
    siaga: ifAssessed(t.siaga),
    aman: ifAssessed(t.aman),
    rawan: ifAssessed(t.bahaya + t.waspada),
    rawan_persen: ifAssessed(percent(t.bahaya + t.waspada, t.dinilai)),
    skor_rata: t.skorReported === 0 ? MARKERS.noData : Math.round(t.skorMilli / (100 * t.skorReported)) / 10,
    desa_bersinar: reported(t.bersinar, t.bersinarReported),
    kasus_narkoba: reported(t.kasus, t.kasusReported),
    tersangka: reported(t.tersangka, t.tersangkaReported),
    pengguna: reported(t.pengguna, t.penggunaReported),
    desa_bandar: reported(t.bandar, t.bandarReported),
    desa_kurir: reported(t.kurir, t.kurirReported),
    desa_produksi: reported(t.produksi, t.produksiReported),
    dinilai_perubahan: NO_CHANGE,
    bahaya_perubahan: NO_CHANGE,
    waspada_perubahan: NO_CHANGE,
    rawan_perubahan: NO_CHANGE,
    rawan_persen_perubahan: NO_CHANGE,
    kasus_narkoba_perubahan: NO_CHANGE,
    tersangka_perubahan: NO_CHANGE,
    pengguna_perubahan: NO_CHANGE,
  };
}

/** How many persons each program rate or mean is computed from (for disclosure control). */
export type RateBases = Record<'lulus_persen' | 'berwirausaha_persen' | 'perubahan_pendapatan_rata', number>;

export function programRateBases(t: ProgramTally): RateBases {
  return { lulus_persen: t.lulusBase, berwirausaha_persen: t.wirausahaBase, perubahan_pendapatan_rata: t.incomeBase };
}

/** The public program figures of one region, year and kind, before disclosure control. */
export function deriveProgramRecord(region: Region, year: number, jenis: JenisWithTotal, t: ProgramTally): ProgramRecord {
  const none = t.kegiatan === 0;
  const sum = (value: number, rows: number): Cell => (none ? 0 : reported(value, rows));
  return {
    ...dimensionsOf(region, year),
    jenis,
    kegiatan: t.kegiatan,
    peserta: sum(t.peserta, t.pesertaReported),
    peserta_perempuan: sum(t.perempuan, t.perempuanReported),
    lulus: sum(t.lulus, t.lulusReported),
    berwirausaha: sum(t.wirausaha, t.wirausahaReported),
    lulus_persen: percent(t.lulusRateNumerator, t.lulusBase),
    berwirausaha_persen: percent(t.wirausahaRateNumerator, t.wirausahaBase),
    perubahan_pendapatan_rata: t.incomeBase === 0 ? MARKERS.notApplicable : Math.round(t.incomeChangeWeighted / t.incomeBase),
    anggaran: sum(t.anggaran, t.anggaranReported),
    kegiatan_perubahan: NO_CHANGE,
    peserta_perubahan: NO_CHANGE,
  };
}
